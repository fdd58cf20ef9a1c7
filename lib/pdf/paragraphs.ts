/**
 * Layout stage 3: lines → blocks, one block per paragraph, list item or table row, in reading
 * order. The parser reads a block as a paragraph and each line of it as a line, so:
 * - a line that was wrapped by the layout (the next word did not fit) is joined with a space,
 *   giving the paragraph back as it was written;
 * - a line broken on purpose (the next word would have fitted) keeps its line break;
 * - a paragraph that a page break cut in two is joined again.
 * Only geometry is used: gaps against the document's own line spacing, font sizes, indents and
 * the right edge of the text column. No word of any template is known here.
 */
import type { TextBlock } from '../model.ts';
import { lineText } from './lines.ts';
import type { Line, PdfBlockRef } from './types.ts';

/** A gap above this many line spacings starts a new paragraph. */
const PARAGRAPH_GAP = 1.25;
/** Without a measured line spacing: a gap above this many font sizes. */
const FALLBACK_PARAGRAPH_GAP = 1.45;
/** Font sizes closer than this (relative) are the same style of text. */
const SIZE_TOLERANCE = 0.05;
/** Left edges within this many ems are aligned. */
const ALIGN = 1;
/** A first-line indent is at most this many ems. */
const MAX_FIRST_LINE_INDENT = 4;
/** Points within which a line hangs exactly under a run of the line above. */
const HANGING_ALIGN = 2;
/** A list item's text hangs at most this many ems right of its marker. */
const MAX_HANGING_INDENT = 3;
/** See wrapped(): how far (ems) a word may seem to fit and still have been wrapped. */
const WRAP_TOLERANCE = 0.6;
/** Width of a space, in ems (Helvetica 0.278, Times 0.25). */
const SPACE = 0.25;
/** Lines that must reach the column's right edge before it counts as measured. */
const SUPPORT = 3;
/** Larger than the body text by this factor: a heading. */
const HEADING_SIZE = 1.15;

/** A line that opens with a list marker inside its own text ("- Tekst", "1) Tekst"). */
const INLINE_MARKER = /^(?:[•·▪◦‣∙●○■□►–—-]|\d{1,3}[.)]|[a-zA-Z][.)])\s+\S/;
const SENTENCE_END = /[.!?:]["”»')]?$/;
const SENTENCE_START = /^["“«(]?[A-ZÆØÅÉ0-9]/;

const sizeKey = (size: number): number => Math.round(size * 2) / 2;
const isRow = (line: Line): boolean => line.cells.length > 1;

interface Metrics {
  /** Right edge of the text column: a line reaching it was wrapped by the layout. */
  right: number;
  /** Line spacing (baseline to baseline) inside paragraphs, per font size. */
  leading: Map<number, number>;
  /** Heading level per font size larger than the body text. */
  headingLevel: Map<number, number>;
}

/**
 * The right edge of the column: the rightmost edge that several lines reach (a single line
 * sticking out, an unbreakable URL, must not move it). With too few lines to tell, the column
 * is taken to be as far from the right edge of the page as from the left.
 */
function columnRight(pages: readonly PageColumn[]): number {
  const lines = pages.flatMap((p) => p.lines.filter((l) => !isRow(l)));
  const rights = lines.map((l) => ({ right: l.right, em: l.fontSize })).sort((a, b) => b.right - a.right);
  for (let i = 0; i + SUPPORT - 1 < rights.length; i++) {
    if (rights[i]!.right - rights[i + SUPPORT - 1]!.right <= rights[i]!.em) return rights[i]!.right;
  }
  const mirrored = Math.max(0, ...pages.filter((p) => p.lines.length > 0).map((p) => p.width - Math.min(...p.lines.map((l) => l.x))));
  return Math.max(mirrored, rights[0]?.right ?? 0);
}

/** The smallest baseline step that recurs between same-size lines: the spacing inside paragraphs. */
function leadings(pages: readonly Line[][]): Map<number, number> {
  const steps = new Map<number, Map<number, number>>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]!;
      const b = lines[i]!;
      if (!sameSize(a, b)) continue;
      const step = Math.round((b.y - a.y) * 4) / 4;
      if (step < 0.8 * a.fontSize || step > 3 * a.fontSize) continue;
      const key = sizeKey(a.fontSize);
      const counts = steps.get(key) ?? new Map<number, number>();
      counts.set(step, (counts.get(step) ?? 0) + 1);
      steps.set(key, counts);
    }
  }
  const out = new Map<number, number>();
  for (const [key, counts] of steps) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const recurring = [...counts.entries()].filter(([, n]) => n >= Math.max(2, total * 0.05)).map(([s]) => s);
    out.set(key, recurring.length > 0 ? Math.min(...recurring) : Math.min(...counts.keys()));
  }
  return out;
}

function headingLevels(lines: readonly Line[]): Map<number, number> {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(sizeKey(l.fontSize), (chars.get(sizeKey(l.fontSize)) ?? 0) + lineText(l).length);
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const larger = [...chars.keys()].filter((s) => s >= body * HEADING_SIZE).sort((a, b) => b - a);
  return new Map(larger.map((s, i) => [s, Math.min(6, i + 1)]));
}

/** The lines of one page (top to bottom) and the page's width. */
export interface PageColumn {
  width: number;
  lines: Line[];
}

export function measure(pages: readonly PageColumn[]): Metrics {
  const all = pages.flatMap((p) => p.lines);
  return { right: columnRight(pages), leading: leadings(pages.map((p) => p.lines)), headingLevel: headingLevels(all) };
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.fontSize - b.fontSize) <= SIZE_TOLERANCE * Math.max(a.fontSize, b.fontSize);
}

/**
 * The line was wrapped by the layout: the next line's first word would not have fitted after it.
 * Widths are estimates (the first word's is shared out of its run; a PDF without font widths
 * leaves pdf.js to its own metrics, a few points off per line), so a word that would have
 * overshot the column by less than WRAP_TOLERANCE still counts as not fitting. A line broken on
 * purpose almost always ends well short of the column.
 */
function wrapped(prev: Line, next: Line, metrics: Metrics): boolean {
  return prev.right + SPACE * prev.fontSize + next.firstWordWidth > metrics.right - WRAP_TOLERANCE * prev.fontSize;
}

/** One word filling the whole line: the layout had to break it inside the word (a long URL). */
function brokenWord(prev: Line, metrics: Metrics): boolean {
  const text = prev.cells[prev.cells.length - 1]!.slice(prev.marker === null ? 0 : prev.marker.length + 1);
  return !/\s/.test(text) && metrics.right - prev.right < prev.fontSize;
}

interface Draft {
  lines: Line[];
  /** Cells (one for a paragraph); a wrapped last cell of a row grows in place. */
  cells: string[];
  row: boolean;
}

function aligned(draft: Draft, cur: Line): boolean {
  const first = draft.lines[0]!;
  const tolerance = ALIGN * cur.fontSize;
  // A list item's lines hang under its text, not under its marker.
  if (first.marker !== null) return Math.abs(cur.x - first.textX) <= tolerance;
  // A marker run together with its text ("1. at …" as one run): the hanging indent is unknown but short.
  if (draft.lines.length === 1 && INLINE_MARKER.test(first.cells[0]!)) {
    return cur.x >= first.x - tolerance && cur.x <= first.x + MAX_HANGING_INDENT * cur.fontSize;
  }
  if (draft.lines.length >= 2) return Math.abs(cur.x - draft.lines[1]!.x) <= tolerance;
  // Hanging under a part of the first line drawn apart: a label and its value ("Mødested  Rådhuset").
  if (first.runStarts.some((x) => Math.abs(cur.x - x) <= HANGING_ALIGN)) return true;
  // The second line may stand left of an indented first line, never right of it.
  return cur.x <= first.x + tolerance && cur.x >= first.x - MAX_FIRST_LINE_INDENT * cur.fontSize;
}

function paragraphGap(size: number, metrics: Metrics): number {
  const leading = metrics.leading.get(sizeKey(size));
  return leading === undefined ? FALLBACK_PARAGRAPH_GAP * size : PARAGRAPH_GAP * leading;
}

/** Whether `cur` continues the draft block whose last line is `prev`. */
function continues(draft: Draft, prev: Line, cur: Line, metrics: Metrics): boolean {
  if (!sameSize(prev, cur) || isRow(cur) || cur.marker !== null) return false;
  if (draft.row) {
    // A table row's last cell may wrap onto lines of its own, under that cell.
    const cellX = prev === draft.lines[0] ? prev.cellX[prev.cellX.length - 1]! : draft.lines[draft.lines.length - 1]!.x;
    const step = cur.y - prev.y;
    return cur.page === prev.page && step > 0 && step <= paragraphGap(cur.fontSize, metrics) && Math.abs(cur.x - cellX) <= HANGING_ALIGN;
  }
  if (cur.page !== prev.page) {
    // Across a page break only a wrapped line continues, and not where a sentence ended exactly there.
    if (cur.page !== prev.page + 1 || !wrapped(prev, cur, metrics)) return false;
    if (SENTENCE_END.test(prev.cells[0]!) && SENTENCE_START.test(cur.cells[0]!)) return false;
    return aligned(draft, cur);
  }
  const step = cur.y - prev.y;
  if (step <= 0 || step > paragraphGap(cur.fontSize, metrics)) return false;
  if (!aligned(draft, cur)) return false;
  if (INLINE_MARKER.test(cur.cells[0]!)) {
    // A list item whose marker is run into its text: a new item where the block above is an item
    // starting at the same place, or where the line above was not full.
    const first = draft.lines[0]!;
    const sibling = (first.marker !== null || INLINE_MARKER.test(first.cells[0]!)) && Math.abs(cur.x - first.x) <= ALIGN * cur.fontSize;
    if (sibling || !wrapped(prev, cur, metrics)) return false;
  }
  return true;
}

function append(draft: Draft, prev: Line, cur: Line, metrics: Metrics): void {
  const joint = !wrapped(prev, cur, metrics) ? '\n' : brokenWord(prev, metrics) ? '' : ' ';
  const last = draft.cells.length - 1;
  draft.cells[last] = `${draft.cells[last]!}${joint}${cur.cells[0]!}`;
  draft.lines.push(cur);
}

function toBlock(draft: Draft, metrics: Metrics): TextBlock {
  const first = draft.lines[0]!;
  const last = draft.lines[draft.lines.length - 1]!;
  const ref: PdfBlockRef = { kind: 'pdf', page: first.page, endPage: last.page, top: Math.round(first.y * 10) / 10 };
  const level = draft.row ? undefined : metrics.headingLevel.get(sizeKey(first.fontSize));
  const text = draft.cells.join('\t');
  return level === undefined ? { text, ref } : { text, hint: { headingLevel: level }, ref };
}

/** Lines of every page (furniture removed, top to bottom) → blocks in reading order. */
export function linesToBlocks(pages: readonly PageColumn[]): TextBlock[] {
  const metrics = measure(pages);
  const blocks: TextBlock[] = [];
  let draft: Draft | null = null;
  for (const cur of pages.flatMap((p) => p.lines)) {
    const prev: Line | undefined = draft?.lines[draft.lines.length - 1];
    if (draft && prev && continues(draft, prev, cur, metrics)) {
      append(draft, prev, cur, metrics);
      continue;
    }
    if (draft) blocks.push(toBlock(draft, metrics));
    draft = { lines: [cur], cells: [...cur.cells], row: isRow(cur) };
  }
  if (draft) blocks.push(toBlock(draft, metrics));
  return blocks;
}
