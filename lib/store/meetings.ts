/**
 * Meetings and items as parsed from pages: saved when the content script reports a page, so
 * a case number can be looked up across every meeting seen.
 */
import type { Item, Meeting, ParseWarning } from '../model.ts';
import type { SagssporDB } from './db.ts';
import { caseKey, itemId, meetingId, municipalityKey, normaliseCaseNumber, pageKey } from './keys.ts';
import { ItemRowSchema, type ItemRow, type StoredItemFields } from './tables/items.ts';
import { MeetingRowSchema, meetingRows, putMeetingRows, type MeetingRow } from './tables/meetings.ts';
import type { CrossReferenceRow } from './tables/cross-references.ts';
import { parseRows } from './validate.ts';
import { StoreError } from './store-error.ts';
import { isStorableAddress, refusedAddress, safeLink } from '../net/safe-link.ts';

/** The parser's Item without what the store leaves out (section bodies and source spans). */
export function storedItemFields(item: Item): StoredItemFields {
  const { sectionTexts: _sectionTexts, span: _span, decisionSpan: _decisionSpan, ...rest } = item;
  return rest;
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
