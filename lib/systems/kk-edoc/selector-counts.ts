/**
 * How many of each selector of ./selectors.ts the fixture pages hold (counted by
 * test/unit/systems/selectors.test.ts). A file of its own so that no bundle of the extension
 * carries it.
 */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';
import type { SELECTORS } from './selectors.ts';

/** Its modelled pages and the other systems'. */
export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {
  overview: { [P.os2webSyddjurs]: 0, [P.os2webRoskilde]: 0, [P.kkItem]: 0, [P.kkOverview]: 1, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
};
