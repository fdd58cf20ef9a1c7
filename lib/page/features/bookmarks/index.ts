/**
 * Bookmarks on the page: loads the page's bookmarks from the store, finds each one's item
 * (by number and title, else by its text anchor), and tells the store which bookmarks were
 * not found. Which items are bookmarked is shown only inside our closed shadow roots (the
 * decision bars' buttons and frame, the outline's star): nothing in the page's own DOM says
 * so, as the page's scripts could read it.
 */
import type { PageFeature } from '../../feature.ts';

export const bookmarksFeature: PageFeature = {
  id: 'bookmarks',
  apply(ctx) {
    ctx.bookmarks.load().catch((error: unknown) => {
      console.warn('[sagsspor] could not load the bookmarks of this page', error);
    });
    return () => {
      ctx.bookmarks.enabled = false;
    };
  },
};
