/**
 * The lines of a document, stored column by column. A line is a span of one source string (or,
 * when cleaning changed more than its ends, its own cleaned string), with its block, paragraph
 * start, table-of-contents flag and class.
 *
 * Why columns and not one object per line: a megabyte of short lines (100,000 "Punkt 1:" lines)
 * would cost 100,000 objects and strings that live through the whole parse, which is most of
 * the time such a document takes. Numbers go into typed arrays, classes into a pool shared by
 * all lines of the same class; a line's string is cut from the source when a stage reads it, and
 * a line becomes an object (`line(i)`) only when it ends up in an item.
 */
import type { BlockHint } from '../model.ts';
import type { LineClass } from './classify.ts';
import { normalizeSpaces } from './clean.ts';
import type { Line } from './normalize.ts';

export interface ClassifiedLine extends Line {
  cls: LineClass;
}

/** What the tree builder and the header reader need of the lines. */
export interface Lines {
  readonly length: number;
  /**
   * The lines, in order, whose class is one of NOTABLE_KINDS: the few lines the tree builder
   * and the header reader start from, so they need not visit every line.
   */
  readonly notable: readonly number[];
  text(i: number): string;
  cls(i: number): LineClass;
  /**
   * cls(i).kind, cheaper: the classes are objects of many shapes, so reading their kind line by
   * line is a slow (megamorphic) property load; the table keeps each pooled class's kind.
   */
  kind(i: number): LineClass['kind'];
  block(i: number): number;
  hint(i: number): BlockHint | undefined;
  paragraphStart(i: number): boolean;
  /** The line as an object. */
  line(i: number): ClassifiedLine;
  /** Whether line i is a copy of line i - 1 (same text and class); false where not known. */
  isCopy(i: number): boolean;
  /** The lines that contain `word` (a word without spaces), in order. */
  indicesContaining(word: string): number[];
  /** The lines that contain any of `words`, in order; `within`: in the first so many characters only. */
  indicesContainingAny(words: readonly string[], within?: number): number[];
  /** The lines that start with any of `prefixes`, in order; `within`: in the first so many characters only. */
  indicesStartingWith(prefixes: readonly string[], within?: number): number[];
}

/** Classes of item headings and header lines; every other line is read only next to these. */
export const NOTABLE_KINDS: ReadonlySet<LineClass['kind']> = new Set([
  'item-heading',
  'group-heading',
  'item-number',
  'item-number-after',
  'meeting-title',
  'field',
  'toc-heading',
]);

const PARAGRAPH_START = 1;
const TOC_LIKE = 2;
/** The line has its own cleaned string (in `cleaned`). */
const CLEANED = 4;
/** The line has odd spaces (tabs, no-break or double spaces), cleaned when the line is read. */
const SPACED = 8;
/** The line is a copy of the line before it (same text, same flags but the paragraph start). */
const COPY = 16;
/** The line's cleaned string differs from its span by odd spaces only (it was SPACED). */
const SPACES_CLEANED = 32;

export class LineTable implements Lines {
  length = 0;
  readonly source: string;
  /** `hints[b]`: the hint of block b (empty for plain text). */
  private readonly hints: readonly (BlockHint | undefined)[];
  private starts: Int32Array;
  private ends: Int32Array;
  private blocks: Int32Array;
  private flags: Uint8Array;
  /** Index of each line's class in `classes`. */
  private classIds: Int32Array;
  private readonly classes: LineClass[] = [];
  /** Per class id: whether the class is notable. */
  private readonly notableClass: boolean[] = [];
  /** Per class id: the class's kind. */
  private readonly kinds: LineClass['kind'][] = [];
  readonly notable: number[] = [];
  /** The lines whose cleaned string is not a span of the source (few: odd spaces, soft hyphens …). */
  private readonly cleaned = new Map<number, string>();

  constructor(source: string, hints: readonly (BlockHint | undefined)[]) {
    this.source = source;
    this.hints = hints;
    // Room for a line per 32 characters of source (a few more than documents have): growing
    // the columns, each a new typed array, costs more than the unused room.
    const size = Math.max(256, source.length >> 5);
    [this.starts, this.ends, this.blocks, this.classIds, this.flags] = columns(size);
  }

  /**
   * Adds a line: the span start…end of the source, or `cleaned` when cleaning changed more than
   * the ends (start…end then still locate the line in the source). `spaced`: the span has odd
   * spaces, to be cleaned when the line is read (often never: table-of-contents lines).
   */
  push(start: number, end: number, cleaned: string | undefined, block: number, paragraphStart: boolean, tocLike: boolean, spaced = false): void {
    const i = this.length;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.blocks[i] = block;
    this.flags[i] = (paragraphStart ? PARAGRAPH_START : 0) | (tocLike ? TOC_LIKE : 0) | (cleaned !== undefined ? CLEANED : 0) | (spaced ? SPACED : 0);
    if (cleaned !== undefined) {
      this.cleaned.set(i, cleaned);
      this.reworded.push(i);
    }
    this.length = i + 1;
  }

  /**
   * Adds `count` copies of the last line, each `stride` further on in the source and
   * `blockStep` blocks later (1: each copy is a paragraph of its own; 0: same paragraph).
   */
  pushCopies(count: number, stride: number, blockStep: number): void {
    const last = this.length - 1;
    const flags = (this.flags[last]! & TOC_LIKE) | COPY | (blockStep > 0 ? PARAGRAPH_START : 0);
    if (this.starts.length < this.length + count) {
      // Room for the copies and, after them, a line per 32 characters of what is left: one
      // growth, not one doubling after another.
      const after = this.source.length - (this.ends[last]! + count * stride);
      this.grow(this.length + count + Math.max(256, after >> 5));
    }
    for (let j = 1; j <= count; j++) {
      const i = last + j;
      this.starts[i] = this.starts[last]! + j * stride;
      this.ends[i] = this.ends[last]! + j * stride;
      this.blocks[i] = this.blocks[last]! + j * blockStep;
      this.flags[i] = flags;
    }
    this.length += count;
  }

  /** Whether line i's text is its span as it stands (no cleaning at all). */
  isPlain(i: number): boolean {
    return (this.flags[i]! & (CLEANED | SPACED)) === 0;
  }

  /** Where line i's span starts and ends in the source (its text when isPlain(i)). */
  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** Whether line i is a copy of line i - 1 (pushCopies). */
  isCopy(i: number): boolean {
    return (this.flags[i]! & COPY) !== 0;
  }

  private grow(least = 0): void {
    const size = Math.max(this.starts.length * 2, least);
    const [starts, ends, blocks, classIds, flags] = columns(size);
    starts.set(this.starts);
    ends.set(this.ends);
    blocks.set(this.blocks);
    flags.set(this.flags);
    classIds.set(this.classIds);
    this.starts = starts;
    this.ends = ends;
    this.blocks = blocks;
    this.flags = flags;
    this.classIds = classIds;
  }

  text(i: number): string {
    const flags = this.flags[i]!;
    if ((flags & (CLEANED | SPACED)) === 0) return this.source.slice(this.starts[i], this.ends[i]);
    if ((flags & CLEANED) === 0) {
      // Odd spaces only (the reader cleaned every line with other odd characters).
      this.cleaned.set(i, normalizeSpaces(this.source.slice(this.starts[i], this.ends[i])));
      this.flags[i] = (flags & ~SPACED) | CLEANED | SPACES_CLEANED;
    }
    return this.cleaned.get(i)!;
  }

  /**
   * Whether the line's text is the span start…end of the source, but for odd spaces (cleaning
   * them changes no other character; so a word without spaces is in one iff in the other).
   */
  private isSpan(i: number): boolean {
    const flags = this.flags[i]!;
    return (flags & CLEANED) === 0 || (flags & SPACES_CLEANED) !== 0;
  }

  /** The lines whose cleaning did more than odd spaces (a soft hyphen, an invisible character …): few. */
  private readonly reworded: number[] = [];

  /** Adds a class to the pool; its id is what setClassId takes. */
  addClass(cls: LineClass): number {
    this.notableClass.push(NOTABLE_KINDS.has(cls.kind));
    this.kinds.push(cls.kind);
    return this.classes.push(cls) - 1;
  }

  /** Gives line i a class; lines are classified in order. */
  setClassId(i: number, id: number): void {
    this.classIds[i] = id;
    if (this.notableClass[id]) this.notable.push(i);
  }

  classId(i: number): number {
    return this.classIds[i]!;
  }

  cls(i: number): LineClass {
    return this.classes[this.classIds[i]!]!;
  }

  kind(i: number): LineClass['kind'] {
    return this.kinds[this.classIds[i]!]!;
  }

  block(i: number): number {
    return this.blocks[i]!;
  }

  hint(i: number): BlockHint | undefined {
    return this.hints.length === 0 ? undefined : this.hints[this.blocks[i]!];
  }

  paragraphStart(i: number): boolean {
    return (this.flags[i]! & PARAGRAPH_START) !== 0;
  }

  tocLike(i: number): boolean {
    return (this.flags[i]! & TOC_LIKE) !== 0;
  }

  line(i: number): ClassifiedLine {
    return {
      text: this.text(i),
      block: this.blocks[i]!,
      hint: this.hint(i),
      paragraphStart: this.paragraphStart(i),
      tocLike: this.tocLike(i),
      cls: this.cls(i),
    };
  }

  /**
   * The texts of the lines that contain `word` (a word without spaces), in order: each place
   * the source holds the word is looked up among the lines (binary search), instead of every
   * line being searched.
   */
  textsContaining(word: string): string[] {
    return this.indicesContaining(word).map((i) => this.text(i));
  }

  indicesContaining(word: string): number[] {
    return this.indicesContainingAny([word]);
  }

  /**
   * The lines that contain any of `words`, in order (one pass over the cleaned lines for all of
   * them). `within`: only the first so many characters of the text are searched (each word
   * searched for costs a pass over what is searched).
   */
  indicesContainingAny(words: readonly string[], within = Infinity): number[] {
    const source = within < this.source.length ? this.source.slice(0, within) : this.source;
    let found: number[] = [];
    for (const word of words) {
      // Places are found left to right, so a word's lines come in order, each line's places together.
      const lines: number[] = [];
      const start = word.length <= SHORT_PATTERN ? word : word.slice(0, SHORT_PATTERN);
      let i = -1;
      for (let at = source.indexOf(start); at >= 0; at = source.indexOf(start, at + 1)) {
        if (start !== word && !source.startsWith(word, at)) continue;
        const line = this.lineAt(at, Math.max(i, 0));
        if (line === i) continue; // a later place on a line taken or refused as the first was
        i = line;
        if (i >= 0 && this.isSpan(i) && at + word.length <= this.ends[i]!) lines.push(i);
      }
      found = found.length === 0 ? lines : lines.length === 0 ? found : union(found, lines);
    }
    // A cleaned line may hold a word where the source does not (a soft hyphen inside it).
    const reworded = this.reworded.filter((i) => this.starts[i]! < within && words.some((word) => this.cleaned.get(i)!.includes(word)));
    return reworded.length === 0 ? found : union(found, reworded);
  }

  /**
   * The lines that start with any of `prefixes`, in order: the lines whose span starts with a
   * prefix after nothing but white space on its line of the source. The lines' starts are
   * visited, not the source searched for each prefix: within a part of the source, there are far
   * fewer lines than characters, and a line's first character rules most of them out.
   */
  indicesStartingWith(prefixes: readonly string[], within = Infinity): number[] {
    const source = this.source;
    const limit = Math.min(within, source.length);
    // The prefixes' first characters, as bits (by their last five bits): most lines start with none.
    let firsts = 0;
    for (const prefix of prefixes) firsts |= 1 << (prefix.charCodeAt(0) & 31);
    const found: number[] = [];
    const starts = this.starts;
    const length = this.length;
    for (let i = 0; i < length; i++) {
      const at = starts[i]!;
      if (at >= limit) break;
      if (((firsts >>> (source.charCodeAt(at) & 31)) & 1) === 0 || !startsWithAny(source, prefixes, at, limit) || !this.isSpan(i)) continue;
      // The last line that starts here (as a search of the source would find it) …
      if (i + 1 < length && starts[i + 1]! <= at) continue;
      // … after nothing but white space on its line of the source.
      let back = at - 1;
      while (back >= 0 && (source.charCodeAt(back) === 0x20 || source.charCodeAt(back) === 0x09)) back--;
      if (back >= 0 && source.charCodeAt(back) !== 0x0a && source.charCodeAt(back) !== 0x0d) continue;
      found.push(i);
    }
    const reworded = this.reworded.filter((i) => this.starts[i]! < within && prefixes.some((prefix) => this.cleaned.get(i)!.startsWith(prefix)));
    return reworded.length === 0 ? found : union(found, reworded);
  }

  /** The last line starting at or before source index `at` (-1: none); `low`: a line known to start at or before it. */
  private lineAt(at: number, low = 0): number {
    let high = this.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! <= at) low = mid + 1;
      else high = mid - 1;
    }
    return high;
  }
}

/**
 * The columns of `size` lines, as views of one buffer: one allocation instead of five (a typed
 * array's own buffer costs more to make than its few kilobytes of room).
 */
function columns(size: number): [Int32Array, Int32Array, Int32Array, Int32Array, Uint8Array] {
  const buffer = new ArrayBuffer(size * 17);
  return [
    new Int32Array(buffer, 0, size),
    new Int32Array(buffer, size * 4, size),
    new Int32Array(buffer, size * 8, size),
    new Int32Array(buffer, size * 12, size),
    new Uint8Array(buffer, size * 16, size),
  ];
}

/**
 * Patterns longer than this are searched for by their start, each place then compared whole:
 * V8 searches a pattern of up to six characters by its first character, which is several
 * times faster on minutes than its search for a longer pattern.
 */
const SHORT_PATTERN = 6;

/** The lines of two ordered lists, in order, once each. */
function union(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * Whether `source` holds one of `prefixes` at `at`, ending by `limit`: startsWith, compared
 * character by character (the prefixes are short; a call of startsWith costs more).
 */
function startsWithAny(source: string, prefixes: readonly string[], at: number, limit: number): boolean {
  for (const prefix of prefixes) {
    if (at + prefix.length > limit) continue;
    let k = 0;
    while (k < prefix.length && source.charCodeAt(at + k) === prefix.charCodeAt(k)) k++;
    if (k === prefix.length) return true;
  }
  return false;
}

/** Lines that already are objects (the stage functions' input) seen through `Lines`. */
export function linesOf(lines: readonly ClassifiedLine[]): Lines {
  return {
    length: lines.length,
    notable: lines.flatMap((line, i) => (NOTABLE_KINDS.has(line.cls.kind) ? [i] : [])),
    text: (i) => lines[i]!.text,
    cls: (i) => lines[i]!.cls,
    kind: (i) => lines[i]!.cls.kind,
    block: (i) => lines[i]!.block,
    hint: (i) => lines[i]!.hint,
    paragraphStart: (i) => lines[i]!.paragraphStart,
    line: (i) => lines[i]!,
    isCopy: () => false,
    indicesContaining: (word) => lines.flatMap((line, i) => (line.text.includes(word) ? [i] : [])),
    indicesContainingAny: (words) => lines.flatMap((line, i) => (words.some((word) => line.text.includes(word)) ? [i] : [])),
    indicesStartingWith: (prefixes) => lines.flatMap((line, i) => (prefixes.some((prefix) => line.text.startsWith(prefix)) ? [i] : [])),
  };
}
