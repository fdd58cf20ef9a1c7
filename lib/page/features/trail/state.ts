/**
 * The page's case trail: for each item, the other stored treatments of its cases, its
 * "Sagens forløb" entries resolved to stored items, and its manual "se også" links, read from
 * the store in one message per page reading. The trail feature publishes it (SharedPage.trail)
 * for its own parts on the decision bars and for the history timelines.
 */
import type { MeetingRef as TrailMeetingRef } from '../../../messages/parts.ts';
import type { PageItemQuery, PageItemTrail, RelatedItem } from '../../../messages/trail.ts';
import { meetingRefOf } from '../../meeting-ref.ts';
import type { PageMeeting } from '../../read-page.ts';
import type { TrailView } from '../../shared-state.ts';

/** What the trail needs from the background; fakes in tests. */
export interface TrailServices {
  pageTrail(url: string, meeting: TrailMeetingRef, items: PageItemQuery[]): Promise<{ municipalityKey: string; items: PageItemTrail[] }>;
  /** The other stored items with this case number, this page's item left out. */
  relatedItems(url: string, meeting: TrailMeetingRef, caseNumber: string, itemNumber: number | null): Promise<{ municipalityKey: string; items: RelatedItem[] }>;
  /** Open the case view (an extension page) in a new tab. */
  openCase(municipalityKey: string, caseNumber: string): Promise<void>;
}

/** The limits of the contract (PageItemQuerySchema): a page never sends more than it takes. */
const MAX_CASES = 50;
const MAX_HISTORY = 200;

export function trailQuery(page: PageMeeting): PageItemQuery[] {
  return page.meeting.items.map((item) => ({
    number: item.number,
    caseNumbers: (item.cases.length > 0 ? item.cases.map((c) => c.normalized) : item.caseNumbers).slice(0, MAX_CASES),
    history: item.history.slice(0, MAX_HISTORY).map((h) => ({ date: h.date, body: h.body.slice(0, 500), decision: h.decision.slice(0, 20_000) })),
  }));
}

/** Ask the store for the page's trail once; null where there is no store or nothing to ask about. */
export async function loadTrail(services: TrailServices | null, page: PageMeeting, url: string): Promise<TrailView | null> {
  if (services === null || page.meeting.items.length === 0) return null;
  const reply = await services.pageTrail(url, meetingRefOf(page.meeting), trailQuery(page));
  return { municipalityKey: reply.municipalityKey, byItem: new Map(reply.items.map((t) => [t.itemNumber, t])) };
}

/** The case number to open the case view on for an item: its first one with other treatments. */
export function caseToOpen(trail: TrailView, itemNumber: number): string | null {
  const t = trail.byItem.get(itemNumber);
  return t?.byCase.find((c) => c.count > 0)?.caseNumber ?? t?.byCase[0]?.caseNumber ?? null;
}
