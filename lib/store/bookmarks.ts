/**
 * Bookmarks, their notes and tags. Every write runs in one read-write transaction over the
 * tables it touches, so concurrent writers (ten tabs at once) are serialised by IndexedDB and
 * none is lost. Operations take the database as a parameter and keep nothing in memory.
 */
import type { SagssporDB } from './db.ts';
import {
  bookmarkIdentity,
  caseKey,
  meetingId,
  municipalityKey,
  newId,
  normaliseCaseNumber,
  normaliseTag,
  pageKey,
} from './keys.ts';
import { StoreError } from './store-error.ts';
import { BookmarkRowSchema, bookmarkRow, type BookmarkBackup, type BookmarkCore, type BookmarkRow, type BookmarkView } from './tables/bookmarks.ts';
import { LIMITS } from './limits.ts';
import { NoteRowSchema, type NoteRow } from './tables/notes.ts';
import { TagNameSchema, type TagRow } from './tables/tags.ts';
import type { BookmarkTarget, MeetingRef } from '../messages/parts.ts';
import { parseRows } from './validate.ts';
import { isStorableAddress, refusedAddress } from '../net/safe-link.ts';

export function toView(row: BookmarkRow, note: NoteRow | undefined | null): BookmarkView {
  return { ...row, note: note?.text ?? '', noteUpdatedAt: note?.updatedAt ?? null };
}

/**
 * Tag names as stored: normalised, validated, without repeats; a name that differs from an
 * existing tag only by case takes the existing spelling. Missing tags are added to the tags
 * table. Call inside a transaction that includes db.tags.
 */
export async function resolveTags(db: SagssporDB, names: readonly string[], now: Date): Promise<string[]> {
  const wanted: string[] = [];
  for (const name of names) {
    const n = normaliseTag(name);
    if (n === '') continue;
    const check = TagNameSchema.safeParse(n);
    if (!check.success) throw new StoreError('invalid', `tag "${n.slice(0, 80)}": ${check.error.issues[0]?.message ?? 'invalid'}`);
    if (!wanted.some((w) => w.toLocaleLowerCase('da') === n.toLocaleLowerCase('da'))) wanted.push(n);
  }
  if (wanted.length === 0) return [];
  const existing = await db.tags.toArray();
  const byLower = new Map(existing.map((t) => [t.name.toLocaleLowerCase('da'), t.name]));
  const out: string[] = [];
  const added: TagRow[] = [];
  for (const w of wanted) {
    const known = byLower.get(w.toLocaleLowerCase('da'));
    if (known !== undefined) out.push(known);
    else {
      out.push(w);
      added.push({ name: w, colour: null, createdAt: now.toISOString() });
      byLower.set(w.toLocaleLowerCase('da'), w);
    }
  }
  if (added.length > 0) await db.tags.bulkPut(added);
  return out;
}

function checkTagCount(tags: readonly string[]): void {
  if (tags.length > LIMITS.tagsPerBookmark) throw new StoreError('invalid', `a bookmark can have at most ${LIMITS.tagsPerBookmark} tags`);
}

function checkNote(note: string): void {
  if (note.length > LIMITS.note) throw new StoreError('invalid', `a note can be at most ${LIMITS.note} characters`);
}

async function putNote(db: SagssporDB, bookmarkId: string, text: string, now: Date): Promise<NoteRow | null> {
  if (text.trim() === '') {
    await db.notes.delete(bookmarkId);
    return null;
  }
  const row: NoteRow = { bookmarkId, text, updatedAt: now.toISOString() };
  await db.notes.put(row);
  return row;
}

export interface AddBookmarkOptions {
  tags?: readonly string[];
  note?: string;
  now?: Date;
}

/**
 * Bookmark an item. Bookmarking an item that is already bookmarked (same municipality, case
 * number, meeting date and item number — from any URL) returns the existing bookmark, adding
 * the given tags and, when it has none, the given note.
 */
export async function addBookmark(
  db: SagssporDB,
  target: BookmarkTarget,
  options: AddBookmarkOptions = {},
): Promise<{ bookmark: BookmarkView; created: boolean }> {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  if (!isStorableAddress(target.url)) throw new StoreError('invalid', refusedAddress(target.url));
  if (options.note !== undefined) checkNote(options.note);
  return db.transaction('rw', [db.bookmarks, db.notes, db.tags], async () => {
    const tags = await resolveTags(db, options.tags ?? [], now);
    const candidate = bookmarkRow({
      id: newId(),
      url: target.url,
      municipality: target.meeting.municipality,
      meetingDate: target.meeting.date,
      meetingCommittee: target.meeting.committee,
      meetingKind: target.meeting.kind,
      itemNumber: target.item.number,
      itemCommittees: target.item.committees,
      title: target.item.title,
      decision: target.item.decision,
      outcome: target.item.outcome,
      caseNumbers: target.item.caseNumbers,
      anchor: target.anchor,
      tags,
      createdAt: stamp,
      updatedAt: stamp,
      foundAt: stamp,
      missingSince: null,
    });
    const existing = await db.bookmarks.where('identity').equals(candidate.identity).first();
    if (existing) {
      let row = existing;
      const merged = [...existing.tags, ...tags.filter((t) => !existing.tags.includes(t))];
      if (merged.length !== existing.tags.length) {
        checkTagCount(merged);
        row = { ...existing, tags: merged, updatedAt: stamp };
        await db.bookmarks.put(row);
      }
      let note = await db.notes.get(existing.id);
      if (!note && options.note) note = (await putNote(db, existing.id, options.note, now)) ?? undefined;
      return { bookmark: toView(row, note), created: false };
    }
    checkTagCount(candidate.tags);
    BookmarkRowSchema.parse(candidate);
    await db.bookmarks.add(candidate);
    const note = options.note ? await putNote(db, candidate.id, options.note, now) : null;
    return { bookmark: toView(candidate, note), created: true };
  });
}

export interface BookmarkPatch {
  note?: string;
  tags?: readonly string[];
}

/** Change a bookmark's note and/or tags (the tags given replace the old ones). */
export async function updateBookmark(db: SagssporDB, id: string, patch: BookmarkPatch, now: Date = new Date()): Promise<BookmarkView> {
  if (patch.note !== undefined) checkNote(patch.note);
  return db.transaction('rw', [db.bookmarks, db.notes, db.tags], async () => {
    const row = await db.bookmarks.get(id);
    if (!row) throw new StoreError('not-found', `no bookmark with id ${id}`);
    let next = row;
    if (patch.tags !== undefined) {
      const tags = await resolveTags(db, patch.tags, now);
      checkTagCount(tags);
      next = { ...next, tags };
    }
    let note: NoteRow | null | undefined;
    if (patch.note !== undefined) note = await putNote(db, id, patch.note, now);
    else note = await db.notes.get(id);
    next = { ...next, updatedAt: now.toISOString() };
    await db.bookmarks.put(next);
    return toView(next, note);
  });
}

/** Add and remove tags on several bookmarks at once. Returns how many bookmarks changed. */
export async function tagBookmarks(
  db: SagssporDB,
  ids: readonly string[],
  add: readonly string[],
  remove: readonly string[],
  now: Date = new Date(),
): Promise<number> {
  return db.transaction('rw', [db.bookmarks, db.tags], async () => {
    const toAdd = await resolveTags(db, add, now);
    const toRemove = new Set(remove.map((r) => normaliseTag(r).toLocaleLowerCase('da')));
    const rows = await db.bookmarks.bulkGet([...ids]);
    const changed: BookmarkRow[] = [];
    for (const row of rows) {
      if (!row) continue;
      const kept = row.tags.filter((t) => !toRemove.has(t.toLocaleLowerCase('da')));
      const tags = [...kept, ...toAdd.filter((t) => !kept.includes(t))];
      if (tags.length === row.tags.length && tags.every((t, i) => t === row.tags[i])) continue;
      checkTagCount(tags);
      changed.push({ ...row, tags, updatedAt: now.toISOString() });
    }
    await db.bookmarks.bulkPut(changed);
    return changed.length;
  });
}

/** Delete bookmarks with their notes; returns what was deleted so it can be restored (undo). */
export async function removeBookmarks(db: SagssporDB, ids: readonly string[]): Promise<BookmarkBackup[]> {
  return db.transaction('rw', [db.bookmarks, db.notes], async () => {
    const rows = await db.bookmarks.bulkGet([...ids]);
    const notes = await db.notes.bulkGet([...ids]);
    const backups: BookmarkBackup[] = [];
    rows.forEach((row, i) => {
      if (row) backups.push({ bookmark: row, note: notes[i] ?? null });
    });
    await db.bookmarks.bulkDelete(backups.map((b) => b.bookmark.id));
    await db.notes.bulkDelete(backups.map((b) => b.bookmark.id));
    return backups;
  });
}

/**
 * Put deleted bookmarks back exactly as they were (undo). If the same item was bookmarked again
 * in the meantime, the two are merged: the new bookmark stays, gaining the old tags, and the old
 * note when it has none.
 */
export async function restoreBookmarks(db: SagssporDB, backups: readonly BookmarkBackup[], now: Date = new Date()): Promise<number> {
  return db.transaction('rw', [db.bookmarks, db.notes, db.tags], async () => {
    let restored = 0;
    for (const backup of backups) {
      const row = BookmarkRowSchema.parse(backup.bookmark);
      const note = backup.note === null ? null : NoteRowSchema.parse(backup.note);
      await resolveTags(db, row.tags, now);
      const clash = await db.bookmarks.where('identity').equals(row.identity).first();
      if (clash && clash.id !== row.id) {
        const tags = [...clash.tags, ...row.tags.filter((t) => !clash.tags.includes(t))].slice(0, LIMITS.tagsPerBookmark);
        await db.bookmarks.put({ ...clash, tags });
        if (note && !(await db.notes.get(clash.id))) await db.notes.put({ ...note, bookmarkId: clash.id });
      } else {
        await db.bookmarks.put(row);
        if (note) await db.notes.put({ ...note, bookmarkId: row.id });
      }
      restored++;
    }
    return restored;
  });
}

export type BookmarkScope =
  | { kind: 'all' }
  | { kind: 'page'; url: string; meeting: MeetingRef | null }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'ids'; ids: readonly string[] };

async function rowsInScope(db: SagssporDB, scope: BookmarkScope): Promise<BookmarkRow[]> {
  switch (scope.kind) {
    case 'all':
      return db.bookmarks.toArray();
    case 'meeting':
      return db.bookmarks.where('meetingId').equals(scope.meetingId).toArray();
    case 'ids':
      return (await db.bookmarks.bulkGet([...scope.ids])).filter((r): r is BookmarkRow => r !== undefined);
    case 'page': {
      const byPage = await db.bookmarks.where('pageKey').equals(pageKey(scope.url)).toArray();
      if (scope.meeting === null) return byPage;
      const mid = meetingId(scope.meeting, scope.url);
      const byMeeting = await db.bookmarks.where('meetingId').equals(mid).toArray();
      const seen = new Set(byPage.map((b) => b.id));
      return [...byPage, ...byMeeting.filter((b) => !seen.has(b.id))];
    }
  }
}

/** Bookmarks with their notes, newest meeting first, then by item number. */
export async function listBookmarks(db: SagssporDB, scope: BookmarkScope = { kind: 'all' }): Promise<BookmarkView[]> {
  return db.transaction('r', [db.bookmarks, db.notes], async () => {
    const rows = parseRows(BookmarkRowSchema, await rowsInScope(db, scope), 'bookmarks');
    const notes = await db.notes.bulkGet(rows.map((r) => r.id));
    return rows.map((r, i) => toView(r, notes[i])).sort(compareBookmarks);
  });
}

export function compareBookmarks(a: BookmarkRow, b: BookmarkRow): number {
  return (
    (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') ||
    a.meetingId.localeCompare(b.meetingId) ||
    a.itemNumber - b.itemNumber ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

export async function countBookmarks(db: SagssporDB, scope: BookmarkScope): Promise<{ total: number; inScope: number }> {
  const total = await db.bookmarks.count();
  const inScope = scope.kind === 'all' ? total : (await rowsInScope(db, scope)).length;
  return { total, inScope };
}

/**
 * What the page annotations found: found items get `foundAt`, missing ones `missingSince`
 * ("ikke fundet på siden"). Not an edit: `updatedAt` stays.
 */
export async function reportAnchors(
  db: SagssporDB,
  results: readonly { id: string; found: boolean }[],
  now: Date = new Date(),
): Promise<number> {
  const stamp = now.toISOString();
  return db.transaction('rw', [db.bookmarks], async () => {
    const rows = await db.bookmarks.bulkGet(results.map((r) => r.id));
    const changed: BookmarkRow[] = [];
    rows.forEach((row, i) => {
      if (!row) return;
      const found = results[i]!.found;
      if (found) changed.push({ ...row, foundAt: stamp, missingSince: null });
      else if (row.missingSince === null) changed.push({ ...row, missingSince: stamp });
    });
    await db.bookmarks.bulkPut(changed);
    return changed.length;
  });
}

/** All tags, alphabetically (Danish order). */
export async function listTags(db: SagssporDB): Promise<TagRow[]> {
  const rows = await db.tags.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
