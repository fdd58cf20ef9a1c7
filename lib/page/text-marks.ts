/**
 * Wrapping found strings in text nodes: ranges of one text node, left to right, each wrapped
 * through the journal (so the page's text node keeps its text when taken back).
 */
import type { DomJournal } from './dom-journal.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** Wrap non-overlapping `ranges` of `text` (sorted here), each in the element `make` gives. */
export function wrapRanges<R extends TextRange>(text: Text, ranges: R[], journal: DomJournal, make: (range: R) => Element): Element[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Element[] = [];
  let node: Text = text;
  let offset = 0; // where `node` starts in the original text
  let lastEnd = 0;
  for (const range of sorted) {
    if (range.start < lastEnd || range.end <= range.start) continue; // overlaps an earlier one
    const wrapper = make(range);
    journal.wrapText(node, range.start - offset, range.end - offset, wrapper);
    out.push(wrapper);
    lastEnd = range.end;
    const rest = wrapper.nextSibling;
    if (rest === null || rest.nodeType !== 3) break; // the wrapped part ran to the end
    node = rest as Text;
    offset = range.end;
  }
  return out;
}
