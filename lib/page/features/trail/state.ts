/**
 * The page's case trail: for each item, the other stored treatments of its cases, its
 * "Sagens forløb" entries resolved to stored items, and its manual "se også" links, read from
 * the store in one message per page reading. Decision bars and timelines subscribe to it.
 */
import type { PageItemTrail, RelatedItem } from '../../../trail/contract.ts';
import type { PageItemQuery, TrailMeetingRef } from '../../../trail/requests.ts';
import type { PageMeeting } from '../../read-page.ts';

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

export class PageTrail {
  readonly byItem = new Map<number, PageItemTrail>();
  /** The municipality the store files this page under (the case view's key); null until loaded. */
  municipalityKey: string | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly services: TrailServices | null,
    private readonly page: PageMeeting,
    private readonly url: string,
  ) {}

  get meetingRef(): TrailMeetingRef {
    const m = this.page.meeting;
    return { municipality: m.municipality, committee: m.committee, date: m.date, kind: m.kind };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async load(): Promise<void> {
    if (this.services === null || this.page.meeting.items.length === 0) return;
    const reply = await this.services.pageTrail(this.url, this.meetingRef, trailQuery(this.page));
    this.municipalityKey = reply.municipalityKey;
    this.byItem.clear();
    for (const t of reply.items) this.byItem.set(t.itemNumber, t);
    for (const l of this.listeners) l();
  }

  /** The case number to open the case view on for an item: its first one with other treatments. */
  caseToOpen(itemNumber: number): string | null {
    const t = this.byItem.get(itemNumber);
    return t?.byCase.find((c) => c.count > 0)?.caseNumber ?? t?.byCase[0]?.caseNumber ?? null;
  }
}
