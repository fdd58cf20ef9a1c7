/**
 * Re-keying rows written when a meeting's municipality came from its text (schema v1, export
 * files made before identity by host): every key is computed again from the row's own address
 * (lib/store/keys.ts). Pure functions over plain rows; the Dexie upgrade (db.ts) and the import
 * (transfer.ts) use them. Nothing is dropped: two bookmarks that now share an identity both stay
 * (the later one's identity gets its id appended); two meetings that now share an id are one
 * meeting of one site, and the one seen last is kept with its items, as a new visit would.
 */
import { bookmarkRow } from './tables/bookmarks.ts';
import { caseKey, caseNumberOfKey, itemId, meetingId, municipalityKey, pageKey } from './keys.ts';
import type { BookmarkCore } from './tables/bookmarks.ts';
import type { LinkEnd } from '../messages/trail.ts';

/** The fields of the v1 rows the re-keying reads and writes (the rest is carried through). */
interface MeetingLike {
  id: string;
  url: string;
  date: string | null;
  committee: string | null;
  seenAt: string;
  municipalityKey: string;
  pageKey: string;
}
interface ItemLike {
  id: string;
  meetingId: string;
  number: number;
  municipalityKey: string;
  caseKeys: string[];
}
interface CrossReferenceLike {
  id: string;
  fromItemId: string;
  toItemId: string | null;
  kind: string;
  from?: LinkEnd;
  to?: LinkEnd;
}
interface BookmarkLike {
  id: string;
  identity: string;
}

export interface RekeyRows<M extends MeetingLike, I extends ItemLike, C extends CrossReferenceLike, B extends BookmarkLike> {
  meetings: M[];
  items: I[];
  crossReferences: C[];
  bookmarks: B[];
}

/** A link end's item id from its own address (ends without an address keep theirs). */
export function rekeyLinkEnd(end: LinkEnd): LinkEnd {
  if (end.url === null) return end;
  const id = itemId(meetingId({ date: end.meetingDate, committee: end.committee }, end.url), end.itemNumber);
  return { ...end, itemId: id, municipalityKey: municipalityKey(end.url) };
}

/** The derived keys of a bookmark from its own fields (bookmarkRow, as every write computes them). */
function rekeyBookmark<B extends BookmarkLike>(b: B): B {
  return { ...b, ...bookmarkRow(b as unknown as BookmarkCore) };
}

export function rekeyByHost<M extends MeetingLike, I extends ItemLike, C extends CrossReferenceLike, B extends BookmarkLike>(
  rows: RekeyRows<M, I, C, B>,
): RekeyRows<M, I, C, B> {
  // Meetings: the one seen last wins a shared new id.
  const meetingIds = new Map<string, string>();
  const meetings = new Map<string, M>();
  for (const m of [...rows.meetings].sort((a, b) => a.seenAt.localeCompare(b.seenAt))) {
    const id = meetingId({ date: m.date, committee: m.committee }, m.url);
    meetingIds.set(m.id, id);
    meetings.set(id, { ...m, id, municipalityKey: municipalityKey(m.url), pageKey: pageKey(m.url) });
  }
  const winnerOf = new Map([...meetings.values()].map((m) => [m.id, m]));

  const itemIds = new Map<string, string>();
  const items = new Map<string, I>();
  const seenAtOf = (oldMeetingId: string) => rows.meetings.find((m) => m.id === oldMeetingId)?.seenAt ?? '';
  for (const item of [...rows.items].sort((a, b) => seenAtOf(a.meetingId).localeCompare(seenAtOf(b.meetingId)))) {
    const mid = meetingIds.get(item.meetingId);
    const meeting = mid === undefined ? undefined : winnerOf.get(mid);
    if (mid === undefined || meeting === undefined) {
      // An item without its meeting (never written by Sagsspor): kept as it was.
      items.set(item.id, item);
      continue;
    }
    const id = itemId(mid, item.number);
    itemIds.set(item.id, id);
    items.set(id, { ...item, id, meetingId: mid, municipalityKey: meeting.municipalityKey, caseKeys: item.caseKeys.map((k) => caseKey(meeting.municipalityKey, caseNumberOfKey(k))) });
  }

  const mapItem = (id: string) => itemIds.get(id) ?? id;
  const crossReferences = new Map<string, C>();
  for (const ref of rows.crossReferences) {
    const fromItemId = mapItem(ref.fromItemId);
    const toItemId = ref.toItemId === null ? null : mapItem(ref.toItemId);
    if (ref.kind === 'manual') {
      const next = { ...ref, fromItemId, toItemId, ...(ref.from ? { from: { ...ref.from, itemId: fromItemId } } : {}), ...(ref.to ? { to: { ...ref.to, itemId: toItemId ?? ref.to.itemId } } : {}) };
      crossReferences.set(ref.id, next);
      continue;
    }
    // A derived reference's id is its item's id and its place: `<item id>|ref<n>`.
    const suffix = ref.id.startsWith(`${ref.fromItemId}|`) ? ref.id.slice(ref.fromItemId.length) : `|${ref.id}`;
    crossReferences.set(`${fromItemId}${suffix}`, { ...ref, id: `${fromItemId}${suffix}`, fromItemId, toItemId });
  }

  const identities = new Set<string>();
  const bookmarks = [...rows.bookmarks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((b) => {
      const next = rekeyBookmark(b);
      const identity = identities.has(next.identity) ? `${next.identity}|${b.id}` : next.identity;
      identities.add(identity);
      return { ...next, identity };
    });

  return { meetings: [...meetings.values()], items: [...items.values()], crossReferences: [...crossReferences.values()], bookmarks };
}
