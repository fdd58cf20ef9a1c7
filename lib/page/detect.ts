/**
 * Is this page minutes or an agenda? Cheap signals first, in this order:
 *   1. markup signatures of a known system (FirstAgenda Publication: input#apiurl, the item table);
 *   2. the URL patterns of the other systems (publishing-systems.md §2) and the page title: when
 *      neither speaks of minutes the page is not read further;
 *   3. other systems' markup, then content signals from a bounded number of headings.
 * It never reads the whole text of the page: on a large page that is not minutes, detection
 * costs a few selector lookups (`npm run bench`, detectNonMinutesMs). The parser has the last
 * word: a page detected here but without items is still left alone.
 */
import { firstAgendaPageKind, isFirstAgendaPage } from '../sources/firstagenda.ts';

export type Detection =
  /** A FirstAgenda Publication meeting page (its items may still be arriving by script). */
  | { kind: 'firstagenda' }
  /** Another system's page, or a page with the look of minutes. */
  | { kind: 'generic'; reason: 'markup' | 'url' | 'content' }
  | { kind: 'none'; reason: 'listing' | 'no-signal' };

/** Class names of other systems' minutes markup (§2.1–2.5). */
const OTHER_MARKUP_CLASSES = [
  'agenda-bullet-list', // OS2web (Drupal 7)
  'view-meeting-details',
  'esdh__headline', // aarhus.dk ?agendaId= module
  'agenda-overview', // kk.dk eDoc
  'agenda--card', // rksk.dk
];

/** FirstAgenda's item rows (saved or exported pages) or another system's minutes markup. */
const MARKUP_SELECTOR = ['punktrow', ...OTHER_MARKUP_CLASSES].map((c) => `.${c}`).join(',');

/** URL paths and queries of other systems' minutes pages. */
const MINUTES_URL = [
  /\/edoc-agenda\//i,
  /\/dagsordener-og-referater\//i,
  /\/dagsorden-og-referat(?:er)?\//i,
  /[?&]agendaId=\d/i,
  /\/dagsorden\.xml\b/i,
  /\/committee_\d+\/agenda_\d+/i, // FirstAgenda static export
  /\/ShowAgenda\.asp/i, // PolWeb
  /ProfileWebMeeting\.nsf/i,
  /\/visning\/moede\//i,
  /[/-](?:referat|dagsorden)(?:er)?[/-]/i,
];

const TITLE_WORDS = /\b(?:referat|dagsorden|beslutningsprotokol|mødeprotokol)/i;
const DECISION_HEADING = /^\s*(?:beslutning|indstilling|sagsfremstilling|sagens forløb)\b/i;
const HEADING_LOOKS = 400;

function hasDecisionHeadings(doc: Document): boolean {
  let seen = 0;
  let hits = 0;
  for (const tag of ['h2', 'h3', 'h4', 'strong', 'b']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < list.length && seen < HEADING_LOOKS; i++, seen++) {
      const text = list[i]!.textContent ?? '';
      if (text.length < 80 && DECISION_HEADING.test(text) && ++hits >= 2) return true;
    }
  }
  return false;
}

/** FirstAgenda's signatures by id: constant-time lookups, no walk over the page. */
function hasFirstAgendaIds(doc: Document): boolean {
  return doc.getElementById('apiurl') !== null || doc.getElementById('dagsordenDetaljer') !== null;
}

function urlSaysMinutes(url: string): boolean {
  let path = url;
  try {
    const parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname) + parsed.search;
  } catch {
    // Not a URL (a test's about:blank): the other signals decide.
  }
  return MINUTES_URL.some((re) => re.test(path));
}

export function detectMinutes(doc: Document, url: string): Detection {
  if (hasFirstAgendaIds(doc)) {
    const kind = isFirstAgendaPage(doc) ? firstAgendaPageKind(doc) : 'other';
    if (kind === 'meeting' || doc.getElementById('dagsordenDetaljer') !== null) return { kind: 'firstagenda' };
    if (kind === 'listing') return { kind: 'none', reason: 'listing' };
  }
  const byUrl = urlSaysMinutes(url);
  const byTitle = TITLE_WORDS.test(doc.title);
  // Neither the address nor the title speaks of minutes: the page is not looked at further.
  if (!byUrl && !byTitle) return { kind: 'none', reason: 'no-signal' };
  // FirstAgenda items without the portal's ids (saved or exported pages), then other systems.
  // One walk over the page for all the classes (stopping at the first), not one walk per class.
  const marked = doc.querySelector(MARKUP_SELECTOR);
  if (marked !== null) {
    const firstAgendaRows = marked.classList.contains('punktrow') || doc.getElementsByClassName('punktrow').length > 0;
    return firstAgendaRows ? { kind: 'firstagenda' } : { kind: 'generic', reason: 'markup' };
  }
  if (byUrl) return { kind: 'generic', reason: 'url' };
  if (hasDecisionHeadings(doc)) return { kind: 'generic', reason: 'content' };
  return { kind: 'none', reason: 'no-signal' };
}
