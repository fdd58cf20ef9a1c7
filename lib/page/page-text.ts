/**
 * The page text that bookmark anchors point into: the blocks as read, joined with newlines.
 * An anchor quotes an item's decision (or title) with context, so a bookmark finds its item
 * again when numbering or the URL changed (./text-anchor.ts, after Hypothesis).
 */
import type { Item } from '../model.ts';
import { locateAnchor, makeAnchor } from './text-anchor.ts';
import type { TextAnchor } from '../messages/parts.ts';
import type { PageMeeting } from './read-page.ts';

export interface PageText {
  text: string;
  /** Where each block starts in `text`. */
  starts: number[];
}

export function pageText(page: Pick<PageMeeting, 'blocks'>): PageText {
  const starts: number[] = [];
  let at = 0;
  for (const block of page.blocks) {
    starts.push(at);
    at += block.text.length + 1;
  }
  return { text: page.blocks.map((b) => b.text).join('\n'), starts };
}

function blockAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The anchor of an item: its decision's first block when it has one, else its title. */
export function anchorForItem(text: PageText, page: Pick<PageMeeting, 'blocks'>, item: Item): TextAnchor {
  const span = item.decisionSpan;
  // The decision span starts at its heading; quote the first block after it.
  const index = span ? Math.min(span.firstBlock + 1, span.lastBlock) : item.span.firstBlock;
  const start = text.starts[index] ?? 0;
  const block = page.blocks[index];
  const end = start + Math.min(block?.text.length ?? 0, 200);
  return makeAnchor(text.text, start, end);
}

/** The item an anchor points into now, or null when the page no longer has its text. */
export function itemOfAnchor(text: PageText, page: Pick<PageMeeting, 'items'>, anchor: TextAnchor): Item | null {
  const found = locateAnchor(text.text, anchor);
  if (found === null) return null;
  const block = blockAt(text.starts, found.start);
  return page.items.find((p) => p.item.span.firstBlock <= block && block <= p.item.span.lastBlock)?.item ?? null;
}
