/**
 * How many of each selector of ./selectors.ts the fixture pages hold (counted by
 * test/unit/systems/selectors.test.ts). A file of its own so that no bundle of the extension
 * carries it.
 */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';
import type { SELECTORS } from './selectors.ts';

/** The modelled pages the generic adapter reads, and a FirstAgenda page (the demo's). */
export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {
  main: { [P.os2webSyddjurs]: 0, [P.os2webRoskilde]: 0, [P.kkItem]: 1, [P.kkOverview]: 1, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
  roleMain: { [P.os2webSyddjurs]: 1, [P.os2webRoskilde]: 0, [P.kkItem]: 0, [P.kkOverview]: 0, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
  article: { [P.os2webSyddjurs]: 0, [P.os2webRoskilde]: 0, [P.kkItem]: 1, [P.kkOverview]: 0, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
  contentId: { [P.os2webSyddjurs]: 1, [P.os2webRoskilde]: 0, [P.kkItem]: 0, [P.kkOverview]: 0, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
  regionContent: { [P.os2webSyddjurs]: 1, [P.os2webRoskilde]: 1, [P.kkItem]: 0, [P.kkOverview]: 0, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
  chrome: { [P.os2webSyddjurs]: 3, [P.os2webRoskilde]: 2, [P.kkItem]: 3, [P.kkOverview]: 3, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 1 },
  sectioning: { [P.os2webSyddjurs]: 1, [P.os2webRoskilde]: 0, [P.kkItem]: 2, [P.kkOverview]: 1, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
  unattributedMarkup: { [P.os2webSyddjurs]: 0, [P.os2webRoskilde]: 0, [P.kkItem]: 0, [P.kkOverview]: 0, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
};
