/**
 * Bookmarks on the page: loads the page's bookmarks from the store, finds each one's item
 * (by number and title, else by its text anchor), marks bookmarked items with
 * `data-sagsspor-bookmarked`, and tells the store which bookmarks were not found. The buttons
 * themselves sit in the decision bars.
 */
import type { PageFeature } from '../feature.ts';

export const bookmarksFeature: PageFeature = {
  id: 'bookmarks',
  apply(ctx) {
    const marked = new Set<Element>();
    const mark = () => {
      for (const [n, container] of ctx.containers) {
        const on = ctx.bookmarks.byItem.has(n);
        if (on && !marked.has(container)) {
          container.setAttribute('data-sagsspor-bookmarked', '');
          marked.add(container);
        } else if (!on && marked.has(container)) {
          container.removeAttribute('data-sagsspor-bookmarked');
          marked.delete(container);
        }
      }
    };
    const unsubscribe = ctx.bookmarks.subscribe(mark);
    ctx.bookmarks.load().catch((error: unknown) => {
      console.warn('[sagsspor] could not load the bookmarks of this page', error);
    });
    return () => {
      unsubscribe();
      ctx.bookmarks.enabled = false;
      for (const el of marked) el.removeAttribute('data-sagsspor-bookmarked');
      marked.clear();
    };
  },
};
