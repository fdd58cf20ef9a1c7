/** A link to `…#sagsspor-item=7` scrolls to item 7 and flashes it, on load and on hash change. */
import type { PageFeature } from '../../feature.ts';
import { itemFromHash } from '../../reveal.ts';

export const deepLinkFeature: PageFeature = {
  id: 'deep-link',
  apply(ctx, { signal }) {
    const view = ctx.doc.defaultView;
    const go = () => {
      const n = itemFromHash(view?.location.hash ?? '');
      if (n !== null) ctx.reveal.item(n);
    };
    go();
    view?.addEventListener('hashchange', go, { signal });
  },
};
