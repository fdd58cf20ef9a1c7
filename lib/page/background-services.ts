/**
 * The page features' services over the typed messages to the background (which owns the
 * store). Used by the content script on minutes pages and by the PDF reading view, so a PDF's
 * bookmarks, trail and links go through exactly the same path as a page's.
 */
import { askBackground } from '../messages/content-script.ts';
import type { PageServices } from './feature.ts';
import { caseFollowClient } from '../follows/case-follows.ts';

/** `ask` sends one request to the background: the content script's sender, or an extension page's (which validates both ways). */
export function backgroundServices(ask: typeof askBackground = askBackground): PageServices {
  return {
    trail: {
      async pageTrail(url, meeting, items) {
        return ask({ type: 'page-trail', url, meeting, items });
      },
      async relatedItems(url, meeting, caseNumber, itemNumber) {
        const current = itemNumber === null ? null : { meeting, itemNumber };
        return ask({ type: 'related-items', municipality: meeting.municipality, url, caseNumber, current });
      },
      async openCase(municipalityKey, caseNumber) {
        await ask({ type: 'open-case', municipalityKey, caseNumber });
      },
    },
    bookmarks: {
      async listBookmarks(url, meeting) {
        return (await ask({ type: 'list-bookmarks', scope: { kind: 'page', url, meeting } })).bookmarks;
      },
      async bookmarkItem(target) {
        return (await ask({ type: 'bookmark-item', target })).bookmark;
      },
      async removeBookmark(id) {
        await ask({ type: 'remove-bookmarks', ids: [id] });
      },
      async updateBookmark(id, change) {
        return (await ask({ type: 'update-bookmark', id, ...change })).bookmark;
      },
      async reportAnchors(results) {
        await ask({ type: 'report-anchors', results });
      },
    },
    async rememberOutline(open) {
      await ask({ type: 'remember-outline', open });
    },
    follows: caseFollowClient(ask),
    async openReader(url) {
      await ask({ type: 'open-reader', url });
    },
    async copyText(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
