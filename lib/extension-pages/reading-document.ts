/**
 * The reading view of a PDF as plain DOM: one element per text block (headings as headings),
 * the meeting's header and each item in their own element, and a "Side N" marker where a PDF
 * page begins, linking to that page of the original. Every block's `ref` becomes its element,
 * so the page features (decisions, case numbers, bookmarks…) annotate it as they do a page.
 * Text goes in as text only: a PDF is as untrusted as a page.
 */
import type { Meeting, TextBlock } from '../model.ts';
import { t } from '../i18n/index.ts';
import { safeLink } from '../net/safe-link.ts';

export interface ReadingBlock extends TextBlock {
  /** The PDF page the block is on (1-based). */
  page: number;
}

/** `href#page=N` opens the original at that page in the browser's PDF viewer. */
export function pageLink(pdfHref: string, page: number): string {
  return `${pdfHref.split('#')[0]}#page=${page}`;
}

/**
 * Fill `container` with the document and return the blocks with their elements as `ref`.
 * `meeting` is the parse of these same blocks (for where each item begins and ends).
 */
export function renderReadingDocument(container: Element, blocks: readonly ReadingBlock[], meeting: Meeting, pdfHref: string | null): TextBlock[] {
  const doc = container.ownerDocument;
  const itemAt = new Map<number, number>(); // first block → item number
  const itemEnd = new Set<number>(); // last blocks of items
  for (const item of meeting.items) {
    itemAt.set(item.span.firstBlock, item.number);
    itemEnd.add(item.span.lastBlock);
  }
  const header = doc.createElement('header');
  header.className = 'pdf-meeting-header';
  container.append(header);
  let parent: Element = header;
  let page = 0;
  const out: TextBlock[] = [];
  blocks.forEach((block, index) => {
    const number = itemAt.get(index);
    if (number !== undefined) {
      const article = doc.createElement('article');
      article.className = 'pdf-item';
      article.id = `punkt-${number}`;
      container.append(article);
      parent = article;
    }
    if (block.page !== page) {
      page = block.page;
      parent.append(pageMarker(doc, page, pdfHref));
    }
    const level = block.hint?.headingLevel;
    const el = doc.createElement(level !== undefined ? `h${Math.min(6, Math.max(2, level + 1))}` : 'p');
    el.textContent = block.text;
    el.setAttribute('data-pdf-page', String(block.page));
    parent.append(el);
    out.push({ ...block, ref: el });
    if (itemEnd.has(index)) {
      const after = doc.createElement('div');
      after.className = 'pdf-after-items';
      container.append(after);
      parent = after;
    }
  });
  return out;
}

function pageMarker(doc: Document, page: number, pdfHref: string | null): Element {
  const marker = doc.createElement('div');
  marker.className = 'pdf-page';
  marker.setAttribute('aria-hidden', 'false');
  const origin = doc.defaultView?.location.origin;
  const href = safeLink(pdfHref, origin && origin !== 'null' ? `${origin}/` : undefined);
  if (href !== null) {
    const a = doc.createElement('a');
    a.href = pageLink(href, page);
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = t('reader_pageLink', String(page));
    marker.append(a);
  } else {
    marker.textContent = t('reader_pageLink', String(page));
  }
  return marker;
}
