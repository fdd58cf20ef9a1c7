/**
 * Export and import of everything the store holds, as versioned JSON (see README.md in this
 * folder for the format and the merge rules).
 *
 * Import is all or nothing: the file is read, parsed and validated in full before anything is
 * written, and then written in one read-write transaction over every table, so any error —
 * in the file or while writing — leaves the store as it was and says what was wrong and where.
 */
import { z } from 'zod';
import type { SagssporDB } from './db.ts';
import { bookmarkRow } from './bookmarks.ts';
import { rekeyLinkEnd } from './rekey.ts';
import { isStorableAddress, refusedAddress, safeLink } from '../safe-link.ts';
import { newId, normaliseTag } from './keys.ts';
import { meetingRows, putMeetingRows, type MeetingHeader } from './meetings.ts';
import {
  BookmarkCoreSchema,
  BookmarkRowSchema,
  ItemRowSchema,
  LIMITS,
  MeetingRowSchema,
  NoteRowSchema,
  SettingsSchema,
  StoredItemFieldsSchema,
  TagRowSchema,
  TimestampSchema,
  type BookmarkRow,
  type NoteRow,
  type SettingKey,
  type TagRow,
} from './schemas.ts';
import { storedSettings } from './settings.ts';
import { describeIssue, parseRows } from './validate.ts';
import { ParseWarningSchema } from '../model.ts';
import { ManualLinkRowSchema, LINK_ID_PREFIX, type ManualLinkRow } from './links.ts';
import { MEETING_KINDS } from '../model-values.ts';
import { duplicateFollow, ExportFollowSchema, exportFollows, mergeFollows } from './tables/follows.ts';

export const EXPORT_FORMAT = 'sagsspor-export';
export const EXPORT_VERSION = 3;
/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The file format (version 1)

export const ExportItemSchema = z.strictObject(StoredItemFieldsSchema.shape);

export const ExportMeetingSchema = z.strictObject({
  url: z.string().min(1).max(LIMITS.url),
  municipality: z.string().nullable(),
  source: z.string(),
  kind: z.enum(MEETING_KINDS).nullable(),
  committee: z.string().nullable(),
  date: MeetingRowSchema.shape.date,
  time: z.string().nullable(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  absent: z.array(z.string()),
  warnings: z.array(ParseWarningSchema),
  seenAt: TimestampSchema,
  items: z.array(ExportItemSchema),
});
export type ExportMeeting = z.infer<typeof ExportMeetingSchema>;

export const ExportNoteSchema = z.strictObject({ text: z.string().max(LIMITS.note), updatedAt: TimestampSchema });

export const ExportBookmarkSchema = z.strictObject({ ...BookmarkCoreSchema.shape, note: ExportNoteSchema.nullable() });
export type ExportBookmark = z.infer<typeof ExportBookmarkSchema>;

export const ExportTagSchema = z.strictObject(TagRowSchema.shape);

/** A manual "se også" link, as stored (each end keeps a snapshot of its item). Since version 2. */
export const ExportLinkSchema = z.strictObject(ManualLinkRowSchema.shape);

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: TimestampSchema,
  meetings: z.array(ExportMeetingSchema),
  bookmarks: z.array(ExportBookmarkSchema),
  tags: z.array(ExportTagSchema),
  links: z.array(ExportLinkSchema),
  settings: SettingsSchema.partial(),
  /** Since version 3: what the user follows (lib/store/tables/follows.ts). */
  follows: z.array(ExportFollowSchema),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/**
 * Upgrades of older file versions to the next one, keyed by the version they read.
 * 1 → 2: version 2 adds the manual links (`links`); a version-1 file had none.
 * 2 → 3: version 3 adds the follows (`follows`); a version-2 file had none.
 */
const FILE_MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: (v1) => ('links' in v1 ? { ...v1, version: 2 } : { ...v1, version: 2, links: [] }),
  2: (v2) => ('follows' in v2 ? { ...v2, version: 3 } : { ...v2, version: 3, follows: [] }),
};

// ---------------------------------------------------------------------------------------------
// Export

/** Everything in the store as an export file. Arrays are in a fixed order, so equal stores give equal files. */
export async function exportAll(db: SagssporDB, now: Date = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.allTables(), async () => {
    const meetingRowsAll = parseRows(MeetingRowSchema, await db.meetings.toArray(), 'meetings');
    const itemRows = parseRows(ItemRowSchema, await db.items.toArray(), 'items');
    const bookmarks = parseRows(BookmarkRowSchema, await db.bookmarks.toArray(), 'bookmarks');
    const notes = new Map(parseRows(NoteRowSchema, await db.notes.toArray(), 'notes').map((n) => [n.bookmarkId, n]));
    const tags = parseRows(TagRowSchema, await db.tags.toArray(), 'tags');
    const settings = await storedSettings(db);
    // The table also holds the parser's references, derived again on import: only manual links go out.
    const links = parseRows(
      ManualLinkRowSchema,
      (await db.crossReferences.toArray()).filter((r) => r.id.startsWith(LINK_ID_PREFIX)),
      'crossReferences',
    ).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

    const itemsByMeeting = new Map<string, typeof itemRows>();
    for (const item of itemRows) {
      const list = itemsByMeeting.get(item.meetingId) ?? [];
      list.push(item);
      itemsByMeeting.set(item.meetingId, list);
    }
    const meetings: ExportMeeting[] = meetingRowsAll
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => ({
        url: m.url,
        municipality: m.municipality,
        source: m.source,
        kind: m.kind,
        committee: m.committee,
        date: m.date,
        time: m.time,
        location: m.location,
        participants: m.participants,
        absent: m.absent,
        warnings: m.warnings,
        seenAt: m.seenAt,
        items: (itemsByMeeting.get(m.id) ?? [])
          .sort((a, b) => a.number - b.number)
          .map((i) => {
            const { id: _id, meetingId: _m, municipalityKey: _k, meetingDate: _d, meetingCommittee: _c, caseKeys: _ck, ...fields } = i;
            return fields;
          }),
      }));
    const exportedBookmarks: ExportBookmark[] = bookmarks
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((b) => {
        const { identity: _i, municipalityKey: _k, caseKeys: _c, meetingId: _m, pageKey: _p, ...core } = b;
        const note = notes.get(b.id);
        return { ...core, note: note ? { text: note.text, updatedAt: note.updatedAt } : null };
      });
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      meetings,
      bookmarks: exportedBookmarks,
      tags: tags.sort((a, b) => a.name.localeCompare(b.name, 'da')),
      links,
      settings,
      follows: await exportFollows(db),
    };
  });
}

export function serialiseExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

export type ImportErrorKind =
  | 'too-large'
  | 'empty'
  | 'encoding'
  | 'not-json'
  | 'not-object'
  | 'not-sagsspor'
  | 'unsupported-version'
  | 'invalid'
  | 'duplicate'
  | 'unsafe-address'
  | 'write-failed';

export interface ImportError {
  kind: ImportErrorKind;
  /** Where in the file, e.g. "bookmarks[3].tags[0]"; null when the whole file is meant. */
  path: string | null;
  /** What was wrong, in plain technical English (the pages put a translated sentence around it). */
  detail: string;
}

export interface ImportSummary {
  meetings: { added: number; updated: number; unchanged: number };
  bookmarks: { added: number; merged: number };
  tags: { added: number };
  links: { added: number; unchanged: number };
  settings: { applied: number };
  follows: { added: number; unchanged: number };
}

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: ImportError };
export type ParseResult = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

function fail(kind: ImportErrorKind, path: string | null, detail: string): { ok: false; error: ImportError } {
  return { ok: false, error: { kind, path, detail } };
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function tooLarge(bytes: number): { ok: false; error: ImportError } {
  const mb = (b: number) => (b / (1024 * 1024)).toFixed(1);
  return fail('too-large', null, `the file is ${mb(bytes)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB`);
}

/** Where a JSON.parse error happened, as "line L, column C" when the engine says the position. */
function jsonErrorDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input|Unterminated|end of data/i.test(message)) return 'the JSON ends too early (is the file cut off?)';
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const at = Number(pos[1]);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return `not valid JSON at line ${line}, column ${column}`;
  }
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `not valid JSON at line ${lineCol[1]}, column ${lineCol[2]}`;
  return 'not valid JSON';
}

/** Read, decode, parse and validate an import file without touching the store. */
export async function readBackup(input: string | Blob | ArrayBuffer | Uint8Array): Promise<ParseResult> {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) return tooLarge(input.length);
    const bytes = utf8Length(input);
    if (bytes > MAX_IMPORT_BYTES) return tooLarge(bytes);
    text = input;
  } else {
    const size = input instanceof Blob ? input.size : input.byteLength;
    if (size > MAX_IMPORT_BYTES) return tooLarge(size);
    const bytes = input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input instanceof Uint8Array ? input : new Uint8Array(input);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return fail('encoding', null, 'the file is not UTF-8 text');
    }
  }
  return parseBackupText(text);
}

export function parseBackupText(raw: string): ParseResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte order mark is allowed
  if (text.trim() === '') return fail('empty', null, 'the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('not-json', null, jsonErrorDetail(text, error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data;
    return fail('not-object', null, `the file holds ${what}, not a Sagsspor export`);
  }
  let record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return fail('not-sagsspor', 'format', `expected "${EXPORT_FORMAT}", found ${record.format === undefined ? 'nothing' : JSON.stringify(record.format).slice(0, 60)}`);
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid', 'version', `expected a whole number from 1, found ${JSON.stringify(version ?? null).slice(0, 60)}`);
  }
  if (version > EXPORT_VERSION) {
    return fail('unsupported-version', 'version', `the file is version ${version}; this Sagsspor reads versions up to ${EXPORT_VERSION}`);
  }
  for (let v = version; v < EXPORT_VERSION; v++) {
    const migrate = FILE_MIGRATIONS[v];
    if (!migrate) return fail('unsupported-version', 'version', `version ${v} cannot be read`);
    record = migrate(record);
  }
  const parsed = ExportFileSchema.safeParse(record);
  if (!parsed.success) {
    const { path, what } = describeIssue(parsed.error.issues[0]);
    const more = parsed.error.issues.length - 1;
    return fail('invalid', path === '' ? null : path, what + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''));
  }
  return checkLengths(parsed.data, '') ?? checkAddresses(parsed.data) ?? checkDuplicates(parsed.data);
}

/** Fields that hold an address: never longer than an address may be. */
const ADDRESS_FIELDS = new Set(['url', 'link', 'href', 'source']);

/**
 * Every text in the file has a length limit, also where the schema names none (the parser's
 * fields): an address at most LIMITS.url characters, any other text at most LIMITS.text.
 */
function checkLengths(value: unknown, path: string): { ok: false; error: ImportError } | null {
  if (typeof value === 'string') {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const limit = ADDRESS_FIELDS.has(key) ? LIMITS.url : LIMITS.text;
    return value.length > limit ? fail('invalid', path, `longer than ${limit} characters`) : null;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = checkLengths(v, `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const bad = checkLengths(v, path === '' ? k : `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

/** Every address the store would keep must be a web address (or the reader's local-file key). */
function checkAddresses(file: ExportFile): { ok: false; error: ImportError } | null {
  const addresses: [string, string | null][] = [
    ...file.meetings.map((m, i): [string, string] => [`meetings[${i}].url`, m.url]),
    ...file.bookmarks.map((b, i): [string, string] => [`bookmarks[${i}].url`, b.url]),
    ...file.links.flatMap((l, i): [string, string | null][] => [
      [`links[${i}].from.url`, l.from.url],
      [`links[${i}].to.url`, l.to.url],
    ]),
  ];
  for (const [path, url] of addresses) if (url !== null && !isStorableAddress(url)) return fail('unsafe-address', path, refusedAddress(url));
  for (const [i, l] of file.links.entries()) {
    for (const [end, link] of [['from', l.from.link], ['to', l.to.link]] as const) {
      if (link !== null && safeLink(link) === null) return fail('unsafe-address', `links[${i}].${end}.link`, refusedAddress(link));
    }
  }
  return null;
}

function checkDuplicates(file: ExportFile): ParseResult {
  const meetingIds = new Map<string, number>();
  for (const [i, m] of file.meetings.entries()) {
    const id = meetingRows(m, []).meeting.id;
    const first = meetingIds.get(id);
    if (first !== undefined) return fail('duplicate', `meetings[${i}]`, `the same meeting as meetings[${first}] (municipality, date and committee)`);
    meetingIds.set(id, i);
    const numbers = new Map<number, number>();
    for (const [j, item] of m.items.entries()) {
      const seen = numbers.get(item.number);
      if (seen !== undefined) return fail('duplicate', `meetings[${i}].items[${j}].number`, `item number ${item.number} also at items[${seen}]`);
      numbers.set(item.number, j);
    }
  }
  const ids = new Map<string, number>();
  const identities = new Map<string, number>();
  for (const [i, b] of file.bookmarks.entries()) {
    const firstId = ids.get(b.id);
    if (firstId !== undefined) return fail('duplicate', `bookmarks[${i}].id`, `the id "${b.id.slice(0, 60)}" is also used by bookmarks[${firstId}]`);
    ids.set(b.id, i);
    const { note: _note, ...core } = b;
    const identity = bookmarkRow(core).identity;
    const firstIdentity = identities.get(identity);
    if (firstIdentity !== undefined) {
      return fail('duplicate', `bookmarks[${i}]`, `the same item as bookmarks[${firstIdentity}] (municipality, case number, meeting date and item number)`);
    }
    identities.set(identity, i);
  }
  const tagNames = new Map<string, number>();
  for (const [i, t] of file.tags.entries()) {
    const key = t.name.toLocaleLowerCase('da');
    const first = tagNames.get(key);
    if (first !== undefined) return fail('duplicate', `tags[${i}].name`, `the tag "${t.name}" is also tags[${first}]`);
    tagNames.set(key, i);
  }
  const linkIds = new Map<string, number>();
  const linkPairs = new Map<string, number>();
  for (const [i, l] of file.links.entries()) {
    const firstId = linkIds.get(l.id);
    if (firstId !== undefined) return fail('duplicate', `links[${i}].id`, `the id "${l.id.slice(0, 60)}" is also used by links[${firstId}]`);
    linkIds.set(l.id, i);
    if (l.fromItemId === l.toItemId) return fail('invalid', `links[${i}].toItemId`, 'an item cannot be linked to itself');
    const pair = [l.fromItemId, l.toItemId].sort().join('\u0000');
    const firstPair = linkPairs.get(pair);
    if (firstPair !== undefined) return fail('duplicate', `links[${i}]`, `the same two items as links[${firstPair}]`);
    linkPairs.set(pair, i);
  }
  const follow = duplicateFollow(file.follows);
  if (follow !== null) return fail('duplicate', follow.path, follow.detail);
  return { ok: true, file };
}

function newer(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '') > (b ?? '');
}

function unionTags(first: readonly string[], second: readonly string[]): string[] {
  const out = [...first];
  for (const t of second) if (!out.some((o) => o.toLocaleLowerCase('da') === t.toLocaleLowerCase('da'))) out.push(t);
  return out.slice(0, LIMITS.tagsPerBookmark);
}

/** Merge a validated export file into the store in one transaction (see README.md for the rules). */
export async function mergeBackup(db: SagssporDB, file: ExportFile, now: Date = new Date()): Promise<ImportSummary> {
  const summary: ImportSummary = {
    meetings: { added: 0, updated: 0, unchanged: 0 },
    bookmarks: { added: 0, merged: 0 },
    tags: { added: 0 },
    links: { added: 0, unchanged: 0 },
    settings: { applied: 0 },
    follows: { added: 0, unchanged: 0 },
  };
  await db.transaction('rw', db.allTables(), async () => {
    // Meetings: the one seen most recently wins.
    for (const m of file.meetings) {
      const { items, ...header } = m;
      const rows = meetingRows(header as MeetingHeader, items);
      const existing = await db.meetings.get(rows.meeting.id);
      if (existing && !newer(m.seenAt, existing.seenAt)) {
        summary.meetings.unchanged++;
        continue;
      }
      await putMeetingRows(db, rows);
      if (existing) summary.meetings.updated++;
      else summary.meetings.added++;
    }

    // Tags: known names keep their spelling and colour; new ones are added.
    const tagRows = await db.tags.toArray();
    const tagByLower = new Map<string, TagRow>(tagRows.map((t) => [t.name.toLocaleLowerCase('da'), t]));
    const tagsToPut = new Map<string, TagRow>();
    const ensureTag = (name: string, colour: string | null, createdAt: string): string => {
      const n = normaliseTag(name);
      const key = n.toLocaleLowerCase('da');
      const known = tagByLower.get(key);
      if (known) {
        if (known.colour === null && colour !== null) {
          const next = { ...known, colour };
          tagByLower.set(key, next);
          tagsToPut.set(key, next);
        }
        return known.name;
      }
      const row: TagRow = { name: n, colour, createdAt };
      tagByLower.set(key, row);
      tagsToPut.set(key, row);
      summary.tags.added++;
      return n;
    };
    for (const t of file.tags) ensureTag(t.name, t.colour, t.createdAt);

    // Bookmarks: matched by id, then by identity. Tags are united; the note with the newer
    // updatedAt wins; the other fields come from the bookmark with the newer updatedAt.
    for (const b of file.bookmarks) {
      const { note: importedNote, ...core } = b;
      const tags = core.tags.map((t) => ensureTag(t, null, now.toISOString()));
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
        summary.bookmarks.added++;
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
      summary.bookmarks.merged++;
    }
    await db.tags.bulkPut([...tagsToPut.values()]);

    // Manual links: matched by id, then by the pair of items (either way round); a known link is kept as it is.
    const localLinks = (await db.crossReferences.toArray()).filter((r) => r.id.startsWith(LINK_ID_PREFIX)) as unknown as ManualLinkRow[];
    const pairOf = (l: Pick<ManualLinkRow, 'fromItemId' | 'toItemId'>) => [l.fromItemId, l.toItemId].sort().join('\u0000');
    const knownIds = new Set(localLinks.map((l) => l.id));
    const knownPairs = new Set(localLinks.map(pairOf));
    const linksToAdd: ManualLinkRow[] = [];
    for (const original of file.links) {
      // A file made before identity by host names its items by their text's municipality.
      const from = rekeyLinkEnd(original.from);
      const to = rekeyLinkEnd(original.to);
      const l: ManualLinkRow = { ...original, from, to, fromItemId: from.itemId, toItemId: to.itemId };
      if (knownIds.has(l.id) || knownPairs.has(pairOf(l))) {
        summary.links.unchanged++;
        continue;
      }
      linksToAdd.push(l);
      knownPairs.add(pairOf(l));
      summary.links.added++;
    }
    await db.table<ManualLinkRow, string>('crossReferences').bulkAdd(linksToAdd);

    // Follows: matched by what they follow; a known one is kept as it is (lib/store/tables/follows.ts).
    summary.follows = await mergeFollows(db, file.follows);

    // Settings: a value from the file is used only where this browser has none of its own.
    for (const [key, value] of Object.entries(file.settings)) {
      if (value === undefined) continue;
      if ((await db.settings.get(key)) === undefined) {
        await db.settings.put({ key: key as SettingKey, value });
        summary.settings.applied++;
      }
    }
  });
  return summary;
}

/** Validate and merge an import file: all or nothing. */
export async function importBackup(
  db: SagssporDB,
  input: string | Blob | ArrayBuffer | Uint8Array,
  now: Date = new Date(),
): Promise<ImportResult> {
  const read = await readBackup(input);
  if (!read.ok) return read;
  try {
    return { ok: true, summary: await mergeBackup(db, read.file, now) };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail('write-failed', null, `nothing was imported; the browser refused to write (${detail.slice(0, 300)})`);
  }
}
