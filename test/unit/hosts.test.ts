/**
 * Sagsspor runs out of the box only on hosts known to exist: the FirstAgenda Publication host
 * list (compiled into lib/portal-hosts.ts), the portals documented outside it, and the other
 * systems' documented patterns. No domain is generated from a municipality's name (attack: a
 * look-alike such as `aarhusskommune.dk` that anyone could register would get the content script).
 */
import { describe, expect, it } from 'vitest';
import { MINUTES_MATCHES, firstAgendaHosts } from '../../lib/hosts.ts';
import { DOCUMENTED_PORTALS, KNOWN_PORTALS } from '../../lib/known-portals.ts';
import { FIRSTAGENDA_PUBLICATION_PORTALS } from '../../lib/portal-hosts.ts';
import { describeShared, readShared } from '../shared.ts';

const hostOf = (pattern: string) => /^[^:]+:\/\/([^/]+)\//.exec(pattern)![1]!;

describeShared('known minutes hosts', () => {
  it('are exactly the FirstAgenda Publication host list plus the documented portals', () => {
    const list = JSON.parse(readShared('reference', 'firstagenda_publication_hosts.json')) as Record<string, string | null>;
    const listed = new Set(
      Object.entries(list)
        .filter(([key, url]) => key !== '_origin' && typeof url === 'string')
        .map(([, url]) => new globalThis.URL(url!).hostname),
    );
    expect(listed.size).toBeGreaterThan(60);
    expect(new Set(FIRSTAGENDA_PUBLICATION_PORTALS.map(([h]) => h))).toEqual(listed);
    const documented = new Set(DOCUMENTED_PORTALS.map(([h]) => h));
    expect(firstAgendaHosts().filter((h) => !listed.has(h) && !documented.has(h))).toEqual([]);
    // Every documented extra is named in the list's own origin note or the systems survey.
    for (const h of documented) expect(`${list._origin} dagsordner.holbaek.dk`).toContain(h);
  });
});

describe('the manifest\'s match list', () => {
  it('holds no guessed look-alike domain', () => {
    const hosts = MINUTES_MATCHES.map(hostOf);
    for (const guess of ['dagsordener.aarhusskommune.dk', 'dagsordener.aarhuskommune.dk', 'dagsorden.aarhus.dk', 'dagsordener.lejreskommune.dk', 'dagsordener.koebenhavn.dk']) {
      expect(hosts).not.toContain(guess);
    }
    expect(hosts.filter((h) => /skommune\.dk$/.test(h) && !KNOWN_PORTALS.has(h))).toEqual([]);
    // Nothing but the compiled list, the documented portals, the demo's reserved .test host and the other systems.
    const allowed = new Set([...firstAgendaHosts(), 'dagsordener.sagsby.test', 'kk.dk', 'www.kk.dk', 'polweb.nethotel.dk']);
    expect(hosts.filter((h) => !allowed.has(h))).toEqual([]);
    expect(MINUTES_MATCHES.length).toBeLessThan(100);
  });

  it('matches the portals over https only', () => {
    for (const host of firstAgendaHosts()) {
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
});
