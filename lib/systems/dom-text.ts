/**
 * Reading a DOM as a reader sees it, without layout: block elements (div, p, li, h1–h6, tr, …)
 * start new paragraphs, <br> ends a line, inline elements run on, whitespace collapses and
 * NBSP is a space. Uses only the tree and text nodes (no innerText, no innerHTML), so it gives
 * the same result in Chromium's content script and under happy-dom in Node.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/** Never text a reader sees. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'SELECT', 'OPTION', 'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const HEADING = /^H([1-6])$/;
const SPACE_RUN = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function tag(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Whitespace runs (incl. NBSP and other space characters) to one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/**
 * A button is page furniture ("Luk", "Hent som PDF") unless it is an accordion toggle or
 * holds a heading: then its text is the content (FirstAgenda's item titles, fold-out items).
 */
function isChromeButton(el: Element): boolean {
  if (el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls')) return false;
  if (el.querySelector('h1, h2, h3, h4, h5, h6') !== null) return false;
  return el.closest('h1, h2, h3, h4, h5, h6') === null;
}

/**
 * Elements whose text is not read: scripts, form controls, hidden elements, chrome buttons.
 * An inline `display: none` is read all the same: sites fold items in and out that way
 * (jQuery's slideUp), and a folded-in decision is still the minutes' text.
 */
export function isSkipped(el: Element): boolean {
  const name = tag(el);
  if (NEVER_TEXT.has(name)) return true;
  if (name === 'BUTTON' && isChromeButton(el)) return true;
  const hidden = el.getAttribute('hidden');
  if ((hidden !== null && hidden !== 'until-found') || el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(tag(el));
}

export function headingLevel(el: Element): number | undefined {
  const m = HEADING.exec(tag(el));
  return m ? Number(m[1]) : undefined;
}

export interface Paragraph {
  /** Whitespace-normalised text; '' only for an empty heading. */
  text: string;
  /** The element the paragraph came from (for a run of inline text: its nearest block parent). */
  element: Element;
  headingLevel?: number;
}

export interface WalkOptions {
  /** Extra elements not to read (page chrome), besides those of `isSkipped`. */
  skip?: (el: Element) => boolean;
  /**
   * Elements the caller reads itself: return a function to run in their place. The walker ends
   * the paragraph before the element, runs the function, and does not descend into it.
   */
  claim?: (el: Element) => (() => void) | undefined;
  /** Report headings with no text (FirstAgenda has empty <h3>s that still end a section). */
  emptyHeadings?: boolean;
  /** How a table row is read; default `tableRowParagraphs`. */
  row?: (tr: Element, emit: (p: Paragraph) => void, walk: (el: Element) => void) => void;
}

/** Lines a short label before a <br> is kept with ("Mødedato:<br>22.04.2021" is one field). */
const LABEL_BEFORE_BREAK = /^[^:]{1,40}:$/;

/**
 * Paragraphs of a subtree in document order: one per block element's own text, per heading,
 * per table row, and per line between <br>s. The root's own tag does not count.
 */
export function paragraphs(root: Element, emit: (p: Paragraph) => void, options: WalkOptions = {}): void {
  let run = '';
  let runParent: Element = root;
  /** A label line ended by <br>, waiting for its value line. */
  let pendingLabel: string | null = null;

  const flush = (): void => {
    const text = normalizeSpace(run);
    run = '';
    if (pendingLabel !== null) {
      const label = pendingLabel;
      pendingLabel = null;
      emit({ text: text === '' ? label : `${label}\n${text}`, element: runParent });
      return;
    }
    if (text !== '') emit({ text, element: runParent });
  };

  const lineBreak = (): void => {
    const text = normalizeSpace(run);
    if (pendingLabel === null && LABEL_BEFORE_BREAK.test(text)) {
      pendingLabel = text;
      run = '';
      return;
    }
    flush();
  };

  const visit = (node: Node, parent: Element): void => {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      if (run.trim() === '') runParent = parent;
      run += node.nodeValue ?? '';
      return;
    }
    if (type !== ELEMENT_NODE) return;
    const el = node as Element;
    if (isSkipped(el) || options.skip?.(el)) return;
    const claimed = options.claim?.(el);
    if (claimed) {
      flush();
      claimed();
      return;
    }
    const name = tag(el);
    if (name === 'BR') {
      lineBreak();
      return;
    }
    if (!isBlock(el)) {
      el.childNodes.forEach((child) => visit(child, parent));
      return;
    }
    flush();
    const level = headingLevel(el);
    if (level !== undefined) {
      const text = inlineText(el);
      if (text !== '' || options.emptyHeadings) emit({ text, element: el, headingLevel: level });
      return;
    }
    if (name === 'TR') {
      (options.row ?? tableRowParagraphs)(el, emit, (cell) => walkChildren(cell));
      return;
    }
    walkChildren(el);
    flush();
  };

  const walkChildren = (el: Element): void => {
    el.childNodes.forEach((child) => visit(child, el));
    flush();
  };

  root.childNodes.forEach((child) => visit(child, root));
  flush();
}

/** The lines of an element: its paragraphs' texts (a <br>-joined label and value stay one line apart). */
export function blockLines(el: Element): string[] {
  const lines: string[] = [];
  paragraphs(el, (p) => {
    if (p.text !== '') lines.push(...p.text.split('\n'));
  });
  return lines;
}

/** Text of an element with block boundaries and <br> as '\n'. */
export function blockText(el: Element): string {
  return blockLines(el).join('\n');
}

/** Text of an element on one line (block boundaries become spaces). */
export function inlineText(el: Element): string {
  return blockLines(el).join(' ');
}

function rowCells(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => (tag(c) === 'TD' || tag(c) === 'TH') && !isSkipped(c));
}

const LABEL_CELL = /^[^:]{1,40}:$/;

/**
 * A table row as a reader takes it in. A data row (every cell one line) is one paragraph, its
 * cells joined by a space ("Mødedato: 22.04.2021", "1. Spørgetid for borgerne"); a row of
 * several label/value pairs ("Udvalg:" | X | "Dato:" | Y) gives one paragraph per pair. A
 * layout row (a cell with several paragraphs, or a table inside) is read cell by cell.
 */
export function tableRowParagraphs(tr: Element, emit: (p: Paragraph) => void, walk: (cell: Element) => void): void {
  const cells = rowCells(tr);
  const layout = cells.some((c) => c.querySelector('table') !== null || blockLines(c).length > 1);
  if (layout) {
    cells.forEach(walk);
    return;
  }
  const texts = cells.map((c) => blockLines(c)[0] ?? '');
  const pairs = texts.length >= 4 && texts.length % 2 === 0 && texts.every((t, i) => i % 2 === 1 || LABEL_CELL.test(t));
  if (pairs) {
    for (let i = 0; i < texts.length; i += 2) {
      const text = normalizeSpace(`${texts[i]} ${texts[i + 1]}`);
      if (text !== '') emit({ text, element: cells[i + 1]! });
    }
    return;
  }
  const text = texts.filter((t) => t !== '').join(' ');
  if (text !== '') emit({ text, element: tr });
}
