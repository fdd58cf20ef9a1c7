/**
 * Stage 1: normalise. Blocks (or plain text) become lines of clean text, each remembering its
 * block, its hint and whether it starts a paragraph (a new block, or a blank line inside one).
 *
 * This stage touches every character, so it is built around fast searches of the whole text
 * (`indexOf`, one regular expression per kind of character) rather than tests of every line:
 * most lines need only trimming, and the few that need more are found in one pass.
 */
import type { BlockHint, TextBlock } from '../model.ts';
import { isDigit, isSpace } from './chars.ts';
import { normalizeText } from './clean.ts';
import { LineTable } from './lines.ts';

export interface Line {
  text: string;
  /** Index of the block the line came from. */
  block: number;
  hint: BlockHint | undefined;
  /** The line starts a paragraph: first line of a block, or after a blank line. */
  paragraphStart: boolean;
  /** The text had a tab or a run of dots before a trailing page number (table of contents). */
  tocLike: boolean;
}

export { normalizeText } from './clean.ts';

/** Characters (from U+0300 up) that normalizeText acts on: combining marks, odd spaces, invisible characters. */
function isOddHigh(c: number): boolean {
  return c <= 0x36f || (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/**
 * The characters of isOddHigh, as one class: searched for directly, not found among every dash
 * and quote of U+0300 up and then tested (a third less time on minutes).
 */
const ODD_HIGH_CHAR = /[\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;
const DOUBLE_SPACE = / {2}/g;

/** The kinds of character OddFinder looks for, each with its own search. */
const TAB = 0;
const NO_BREAK_SPACE = 1;
const SOFT_HYPHEN = 2;
const DOUBLE = 3;
const ODD_HIGH = 4;

/** What a line needs besides trimming (OddFinder.within). */
const CLEAN = 0;
const SPACES_ONLY = 1;
const OTHER = 2;

/**
 * Where in the source cleaning a line takes more than trimming it: a tab, a no-break space, a
 * soft hyphen, a double space, or one of the characters of isOddHigh. Each kind is searched for
 * on its own (a single-character indexOf is far faster than a character class), lazily, so the
 * whole scan is one pass over the source.
 */
class OddFinder {
  private readonly source: string;
  /** Per kind, the next place found (source.length: none left); `first` is the least of them. */
  private readonly next = [-1, -1, -1, -1, -1]; // by kind: TAB … ODD_HIGH
  private first = -1;

  constructor(source: string) {
    this.source = source;
  }

  /**
   * What source[start, end) holds that needs cleaning: nothing, only tabs, no-break spaces and
   * double spaces (SPACES_ONLY), or other characters (OTHER). Starts only increase.
   */
  within(start: number, end: number): number {
    if (this.first < start) {
      const next = this.next;
      let first = this.source.length;
      for (let k = 0; k < next.length; k++) {
        if (next[k]! < start) next[k] = this.find(k, start);
        if (next[k]! < first) first = next[k]!;
      }
      this.first = first;
    }
    if (this.first >= end) return CLEAN;
    // Combining marks, invisible characters and odd spaces from U+2000 up are all ODD_HIGH.
    return this.next[SOFT_HYPHEN]! < end || this.next[ODD_HIGH]! < end ? OTHER : SPACES_ONLY;
  }

  private find(kind: number, from: number): number {
    const s = this.source;
    let at: number;
    switch (kind) {
      case TAB:
        at = s.indexOf('\t', from);
        break;
      case NO_BREAK_SPACE:
        at = s.indexOf('\u00A0', from);
        break;
      case SOFT_HYPHEN:
        at = s.indexOf('\u00AD', from);
        break;
      case DOUBLE:
        // Faster than indexOf('  '), which stops at every single space.
        DOUBLE_SPACE.lastIndex = from;
        at = DOUBLE_SPACE.exec(s)?.index ?? -1;
        break;
      default: // ODD_HIGH
        ODD_HIGH_CHAR.lastIndex = from;
        at = ODD_HIGH_CHAR.exec(s)?.index ?? -1;
    }
    return at < 0 ? s.length : at;
  }
}

/**
 * "Title.....\t12", "Title\t 12": a tab, or a run of three dots, then white space and a page
 * number of one to four digits ending the (end-trimmed) line. Read backwards from the end, so
 * only the tail of the line is looked at (TOC_TAIL in words: /(?:\.{3,}|\t)\s*\d{1,4}$/).
 */
function hasTocTail(source: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isDigit(source.charCodeAt(i - 1))) i--;
  if (i === end || end - i > 4) return false;
  for (; i > start && isSpace(source.charCodeAt(i - 1)); i--) {
    if (source.charCodeAt(i - 1) === 9) return true;
  }
  return i - start >= 3 && source.startsWith('...', i - 3);
}

/**
 * Line breaks (\r\n, \r, \n) in a source, found with indexOf. Both searches are remembered, so a
 * text with one lone \r still takes one pass, not one search per line.
 */
class BreakFinder {
  private readonly source: string;
  private nextLf = -1;
  /** source.length: no \r (left). */
  private nextCr: number;
  /** Length of the break the last find() returned: 2 for \r\n, 0 at the end of the source. */
  length = 0;

  constructor(source: string) {
    this.source = source;
    this.nextCr = source.includes('\r') ? -1 : source.length;
  }

  /** The index of the next break at or after `from` (source.length when there is none). */
  find(from: number): number {
    const s = this.source;
    if (this.nextLf < from) {
      const lf = s.indexOf('\n', from);
      this.nextLf = lf < 0 ? s.length : lf;
    }
    if (this.nextCr < from) {
      const cr = s.indexOf('\r', from);
      this.nextCr = cr < 0 ? s.length : cr;
    }
    const at = this.nextLf < this.nextCr ? this.nextLf : this.nextCr;
    this.length = at === s.length ? 0 : at === this.nextCr && s.charCodeAt(at + 1) === 10 ? 2 : 1;
    return at;
  }
}

/** What became of a raw line. */
const BLANK = 0; // white space only
const EMPTY = 1; // nothing left once clean (invisible characters only)
const ADDED = 2;

/** Builds the line table: trims each line, cleans the few that need it, notes paragraphs. */
class LineReader {
  readonly table: LineTable;
  private readonly odd: OddFinder;
  readonly breaks: BreakFinder;

  constructor(source: string, hints: readonly (BlockHint | undefined)[]) {
    this.table = new LineTable(source, hints);
    this.odd = new OddFinder(source);
    this.breaks = new BreakFinder(source);
  }

  /**
   * Adds the raw line source[start, end) to `block` unless it is blank or empty once clean.
   * `paragraphStart`: a block or a blank line began before it.
   */
  add(start: number, end: number, block: number, paragraphStart: boolean): number {
    const s = this.table.source;
    let from = start;
    while (from < end && isSpace(s.charCodeAt(from))) from++;
    if (from === end) return BLANK;
    let to = end;
    while (isSpace(s.charCodeAt(to - 1))) to--;
    const odd = this.odd.within(start, end);
    let cleaned: string | undefined;
    if (odd === OTHER) {
      // Invisible characters may leave nothing; combining marks compose: clean now.
      cleaned = normalizeText(s.slice(start, end));
      if (cleaned === '') return EMPTY;
      if (cleaned === s.slice(from, to)) cleaned = undefined; // only trimmed after all
    }
    if (cleaned === undefined && to - from > LONGEST_PAGE_LINE_FREE && isDigit(s.charCodeAt(from))) {
      const cuts = transcriptCuts(s, from, to);
      if (cuts.length > 0) {
        // The page number is left out: the page's text starts after it.
        let at = from + PAGE_START.exec(s.slice(from, from + 5))![0].length;
        for (const [i, cut] of [...cuts, to].entries()) {
          let end = cut;
          while (end > at && isSpace(s.charCodeAt(end - 1))) end--;
          if (end > at) this.table.push(at, end, undefined, block, i === 0 && paragraphStart, false, odd === SPACES_ONLY);
          at = cut;
        }
        return ADDED;
      }
    }
    // Odd spaces alone leave the line's other characters as they are: cleaned when it is read.
    this.table.push(from, to, cleaned, block, paragraphStart, hasTocTail(s, start, to), odd === SPACES_ONLY);
    return ADDED;
  }
}

/**
 * A PDF transcript (a search index's text of a PDF) gives each page as one line that starts with
 * the page number: "3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 13/10057 … RESUMÉ …". Such a
 * line is cut back into lines where the template starts a line: after the page number, before
 * item headings, labels ("Sagsnr.:") and headings in capitals ("BESLUTNING"). A line is cut only
 * where an item heading and two labels or headings agree it is a transcribed page of items.
 */
const LONGEST_PAGE_LINE_FREE = 60;
const TRANSCRIPT_MARK =
  /(?<=\S) (?=(?:\d{1,3}\. [A-ZÆØÅ]|(?:Åben|Lukket) sag\b|(?:Sagsnr|Sags nr|J\.nr|Sagsansvarlig|Sagsbeh|Fraværende|Afbud)\.?:? |(?:RESUMÉ|RESUME|SAGSFREMSTILLING|INDSTILLING|BESLUTNING|BESLUTNINGSTEMA|ØKONOMI|BILAG|SAGSRESUMÉ|BAGGRUND)(?!\p{L})))/gu;
const PAGE_START = /^\d{1,3} (?=\S)/u;
/** An item heading right after the page number ("3 1. Godkendelse …"). */
const PAGE_HEADING = /^\d{1,3}\. [A-ZÆØÅ]/u;
const MOST_TRANSCRIPT_LINE = 20_000;

function transcriptCuts(s: string, from: number, to: number): number[] {
  if (to - from > MOST_TRANSCRIPT_LINE) return [];
  const line = s.slice(from, to);
  const page = PAGE_START.exec(line);
  if (!page) return [];
  const cuts: number[] = [];
  let labels = 0;
  let headings = PAGE_HEADING.test(line.slice(page[0].length, page[0].length + 8)) ? 1 : 0;
  TRANSCRIPT_MARK.lastIndex = 0;
  for (let m = TRANSCRIPT_MARK.exec(line); m !== null; m = TRANSCRIPT_MARK.exec(line)) {
    const at = m.index + 1;
    if (at <= page[0].length) continue;
    cuts.push(from + at);
    if (isDigit(line.charCodeAt(at))) headings++;
    else labels++;
  }
  return labels >= 2 && headings >= 1 ? cuts : [];
}

/**
 * How many copies of source[from, to) follow at `to`, back to back. Compared natively, the
 * compared stretch doubling and then halving: a run of n copies takes O(log n) comparisons.
 * The stretch compared is always a slice of the copies already found (a view of the source,
 * not a new string), so nothing the size of the run is built.
 */
function copiesAfter(source: string, from: number, to: number): number {
  const length = to - from;
  let at = to;
  let count = 0;
  let size = 1;
  // Invariant: the `count + 1` units from `from` are copies, and size <= count + 1.
  while (source.startsWith(source.slice(from, from + length * size), at)) {
    at += length * size;
    count += size;
    size *= 2;
  }
  while (size > 1) {
    size /= 2;
    if (source.startsWith(source.slice(from, from + length * size), at)) {
      at += length * size;
      count += size;
    }
  }
  return count;
}

/** The line table of plain text: blocks are paragraphs (lines between blank lines), as textToBlocks cuts them. */
export function readText(text: string): LineTable {
  const reader = new LineReader(text, []);
  const table = reader.table;
  const breaks = reader.breaks;
  let block = -1;
  let inBlock = false;
  let pendingBreak = true;
  // A line that needed no cleaning, while only blank lines followed it: where it started.
  let unitStart = -1;
  for (let start = 0; ; ) {
    // An empty line (the commonest blank line) only ends the block: skipped without a search.
    // (No line starts with \n, so no copy check is missed.)
    while (text.charCodeAt(start) === 10) {
      inBlock = false;
      start++;
    }
    // A line (with the blank lines after it) repeated word for word reads the same way each
    // time: its copies are found by one native comparison and added as copies of it. A cheap
    // test of two characters comes first, as most lines are no copy of the one before.
    const length = start - unitStart;
    if (unitStart >= 0 && text.charCodeAt(start) === text.charCodeAt(unitStart) && text.charCodeAt(start + length - 1) === text.charCodeAt(start - 1)) {
      let copies = copiesAfter(text, unitStart, start);
      // A unit that ends in a lone \r: a \n right after the last copy makes that copy's \r half
      // of a \r\n break, which is not the unit's break, so that copy is read as a line again.
      if (copies > 0 && text.charCodeAt(start - 1) === 13 && text.charCodeAt(start + copies * length) === 10) copies--;
      if (copies > 0) {
        const blockStep = inBlock ? 0 : 1; // blank lines in the unit: each copy is a paragraph of its own
        table.pushCopies(copies, length, blockStep);
        block += copies * blockStep;
        start += copies * length;
        unitStart = start - length;
      }
    }
    const at = breaks.find(start);
    const added = reader.add(start, at, inBlock ? block : block + 1, inBlock ? pendingBreak : true);
    if (added === BLANK) {
      inBlock = false; // a blank line ends the block
    } else {
      if (!inBlock) block++;
      inBlock = true;
      pendingBreak = added !== ADDED;
      unitStart = added === ADDED && table.isPlain(table.length - 1) ? start : -1;
    }
    if (breaks.length === 0) break;
    start = at + breaks.length;
  }
  return table;
}

/** The line table of blocks: each block is a paragraph; its lines are its wrapped lines. */
export function readBlocks(blocks: readonly TextBlock[]): LineTable {
  const texts = blocks.map((b) => (typeof b.text === 'string' ? b.text : ''));
  const reader = new LineReader(texts.join('\n'), blocks.map((b) => b.hint));
  const s = reader.table.source;
  let offset = 0;
  texts.forEach((raw, index) => {
    const blockEnd = offset + raw.length;
    let pendingBreak = true;
    for (let start = offset; ; ) {
      const at = Math.min(reader.breaks.find(start), blockEnd);
      const added: boolean = reader.add(start, at, index, pendingBreak) === ADDED;
      // An empty heading from markup still ends the section before it (FirstAgenda has them).
      if (!added && at === blockEnd && start === offset && blocks[index]!.hint?.role === 'section-heading') {
        reader.table.push(start, start, undefined, index, true, false);
      }
      pendingBreak = !added;
      if (at >= blockEnd) break;
      start = at + (s.charCodeAt(at) === 13 && s.charCodeAt(at + 1) === 10 && at + 1 < blockEnd ? 2 : 1);
    }
    offset = blockEnd + 1;
  });
  return reader.table;
}

/** Blocks → lines as objects (the stage on its own; the parser keeps them in a LineTable). */
export function normalize(blocks: readonly TextBlock[]): Line[] {
  const table = readBlocks(blocks);
  const lines: Line[] = [];
  for (let i = 0; i < table.length; i++) {
    lines.push({ text: table.text(i), block: table.block(i), hint: table.hint(i), paragraphStart: table.paragraphStart(i), tocLike: table.tocLike(i) });
  }
  return lines;
}
