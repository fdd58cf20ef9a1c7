/** Search across everything stored: items of every meeting read, case numbers, committees, notes. */
import { beforeEach, expect, it } from 'vitest';
import type { Meeting } from '../../../lib/model.ts';
import { addBookmark } from '../../../lib/store/bookmarks.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { loadEverythingSearch } from '../../../lib/store/item-search.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { describeShared } from '../../shared.ts';
import { seedMeeting } from '../../fake-firstagenda/server.ts';
import { freshDb } from '../store-helpers.ts';

const CASE = '24-002111';

describeShared('search across everything stored', () => {
  let db: SagssporDB;
  let m000: Meeting;
  let m003: Meeting;

  beforeEach(async () => {
    db = freshDb();
    m000 = seedMeeting('000_eae494ec270a50b3');
    m003 = seedMeeting('003_ba268f17f18e87f4');
    await saveMeeting(db, 'https://dagsordener.lejre.dk/a', m000);
    await saveMeeting(db, 'https://dagsordener.lejre.dk/b', m003);
  });

  it('finds a case number in every meeting, with or without its dash', async () => {
    const search = await loadEverythingSearch(db);
    expect(search.size).toBe(m000.items.length + m003.items.length);
    for (const q of [CASE, CASE.replace('-', '')]) {
      const hits = search.search(q);
      const dates = hits.map((h) => (h.kind === 'item' ? h.item.meetingDate : null));
      expect(new Set(dates)).toEqual(new Set([m000.date, m003.date]));
      expect(hits.every((h) => h.kind === 'item' && h.item.caseNumbers.includes(CASE))).toBe(true);
    }
  });

  it('finds titles, decisions and committees, every word must match', async () => {
    const search = await loadEverythingSearch(db);
    const item = m003.items.find((i) => i.caseNumbers.includes(CASE))!;
    const word = item.title.split(/\s+/).filter((w) => w.length > 6).pop()!;
    const byTitle = search.search(word);
    expect(byTitle.some((h) => h.kind === 'item' && h.item.title === item.title)).toBe(true);
    // A word of this committee's name that the other meeting's committee does not have.
    const committeeWord = m003.committee!.split(/[^\p{L}]+/u).find((w) => w.length > 5 && !m000.committee!.toLowerCase().includes(w.toLowerCase()))!;
    const both = search.search(`${word} ${committeeWord}`);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((h) => h.kind === 'item' && h.item.committee === m003.committee)).toBe(true);
    expect(search.search('')).toEqual([]);
  });

  it('finds the user’s note with the item it belongs to', async () => {
    const item = m000.items.find((i) => i.caseNumbers.includes(CASE))!;
    await addBookmark(
      db,
      {
        url: 'https://dagsordener.lejre.dk/a',
        meeting: { municipality: m000.municipality, committee: m000.committee, date: m000.date, kind: m000.kind },
        item: { number: item.number, title: item.title, decision: item.decision, outcome: item.outcome, committees: item.committees, caseNumbers: item.caseNumbers },
        anchor: { exact: item.title, prefix: '', suffix: '', position: { start: 0, end: item.title.length } },
      },
      { note: 'Spørg forvaltningen om tilsynsrapporten' },
    );
    const hits = (await loadEverythingSearch(db)).search('tilsynsrapport');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'item', item: { title: item.title, meetingDate: m000.date }, bookmark: { note: 'Spørg forvaltningen om tilsynsrapporten' } });
  });
});
