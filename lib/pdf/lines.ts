/**
 * Layout stage 1: runs → lines. pdf.js gives runs in content-stream order, which is not always
 * reading order (a generator may draw the right column first, or a word after its line); so the
 * runs are grouped by baseline and sorted by x here, and only positions count.
 */
import type { Line, PageText, PositionedItem } from './types.ts';

/** Runs whose baselines differ by less than this many ems share a line (sub/superscripts move ~0.33 em). */
const BASELINE_TOLERANCE = 0.4;
/** A gap wider than this many ems between runs is a space (pdf.js splits words at kerning and font changes). */
const SPACE_GAP = 0.12;
/** A gap wider than this many ems separates table cells (a text line never has one that wide). */
const CELL_GAP = 1.5;
/** A list marker followed by a gap this wide (ems) stands apart from its text: a hanging indent. */
const MARKER_GAP = 0.5;
/** A run that repeats the one before it within this many ems is a drawn-twice "fake bold". */
const DUPLICATE_SHIFT = 0.2;

/** A list marker on its own: bullets, dashes, "1." "12)" "a)". */
export const LIST_MARKER = /^(?:[•·▪◦‣∙●○■□►–—-]|\d{1,3}[.)]|[a-zA-Z][.)])$/;

function isVisible(item: PositionedItem): boolean {
  return item.str.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y) && item.fontSize > 0;
}

/** Group runs that share a baseline; each group is sorted left to right. */
function groupByBaseline(items: PositionedItem[]): PositionedItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PositionedItem[][] = [];
  let current: PositionedItem[] = [];
  let baseline = 0;
  for (const item of sorted) {
    const tolerance = BASELINE_TOLERANCE * Math.max(item.fontSize, current[0]?.fontSize ?? item.fontSize);
    if (current.length > 0 && item.y - baseline <= tolerance) {
      current.push(item);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [item];
    baseline = item.y;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => g.sort((a, b) => a.x - b.x));
}

/** The baseline of a line: that of its widest run (a superscript must not move the line). */
function mainRun(runs: readonly PositionedItem[]): PositionedItem {
  return runs.reduce((best, r) => (r.width > best.width ? r : best));
}

/**
 * Advance widths of Helvetica (Adobe's metrics, 1/1000 em) for ASCII and the Danish letters:
 * glyph widths are not in pdf.js's text content, so a run's measured width is shared out by
 * these. Other fonts differ, but the ratios between characters are close enough for that.
 */
const HELVETICA =
  '278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,' +
  '1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,' +
  '333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584';
const ASCII_WIDTHS = HELVETICA.split(',').map(Number);
const LATIN1_WIDTHS: Record<string, number> = { æ: 889, ø: 611, å: 556, Æ: 1000, Ø: 778, Å: 667, é: 556, '–': 556, '—': 1000, '”': 333, '“': 333, '’': 222, '•': 350 };

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  return (code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32] : LATIN1_WIDTHS[ch]) ?? 556;
}

function estimate(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch);
  return sum;
}

function firstWordWidth(run: PositionedItem): number {
  const text = run.str.trimStart();
  const word = /^\S+/.exec(text)?.[0] ?? '';
  const whole = estimate(text);
  return whole > 0 ? (run.width * estimate(word)) / whole : 0;
}

function buildLine(runs: PositionedItem[]): Line {
  const main = mainRun(runs);
  const size = main.fontSize;
  const cells: string[] = [];
  const cellX: number[] = [];
  const runStarts: number[] = [];
  let marker: string | null = null;
  let textX = runs[0]!.x;
  let text = '';
  let prev: PositionedItem | null = null;
  for (const run of runs) {
    const str = run.str;
    if (prev === null) {
      text = str.trimStart();
      cellX.push(run.x);
      prev = run;
      continue;
    }
    const gap = run.x - (prev.x + prev.width);
    if (run.str === prev.str && Math.abs(run.x - prev.x) < DUPLICATE_SHIFT * size) continue;
    const markerBefore = cells.length === 0 && marker === null && LIST_MARKER.test(text.trim());
    if (gap > SPACE_GAP * size) runStarts.push(run.x);
    if (gap > CELL_GAP * size || (markerBefore && gap > MARKER_GAP * size)) {
      if (markerBefore) {
        // A marker standing apart from its text: one list item, joined with one space.
        marker = text.trim();
        textX = run.x;
        text = `${marker} ${str.trimStart()}`;
      } else {
        cells.push(text.trim());
        text = str.trimStart();
        cellX.push(run.x);
      }
    } else if (gap > SPACE_GAP * size && !/\s$/.test(text) && !/^\s/.test(str)) {
      text += ` ${str}`;
    } else {
      text += str;
    }
    prev = run;
  }
  cells.push(text.trim());
  const last = runs[runs.length - 1]!;
  return {
    page: main.page,
    y: main.y,
    x: runs[0]!.x,
    textX,
    right: Math.max(...runs.map((r) => r.x + r.width)),
    fontSize: size,
    cells,
    cellX,
    runStarts,
    marker,
    firstWordWidth: firstWordWidth(marker === null ? runs[0]! : (runs[1] ?? last)),
  };
}

/** The lines of one page, top to bottom. */
export function pageLines(page: PageText): Line[] {
  return groupByBaseline(page.items.filter(isVisible)).map(buildLine);
}

/** The text of a line: cells joined by tabs, the separator the parser reads as a column break. */
export function lineText(line: Line): string {
  return line.cells.join('\t');
}
