/** The kk.dk eDoc markup Sagsspor looks for, and how many of each its modelled pages hold. */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';

export const SELECTORS = {
  /** The meeting overview's table of items (the items are pages of their own). */
  overview: '.agenda-overview',
} as const;

/** Its modelled pages and the other systems'. */
export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {
  overview: { [P.os2webSyddjurs]: 0, [P.os2webRoskilde]: 0, [P.kkItem]: 0, [P.kkOverview]: 1, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
};
