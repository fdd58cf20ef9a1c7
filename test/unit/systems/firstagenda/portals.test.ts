/**
 * The FirstAgenda Publication portals Sagsspor knows: the compiled host list
 * (../shared/reference/firstagenda_publication_hosts.json) and the portals documented outside it.
 */
import { expect, it } from 'vitest';
import { FIRSTAGENDA_DOCUMENTED_PORTALS, firstAgendaHosts } from '../../../../lib/systems/firstagenda/hosts.ts';
import { firstAgendaStatic } from '../../../../lib/systems/firstagenda-static/index.ts';
import { FIRSTAGENDA_PUBLICATION_PORTALS } from '../../../../lib/systems/firstagenda/portals.ts';
import { describeShared, readShared } from '../../../shared.ts';

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
    const documented = new Set([...FIRSTAGENDA_DOCUMENTED_PORTALS, ...(firstAgendaStatic.portals ?? [])].map(([h]) => h));
    expect(firstAgendaHosts().filter((h) => !listed.has(h) && !documented.has(h))).toEqual([]);
    // Every documented extra is named in the list's own origin note or the systems survey.
    for (const h of documented) expect(`${list._origin} dagsordner.holbaek.dk`).toContain(h);
  });
});
