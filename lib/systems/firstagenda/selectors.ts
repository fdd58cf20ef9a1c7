/**
 * Every selector the FirstAgenda Publication code looks for (adapter, detection, page hooks), and
 * how many of each the fixtures hold: the Aarhus pages saved from the real portal beside the
 * repository, the demo site and the hostile page written in its markup. When the portal changes
 * its markup, test/unit/systems/selectors.test.ts says which selector stopped matching.
 */
import { PAGES as P } from '../fixture-pages.ts';
import type { SelectorCounts } from '../types.ts';

/** Element ids the detection looks up directly (constant time, no walk over the page). */
export const IDS = {
  /** `<input id="apiurl" value="http://publication.firstagenda.com">`: on meetings and listings alike. */
  apiUrl: 'apiurl',
  /** The item table, there before its rows arrive by script. */
  itemTable: 'dagsordenDetaljer',
} as const;

export const SELECTORS = {
  apiUrl: `input#${IDS.apiUrl}`,
  itemTable: `#${IDS.itemTable}`,
  /** The item table with its rows: a FirstAgenda page whatever its API address says. */
  itemTableRow: `table#${IDS.itemTable} tr.punktrow`,
  /** Item rows anywhere: saved or exported pages without the portal's ids are read by them too. */
  itemRowMarkup: '.punktrow',
  itemRow: 'tr.punktrow',
  /** What only a meeting page has (its rows may still be arriving). */
  meetingMarks: `#${IDS.itemTable}, tr.punktrow, h1.dato, table.dagsordeninfo`,
  /** What only a listing (search results) has. */
  listingMarks: '#resultaterplaceholder, a.searchresult',
  meetingTitle: 'div.title > h1.dato',
  meetingTitleAnywhere: 'h1.dato',
  infoRow: 'table.dagsordeninfo tr',
  /** The item number is the row's own span.label… */
  itemNumber: 'span.label',
  /** …not a "PDF" label… */
  pdfLabel: '.pdf-label',
  /** …nor a label inside the details, menus or audio-file lists. */
  notItemNumberInside: '.details, .dropdown-menu, .lydfiler-og-bilag',
  itemTitle: 'h2.overskrift',
  itemTitleAnywhere: '.overskrift',
  caseNumber: 'span.sagsnummer',
  /** The item's text (the id repeats in every row, so it is looked up inside the row). */
  itemText: '[id="sagsfremstillingContainer"]',
  itemTextOtherLayout: '.details .punkt',
  /** UI chrome inside an item: the "PDF" buttons, menus, badges, audio-file lists. */
  itemChrome: 'span.pdf-label, .dropdown, .dropdown-menu, .badge, .fil-ikon, .lydfiler-og-bilag, .lydfiler, .expand, .modal',
  attachmentLink: 'a.bilag-link',
  /** "Hent hele referatet": its data-id is the meeting's, for the whole-meeting PDF. */
  meetingPdfButton: '#hentHeledagsorden[data-id]',
} as const;

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
