/**
 * Manual cross-references ("se også"): the user links any two stored items, with an optional
 * note. Kept in the `crossReferences` table beside the references the parser derives, marked
 * `kind: 'manual'` and with ids starting `link:`, so re-reading a meeting (which replaces its
 * derived references) never drops them. Each end keeps a snapshot of its item, so a link still
 * reads when a meeting is no longer stored; the snapshot is refreshed from the store on reading.
 */
import type { Table } from 'dexie';
import type { SagssporDB } from './db.ts';
import { caseNumberOfKey, deepLink, itemId as makeItemId, meetingId } from './keys.ts';
import { ItemRowSchema, type ItemRow } from './tables/items.ts';
import { parseRows } from './validate.ts';
import { newId } from './keys.ts';
import type { LinkEnd, LinkView } from '../messages/trail.ts';
import { StoreError } from './store-error.ts';
import { LINK_ID_PREFIX, ManualLinkRowSchema, type ManualLinkRow } from './tables/cross-references.ts';
import type { MeetingRef } from '../messages/parts.ts';

/**
 * One item as the case view names it: by its stored id, or by the page it is on (the URL, the
 * meeting as parsed and the item number).
 */
export type ItemAddress = { itemId: string } | { url: string; meeting: MeetingRef; itemNumber: number };

/** The crossReferences table seen as manual links (the same table holds the parser's references). */
function linkTable(db: SagssporDB): Table<ManualLinkRow, string> {
  return db.table<ManualLinkRow, string>('crossReferences');
}

/** The stored id of an addressed item (it need not be stored yet). */
export function addressedItemId(address: ItemAddress): string {
  if ('itemId' in address) return address.itemId;
  return makeItemId(meetingId(address.meeting, address.url), address.itemNumber);
}

export function linkEnd(item: ItemRow, url: string | null): LinkEnd {
  return {
    itemId: item.id,
    municipalityKey: item.municipalityKey,
    meetingDate: item.meetingDate,
    committee: item.meetingCommittee,
    itemNumber: item.number,
    title: item.title,
    caseNumbers: item.caseKeys.map(caseNumberOfKey),
    url,
    link: url === null ? null : deepLink(url, item.number),
  };
}

/** Stored items with their meetings' URLs, by id; missing or unreadable ids are left out. */
export async function itemEnds(db: SagssporDB, ids: readonly string[]): Promise<Map<string, LinkEnd>> {
  const unique = [...new Set(ids)];
  const items = parseRows(ItemRowSchema, (await db.items.bulkGet(unique)).filter((r) => r !== undefined), 'items');
  const meetings = await db.meetings.bulkGet([...new Set(items.map((i) => i.meetingId))]);
  const urls = new Map(meetings.filter((m) => m !== undefined).map((m) => [m.id, m.url]));
  return new Map(items.map((i) => [i.id, linkEnd(i, urls.get(i.meetingId) ?? null)]));
}

/**
 * Link two items. Both must be stored (a link to something Sagsspor never read could not be
 * shown). Linking the same pair again updates the note and returns the existing link.
 */
export async function addLink(db: SagssporDB, from: ItemAddress, to: ItemAddress, note: string, now: Date = new Date()): Promise<LinkView> {
  const fromId = addressedItemId(from);
  const toId = addressedItemId(to);
  if (fromId === toId) throw new StoreError('invalid', 'an item cannot be linked to itself');
  const cleanNote = note.trim();
  return db.transaction('rw', [db.items, db.meetings, db.crossReferences], async () => {
    const ends = await itemEnds(db, [fromId, toId]);
    const a = ends.get(fromId);
    const b = ends.get(toId);
    if (!a || !b) throw new StoreError('not-found', `no stored item ${!a ? fromId : toId}`);
    const existing = await findLink(db, fromId, toId);
    if (existing) {
      const updated: ManualLinkRow = { ...existing, note: cleanNote, from: existing.fromItemId === fromId ? a : b, to: existing.toItemId === toId ? b : a };
      await linkTable(db).put(updated);
      return viewFrom(updated, fromId);
    }
    const row: ManualLinkRow = {
      id: `${LINK_ID_PREFIX}${newId()}`,
      kind: 'manual',
      fromItemId: fromId,
      toItemId: toId,
      note: cleanNote,
      createdAt: now.toISOString(),
      from: a,
      to: b,
    };
    await linkTable(db).add(row);
    return viewFrom(row, fromId);
  });
}

async function findLink(db: SagssporDB, a: string, b: string): Promise<ManualLinkRow | null> {
  const rows = await manualRows(db, await linkTable(db).where('fromItemId').anyOf([a, b]).toArray());
  return rows.find((r) => (r.fromItemId === a && r.toItemId === b) || (r.fromItemId === b && r.toItemId === a)) ?? null;
}

function manualRows(_db: SagssporDB, rows: readonly unknown[]): ManualLinkRow[] {
  const manual = rows.filter((r) => typeof r === 'object' && r !== null && (r as { kind?: unknown }).kind === 'manual');
  return parseRows(ManualLinkRowSchema, manual, 'crossReferences');
}

/** A link seen from `itemIdValue`'s side. */
function viewFrom(row: ManualLinkRow, itemIdValue: string): LinkView {
  const other = row.fromItemId === itemIdValue ? row.to : row.from;
  return { id: row.id, note: row.note, createdAt: row.createdAt, other };
}

export async function removeLink(db: SagssporDB, id: string): Promise<boolean> {
  if (!id.startsWith(LINK_ID_PREFIX)) return false; // never a derived reference
  return db.transaction('rw', [db.crossReferences], async () => {
    const row = await linkTable(db).get(id);
    if (row === undefined) return false;
    await linkTable(db).delete(id);
    return true;
  });
}

/** Every manual link of these items, by item id, each seen from that item (newest first). */
export async function linksOfItems(db: SagssporDB, ids: readonly string[]): Promise<Map<string, LinkView[]>> {
  const out = new Map<string, LinkView[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const table = linkTable(db);
  const [fromRows, toRows] = await Promise.all([table.where('fromItemId').anyOf([...ids]).toArray(), table.where('toItemId').anyOf([...ids]).toArray()]);
  const rows = new Map(manualRows(db, [...fromRows, ...toRows]).map((r) => [r.id, r]));
  // The far ends as the store has them now (a re-read title, a moved page); the snapshot otherwise.
  const fresh = await itemEnds(db, [...rows.values()].flatMap((r) => [r.fromItemId, r.toItemId]));
  for (const row of [...rows.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const current = { ...row, from: fresh.get(row.fromItemId) ?? row.from, to: fresh.get(row.toItemId) ?? row.to };
    for (const side of [row.fromItemId, row.toItemId]) out.get(side)?.push(viewFrom(current, side));
  }
  return out;
}

export async function linksOfItem(db: SagssporDB, address: ItemAddress): Promise<LinkView[]> {
  const id = addressedItemId(address);
  return (await linksOfItems(db, [id])).get(id) ?? [];
}
