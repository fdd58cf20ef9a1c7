/**
 * How many of each selector of ./selectors.ts the fixture pages hold (counted by
 * test/unit/systems/selectors.test.ts). A file of its own so that no bundle of the extension
 * carries it.
 */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';
import type { SELECTORS } from './selectors.ts';

/** Its pages, and the static export (another system, which shares the item text's id but has none of the portal's rows). */
export const SELECTOR_COUNTS: SelectorCounts<typeof SELECTORS> = {
  apiUrl: { [P.aarhusMinutes]: 1, [P.aarhusListing]: 1, [P.aarhusScrolled]: 1, [P.demoMeeting]: 1, [P.demoScriptedMeeting]: 1, [P.demoListing]: 1, [P.hostile]: 1, [P.staticExport]: 0 },
  itemTable: { [P.aarhusMinutes]: 1, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 1, [P.demoScriptedMeeting]: 1, [P.demoListing]: 0, [P.hostile]: 1, [P.staticExport]: 0 },
  itemTableRow: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 8, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 6, [P.staticExport]: 0 },
  itemRowMarkup: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 8, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 6, [P.staticExport]: 0 },
  itemRow: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 8, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 6, [P.staticExport]: 0 },
  meetingMarks: { [P.aarhusMinutes]: 9, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 11, [P.demoScriptedMeeting]: 3, [P.demoListing]: 0, [P.hostile]: 9, [P.staticExport]: 0 },
  listingMarks: { [P.aarhusMinutes]: 0, [P.aarhusListing]: 21, [P.aarhusScrolled]: 141, [P.demoMeeting]: 0, [P.demoScriptedMeeting]: 0, [P.demoListing]: 3, [P.hostile]: 0, [P.staticExport]: 0 },
  meetingTitle: { [P.aarhusMinutes]: 1, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 1, [P.demoScriptedMeeting]: 1, [P.demoListing]: 0, [P.hostile]: 1, [P.staticExport]: 0 },
  meetingTitleAnywhere: { [P.aarhusMinutes]: 1, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 1, [P.demoScriptedMeeting]: 1, [P.demoListing]: 0, [P.hostile]: 1, [P.staticExport]: 0 },
  infoRow: { [P.aarhusMinutes]: 5, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 5, [P.demoScriptedMeeting]: 5, [P.demoListing]: 0, [P.hostile]: 4, [P.staticExport]: 0 },
  itemNumber: { [P.aarhusMinutes]: 75, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 14, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 8, [P.staticExport]: 0 },
  pdfLabel: { [P.aarhusMinutes]: 69, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 6, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 2, [P.staticExport]: 0 },
  notItemNumberInside: { [P.aarhusMinutes]: 18, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 24, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 18, [P.staticExport]: 0 },
  itemTitle: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 8, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 6, [P.staticExport]: 0 },
  itemTitleAnywhere: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 8, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 6, [P.staticExport]: 0 },
  caseNumber: { [P.aarhusMinutes]: 5, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 7, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 5, [P.staticExport]: 0 },
  itemText: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 7, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 5, [P.staticExport]: 5 },
  itemTextOtherLayout: { [P.aarhusMinutes]: 6, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 8, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 6, [P.staticExport]: 0 },
  itemChrome: { [P.aarhusMinutes]: 102, [P.aarhusListing]: 1, [P.aarhusScrolled]: 1, [P.demoMeeting]: 42, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 27, [P.staticExport]: 0 },
  attachmentLink: { [P.aarhusMinutes]: 69, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 6, [P.demoScriptedMeeting]: 0, [P.demoListing]: 0, [P.hostile]: 2, [P.staticExport]: 2 },
  meetingPdfButton: { [P.aarhusMinutes]: 1, [P.aarhusListing]: 0, [P.aarhusScrolled]: 0, [P.demoMeeting]: 1, [P.demoScriptedMeeting]: 1, [P.demoListing]: 0, [P.hostile]: 1, [P.staticExport]: 0 },
};
