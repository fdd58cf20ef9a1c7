/**
 * Which follows a newly published meeting matches, and the news entry each match makes. Pure:
 * no store, no clock of its own (the caller passes `now`), so it is tested alone.
 *
 * - a case: every item of the meeting that carries the followed case number;
 * - a committee: the meeting itself, when it is that committee's (by the portal's committee id,
 *   or by name);
 * - a saved search: every item the search page would find with the same words (lib/store/search.ts
 *   terms: prefix, light fuzzy on words, never on numbers, all words must match), within its
 *   municipality and outcomes.
 */
import MiniSearch from 'minisearch';
import type { Item, Meeting } from '../model.ts';
import { deepLink, normaliseCaseNumber, slug } from '../store/keys.ts';
import { itemCaseNumbers } from '../store/meetings.ts';
import { caseNumbersText, processTerm, wordFuzziness } from '../store/search.ts';
import type { FollowRow, NewsRow } from './model.ts';

/** A meeting a check has just read from a portal. */
export interface PublishedMeeting {
  municipalityKey: string;
  /** The store's id of the meeting (lib/store/keys.ts meetingId). */
  meetingId: string;
  /** The portal's page of the meeting. */
  url: string;
  /** The portal's id of its committee. */
  committeeId: string | null;
  meeting: Meeting;
}

export interface FollowMatch {
  follow: FollowRow;
  /** Null: the whole meeting (a committee's). */
  item: Item | null;
}

interface Doc {
  id: number;
  title: string;
  decision: string;
  caseNumbers: string;
  committee: string;
}

/** The items a saved search finds in one meeting, by item number. */
function searchItems(meeting: Meeting, words: string): Set<number> {
  const index = new MiniSearch<Doc>({
    fields: ['title', 'decision', 'caseNumbers', 'committee'],
    idField: 'id',
    processTerm,
    searchOptions: { prefix: true, fuzzy: wordFuzziness, combineWith: 'AND', processTerm },
  });
  const seen = new Set<number>();
  const docs: Doc[] = [];
  for (const item of meeting.items) {
    if (seen.has(item.number)) continue;
    seen.add(item.number);
    docs.push({
      id: item.number,
      title: item.title,
      decision: item.decision ?? '',
      caseNumbers: caseNumbersText(itemCaseNumbers(item)),
      committee: [meeting.committee ?? '', ...item.committees].join(' '),
    });
  }
  index.addAll(docs);
  return new Set(index.search(words).map((r) => Number(r.id)));
}

/** Every match of `follows` in the meeting: one per matching item (one per meeting for a committee). */
export function matchMeeting(follows: readonly FollowRow[], published: PublishedMeeting): FollowMatch[] {
  const { meeting } = published;
  const matches: FollowMatch[] = [];
  const searches = new Map<string, Set<number>>();
  for (const follow of follows) {
    const target = follow.target;
    if (target.municipalityKey !== null && target.municipalityKey !== published.municipalityKey) continue;
    if (target.kind === 'case') {
      const wanted = normaliseCaseNumber(target.caseNumber);
      for (const item of meeting.items) if (itemCaseNumbers(item).includes(wanted)) matches.push({ follow, item });
    } else if (target.kind === 'committee') {
      const sameId = target.committeeId !== null && published.committeeId !== null && target.committeeId === published.committeeId;
      if (sameId || slug(target.committee) === slug(meeting.committee)) matches.push({ follow, item: null });
    } else {
      let found = searches.get(target.words);
      if (found === undefined) {
        found = searchItems(meeting, target.words);
        searches.set(target.words, found);
      }
      for (const item of meeting.items) {
        if (!found.has(item.number)) continue;
        if (target.outcomes.length > 0 && !target.outcomes.includes(item.outcome)) continue;
        matches.push({ follow, item });
      }
    }
  }
  // An item repeated on a page (the store keeps the last) is one match.
  const unique = new Map<string, FollowMatch>();
  for (const m of matches) unique.set(newsKey(m.follow.id, published.meetingId, m.item?.number ?? null), m);
  return [...unique.values()];
}

/** The unique key of a news entry: one per follow, meeting and item. */
export function newsKey(followId: string, meetingId: string, itemNumber: number | null): string {
  return `${followId}|${meetingId}|${itemNumber === null ? 'meeting' : `#${itemNumber}`}`;
}

/** The first 1,000 characters of a decision, cut at a word. */
function decisionStart(text: string | null): string | null {
  if (text === null) return null;
  const t = text.trim();
  if (t.length <= 1000) return t;
  const cut = t.slice(0, 999);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 900))}…`;
}

/** The news entry a match makes when it is new. */
export function newsEntry(match: FollowMatch, published: PublishedMeeting, id: string, now: Date): NewsRow {
  const { meeting } = published;
  const item = match.item;
  const at = now.toISOString();
  return {
    id,
    key: newsKey(match.follow.id, published.meetingId, item?.number ?? null),
    followId: match.follow.id,
    followName: match.follow.name,
    followKind: match.follow.target.kind,
    municipalityKey: published.municipalityKey,
    municipality: match.follow.target.municipality,
    meetingId: published.meetingId,
    committee: meeting.committee,
    meetingDate: meeting.date,
    meetingKind: meeting.kind ?? 'dagsorden',
    itemNumber: item?.number ?? null,
    title: item === null ? (meeting.committee ?? '') : item.title.slice(0, 5000),
    caseNumbers: item === null ? [] : itemCaseNumbers(item).slice(0, 50),
    decision: item === null ? null : decisionStart(item.decision),
    outcome: item?.outcome ?? 'none',
    change: 'new',
    url: published.url,
    link: item === null ? published.url : deepLink(published.url, item.number),
    unread: 1,
    createdAt: at,
    updatedAt: at,
    readAt: null,
    notifiedAt: null,
  };
}

/**
 * What a match does to the entry already there for it: a dagsorden entry that now comes as a
 * referat is updated (unread again, with its decision); anything else is the same match again
 * and changes nothing (null).
 */
export function updatedEntry(existing: NewsRow, fresh: NewsRow, now: Date): NewsRow | null {
  if (!(existing.meetingKind === 'dagsorden' && fresh.meetingKind === 'referat')) return null;
  return {
    ...existing,
    meetingKind: 'referat',
    title: fresh.title,
    caseNumbers: fresh.caseNumbers,
    decision: fresh.decision,
    outcome: fresh.outcome,
    change: 'decision',
    url: fresh.url,
    link: fresh.link,
    unread: 1,
    readAt: null,
    notifiedAt: null,
    updatedAt: now.toISOString(),
  };
}
