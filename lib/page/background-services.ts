/**
 * The page features' services over the typed messages to the background (which owns the
 * store). Used by the content script on minutes pages and by the PDF reading view, so a PDF's
 * bookmarks, trail and links go through exactly the same path as a page's.
 */
import { askBackground } from './messaging.ts';
import type { PageServices } from './feature.ts';
import { caseFollowClient } from '../follows/case-follows.ts';

export function backgroundServices(): PageServices {
  return {
    trail: {
      async pageTrail(url, meeting, items) {
        return askBackground({ type: 'page-trail', url, meeting, items });
      },
      async relatedItems(url, meeting, caseNumber, itemNumber) {
        const current = itemNumber === null ? null : { meeting, itemNumber };
        return askBackground({ type: 'related-items', municipality: meeting.municipality, url, caseNumber, current });
      },
      async openCase(municipalityKey, caseNumber) {
        await askBackground({ type: 'open-case', municipalityKey, caseNumber });
      },
    },
    bookmarks: {
      async listBookmarks(url, meeting) {
        return (await askBackground({ type: 'list-bookmarks', scope: { kind: 'page', url, meeting } })).bookmarks;
      },
      async bookmarkItem(target) {
        return (await askBackground({ type: 'bookmark-item', target })).bookmark;
      },
      async removeBookmark(id) {
        await askBackground({ type: 'remove-bookmarks', ids: [id] });
      },
      async updateBookmark(id, change) {
        return (await askBackground({ type: 'update-bookmark', id, ...change })).bookmark;
      },
      async reportAnchors(results) {
        await askBackground({ type: 'report-anchors', results });
      },
    },
    async rememberOutline(open) {
      await askBackground({ type: 'remember-outline', open });
    },
    follows: caseFollowClient(),
    async openReader(url) {
      await askBackground({ type: 'open-reader', url });
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
