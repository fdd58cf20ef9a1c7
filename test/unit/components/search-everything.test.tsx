// @vitest-environment happy-dom
/**
 * The search across everything as a user meets it: short case-number forms ("25-4711",
 * "24/2111") find the full numbers, matched words are marked, and an empty search shows the
 * meetings read most recently. Minutes: modelled text (two meetings of a fictional municipality).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CasePage } from '../../../components/case/CasePage.tsx';
import { parseText } from '../../../lib/parser/index.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { loadEverythingSearch } from '../../../lib/store/item-search.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { freshDb } from '../store-helpers.ts';
import { mount, type, unmount, useLocale } from './popup-helpers.tsx';

const FIRST = 'Referat\nØkonomiudvalget\nMødedato: 12.03.2025\n\n1. Plejeboliger på Lærkevej\nSagsnr.: 25-004711\nBeslutning\nUdsat til næste møde.\n\n2. Budget for skoler\nSagsnr.: 24-002111\nBeslutning\nGodkendt.\n';
const SECOND = 'Referat\nByrådet\nMødedato: 26.03.2025\n\n1. Plejeboliger på Lærkevej\nSagsnr.: 25-004711\nBeslutning\nGodkendt.\n';

let db: SagssporDB;
let root: HTMLElement | null = null;
beforeEach(async () => {
  useLocale('da');
  db = freshDb();
  await saveMeeting(db, 'https://dagsordener.sagsby.dk/1', parseText(FIRST, { source: 'a' }), new Date('2025-03-13T10:00:00Z'));
  await saveMeeting(db, 'https://dagsordener.sagsby.dk/2', parseText(SECOND, { source: 'b' }), new Date('2025-03-27T10:00:00Z'));
});
afterEach(async () => {
  if (root) await unmount(root);
  root = null;
});

const numbersOf = (hits: Awaited<ReturnType<typeof loadEverythingSearch>>['search'] extends (...a: never[]) => infer R ? R : never) =>
  hits.flatMap((h) => (h.kind === 'item' ? h.item.caseNumbers : []));

describe('search across everything', () => {
  it('finds case numbers by their short forms, and not a neighbouring number', async () => {
    const search = await loadEverythingSearch(db);
    expect(numbersOf(search.search('25-4711'))).toEqual(['25-004711', '25-004711']);
    expect(numbersOf(search.search('24/2111'))).toEqual(['24-002111']);
    expect(numbersOf(search.search('25-004711'))).toHaveLength(2);
    expect(search.search('25-4712')).toEqual([]);
  });

  it('shows the meetings read most recently when the search is empty, and marks the matched words', async () => {
    root = await mount(<CasePage db={db} env={{ copy: async () => undefined, pageUrl: (p) => p }} search="" />);
    const recent = await vi.waitFor(() => {
      const list = root!.querySelector('[data-testid=recent-meetings]');
      if (!list) throw new Error('no recent meetings yet');
      return list;
    });
    expect([...recent.querySelectorAll('li')].map((li) => li.textContent?.trim())).toEqual([
      expect.stringMatching(/^26\. marts 2025 .* 1 punkt$/),
      expect.stringMatching(/^12\. marts 2025 .* 2 punkter$/),
    ]);
    await type(root.querySelector('input[type=search]'), 'plejebol');
    await vi.waitFor(() => expect(root!.querySelectorAll('.search-hits li')).toHaveLength(2));
    expect([...root.querySelectorAll('.search-hits li .title mark')].map((m) => m.textContent)).toEqual(['Plejebol', 'Plejebol']);
    expect(root.querySelector('[data-testid=recent-meetings]')).toBeNull();

    // Filters: by outcome, then by date range.
    const selects = [...root.querySelectorAll<HTMLSelectElement>('.search-filters select')];
    const outcome = selects.find((sel) => sel.querySelector('option[value=postponed]'))!;
    await type(outcome, 'postponed', 'change');
    await vi.waitFor(() => expect(root!.querySelectorAll('.search-hits li')).toHaveLength(1));
    expect(root.querySelector('.search-hits li .badge')?.getAttribute('data-outcome')).toBe('postponed');
    await type(outcome, '', 'change');
    await type(root.querySelector('.search-filters input[type=date]'), '2025-03-20');
    await vi.waitFor(() => expect(root!.querySelectorAll('.search-hits li')).toHaveLength(1));
    expect(root.querySelector('.search-hits li .meta')?.textContent).toContain('26. marts 2025');
  });
});
