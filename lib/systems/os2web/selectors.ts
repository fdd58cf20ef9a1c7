/** The OS2web (Drupal 7) meeting markup Sagsspor looks for, and how many of each its modelled pages hold. */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';

export const SELECTORS = {
  /** The meeting view: each item's "Punkt N Title" link, and the view around the items. */
  minutesMarkup: '.agenda-bullet-list, .view-meeting-details',
} as const;

/** Its modelled pages and the other systems'. */
export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {
  minutesMarkup: { [P.os2webSyddjurs]: 7, [P.os2webRoskilde]: 0, [P.kkItem]: 0, [P.kkOverview]: 0, [P.polweb]: 0, [P.staticExport]: 0, [P.demoMeeting]: 0 },
};
