/**
 * Reading a DOM as paragraphs, the way a reader sees it: block elements start new
 * paragraphs, <br> breaks a line, inline elements run on. Uses only textContent and the
 * tree (no layout), so it behaves the same in Chromium and in happy-dom.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);

/** Never text a reader sees. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);

const HEADING = /^H([1-6])$/;

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function headingLevel(el: Element): number | undefined {
  const m = HEADING.exec(el.tagName.toUpperCase());
  return m ? Number(m[1]) : undefined;
}

/** Text of an element with <br> and inner block boundaries as line breaks. */
export function blockText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (isSkipped(child)) return;
    if (child.tagName.toUpperCase() === 'BR') {
      parts.push('\n');
      return;
    }
    const block = isBlock(child);
    if (block) parts.push('\n');
    child.childNodes.forEach(visit);
    if (block) parts.push('\n');
  };
  el.childNodes.forEach(visit);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export interface Paragraph {
  text: string;
  /** The element the paragraph came from (for inline runs: their nearest block parent). */
  element: Element;
  headingLevel?: number;
}

/**
 * Paragraphs of a subtree in document order. `special` may claim an element (return true)
 * after emitting its own blocks; claimed elements are not descended into.
 */
export function paragraphs(root: Element, emit: (p: Paragraph) => void, special?: (el: Element) => boolean): void {
  let run: string[] = [];
  let runParent: Element = root;
  const flush = (): void => {
    const text = run.join('').replace(/[\s\u00A0]+/g, ' ').trim();
    if (text !== '') emit({ text, element: runParent });
    run = [];
  };
  const visit = (node: Node, parent: Element): void => {
    if (node.nodeType === 3) {
      if (run.length === 0) runParent = parent;
      run.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    if (special?.(el)) {
      return;
    }
    if (el.tagName.toUpperCase() === 'BR') {
      flush();
      return;
    }
    if (!isBlock(el)) {
      el.childNodes.forEach((child) => visit(child, parent));
      return;
    }
    flush();
    const level = headingLevel(el);
    if (level !== undefined) {
      const text = blockText(el).replace(/\n/g, ' ');
      if (text !== '') emit({ text, element: el, headingLevel: level });
      return;
    }
    if (el.tagName.toUpperCase() === 'TR') {
      // A table row reads as one line: its cells side by side.
      const cells = Array.from(el.children).filter((c) => !isSkipped(c)).map((c) => blockText(c).replace(/\n/g, ' ')).filter((t) => t !== '');
      if (cells.length > 0) emit({ text: cells.join(' '), element: el });
      return;
    }
    el.childNodes.forEach((child) => visit(child, el));
    flush();
  };
  root.childNodes.forEach((child) => visit(child, root));
  flush();
}
