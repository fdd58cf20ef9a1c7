/**
 * `meetings`: a parsed meeting's header, the page it was read on and when it was seen, keyed by
 * municipality, date and committee (lib/store/keys.ts). With its items (./items.ts) it is the
 * `meetings` section of the export file; its derived references (./cross-references.ts) are
 * computed again on import.
 */
import { z } from 'zod';
import type { Item, ParseWarning } from '../../model.ts';
import { ParseWarningSchema } from '../../model.ts';
import { MEETING_KINDS } from '../../model-values.ts';
import { isStorableAddress, refusedAddress, safeLink } from '../../net/safe-link.ts';
import type { SagssporDB } from '../db.ts';
import { caseKey, itemId, meetingId, municipalityKey, normaliseCaseNumber, pageKey } from '../keys.ts';
import { LIMITS } from '../limits.ts';
import { parseRows } from '../validate.ts';
import type { CrossReferenceRow } from './cross-references.ts';
import { DateSchema, MeetingKindSchema, TimestampSchema } from './fields.ts';
import { ItemRowSchema, StoredItemFieldsSchema, type ItemRow, type StoredItemFields } from './items.ts';
import type { ExportSection, TableDef } from './table.ts';

export const MeetingRowSchema = z.object({
  id: z.string(),
  municipalityKey: z.string(),
  /** The municipality as the parser named it (null when it could not be certain). */
  municipality: z.string().nullable(),
  url: z.string().max(LIMITS.url),
  pageKey: z.string(),
  source: z.string(),
  kind: MeetingKindSchema,
  committee: z.string().nullable(),
  date: DateSchema.nullable(),
  time: z.string().nullable(),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  absent: z.array(z.string()),
  warnings: z.array(ParseWarningSchema),
  itemCount: z.number().int().nonnegative(),
  seenAt: TimestampSchema,
});
export type MeetingRow = z.infer<typeof MeetingRowSchema>;

export const meetingsTable: TableDef<MeetingRow> = {
  indexes: 'id, municipalityKey, date, pageKey, seenAt',
  row: MeetingRowSchema,
  exported: { section: 'meetings' },
};

// ---------------------------------------------------------------------------------------------
// A meeting as rows

/** A meeting's stored header: the Meeting without items, with its page and when it was seen. */
export interface MeetingHeader {
  url: string;
  municipality: string | null;
  source: string;
  kind: 'referat' | 'dagsorden' | null;
  committee: string | null;
  date: string | null;
  time: string | null;
  location: string | null;
  participants: string[];
  absent: string[];
  warnings: ParseWarning[];
  seenAt: string;
}

/** Normalised case numbers of an item, without repeats, in document order. */
export function itemCaseNumbers(item: Pick<Item, 'cases' | 'caseNumbers'>): string[] {
  const raw = item.cases.length > 0 ? item.cases.map((c) => c.normalized) : item.caseNumbers;
  const out: string[] = [];
  for (const r of raw) {
    const n = normaliseCaseNumber(r);
    if (n !== '' && !out.includes(n)) out.push(n);
  }
  return out;
}

export interface MeetingRows {
  meeting: MeetingRow;
  items: ItemRow[];
  crossReferences: CrossReferenceRow[];
}

/** The rows a meeting is stored as. Deterministic: the same input always gives the same rows. */
export function meetingRows(header: MeetingHeader, items: readonly StoredItemFields[]): MeetingRows {
  const id = meetingId(header, header.url);
  const muni = municipalityKey(header.url);
  const meeting: MeetingRow = {
    id,
    municipalityKey: muni,
    municipality: header.municipality,
    url: header.url,
    pageKey: pageKey(header.url),
    source: header.source,
    kind: header.kind,
    committee: header.committee,
    date: header.date,
    time: header.time,
    location: header.location,
    participants: header.participants,
    absent: header.absent,
    warnings: header.warnings,
    itemCount: items.length,
    seenAt: header.seenAt,
  };
  const numbers = new Set(items.map((i) => i.number));
  const itemRows: ItemRow[] = [];
  const crossReferences: CrossReferenceRow[] = [];
  for (const item of items) {
    const iid = itemId(id, item.number);
    itemRows.push({
      ...item,
      // An attachment's address is the page's: only a web address is kept.
      attachmentDetails: item.attachmentDetails.map((a) => (a.href !== null && safeLink(a.href) === null ? { ...a, href: null } : a)),
      id: iid,
      meetingId: id,
      municipalityKey: muni,
      meetingDate: header.date,
      meetingCommittee: header.committee,
      caseKeys: itemCaseNumbers(item).map((n) => caseKey(muni, n)),
    });
    item.references.forEach((ref, i) => {
      crossReferences.push({
        id: `${iid}|ref${i}`,
        fromItemId: iid,
        toItemId: ref.kind === 'item' && numbers.has(ref.target) ? itemId(id, ref.target) : null,
        kind: ref.kind,
        target: ref.target,
        raw: ref.raw,
      });
    });
  }
  return { meeting, items: itemRows, crossReferences };
}

/** Write a meeting's rows, replacing what the store had for the same meeting. Call inside a transaction over meetings, items and crossReferences. */
export async function putMeetingRows(db: SagssporDB, rows: MeetingRows): Promise<void> {
  const oldItemIds = (await db.items.where('meetingId').equals(rows.meeting.id).primaryKeys()) as string[];
  if (oldItemIds.length > 0) {
    // Only the parser's references are derived; the user's manual links (lib/store/links.ts) stay.
    await db.crossReferences
      .where('fromItemId')
      .anyOf(oldItemIds)
      .filter((r) => (r as { kind: string }).kind !== 'manual')
      .delete();
    await db.items.bulkDelete(oldItemIds);
  }
  await db.meetings.put(rows.meeting);
  await db.items.bulkPut(rows.items);
  await db.crossReferences.bulkPut(rows.crossReferences);
}

// ---------------------------------------------------------------------------------------------
// The export file's `meetings`

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

function newer(a: string, b: string): boolean {
  return a > b;
}

/** Meetings with their items; on import the one seen most recently wins and replaces the other's items. */
export const meetingsSection: ExportSection<ExportMeeting[], { added: number; updated: number; unchanged: number }> = {
  since: 1,
  schema: z.array(ExportMeetingSchema),
  empty: [],
  async read(db) {
    const meetings = parseRows(MeetingRowSchema, await db.meetings.toArray(), 'meetings');
    const itemsByMeeting = new Map<string, ItemRow[]>();
    for (const item of parseRows(ItemRowSchema, await db.items.toArray(), 'items')) {
      const list = itemsByMeeting.get(item.meetingId) ?? [];
      list.push(item);
      itemsByMeeting.set(item.meetingId, list);
    }
    return meetings
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
  },
  checkAddresses(meetings) {
    for (const [i, m] of meetings.entries()) {
      if (!isStorableAddress(m.url)) return { kind: 'unsafe-address', path: `meetings[${i}].url`, detail: refusedAddress(m.url) };
    }
    return null;
  },
  checkEntries(meetings) {
    const ids = new Map<string, number>();
    for (const [i, m] of meetings.entries()) {
      const id = meetingRows(m, []).meeting.id;
      const first = ids.get(id);
      if (first !== undefined) return { kind: 'duplicate', path: `meetings[${i}]`, detail: `the same meeting as meetings[${first}] (municipality, date and committee)` };
      ids.set(id, i);
      const numbers = new Map<number, number>();
      for (const [j, item] of m.items.entries()) {
        const seen = numbers.get(item.number);
        if (seen !== undefined) return { kind: 'duplicate', path: `meetings[${i}].items[${j}].number`, detail: `item number ${item.number} also at items[${seen}]` };
        numbers.set(item.number, j);
      }
    }
    return null;
  },
  async merge(db, meetings) {
    const summary = { added: 0, updated: 0, unchanged: 0 };
    for (const m of meetings) {
      const { items, ...header } = m;
      const rows = meetingRows(header, items);
      const existing = await db.meetings.get(rows.meeting.id);
      if (existing && !newer(m.seenAt, existing.seenAt)) {
        summary.unchanged++;
        continue;
      }
      await putMeetingRows(db, rows);
      if (existing) summary.updated++;
      else summary.added++;
    }
    return summary;
  },
};
