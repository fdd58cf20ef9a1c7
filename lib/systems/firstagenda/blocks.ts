/**
 * FirstAgenda Publication pages (dagsordener.<kommune>.dk), read through their real markup (as
 * the Aarhus portal's saved pages have it; ./selectors.ts names every selector):
 *
 *   div.title > h1.dato                      → 'meeting-title'  "Referat 1. oktober 2025 kl. 15.45"
 *   table.dagsordeninfo tr: "Label:" | value → 'field' (label without colon)
 *   tr.punktrow, in order:
 *     span.label                             → 'item-number'    "2"
 *     h2.overskrift                          → 'item-title'
 *     span.sagsnummer                        → 'case-number'    "EMN-2025-009242"
 *     #sagsfremstillingContainer: h1–h6      → 'section-heading' (also the empty <h3>s: they end a section)
 *                                 div/p/li/… → plain blocks, one per paragraph or <br> line
 *     h3 "Bilag"                             → 'section-heading' "Bilag"
 *     a.bilag-link                           → 'attachment' with href
 *
 * Skipped: the PDF buttons beside attachments, the row's dropdown menu, file-count badge and
 * audio files, modals. An item whose content has not been loaded yet (the site fills rows
 * by script) still gives its number, title and case number.
 *
 * Listing pages (search results, `#resultaterplaceholder > a.searchresult`, also after
 * "scrolling" for more) are FirstAgenda pages too, but have no meeting: `firstAgendaBlocks`
 * gives no blocks for them (./detect.ts tells them apart).
 */
import type { TextBlock } from '../../model.ts';
import { blockLines, inlineText, paragraphs } from '../dom-text.ts';
import { SELECTORS as S } from './selectors.ts';

/** Node.DOCUMENT_POSITION_FOLLOWING, without relying on a global Node. */
const FOLLOWING = 4;

function push(blocks: TextBlock[], text: string, ref: Element, hint?: TextBlock['hint']): void {
  blocks.push(hint ? { text, hint, ref } : { text, ref });
}

function headerBlocks(doc: Document, blocks: TextBlock[]): void {
  const title = doc.querySelector(S.meetingTitle) ?? doc.querySelector(S.meetingTitleAnywhere);
  if (title) {
    const text = inlineText(title);
    if (text !== '') push(blocks, text, title, { role: 'meeting-title' });
  }
  for (const row of Array.from(doc.querySelectorAll(S.infoRow))) {
    if (row.hasAttribute('hidden')) continue; // "Information:" until the site fills it
    const cells = Array.from(row.children).filter((c) => c.tagName.toUpperCase() === 'TD' || c.tagName.toUpperCase() === 'TH');
    // Label/value pairs: "Udvalg:" | value (one pair a row on the sites seen; more are read alike).
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const label = inlineText(cells[i]!).replace(/\s*:$/, '');
      const value = blockLines(cells[i + 1]!).join(', ');
      if (label !== '' && value !== '') push(blocks, value, cells[i + 1]!, { role: 'field', label });
    }
  }
}

/** The item number: the row's own span.label, not a "PDF" label inside the details. */
function numberOf(row: Element): Element | null {
  for (const label of Array.from(row.querySelectorAll(S.itemNumber))) {
    if (label.matches(S.pdfLabel) || label.closest(S.notItemNumberInside) !== null) continue;
    return label;
  }
  return null;
}

/** The item's text: #sagsfremstillingContainer (ids repeat per row, so looked up inside the row). */
function contentOf(row: Element): Element | null {
  return row.querySelector(S.itemText) ?? row.querySelector(S.itemTextOtherLayout);
}

function contentBlocks(content: Element, blocks: TextBlock[]): void {
  paragraphs(
    content,
    (p) => {
      if (p.headingLevel !== undefined) push(blocks, p.text, p.element, { role: 'section-heading', headingLevel: p.headingLevel });
      else push(blocks, p.text, p.element);
    },
    { skip: (el) => el.matches(S.itemChrome), emptyHeadings: true },
  );
}

function attachmentBlocks(row: Element, content: Element | null, blocks: TextBlock[]): void {
  const links = Array.from(row.querySelectorAll(S.attachmentLink)).filter(
    (a) => !(content?.contains(a) ?? false) && a.closest(S.itemChrome) === null,
  );
  if (links.length === 0) return;
  // The "Bilag" heading: the last heading before the first link, outside the item's text.
  const heading = Array.from(row.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    .filter(
      (h) =>
        !h.matches(S.itemTitleAnywhere) &&
        !(content?.contains(h) ?? false) &&
        (h.compareDocumentPosition(links[0]!) & FOLLOWING) !== 0 &&
        /^Bilag\b/i.test(inlineText(h)),
    )
    .pop();
  if (heading) {
    const level = Number(heading.tagName.slice(1));
    push(blocks, inlineText(heading), heading, { role: 'section-heading', headingLevel: level });
  } else {
    // Links without their heading (other layouts): the list still reads as the Bilag section.
    push(blocks, 'Bilag', links[0]!.closest('ul, ol') ?? links[0]!, { role: 'section-heading' });
  }
  for (const link of links) {
    const text = inlineText(link);
    if (text === '') continue;
    const href = link.getAttribute('href');
    push(blocks, text, link, href !== null && href !== '' ? { role: 'attachment', href } : { role: 'attachment' });
  }
}

function itemBlocks(row: Element, blocks: TextBlock[]): void {
  const number = numberOf(row);
  const title = row.querySelector(S.itemTitle) ?? row.querySelector(S.itemTitleAnywhere);
  const numberText = number ? inlineText(number) : '';
  const titleText = title ? inlineText(title) : '';
  if (numberText === '' && titleText === '') return;
  if (number && numberText !== '') push(blocks, numberText, number, { role: 'item-number' });
  if (title && titleText !== '') push(blocks, titleText, title, { role: 'item-title' });
  const caseNumber = row.querySelector(S.caseNumber);
  if (caseNumber) {
    const text = inlineText(caseNumber);
    if (text !== '') push(blocks, text, caseNumber, { role: 'case-number' });
  }
  const content = contentOf(row);
  if (content) contentBlocks(content, blocks);
  attachmentBlocks(row, content, blocks);
}

/** The page as parser blocks with markup hints; `ref` is the element each block came from. */
export function firstAgendaBlocks(doc: Document): TextBlock[] {
  const blocks: TextBlock[] = [];
  headerBlocks(doc, blocks);
  for (const row of Array.from(doc.querySelectorAll(S.itemRow))) itemBlocks(row, blocks);
  return blocks;
}
