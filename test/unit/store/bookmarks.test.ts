import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, meeting, snapshot, target } from '../store-helpers.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import {
  addBookmark,
  countBookmarks,
  listBookmarks,
  listTags,
  removeBookmarks,
  reportAnchors,
  restoreBookmarks,
  tagBookmarks,
  updateBookmark,
} from '../../../lib/store/bookmarks.ts';
import { itemsOfMeeting, lookupCase, saveMeeting } from '../../../lib/store/meetings.ts';
import { getSettings, setSetting } from '../../../lib/store/settings.ts';
import { DEFAULT_SETTINGS } from '../../../lib/store/tables/settings.ts';

let db: SagssporDB;
beforeEach(() => {
  db = freshDb();
});

describe('bookmarks', () => {
  it('keeps one bookmark per item even when the page is reached by another URL', async () => {
    const first = await addBookmark(db, target(2));
    const again = await addBookmark(db, target(2, { url: 'http://www.dagsordener.lejre.dk/moved?id=9' }), { tags: ['Budget'] });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.bookmark.id).toBe(first.bookmark.id);
    expect(again.bookmark.tags).toEqual(['Budget']);
    expect(await db.bookmarks.count()).toBe(1);
  });

  it('lists a page\'s bookmarks by its meeting when the URL changed, and by URL when the meeting is unknown', async () => {
    await addBookmark(db, target(1));
    await addBookmark(db, target(2, { date: '2024-04-09' }));
    const moved = await listBookmarks(db, {
      kind: 'page',
      url: 'https://dagsordener.lejre.dk/meeting/77',
      meeting: { municipality: 'Lejre Kommune', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' },
    });
    expect(moved.map((b) => b.itemNumber)).toEqual([1]);
    const byUrl = await listBookmarks(db, { kind: 'page', url: 'https://dagsordener.lejre.dk/referat/1#sagsspor-item=2', meeting: null });
    expect(byUrl.map((b) => b.itemNumber)).toEqual([2, 1]); // newest meeting first
  });

  it('edits note and tags in place, matching tags case-insensitively to existing ones', async () => {
    const { bookmark } = await addBookmark(db, target(1), { tags: ['Skole'] });
    const edited = await updateBookmark(db, bookmark.id, { note: 'Følg op i maj <b>vigtigt</b>', tags: ['skole', ' Budget  2025 '] });
    expect(edited.note).toBe('Følg op i maj <b>vigtigt</b>');
    expect(edited.tags).toEqual(['Skole', 'Budget 2025']);
    expect((await listTags(db)).map((t) => t.name)).toEqual(['Budget 2025', 'Skole']);
    const cleared = await updateBookmark(db, bookmark.id, { note: '   ' });
    expect(cleared.note).toBe('');
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses invalid tags and unknown ids without changing anything', async () => {
    const { bookmark } = await addBookmark(db, target(1));
    const before = await snapshot(db);
    await expect(updateBookmark(db, bookmark.id, { tags: ['ok', 'x'.repeat(61)] })).rejects.toThrow(/tag/);
    await expect(updateBookmark(db, 'nope', { note: 'x' })).rejects.toThrow(/no bookmark/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('tags several bookmarks at once and removes tags', async () => {
    const a = await addBookmark(db, target(1), { tags: ['gammel'] });
    const b = await addBookmark(db, target(2));
    const changed = await tagBookmarks(db, [a.bookmark.id, b.bookmark.id], ['Budget'], ['Gammel']);
    expect(changed).toBe(2);
    const all = await listBookmarks(db);
    expect(all.map((x) => x.tags)).toEqual([['Budget'], ['Budget']]);
  });

  it('deletes with undo: restore brings back the bookmark and its note exactly', async () => {
    const { bookmark } = await addBookmark(db, target(1), { tags: ['A'], note: 'min note' });
    await addBookmark(db, target(2));
    const before = await snapshot(db);
    const backups = await removeBookmarks(db, [bookmark.id]);
    expect(await db.bookmarks.count()).toBe(1);
    expect(await db.notes.count()).toBe(0);
    await restoreBookmarks(db, backups);
    expect(await snapshot(db)).toEqual(before);
  });

  it('undo after the same item was bookmarked again merges instead of duplicating', async () => {
    const { bookmark } = await addBookmark(db, target(1), { tags: ['A'], note: 'gammel note' });
    const backups = await removeBookmarks(db, [bookmark.id]);
    const again = await addBookmark(db, target(1), { tags: ['B'] });
    await restoreBookmarks(db, backups);
    const all = await listBookmarks(db);
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(again.bookmark.id);
    expect(all[0]!.tags).toEqual(['B', 'A']);
    expect(all[0]!.note).toBe('gammel note');
  });

  it('marks bookmarks not found on their page and clears the mark when found again, without counting it as an edit', async () => {
    const { bookmark } = await addBookmark(db, target(1), { now: new Date('2024-05-01T10:00:00Z') });
    await reportAnchors(db, [{ id: bookmark.id, found: false }], new Date('2024-06-01T10:00:00Z'));
    let [row] = await listBookmarks(db);
    expect(row!.missingSince).toBe('2024-06-01T10:00:00.000Z');
    expect(row!.decision).toBe('Godkendt.'); // the stored copy stays readable
    expect(row!.updatedAt).toBe('2024-05-01T10:00:00.000Z');
    await reportAnchors(db, [{ id: bookmark.id, found: false }], new Date('2024-07-01T10:00:00Z'));
    [row] = await listBookmarks(db);
    expect(row!.missingSince).toBe('2024-06-01T10:00:00.000Z');
    await reportAnchors(db, [{ id: bookmark.id, found: true }], new Date('2024-08-01T10:00:00Z'));
    [row] = await listBookmarks(db);
    expect(row!.missingSince).toBeNull();
    expect(row!.foundAt).toBe('2024-08-01T10:00:00.000Z');
  });

  it('counts bookmarks in all and on a page', async () => {
    await addBookmark(db, target(1));
    await addBookmark(db, target(2, { url: 'https://dagsordener.lejre.dk/referat/2', date: '2024-04-01' }));
    expect(await countBookmarks(db, { kind: 'page', url: 'https://dagsordener.lejre.dk/referat/2', meeting: null })).toEqual({ total: 2, inScope: 1 });
  });
});

describe('meetings and case lookup', () => {
  it('stores a parsed meeting and finds a case number across meetings, newest first', async () => {
    await saveMeeting(db, 'https://dagsordener.lejre.dk/referat/1', meeting());
    await saveMeeting(
      db,
      'https://dagsordener.lejre.dk/referat/2',
      meeting({ date: '2024-05-01', committee: 'Byrådet', items: [meeting().items[1]!] }),
    );
    const hits = await lookupCase(db, 'lejre', ' 24-001002 ');
    expect(hits.map((h) => [h.meetingDate, h.meetingCommittee, h.number])).toEqual([
      ['2024-05-01', 'Byrådet', 2],
      ['2024-03-12', 'Økonomiudvalget', 2],
    ]);
    expect(await lookupCase(db, 'kalundborg', '24-001002')).toEqual([]);
    expect(await db.crossReferences.where('toItemId').equals('lejre|2024-03-12|økonomiudvalget|#1').count()).toBe(1);
  });

  it('replaces a meeting seen again (agenda, then minutes) without leaving old items behind', async () => {
    await saveMeeting(db, 'https://dagsordener.lejre.dk/dagsorden/1', meeting({ kind: 'dagsorden' }));
    await saveMeeting(db, 'https://dagsordener.lejre.dk/referat/1', meeting({ items: [meeting().items[0]!] }));
    expect(await db.meetings.count()).toBe(1);
    const items = await itemsOfMeeting(db, 'lejre|2024-03-12|økonomiudvalget');
    expect(items.map((i) => i.number)).toEqual([1]);
    expect(items[0]).not.toHaveProperty('sectionTexts');
  });
});

describe('settings', () => {
  it('gives defaults, keeps what is set, and ignores unreadable stored values', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setSetting(db, 'locale', 'en');
    await db.settings.put({ key: 'theme', value: 'purple' });
    const s = await getSettings(db);
    expect(s.locale).toBe('en');
    expect(s.theme).toBe('system');
    await expect(setSetting(db, 'outlineOpen', 'yes' as unknown as boolean)).rejects.toThrow();
  });
});
