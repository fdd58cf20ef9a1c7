/**
 * The case trail on the page: asks the store once for every item's other treatments,
 * resolved "Sagens forløb" entries and manual links, and publishes them (SharedPage.trail).
 * Its parts on the decision bars ("3 andre behandlinger", "Se også") and the history
 * timelines show what it finds when it arrives.
 */
import type { PageFeature } from '../../feature.ts';
import { loadTrail } from './state.ts';
import { trailParts } from './TrailParts.tsx';

export const trailFeature: PageFeature = {
  id: 'trail',
  apply(ctx, { signal }) {
    const parts = trailParts(ctx.shared.trail, ctx.services.trail);
    // After the bookmark button in the bar's row; "se også" before the bookmark's note under it.
    ctx.shared.decisionBar.fill('actions', { order: 20, Component: parts.OtherTreatments }, signal);
    ctx.shared.decisionBar.fill('details', { order: 10, Component: parts.SeeAlso }, signal);
    loadTrail(ctx.services.trail, ctx.page, ctx.url).then(
      (trail) => {
        if (trail !== null) ctx.shared.trail.publish(trail, signal);
      },
      (error: unknown) => {
        // Without the store the page still shows everything read from it; only the trail is missing.
        console.warn('[sagsspor] could not load the case trail of this page', error);
      },
    );
  },
};
