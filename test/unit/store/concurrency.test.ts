import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { freshDb, meeting, snapshot, target } from '../store-helpers.ts';
import { SagssporDB } from '../../../lib/store/db.ts';
import { sendToBackground } from '../../../lib/messages/send.ts';
import type { MessageListener } from '../../../lib/messages/router.ts';
import { listBookmarks, tagBookmarks } from '../../../lib/store/bookmarks.ts';
import { lookupCase } from '../../../lib/store/meetings.ts';
import { pageSender, testBackground } from '../sender-helpers.ts';

const TAB_URL = 'https://dagsordener.lejre.dk/referat/1';
let listener: MessageListener | null = null;
function serve(db: SagssporDB): void {
  if (listener) browser.runtime.onMessage.removeListener(listener);
  const handle = testBackground(db);
  // Every tab is a content script on the Lejre portal.
  listener = (message, _sender, sendResponse) => handle(message, pageSender(TAB_URL), sendResponse);
  browser.runtime.onMessage.addListener(listener);
}

beforeEach(() => {
  fakeBrowser.reset();
  listener = null;
});

describe('ten tabs writing at once through the message handler', () => {
  it('lose no bookmark', async () => {
    const db = freshDb();
    serve(db);
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => sendToBackground({ type: 'bookmark-item', target: target(i + 1), tags: [`fane ${i + 1}`] })),
    );
    expect(replies.every((r) => r.created)).toBe(true);
    const bookmarks = await listBookmarks(db);
    expect(bookmarks.map((b) => b.itemNumber).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await db.tags.count()).toBe(10);
  });

  it('lose no tag when all ten tag the same bookmark', async () => {
    const db = freshDb();
    serve(db);
    const { bookmark } = await sendToBackground({ type: 'bookmark-item', target: target(1) });
    await Promise.all(Array.from({ length: 10 }, (_, i) => tagBookmarks(db, [bookmark.id], [`t${i}`], [])));
    const bookmarks = await listBookmarks(db);
    expect([...bookmarks[0]!.tags].sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']);
  });

  it('make one bookmark when all ten bookmark the same item', async () => {
    const db = freshDb();
    serve(db);
    const replies = await Promise.all(Array.from({ length: 10 }, () => sendToBackground({ type: 'bookmark-item', target: target(3) })));
    expect(replies.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(replies.map((r) => r.bookmark.id)).size).toBe(1);
    expect(await db.bookmarks.count()).toBe(1);
  });

  it('lose no write when meetings, bookmarks, notes and tags arrive mixed', async () => {
    const db = freshDb();
    serve(db);
    const { bookmark } = await sendToBackground({ type: 'bookmark-item', target: target(1) });
    const summary = { url: 'https://dagsordener.lejre.dk/referat/1', title: 'ØU', analysed: true, meeting: null, itemCount: 3, decisionCount: 3, caseNumberCount: 3, bookmarkedCount: 1, annotationsOn: true };
    await Promise.all([
      sendToBackground({ type: 'report-page', summary, meeting: meeting() }),
      sendToBackground({ type: 'update-bookmark', id: bookmark.id, note: 'note fra fane 2' }),
      tagBookmarks(db, [bookmark.id], ['fra fane 3'], []),
      sendToBackground({ type: 'bookmark-item', target: target(2) }),
      sendToBackground({ type: 'report-anchors', results: [{ id: bookmark.id, found: false }] }),
    ]);
    const bookmarks = await listBookmarks(db);
    const first = bookmarks.find((b) => b.id === bookmark.id)!;
    expect(first.note).toBe('note fra fane 2');
    expect(first.tags).toEqual(['fra fane 3']);
    expect(first.missingSince).not.toBeNull();
    expect(bookmarks).toHaveLength(2);
    expect(await db.items.count()).toBe(3);
  });
});

describe('stopping the service worker mid-session loses nothing', () => {
  it('a fresh handler over the same database sees and edits everything', async () => {
    const name = `sagsspor-restart-${Math.random()}`;
    const first = new SagssporDB(name);
    serve(first);
    const summary = { url: 'https://dagsordener.lejre.dk/referat/1', title: 'ØU', analysed: true, meeting: null, itemCount: 3, decisionCount: 3, caseNumberCount: 3, bookmarkedCount: 0, annotationsOn: true };
    await sendToBackground({ type: 'report-page', summary, meeting: meeting() });
    const { bookmark } = await sendToBackground({ type: 'bookmark-item', target: target(1), tags: ['Budget'], note: 'før genstart' });
    const before = await snapshot(first);
    first.close(); // the worker stops: its Dexie instance and handlers are gone

    const second = new SagssporDB(name);
    serve(second);
    expect(await snapshot(second)).toEqual(before);
    const { bookmarks } = await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: 'https://dagsordener.lejre.dk/referat/1', meeting: null } });
    expect(bookmarks.map((b) => [b.id, b.note, b.tags])).toEqual([[bookmark.id, 'før genstart', ['Budget']]]);
    const again = await sendToBackground({ type: 'bookmark-item', target: target(1) });
    expect(again.created).toBe(false);
    const items = await lookupCase(second, 'lejre', '24-001001');
    expect(items.map((i) => [i.meetingDate, i.number, i.meetingId])).toEqual([['2024-03-12', 1, 'lejre|2024-03-12|økonomiudvalget']]);
  });
});
