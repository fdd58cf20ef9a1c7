/**
 * Text anchors (after Hypothesis' TextQuoteSelector + TextPositionSelector): the quoted text,
 * about 32 characters of context either side, and its position in the page text. Pure
 * functions over a string, so the content script can use them without the store.
 */
import type { TextAnchor } from '../messages/parts.ts';

export const ANCHOR_CONTEXT = 32;

/** The anchor of `text.slice(start, end)`. */
export function makeAnchor(text: string, start: number, end: number, context = ANCHOR_CONTEXT): TextAnchor {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - context), s),
    suffix: text.slice(e, e + context),
    position: { start: s, end: e },
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Whitespace collapsed to single spaces, with a map from each output index to its input index. */
function collapse(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      out += ch;
      map.push(i);
      inSpace = false;
    }
  }
  map.push(text.length);
  return { text: out, map };
}

function bestMatch(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const { exact, prefix, suffix, position } = anchor;
  if (exact === '') return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const end = i + exact.length;
    const before = text.slice(Math.max(0, i - prefix.length), i);
    const after = text.slice(end, end + suffix.length);
    const context = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    // Context weighs most; the old position breaks ties (closer is better).
    const score = context * 1000 - Math.min(999, Math.abs(i - position.start) / 100);
    if (best === null || score > best.score) best = { start: i, end, score };
  }
  return best === null ? null : { start: best.start, end: best.end };
}

/**
 * Where the anchor is in `text` now: the occurrence of the quote whose context matches best
 * (the stored position breaks ties); if the quote is not there word for word, the same search
 * with whitespace collapsed (pages re-wrap text). Null when the quote is gone.
 */
export function locateAnchor(text: string, anchor: TextAnchor): { start: number; end: number } | null {
  const direct = bestMatch(text, anchor);
  if (direct) return direct;
  const t = collapse(text);
  const a: TextAnchor = {
    exact: collapse(anchor.exact).text.trim(),
    prefix: collapse(anchor.prefix).text,
    suffix: collapse(anchor.suffix).text,
    position: anchor.position,
  };
  const found = bestMatch(t.text, a);
  if (!found) return null;
  return { start: t.map[found.start]!, end: t.map[found.end - 1]! + 1 };
}
