/**
 * Meetings and items as parsed from pages: saved when the content script reports a page, so
 * a case number can be looked up across every meeting seen.
 */
import type { Item, Meeting, ParseWarning } from '../model.ts';
import type { SagssporDB } from './db.ts';
import { caseKey, itemId, meetingId, municipalityKey, normaliseCaseNumber, pageKey } from './keys.ts';
import {
  ItemRowSchema,
  MeetingRowSchema,
  type CrossReferenceRow,
  type ItemRow,
  type MeetingRow,
  type StoredItemFields,
} from './schemas.ts';
import { parseRows } from './validate.ts';
import { StoreError } from './bookmarks.ts';
import { isStorableAddress, refusedAddress, safeLink } from '../safe-link.ts';

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

/** The parser's Item without what the store leaves out (section bodies and source spans). */
export function storedItemFields(item: Item): StoredItemFields {
  const { sectionTexts: _sectionTexts, span: _span, decisionSpan: _decisionSpan, ...rest } = item;
  return rest;
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

/**
 * Save a parsed meeting seen at `url`. Items with the same number appear once (the last wins),
 * so a page that repeats an item heading cannot break the store. Returns the meeting's id.
 */
export async function saveMeeting(db: SagssporDB, url: string, meeting: Meeting, now: Date = new Date()): Promise<string> {
  if (!isStorableAddress(url)) throw new StoreError('invalid', refusedAddress(url));
  const byNumber = new Map<number, StoredItemFields>();
  for (const item of meeting.items) byNumber.set(item.number, storedItemFields(item));
  const rows = meetingRows(
    {
      url,
      municipality: meeting.municipality,
      source: meeting.source,
      kind: meeting.kind,
      committee: meeting.committee,
      date: meeting.date,
      time: meeting.time,
      location: meeting.location,
      participants: meeting.participants,
      absent: meeting.absent,
      warnings: meeting.warnings,
      seenAt: now.toISOString(),
    },
    [...byNumber.values()],
  );
  await db.transaction('rw', [db.meetings, db.items, db.crossReferences], () => putMeetingRows(db, rows));
  return rows.meeting.id;
}

/** Every stored item with this case number in this municipality, newest meeting first. */
export async function lookupCase(db: SagssporDB, municipality: string, caseNumber: string): Promise<ItemRow[]> {
  const rows = await db.items.where('caseKeys').equals(caseKey(municipality, normaliseCaseNumber(caseNumber))).toArray();
  return parseRows(ItemRowSchema, rows, 'items').sort(
    (a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.number - b.number,
  );
}

export async function getMeeting(db: SagssporDB, id: string): Promise<MeetingRow | null> {
  const row = await db.meetings.get(id);
  return row === undefined ? null : (parseRows(MeetingRowSchema, [row], 'meetings')[0] ?? null);
}

export async function itemsOfMeeting(db: SagssporDB, id: string): Promise<ItemRow[]> {
  const rows = await db.items.where('meetingId').equals(id).toArray();
  return parseRows(ItemRowSchema, rows, 'items').sort((a, b) => a.number - b.number);
}
