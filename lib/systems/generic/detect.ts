/**
 * Minutes pages of systems without a folder of their own: address forms many portals share, and,
 * when only the page title speaks of minutes, a bounded look at the headings for the template
 * words of Danish minutes.
 */

/** Address forms of minutes pages on municipal sites whose system is not known. */
export const GENERIC_MINUTES_URLS: readonly RegExp[] = [
  /\/dagsordener-og-referater\//i, // Viborg, Køge, kk.dk's newer pages
  /[?&]agendaId=\d/i, // aarhus.dk (older), Hillerød, Vejen
  /\/dagsorden\.xml\b/i, // Herning, Hedensted
  /ProfileWebMeeting\.nsf/i, // ProFile (Lotus Notes)
  /\/visning\/moede\//i, // Rødovre (TYPO3)
  /[/-](?:referat|dagsorden)(?:er)?[/-]/i,
];

const DECISION_HEADING = /^\s*(?:beslutning|indstilling|sagsfremstilling|sagens forløb)\b/i;
/** Headings looked at, at most: the cost stays the same on a page of any size. */
const HEADING_LOOKS = 400;

/** Two or more short headings that open the sections of minutes ("Beslutning", "Indstilling", …). */
export function hasDecisionHeadings(doc: Document): boolean {
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
