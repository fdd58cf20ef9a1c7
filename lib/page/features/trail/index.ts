/**
 * The case trail on the page: asks the store once for every item's other treatments,
 * resolved "Sagens forløb" entries and manual links. The decision bars ("3 andre
 * behandlinger", "Se også") and the history timelines show what it finds when it arrives.
 */
import type { PageFeature } from '../../feature.ts';

export const trailFeature: PageFeature = {
  id: 'trail',
  apply(ctx) {
    ctx.trail.load().catch((error: unknown) => {
      // Without the store the page still shows everything read from it; only the trail is missing.
      console.warn('[sagsspor] could not load the case trail of this page', error);
    });
  },
};
