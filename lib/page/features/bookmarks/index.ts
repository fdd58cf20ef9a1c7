/**
 * Bookmarks on the page: loads the page's bookmarks from the store, finds each one's item
 * (by number and title, else by its text anchor), and tells the store which bookmarks were
 * not found. Which items are bookmarked is shown only inside our closed shadow roots (its
 * parts in the decision bars' and the outline's slots): nothing in the page's own DOM says
 * so, as the page's scripts could read it.
 */
import type { PageFeature } from '../../feature.ts';
import { bookmarkParts } from './BookmarkParts.tsx';
import css from './bookmarks.css?inline';
import { PageBookmarks } from './state.ts';

export const bookmarksFeature: PageFeature = {
  id: 'bookmarks',
  css: { ui: css },
  apply(ctx, { signal }) {
    const bookmarks = new PageBookmarks(ctx.services.bookmarks, ctx.page, ctx.url);
    const parts = bookmarkParts(bookmarks);
    const { decisionBar, outline, bookmarkedItems } = ctx.shared;
    // Actions first in the bar's row; the note after the trail's "se også" under it.
    decisionBar.fill('frame', { order: 10, Component: parts.Frame }, signal);
    decisionBar.fill('actions', { order: 10, Component: parts.Actions }, signal);
    decisionBar.fill('details', { order: 20, Component: parts.Details }, signal);
    outline.fill('itemMark', { order: 10, Component: parts.OutlineStar }, signal);
    outline.fill('notices', { order: 10, Component: parts.StorageNotice }, signal);
    outline.fill('footer', { order: 10, Component: parts.Missing }, signal);
    bookmarks.subscribe(() => bookmarkedItems.set(new Set(bookmarks.byItem.keys())), signal);
    signal.addEventListener('abort', () => bookmarkedItems.set(new Set()), { once: true });
    bookmarks.load().catch((error: unknown) => {
      console.warn('[sagsspor] could not load the bookmarks of this page', error);
    });
  },
};
