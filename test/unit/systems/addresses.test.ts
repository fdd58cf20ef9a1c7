/**
 * Sagsspor runs out of the box only on hosts known to exist: the FirstAgenda Publication host
 * list (compiled into lib/systems/firstagenda/portals.ts), the portals documented outside it, and
 * the other systems' documented patterns, each declared by its system
 * (lib/systems/<id>/addresses.ts). No domain is generated from a municipality's name (attack: a
 * look-alike such as `aarhusskommune.dk` that anyone could register would get the content script).
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_PORTALS } from '../../../lib/portals/known-portals.ts';
import { MINUTES_MATCHES, SYSTEM_ADDRESSES } from '../../../lib/systems/addresses.ts';
import { firstAgendaHosts } from '../../../lib/systems/firstagenda/hosts.ts';
import { SYSTEMS } from '../../../lib/systems/index.ts';

const hostOf = (pattern: string) => /^[^:]+:\/\/([^/]+)\//.exec(pattern)![1]!;

/** Holbæk's static FirstAgenda export, on a host of its own. */
const STATIC_EXPORT_HOST = 'dagsordner.holbaek.dk';

describe('the manifest\'s match list', () => {
  it('holds no guessed look-alike domain', () => {
    const hosts = MINUTES_MATCHES.map(hostOf);
    for (const guess of ['dagsordener.aarhusskommune.dk', 'dagsordener.aarhuskommune.dk', 'dagsorden.aarhus.dk', 'dagsordener.lejreskommune.dk', 'dagsordener.koebenhavn.dk']) {
      expect(hosts).not.toContain(guess);
    }
    expect(hosts.filter((h) => /skommune\.dk$/.test(h) && !KNOWN_PORTALS.has(h))).toEqual([]);
    // Nothing but the compiled list, the documented portals, the demo's reserved .test host and the other systems.
    const allowed = new Set([...firstAgendaHosts(), STATIC_EXPORT_HOST, 'dagsordener.sagsby.test', 'kk.dk', 'www.kk.dk', 'polweb.nethotel.dk']);
    expect(hosts.filter((h) => !allowed.has(h))).toEqual([]);
    expect(MINUTES_MATCHES.length).toBeLessThan(100);
  });

  it('matches the portals over https only', () => {
    for (const host of [...firstAgendaHosts(), STATIC_EXPORT_HOST]) {
      expect(MINUTES_MATCHES).toContain(`https://${host}/*`);
      expect(MINUTES_MATCHES).not.toContain(`*://${host}/*`);
      expect(MINUTES_MATCHES).not.toContain(`http://${host}/*`);
    }
  });

  it('asks for no all-sites pattern', () => {
    for (const pattern of MINUTES_MATCHES) {
      expect(pattern).not.toBe('<all_urls>');
      expect(pattern).not.toMatch(/^\*:\/\/\*\//);
      expect(pattern).not.toMatch(/^[^:]+:\/\/\*\.dk\//);
    }
  });

  it('is every system\'s patterns, each once, and every pattern is a valid match pattern', () => {
    expect(Object.keys(SYSTEM_ADDRESSES).sort()).toEqual(SYSTEMS.map((s) => s.id).sort());
    expect(new Set(MINUTES_MATCHES)).toEqual(new Set(Object.values(SYSTEM_ADDRESSES).flatMap((a) => a.matches)));
    expect(new Set(MINUTES_MATCHES).size).toBe(MINUTES_MATCHES.length);
    for (const pattern of MINUTES_MATCHES) expect(pattern, pattern).toMatch(/^(?:\*|https?):\/\/(?:\*\.)?[a-z0-9.-]+\/.*$/);
  });
});

describe('identity by host', () => {
  it('every host a system names with its municipality is a known portal; kk.dk is København\'s, the demo Sagsby\'s', () => {
    for (const [host, municipality] of SYSTEMS.flatMap((s) => s.portals ?? [])) {
      expect(KNOWN_PORTALS.get(host), host).toBe(municipality);
    }
    expect(KNOWN_PORTALS.get('www.kk.dk')).toBe('København');
    expect(KNOWN_PORTALS.get(STATIC_EXPORT_HOST)).toBe('Holbæk');
    expect(KNOWN_PORTALS.get('dagsordener.sagsby.test')).toBe('Sagsby');
  });
});
