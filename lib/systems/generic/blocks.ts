/**
 * Pages of the other publishing systems (OS2web Drupal, kk.dk eDoc, PolWeb Word-HTML,
 * FirstAgenda static exports, Roskilde/Viborg CMS pages, any other page): the main content
 * read as paragraphs, one block per block element's text, with the heading level of
 * h1–h6. The markup of these systems says little, so no roles: the parser decides from the text
 * (a <p><strong>Beslutning</strong></p> is a plain block; "Beslutning" makes it a heading).
 * Table rows are one block each (cells joined by a space), label/value pairs one block per pair.
 */
import type { TextBlock } from '../../model.ts';
import { normalizeSpace, paragraphs } from '../dom-text.ts';
import { SELECTORS as S } from './selectors.ts';

/** Where the minutes are, most specific first (body when none has text). */
const MAIN_CONTENT = [S.main, S.roleMain, S.article, S.contentId, S.regionContent];
const COOKIE = /(?:^|[\s_-])(?:cookie|consent|cybotcookiebot)/i;
/** A form this long is a page wrapper (ASP.NET pages put everything in one), not a search box. */
const WRAPPER_FORM_TEXT = 2000;

function hasText(el: Element): boolean {
  return normalizeSpace(el.textContent ?? '') !== '';
}

/** The nearest element holding every one of `els`. */
function commonAncestor(els: readonly Element[]): Element | null {
  let candidate: Element | null = els[0] ?? null;
  while (candidate && !els.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/** The element holding the page's main content: main, article(s), #content, .region-content, else body. */
export function mainContent(doc: Document): Element | null {
  for (const selector of MAIN_CONTENT) {
    const found = Array.from(doc.querySelectorAll(selector)).filter(hasText);
    if (found.length === 0) continue;
    // Several articles (a list of item teasers): the element around them all.
    if (selector === S.article && found.length > 1) return commonAncestor(found) ?? found[0]!;
    return found[0]!;
  }
  return doc.body ?? doc.documentElement;
}

function isChrome(el: Element): boolean {
  if (el.matches(S.chrome)) return true;
  const name = el.tagName.toUpperCase();
  // A header/footer is the page's banner only outside article/section/main (HTML's own rule).
  if (name === 'HEADER' || name === 'FOOTER') return el.parentElement?.closest(S.sectioning) == null;
  if (name === 'FORM') return (el.textContent ?? '').length < WRAPPER_FORM_TEXT;
  const marks = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return COOKIE.test(marks);
}

function isDocument(root: Document | Element): root is Document {
  return root.nodeType === 9;
}

/**
 * Blocks of a page of any other system: from a Document, its main content; from an Element,
 * that element. `ref` is the element each block came from.
 */
export function genericBlocks(root: Document | Element): TextBlock[] {
  const start = isDocument(root) ? mainContent(root) : root;
  if (!start) return [];
  const blocks: TextBlock[] = [];
  paragraphs(
    start,
    (p) => blocks.push(p.headingLevel !== undefined ? { text: p.text, hint: { headingLevel: p.headingLevel }, ref: p.element } : { text: p.text, ref: p.element }),
    { skip: isChrome },
  );
  return blocks;
}
