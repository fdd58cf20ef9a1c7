/**
 * Following a case across meetings, over the store: the other stored treatments of an item's
 * case numbers (one query for a whole page), its "Sagens forløb" resolved to stored items, its
 * manual links, and everything known about one case for the case view.
 */
import type { SagssporDB } from './db.ts';
import { caseKey, caseNumberOfKey, deepLink, itemId, meetingId, municipalityKey, normaliseCaseNumber } from './keys.ts';
import { linksOfItems } from './links.ts';
import { ItemRowSchema, type ItemRow } from './tables/items.ts';
import { BookmarkRowSchema, type BookmarkView } from './tables/bookmarks.ts';
import type { MeetingRow } from './tables/meetings.ts';
import { toView, compareBookmarks } from './bookmarks.ts';
import { parseRows } from './validate.ts';
import { committeeWords, resolveHistory } from '../trail/history.ts';
import type { LinkView, PageItemTrail, RelatedItem, ResolvedHistory, TrailHistoryEntry } from '../messages/trail.ts';
import type { PageItemQuery } from '../messages/trail.ts';
import type { MeetingRef as TrailMeetingRef } from '../messages/parts.ts';

/** Newest meeting first; undated last; within a meeting by item number. */
export function compareTreatments(a: RelatedItem, b: RelatedItem): number {
  return (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.meetingId.localeCompare(b.meetingId) || a.itemNumber - b.itemNumber;
}

export function relatedItem(row: ItemRow, meeting: Pick<MeetingRow, 'url' | 'kind'> | undefined): RelatedItem {
  const url = meeting?.url ?? null;
  return {
    itemId: row.id,
    meetingId: row.meetingId,
    municipalityKey: row.municipalityKey,
    meetingDate: row.meetingDate,
    committee: row.meetingCommittee,
    meetingKind: meeting?.kind ?? null,
    itemNumber: row.number,
    title: row.title,
    decision: row.decision,
    outcome: row.outcome,
    caseNumbers: row.caseKeys.map(caseNumberOfKey),
    url,
    link: url === null ? null : deepLink(url, row.number),
  };
}

/** Stored items carrying any of these case keys, with their meetings, read in two index queries. */
async function itemsByCaseKeys(db: SagssporDB, keys: readonly string[]): Promise<{ rows: ItemRow[]; related: Map<string, RelatedItem> }> {
  if (keys.length === 0) return { rows: [], related: new Map() };
  const raw = keys.length === 1 ? await db.items.where('caseKeys').equals(keys[0]!).toArray() : await db.items.where('caseKeys').anyOf([...keys]).distinct().toArray();
  const rows = parseRows(ItemRowSchema, raw, 'items');
  const meetings = await db.meetings.bulkGet([...new Set(rows.map((r) => r.meetingId))]);
  const byId = new Map(meetings.filter((m) => m !== undefined).map((m) => [m.id, m]));
  return { rows, related: new Map(rows.map((r) => [r.id, relatedItem(r, byId.get(r.meetingId))])) };
}

/** Every stored treatment of one case in one municipality (by key), newest first. */
export async function treatmentsOfCase(db: SagssporDB, muniKey: string, caseNumber: string): Promise<{ rows: ItemRow[]; treatments: RelatedItem[] }> {
  const { rows, related } = await itemsByCaseKeys(db, [caseKey(muniKey, normaliseCaseNumber(caseNumber))]);
  return { rows, treatments: [...related.values()].sort(compareTreatments) };
}

export interface RelatedQuery {
  municipality: string | null;
  url: string;
  caseNumber: string;
  /** The item the user is looking at: left out of the answer. */
  current?: { meeting: TrailMeetingRef; itemNumber: number } | null;
}

/** The other treatments of one case number, newest first, and their count. */
export async function relatedForCase(db: SagssporDB, q: RelatedQuery): Promise<{ municipalityKey: string; caseNumber: string; items: RelatedItem[] }> {
  const muni = municipalityKey(q.url);
  const caseNumber = normaliseCaseNumber(q.caseNumber);
  const exclude = q.current ? itemId(meetingId(q.current.meeting, q.url), q.current.itemNumber) : null;
  const { treatments } = await treatmentsOfCase(db, muni, caseNumber);
  return { municipalityKey: muni, caseNumber, items: treatments.filter((t) => t.itemId !== exclude) };
}

export interface PageTrailQuery {
  url: string;
  meeting: TrailMeetingRef;
  items: readonly PageItemQuery[];
  /** At most this many related items per page item (counts are always complete). */
  limit?: number;
}

/**
 * The trail of every item of a page in one go: for each item, the other stored items sharing
 * any of its case numbers, the count per case number, its history entries resolved, and its
 * manual links. One index query for all case numbers of the page.
 */
export async function pageTrail(db: SagssporDB, q: PageTrailQuery): Promise<{ municipalityKey: string; items: PageItemTrail[] }> {
  const muni = municipalityKey(q.url);
  const mid = meetingId(q.meeting, q.url);
  const limit = q.limit ?? 50;
  const casesOf = (item: PageItemQuery) => [...new Set(item.caseNumbers.map(normaliseCaseNumber).filter((c) => c !== ''))];
  const keys = [...new Set(q.items.flatMap((i) => casesOf(i).map((c) => caseKey(muni, c))))];
  const { rows, related } = await itemsByCaseKeys(db, keys);
  const byKey = new Map<string, RelatedItem[]>();
  for (const row of rows) {
    for (const key of row.caseKeys) {
      const list = byKey.get(key) ?? [];
      list.push(related.get(row.id)!);
      byKey.set(key, list);
    }
  }
  const ownIds = q.items.map((i) => itemId(mid, i.number));
  const links = await linksOfItems(db, ownIds);
  const items = q.items.map((item, index): PageItemTrail => {
    const self = ownIds[index]!;
    const byCase = casesOf(item).map((c) => ({ caseNumber: c, others: (byKey.get(caseKey(muni, c)) ?? []).filter((r) => r.itemId !== self) }));
    const others = new Map<string, RelatedItem>();
    for (const c of byCase) for (const r of c.others) others.set(r.itemId, r);
    const all = [...others.values()].sort(compareTreatments);
    return {
      itemNumber: item.number,
      related: all.slice(0, limit),
      count: all.length,
      byCase: byCase.map((c) => ({ caseNumber: c.caseNumber, count: c.others.length })),
      history: resolveHistory(item.history ?? [], all),
      links: links.get(self) ?? [],
    };
  });
  return { municipalityKey: muni, items };
}

// ---------------------------------------------------------------------------------------------
// The case view

/** A treatment in the case view: the item with its attachments, history and links. */
export interface CaseTreatment extends RelatedItem {
  closed: boolean;
  decisionLabel: string | null;
  attachments: { title: string; href: string | null }[];
  history: ResolvedHistory[];
  links: LinkView[];
}

/** A treatment known only from another item's "Sagens forløb" (its meeting was never read). */
export interface CaseMention {
  date: string;
  committee: string;
  decision: string;
  /** The stored item whose history mentions it. */
  mentionedBy: RelatedItem;
}

export interface CaseDossier {
  municipalityKey: string;
  /** The municipality as the parser named it, when a stored meeting says. */
  municipality: string | null;
  caseNumber: string;
  treatments: CaseTreatment[];
  mentions: CaseMention[];
  bookmarks: BookmarkView[];
  /** Titles seen for the case, most recent first, without repeats. */
  titles: string[];
}

/** Everything the store knows about one case. */
export async function caseDossier(db: SagssporDB, muniKey: string, caseNumberRaw: string): Promise<CaseDossier> {
  const caseNumber = normaliseCaseNumber(caseNumberRaw);
  const key = caseKey(muniKey, caseNumber);
  const { rows, treatments } = await treatmentsOfCase(db, muniKey, caseNumber);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const links = await linksOfItems(db, treatments.map((t) => t.itemId));

  const withHistory = treatments.map((t): CaseTreatment => {
    const row = rowById.get(t.itemId)!;
    const entries: TrailHistoryEntry[] = row.history.map((h) => ({ date: h.date, body: h.body, decision: h.decision }));
    const history = resolveHistory(entries, treatments.filter((o) => o.itemId !== t.itemId));
    return {
      ...t,
      closed: row.closed,
      decisionLabel: row.decisionLabel,
      attachments: row.attachmentDetails.length > 0 ? row.attachmentDetails.map((a) => ({ title: a.title, href: a.href })) : row.attachments.map((a) => ({ title: a, href: null })),
      history,
      links: links.get(t.itemId) ?? [],
    };
  });

  // History entries no stored item resolves are treatments too, known from the text only.
  const mentions: CaseMention[] = [];
  const seen = new Set<string>();
  for (const t of withHistory) {
    for (const h of t.history) {
      if (h.item !== null) continue;
      const k = `${h.entry.date}|${committeeWords(h.entry.body).join(' ')}`;
      if (seen.has(k)) continue;
      seen.add(k);
      mentions.push({ date: h.entry.date, committee: h.entry.body, decision: h.entry.decision, mentionedBy: t });
    }
  }
  mentions.sort((a, b) => b.date.localeCompare(a.date));

  const bookmarkRows = parseRows(BookmarkRowSchema, await db.bookmarks.where('caseKeys').equals(key).toArray(), 'bookmarks');
  const notes = await db.notes.bulkGet(bookmarkRows.map((b) => b.id));
  const bookmarks = bookmarkRows.map((b, i) => toView(b, notes[i])).sort(compareBookmarks);

  const meeting = rows.length > 0 ? await db.meetings.get(rows[0]!.meetingId) : undefined;
  const titles = [...new Set([...treatments.map((t) => t.title), ...bookmarks.map((b) => b.title)])];
  return {
    municipalityKey: muniKey,
    municipality: meeting?.municipality ?? bookmarks[0]?.municipality ?? null,
    caseNumber,
    treatments: withHistory,
    mentions,
    bookmarks,
    titles,
  };
}
