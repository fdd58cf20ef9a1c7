/**
 * Every selector the generic pages' code looks for, and how many of each the modelled pages of
 * the systems read by the generic adapter hold (test/fixtures/systems/).
 */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';

export const SELECTORS = {
  // Where the minutes are, most specific first.
  main: 'main',
  roleMain: '[role=main]',
  article: 'article',
  contentId: '#content',
  regionContent: '.region-content',
  /** Page chrome that is never minutes text (header and footer are judged by where they are). */
  chrome: [
    'nav', 'aside', 'dialog', '[role=navigation]', '[role=search]', '[role=dialog]', '[role=alertdialog]',
    '[role=complementary]', '[role=banner]', '[role=contentinfo]', '[aria-modal=true]',
  ].join(', '),
  /** A header or footer inside one of these is the section's own, not the page's banner (HTML's rule). */
  sectioning: 'article, section, main, [role=main]',
  /** Minutes markup of modules whose vendor is not known: aarhus.dk's `?agendaId=` pages, rksk.dk's meeting cards. */
  unattributedMarkup: '.esdh__headline, .agenda--card',
} as const;

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
