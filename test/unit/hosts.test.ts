/** Sagsspor runs out of the box on every known FirstAgenda Publication portal, and nowhere broad. */
import { expect, it } from 'vitest';
import { MINUTES_MATCHES, firstAgendaHosts } from '../../lib/hosts.ts';
import { describeShared, readShared } from '../shared.ts';

describeShared('known minutes hosts', () => {
  it('covers every host of the FirstAgenda Publication host list', () => {
    const list = JSON.parse(readShared('reference', 'firstagenda_publication_hosts.json')) as Record<string, string | null>;
    const hosts = Object.entries(list)
      .filter(([key, url]) => key !== '_origin' && typeof url === 'string')
      .map(([, url]) => new globalThis.URL(url!).hostname);
    expect(hosts.length).toBeGreaterThan(60);
    const ours = new Set(firstAgendaHosts());
    expect(hosts.filter((h) => !ours.has(h))).toEqual([]);
  });
});

it('asks for no all-sites pattern', () => {
  for (const pattern of MINUTES_MATCHES) {
    expect(pattern).not.toBe('<all_urls>');
    expect(pattern).not.toMatch(/^\*:\/\/\*\//);
    expect(pattern).not.toMatch(/^\*:\/\/\*\.dk\//);
  }
});
