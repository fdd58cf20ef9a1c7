/** The known portals the welcome page lists as working out of the box, and the archive page finds by name. */
import { describe, expect, it } from 'vitest';
import { KNOWN_PORTAL_LIST as KNOWN_PORTALS } from '../../../lib/portals/known-portals.ts';
import { MINUTES_MATCHES } from '../../../lib/systems/addresses.ts';
import { MUNICIPALITIES } from '../../../lib/portals/municipalities.ts';
import { findPortal } from '../../../lib/portals/portal-lookup.ts';

/** Whether a `*://host/*` match pattern list covers a host's pages. */
function covered(host: string): boolean {
  return MINUTES_MATCHES.some((p) => p === `*://${host}/*` || p === `https://${host}/*`);
}

describe('known portals', () => {
  it('are real municipalities, each once, and every host is in the manifest, so they work out of the box', () => {
    expect(KNOWN_PORTALS.length).toBeGreaterThan(50);
    expect(new Set(KNOWN_PORTALS.map((p) => p.municipality)).size).toBe(KNOWN_PORTALS.length);
    for (const p of KNOWN_PORTALS) {
      expect(MUNICIPALITIES, p.municipality).toContain(p.municipality);
      expect(covered(p.host), p.host).toBe(true);
    }
  });
});

describe('findPortal', () => {
  it('finds a portal from the municipality name as people type it', () => {
    for (const typed of ['lejre', 'Lejre', 'Lejre Kommune', '  lejre kommune ', 'LEJRE']) {
      expect(findPortal(typed)?.host, typed).toBe('dagsordener.lejre.dk');
    }
    expect(findPortal('Allerød')?.host).toBe('dagsordener.alleroed.dk');
    expect(findPortal('alleroed')?.host).toBe('dagsordener.alleroed.dk');
    expect(findPortal('Aarhus Kommune')?.host).toBe('dagsordener.aarhus.dk');
    expect(findPortal('Nordfyns Kommune')?.host).toBe('dagsordener.nordfynskommune.dk');
  });

  it('finds nothing for an address or an unknown name', () => {
    expect(findPortal('dagsordener.lejre.dk')).toBeNull();
    expect(findPortal('https://dagsordener.lejre.dk/')).toBeNull();
    expect(findPortal('Sagsby')).toBeNull();
    expect(findPortal('')).toBeNull();
  });
});
