/**
 * The fixture pages the systems' selector counts (`<id>/selector-counts.ts`) refer to, by path from the
 * repository root. `../shared/…` are real pages saved beside the repository (never copied into
 * it); the others are the demo site and the hand-written fixtures of test/fixtures/ (see its
 * README). Only the selector counts import this, and only the selectors test imports those.
 */
const AARHUS = '../shared/fixtures/firstagenda-publication-aarhus';

export const PAGES = {
  /** FirstAgenda Publication: the Aarhus minutes page, saved after its 6 items were loaded. */
  aarhusMinutes: `${AARHUS}/example_minutes.html`,
  /** FirstAgenda Publication: the Aarhus front page's search results, and the same after scrolling for more. */
  aarhusListing: `${AARHUS}/example_listings.html`,
  aarhusScrolled: `${AARHUS}/example_scrolled.html`,
  /** The demo site (FirstAgenda markup): a meeting with its rows in the page, one whose rows a script adds, the listing. */
  demoMeeting: 'test/demo-site/vis/referat-social-og-sundhedsudvalget-2025-03-04.html',
  demoScriptedMeeting: 'test/demo-site/vis/referat-oekonomiudvalget-2025-03-12.html',
  demoListing: 'test/demo-site/index.html',
  /** A hostile page in FirstAgenda's markup. */
  hostile: 'test/fixtures/hostile/firstagenda-hostile.html',
  // The modelled pages of the systems the generic adapter reads.
  os2webSyddjurs: 'test/fixtures/systems/os2web-syddjurs/referat.html',
  os2webRoskilde: 'test/fixtures/systems/os2web-roskilde/referat.html',
  kkItem: 'test/fixtures/systems/kk-edoc/punkt-1.html',
  kkOverview: 'test/fixtures/systems/kk-edoc/oversigt.html',
  polweb: 'test/fixtures/systems/polweb-odsherred/referat.html',
  staticExport: 'test/fixtures/systems/firstagenda-static-holbaek/agenda_2873.html',
} as const;
