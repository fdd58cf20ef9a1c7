import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb, target } from '../store-helpers.ts';
import { addBookmark, listBookmarks, updateBookmark } from '../../../lib/store/bookmarks.ts';
import { BookmarkSearch, filterChoices } from '../../../lib/store/bookmark-search.ts';
import type { BookmarkView } from '../../../lib/store/tables/bookmarks.ts';

let all: BookmarkView[];
beforeAll(async () => {
  const db = freshDb();
  const a = await addBookmark(db, target(1), { tags: ['Skole'] });
  await updateBookmark(db, a.bookmark.id, { note: 'Husk høringsfristen' });
  const t2 = target(2, { committee: 'Byrådet', date: '2024-06-20' });
  t2.item.title = 'Ny skolestruktur i Hvalsø';
  t2.item.decision = 'Forslaget blev afvist.';
  t2.item.outcome = 'rejected';
  await addBookmark(db, t2, { tags: ['Skole', 'Budget'] });
  const t3 = target(3, { caseNumber: '85.02.02-G01-1-17', date: '2023-11-01' });
  t3.item.title = 'Vejbelysning';
  await addBookmark(db, t3);
  all = await listBookmarks(db);
});

const numbers = (list: BookmarkView[]) => list.map((b) => b.itemNumber);

describe('popup search', () => {
  it('finds by title, decision, note and tag, with word prefixes and Danish letters', () => {
    const s = new BookmarkSearch(all);
    expect(numbers(s.search('skolestruk'))).toEqual([2]);
    expect(numbers(s.search('afvist'))).toEqual([2]);
    expect(numbers(s.search('høringsfrist'))).toEqual([1]);
    expect(numbers(s.search('skole hvalsø'))).toEqual([2]); // every word must match
    expect(numbers(s.search('skolestruktur hvalsø afvist'))).toEqual([2]);
    expect(numbers(s.search('skolestrutkur'))).toEqual([2]); // a typo
    expect(numbers(s.search('BUDGET'))).toEqual([2, 1]); // tag of 2; title "Punkt 1 om budget"
  });

  it('finds case numbers written with or without separators, and by a part', () => {
    const s = new BookmarkSearch(all);
    expect(numbers(s.search('85.02.02-G01-1-17'))).toEqual([3]);
    expect(numbers(s.search('850202G01117'))).toEqual([3]);
    expect(numbers(s.search('24-001001'))).toEqual([1]);
    expect(numbers(s.search('001002'))).toEqual([2]);
  });

  it('filters by tag, committee, outcome and date range, newest meeting first', () => {
    const s = new BookmarkSearch(all);
    expect(numbers(s.search(''))).toEqual([2, 1, 3]);
    expect(numbers(s.search('', { tags: ['skole'] }))).toEqual([2, 1]);
    expect(numbers(s.search('', { committee: 'Økonomiudvalget' }))).toEqual([1, 3]);
    expect(numbers(s.search('', { outcome: 'rejected' }))).toEqual([2]);
    expect(numbers(s.search('', { from: '2024-01-01', to: '2024-03-31' }))).toEqual([1]);
    expect(numbers(s.search('skole', { outcome: 'approved' }))).toEqual([1]);
    expect(filterChoices(all)).toEqual({ committees: ['Byrådet', 'Økonomiudvalget'], tags: ['Budget', 'Skole'] });
  });
});
