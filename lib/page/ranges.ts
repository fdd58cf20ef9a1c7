/**
 * Finding page nodes to annotate: the smallest run of siblings that holds some elements, and
 * the text nodes under elements. Markup whose children may not be wrapped (table rows and
 * cells, list items) is never wrapped: the caller marks the elements instead.
 */
import { isSkipped } from '../systems/dom-text.ts';
import { ATTR } from './attributes.ts';

/** Children of these may not be wrapped in a <div> without breaking the page's markup. */
const NO_WRAP_PARENTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'COLGROUP']);

/** The child of `ancestor` that contains `node` (or is it). */
function childOf(ancestor: Node, node: Node): Node | null {
  let at: Node | null = node;
  while (at !== null && at.parentNode !== ancestor) at = at.parentNode;
  return at;
}

export function commonAncestor(a: Node, b: Node): Node | null {
  let at: Node | null = a.parentNode;
  while (at !== null && !at.contains(b)) at = at.parentNode;
  return at;
}

/** The run of siblings from the one holding `first` to the one holding `last`, or null when it may not be wrapped. */
export function siblingRun(first: Element, last: Element): { first: Node; last: Node } | null {
  const parent = first === last ? first.parentNode : commonAncestor(first, last);
  if (parent === null || parent.nodeType !== 1) return null;
  if (NO_WRAP_PARENTS.has((parent as Element).tagName.toUpperCase())) return null;
  const from = childOf(parent, first);
  const to = childOf(parent, last);
  if (from === null || to === null) return null;
  return { first: from, last: to };
}

/** Ours: never annotated again, never read as page text. */
export function isOurs(el: Element): boolean {
  return el.tagName.toLowerCase() === 'sagsspor-root' || el.hasAttribute(ATTR.case) || el.hasAttribute(ATTR.ref);
}

/**
 * The text nodes under `elements`, each once, in document order, except those in our own
 * elements, in scripts and hidden markup, and (when `skipLinks`) inside links and buttons.
 */
export function textNodesUnder(elements: readonly Element[], skipLinks = false): Text[] {
  const seen = new Set<Node>();
  const out: Text[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!seen.has(child) && (child as Text).data.trim() !== '') {
          seen.add(child);
          out.push(child as Text);
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isOurs(el) || isSkipped(el)) continue;
        if (skipLinks && (el.tagName === 'A' || el.tagName === 'BUTTON')) continue;
        visit(el);
      }
    }
  };
  for (const el of elements) {
    if (el.closest(`sagsspor-root, a[${ATTR.ref}]`) !== null) continue;
    if (skipLinks && el.closest('a, button') !== null) continue;
    visit(el);
  }
  return out;
}
