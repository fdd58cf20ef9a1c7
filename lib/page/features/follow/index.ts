/**
 * "Følg sagen" on each decision bar: follow the item's case, to be told when it is on a newly
 * published agenda or in new minutes (lib/follows). Only where the store can follow cases.
 */
import type { PageFeature } from '../../feature.ts';
import { followPart } from './FollowPart.tsx';

export const followFeature: PageFeature = {
  id: 'follow',
  apply(ctx, { signal }) {
    const client = ctx.services.follows;
    if (!client) return;
    // After the bookmark button and the other treatments in the bar's row.
    ctx.shared.decisionBar.fill('actions', { order: 30, Component: followPart(client, { url: ctx.url }) }, signal);
  },
};
