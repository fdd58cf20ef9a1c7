/**
 * `bookmarks`: what the user saved, with a copy of the item so it stays readable without the
 * page, and its derived keys (identity, case keys, meeting, page). With their notes
 * (./notes.ts) they are the export file's `bookmarks`; the derived keys are computed again on import.
 */
import { z } from 'zod';
import { OutcomeSchema } from '../../model.ts';
import { TextAnchorSchema } from '../../messages/parts.ts';
import { isStorableAddress, refusedAddress } from '../../net/safe-link.ts';
import { bookmarkIdentity, caseKey, meetingId, municipalityKey, newId, normaliseCaseNumber, pageKey } from '../keys.ts';
import { LIMITS } from '../limits.ts';
import { parseRows } from '../validate.ts';
import { DateSchema, MeetingKindSchema, TimestampSchema } from './fields.ts';
import { NoteRowSchema, type NoteRow } from './notes.ts';
import type { ExportSection, TableDef } from './table.ts';
import { TagNameSchema } from './tags.ts';

export const BookmarkCoreSchema = z.object({
  id: z.string().min(1).max(LIMITS.id),
  /** The page the item was bookmarked on (deep links add `#sagsspor-item=<n>`). */
  url: z.string().min(1).max(LIMITS.url),
  municipality: z.string().max(LIMITS.title).nullable(),
  meetingDate: DateSchema.nullable(),
  meetingCommittee: z.string().max(LIMITS.title).nullable(),
  meetingKind: MeetingKindSchema,
  itemNumber: z.number().int(),
  itemCommittees: z.array(z.string().max(LIMITS.title)),
  title: z.string().max(LIMITS.title),
  decision: z.string().max(LIMITS.text).nullable(),
  outcome: OutcomeSchema,
  /** Normalised case numbers of the item, the first being the bookmark's key. */
  caseNumbers: z.array(z.string().min(1).max(100)),
  anchor: TextAnchorSchema,
  tags: z.array(TagNameSchema).max(LIMITS.tagsPerBookmark),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** When the page annotations last found the item on its page. */
  foundAt: TimestampSchema.nullable(),
  /** Set when the item could not be found on its page ("ikke fundet på siden"); cleared when found. */
  missingSince: TimestampSchema.nullable(),
});
export type BookmarkCore = z.infer<typeof BookmarkCoreSchema>;

export const BookmarkRowSchema = BookmarkCoreSchema.extend({
  identity: z.string(),
  municipalityKey: z.string(),
  caseKeys: z.array(z.string()),
  meetingId: z.string(),
  pageKey: z.string(),
});
export type BookmarkRow = z.infer<typeof BookmarkRowSchema>;

export const bookmarksTable: TableDef<BookmarkRow> = {
  indexes: 'id, &identity, meetingId, pageKey, *caseKeys, *tags, meetingDate, updatedAt',
  row: BookmarkRowSchema,
  exported: { section: 'bookmarks' },
};

/** The derived keys of a bookmark (identity, indexes), computed from its own fields. */
export function bookmarkRow(core: BookmarkCore): BookmarkRow {
  const muni = municipalityKey(core.url);
  const caseNumbers = core.caseNumbers.map(normaliseCaseNumber).filter((c, i, a) => c !== '' && a.indexOf(c) === i);
  return {
    ...core,
    caseNumbers,
    identity: bookmarkIdentity({
      municipality: muni,
      caseNumber: caseNumbers[0] ?? null,
      meetingDate: core.meetingDate,
      itemNumber: core.itemNumber,
      committee: core.meetingCommittee,
    }),
    municipalityKey: muni,
    caseKeys: caseNumbers.map((c) => caseKey(muni, c)),
    meetingId: meetingId({ date: core.meetingDate, committee: core.meetingCommittee }, core.url),
    pageKey: pageKey(core.url),
  };
}

/** A bookmark as pages and messages see it: the row with its note. */
export const BookmarkViewSchema = BookmarkRowSchema.extend({
  note: z.string(),
  noteUpdatedAt: TimestampSchema.nullable(),
});
export type BookmarkView = z.infer<typeof BookmarkViewSchema>;

/** What a minutes page reads of a bookmark. */
export type PageBookmark = Pick<BookmarkView, 'id' | 'itemNumber' | 'title' | 'decision' | 'anchor' | 'note' | 'tags'>;

/** What "delete" hands back so "undo" can put it back exactly. */
export const BookmarkBackupSchema = z.object({ bookmark: BookmarkRowSchema, note: NoteRowSchema.nullable() });
export type BookmarkBackup = z.infer<typeof BookmarkBackupSchema>;

// ---------------------------------------------------------------------------------------------
// The export file's `bookmarks`, each with its note

export const ExportNoteSchema = z.strictObject({ text: z.string().max(LIMITS.note), updatedAt: TimestampSchema });

export const ExportBookmarkSchema = z.strictObject({ ...BookmarkCoreSchema.shape, note: ExportNoteSchema.nullable() });
export type ExportBookmark = z.infer<typeof ExportBookmarkSchema>;

function newer(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '') > (b ?? '');
}

function unionTags(first: readonly string[], second: readonly string[]): string[] {
  const out = [...first];
  for (const t of second) if (!out.some((o) => o.toLocaleLowerCase('da') === t.toLocaleLowerCase('da'))) out.push(t);
  return out.slice(0, LIMITS.tagsPerBookmark);
}

/**
 * Bookmarks with their notes. On import matched by id, then by identity: tags are united, the
 * note with the newer `updatedAt` wins, the other fields come from the bookmark with the newer
 * `updatedAt`, `createdAt` is the earlier one; an id used locally by another item gets a new id.
 */
export const bookmarksSection: ExportSection<ExportBookmark[], { added: number; merged: number }> = {
  since: 1,
  schema: z.array(ExportBookmarkSchema),
  empty: [],
  async read(db) {
    const notes = new Map(parseRows(NoteRowSchema, await db.notes.toArray(), 'notes').map((n) => [n.bookmarkId, n]));
    return parseRows(BookmarkRowSchema, await db.bookmarks.toArray(), 'bookmarks')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((b) => {
        const { identity: _i, municipalityKey: _k, caseKeys: _c, meetingId: _m, pageKey: _p, ...core } = b;
        const note = notes.get(b.id);
        return { ...core, note: note ? { text: note.text, updatedAt: note.updatedAt } : null };
      });
  },
  checkAddresses(bookmarks) {
    for (const [i, b] of bookmarks.entries()) {
      if (!isStorableAddress(b.url)) return { kind: 'unsafe-address', path: `bookmarks[${i}].url`, detail: refusedAddress(b.url) };
    }
    return null;
  },
  checkEntries(bookmarks) {
    const ids = new Map<string, number>();
    const identities = new Map<string, number>();
    for (const [i, b] of bookmarks.entries()) {
      const firstId = ids.get(b.id);
      if (firstId !== undefined) return { kind: 'duplicate', path: `bookmarks[${i}].id`, detail: `the id "${b.id.slice(0, 60)}" is also used by bookmarks[${firstId}]` };
      ids.set(b.id, i);
      const { note: _note, ...core } = b;
      const identity = bookmarkRow(core).identity;
      const firstIdentity = identities.get(identity);
      if (firstIdentity !== undefined) {
        return { kind: 'duplicate', path: `bookmarks[${i}]`, detail: `the same item as bookmarks[${firstIdentity}] (municipality, case number, meeting date and item number)` };
      }
      identities.set(identity, i);
    }
    return null;
  },
  async merge(db, bookmarks, { now, tags: vocabulary }) {
    const summary = { added: 0, merged: 0 };
    for (const b of bookmarks) {
      const { note: importedNote, ...core } = b;
      const tags = core.tags.map((t) => vocabulary.ensure(t, null, now.toISOString()));
      let incoming: BookmarkRow = bookmarkRow({ ...core, tags: unionTags([], tags) });
      let existing = await db.bookmarks.get(incoming.id);
      if (existing && existing.identity !== incoming.identity) {
        // The id is taken by another item: keep both, the imported one under a new id.
        incoming = { ...incoming, id: newId() };
        existing = undefined;
      }
      existing ??= await db.bookmarks.where('identity').equals(incoming.identity).first();
      const incomingNote: NoteRow | null = importedNote ? { bookmarkId: incoming.id, ...importedNote } : null;
      if (!existing) {
        await db.bookmarks.add(incoming);
        if (incomingNote) await db.notes.put(incomingNote);
        summary.added++;
        continue;
      }
      const base = newer(incoming.updatedAt, existing.updatedAt) ? incoming : existing;
      const merged: BookmarkRow = {
        ...base,
        id: existing.id,
        tags: unionTags(existing.tags, incoming.tags),
        createdAt: existing.createdAt < incoming.createdAt ? existing.createdAt : incoming.createdAt,
        foundAt: newer(incoming.foundAt, existing.foundAt) ? incoming.foundAt : existing.foundAt,
      };
      await db.bookmarks.put(merged);
      const localNote = await db.notes.get(existing.id);
      if (incomingNote && (!localNote || newer(incomingNote.updatedAt, localNote.updatedAt))) {
        await db.notes.put({ ...incomingNote, bookmarkId: existing.id });
      }
      summary.merged++;
    }
    return summary;
  },
};
