/**
 * Every selector the FirstAgenda Publication code looks for (adapter, detection, page hooks).
 * ./selector-counts.ts says how many of each the fixtures hold (the Aarhus pages saved from the
 * real portal beside the repository, the demo site, the hostile page written in its markup): when
 * the portal changes its markup, test/unit/systems/selectors.test.ts says which selector stopped
 * matching.
 */
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
