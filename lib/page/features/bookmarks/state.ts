/**
 * The page's bookmarks: which items are bookmarked (found by item and, failing that, by text
 * anchor), which bookmarks of this page are no longer found on it, and the actions on them.
 * The bookmark feature's parts subscribe to changes; the store itself is the background's.
 */
import type { BookmarkTarget } from '../../../messages/parts.ts';
import type { PageBookmark } from '../../../store/tables/bookmarks.ts';
import type { Item } from '../../../model.ts';
import { anchorForItem, itemOfAnchor, pageText, type PageText } from '../../page-text.ts';
import { meetingRefOf } from '../../meeting-ref.ts';
import type { PageMeeting } from '../../read-page.ts';
import { Listeners } from '../../shared-state.ts';

/** What the bookmarks need from the background; fakes in tests. */
export interface BookmarkServices {
  listBookmarks(url: string, meeting: BookmarkTarget['meeting']): Promise<PageBookmark[]>;
  bookmarkItem(target: BookmarkTarget): Promise<PageBookmark>;
  removeBookmark(id: string): Promise<void>;
  updateBookmark(id: string, change: { note?: string; tags?: string[] }): Promise<PageBookmark>;
  reportAnchors(results: { id: string; found: boolean }[]): Promise<void>;
}

export class PageBookmarks {
  /** Bookmarks found on the page, by item number. */
  readonly byItem = new Map<number, PageBookmark>();
  /** Bookmarks of this page whose item the page no longer has. */
  missing: PageBookmark[] = [];
  /** False until loaded: no buttons show before. */
  enabled = false;
  error: string | null = null;
  /** The browser will not open Sagsspor's storage here: nothing can be saved (the outline says so). */
  unavailable = false;
  private readonly listeners = new Listeners();
  private text: PageText | null = null;

  constructor(
    private readonly services: BookmarkServices | null,
    private readonly page: PageMeeting,
    private readonly url: string,
  ) {}

  subscribe(listener: () => void, signal?: AbortSignal): () => void {
    return this.listeners.add(listener, signal);
  }

  private changed(): void {
    this.listeners.notify();
  }

  private get meetingRef(): BookmarkTarget['meeting'] {
    return meetingRefOf(this.page.meeting);
  }

  private pageText(): PageText {
    this.text ??= pageText(this.page);
    return this.text;
  }

  /** Load this page's bookmarks, find each one's item, and tell the store which were found. */
  async load(): Promise<void> {
    if (this.services === null) return;
    let all: PageBookmark[];
    try {
      all = await this.services.listBookmarks(this.url, this.meetingRef);
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'storage-unavailable') {
        // No buttons that would pretend to save; the outline says why.
        this.unavailable = true;
        this.changed();
        return;
      }
      throw error;
    }
    this.byItem.clear();
    this.missing = [];
    for (const b of all) {
      const item = this.locate(b);
      if (item !== null && !this.byItem.has(item.number)) this.byItem.set(item.number, b);
      else if (item === null) this.missing.push(b);
    }
    this.enabled = true;
    this.changed();
    const results = all.map((b) => ({ id: b.id, found: !this.missing.includes(b) }));
    if (results.length > 0) await this.services.reportAnchors(results).catch(() => undefined);
  }

  /** Same number and title first (the common case); else the text anchor decides. */
  private locate(b: PageBookmark): Item | null {
    const same = this.page.meeting.items.find((i) => i.number === b.itemNumber && i.title === b.title);
    if (same) return same;
    return itemOfAnchor(this.pageText(), this.page, b.anchor);
  }

  target(item: Item): BookmarkTarget {
    return {
      url: this.url,
      meeting: this.meetingRef,
      item: {
        number: item.number,
        title: item.title,
        decision: item.decision,
        outcome: item.outcome,
        committees: item.committees,
        caseNumbers: item.cases.length > 0 ? item.cases.map((c) => c.normalized) : item.caseNumbers,
      },
      anchor: anchorForItem(this.pageText(), this.page, item),
    };
  }

  async toggle(item: Item): Promise<void> {
    if (this.services === null) return;
    this.error = null;
    try {
      const existing = this.byItem.get(item.number);
      if (existing) {
        await this.services.removeBookmark(existing.id);
        this.byItem.delete(item.number);
      } else {
        this.byItem.set(item.number, await this.services.bookmarkItem(this.target(item)));
      }
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.changed();
  }

  async update(itemNumber: number, change: { note?: string; tags?: string[] }): Promise<boolean> {
    const existing = this.byItem.get(itemNumber);
    if (!existing || this.services === null) return false;
    try {
      this.byItem.set(itemNumber, await this.services.updateBookmark(existing.id, change));
      this.error = null;
      this.changed();
      return true;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.changed();
      return false;
    }
  }
}
