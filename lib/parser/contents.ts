/**
 * The table of contents of a document, merged with the items of its body. An item listed in
 * the contents is an item even where the body is not in the text (folded on the page, cut off,
 * an agenda); listed and found in the body, it is one item, matched by number or title.
 *
 * Contents come in three shapes:
 * - runs of heading lines without bodies ("1. A" / "2. B", "342 A", "1." + "A" + page number);
 * - a paragraph holding the whole list (toc.ts `flatContents`);
 * - a bullet list of titles just before the body items ("- A" / "- B"), numbered by the body.
 */
import type { Candidate } from './tree.ts';
import type { Lines } from './lines.ts';
import { flatContents, hasPageTail, startsWithNumberedTitle, tocTitle, TOC_OPENERS } from './toc.ts';

export interface ListedEntry {
  number: number;
  title: string;
  /** The line the entry stands on. */
  line: number;
}

type Run = { entries: { number: number | null; title: string; line: number }[] };

export interface Contents {
  /** Every entry read, in contents order (numbers inferred where the text lost them). */
  entries: ListedEntry[];
  /** The entries that match no item of the body. */
  listedOnly: ListedEntry[];
  /** A body heading's title, or the contents' title for it where the heading has text glued on. */
  bodyTitle(heading: Candidate): string;
}

/** Lines between two entries of one contents run: page numbers, wrapped titles, group headings. */
const MAX_GAP = 2;
/** A contents lists at least this many items (two numbered lines are as often a list in a text). */
const MIN_ENTRIES = 3;
const LONGEST_GROUP_HEADING = 60;
const PAGE_NUMBER = /^\d{1,3}$/;
const BULLET_ENTRY = /^[-–•·] ?(\S.{2,})$/u;
/** The first characters of BULLET_ENTRY (tested first: most lines start otherwise). */
const BULLET_MARKS = '-–•·';
const CONTINUATION = /^[a-zæøå]/u;
const DOCUMENT_WORD = /(?:^|\s)(?:dagsorden|referat|beslutningsprotokol|protokol)(?:\s|$|:)/iu;
const FLAT_STARTS = ['1. ', '1: ', '01. ', 'Punkt nr. 1'];
/**
 * A contents stands near the top, after the header: its paragraph starts within this many
 * characters (searching the whole text for each mark would cost a pass over it per mark).
 */
const CONTENTS_WITHIN = 20_000;
const FLAT_START = /^(?:Punkt nr\. ?)?0?1(?:\.| ?:) \S.{80}/u;

/**
 * Keys made during one readContents: a contents entry is compared with every body title, so
 * each title's key is made once, not once per comparison.
 */
let keys = new Map<string, string>();

function key(title: string): string {
  let k = keys.get(title);
  if (k === undefined) {
    k = keyOf(title.toLowerCase());
    keys.set(title, k);
  }
  return k;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Per Latin-1 character: whether it is a letter or a number (\p{L} or \p{N}). */
const LATIN1_WORD = Uint8Array.from({ length: 256 }, (_, c) => (LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The words (letters and numbers) of a lower-cased title, one space between them: the same as
 * `replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, read character by character (a Unicode class in a
 * regular expression costs a microsecond per title). Characters of a surrogate pair go the
 * regular expression's way.
 */
function keyOf(lower: string): string {
  let out = '';
  let wordStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    let word: boolean;
    if (c < 0x100) word = LATIN1_WORD[c] === 1;
    else if (c >= 0xd800 && c <= 0xdfff) return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    else word = LETTER_OR_NUMBER.test(lower[i]!);
    if (word) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      out = out === '' ? lower.slice(wordStart, i) : out + ' ' + lower.slice(wordStart, i);
      wordStart = -1;
    }
  }
  return out;
}

function sameTitle(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return ka !== '';
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 12 && long.startsWith(short);
}

/** Whether the lines between two candidates may all belong to a contents. */
function fillerBetween(lines: Lines, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  for (let i = from; i < to; i++) {
    const kind = lines.kind(i);
    if (kind === 'decision-heading' || kind === 'case-line' || kind === 'section-heading') return false;
    const text = lines.text(i).trim();
    if (PAGE_NUMBER.test(text) || hasPageTail(text)) continue;
    // A title wrapped onto the next line, before its page number.
    if (i + 1 < to && (PAGE_NUMBER.test(lines.text(i + 1).trim()) || hasPageTail(lines.text(i + 1)))) continue;
    // A group heading ("Fra Økonomiudvalget", "B. Sager til afgørelse i udvalget"): short, no sentence, no label.
    if (text.length <= LONGEST_GROUP_HEADING && !/[.:]$/u.test(text) && !text.includes(': ')) continue;
    return false;
  }
  return true;
}

/** The title of a contents entry whose number stands alone: the lines up to the next entry, without page numbers. */
function entryTitle(lines: Lines, cand: Candidate, nextFirst: number): string {
  if (lines.kind(cand.first) !== 'item-number') {
    // A title wrapped onto the next line goes on in lower case ("… for vilde bier og" / "insekter").
    let title = cand.title;
    for (let i = cand.last + 1; i < Math.min(nextFirst, cand.last + 3) && CONTINUATION.test(lines.text(i)); i++) title += ' ' + lines.text(i).trim();
    return title;
  }
  const parts: string[] = [];
  for (let i = cand.last; i < nextFirst && parts.length < 4; i++) {
    const text = lines.text(i).trim();
    if (PAGE_NUMBER.test(text)) break;
    if (i > cand.last && lines.kind(i) !== 'text') break;
    parts.push(text);
    if (hasPageTail(text) && /\.{2,}|…/u.test(text)) break;
  }
  return parts.join(' ');
}

/** Runs of heading candidates that are not body items: the contents printed as lines. */
function contentsRuns(lines: Lines, all: readonly Candidate[], body: ReadonlySet<number>): { entries: { number: number | null; title: string; line: number }[] }[] {
  const runs: Candidate[][] = [];
  let run: Candidate[] = [];
  let numbersInRun = new Set<number>();
  // A contents stands before the items; numbered lists inside items are not one.
  const firstBody = Math.min(...[...body], lines.length);
  for (const cand of all) {
    if (cand.first > firstBody) break;
    if (body.has(cand.first)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && (!fillerBetween(lines, prev.last + 1, cand.first) || numbersInRun.has(cand.number))) {
      runs.push(run);
      run = [];
      numbersInRun = new Set();
    }
    run.push(cand);
    numbersInRun.add(cand.number);
  }
  if (run.length > 0) runs.push(run);

  return runs
    .filter((r) => r.length >= MIN_ENTRIES)
    .map((r) => {
      const titles = r.map((c, j) => entryTitle(lines, c, r[j + 1]?.first ?? Math.min(c.last + MAX_GAP + 1, lines.length)));
      const pages = titles.filter(hasPageTail).length * 2 > titles.length || r.some((c, j) => PAGE_NUMBER.test(lines.text(Math.min(c.last + 1, lines.length - 1))) && j < r.length - 1);
      const entries = r.map((c, j) => ({ number: c.number as number | null, title: tocTitle(titles[j]!, pages), line: c.first }));
      // The next number alone right after the run: an entry printed without its title.
      const after = r[r.length - 1]!.last + 1;
      const cls = after < lines.length ? lines.cls(after) : null;
      if (cls?.kind === 'item-number' && cls.number === r[r.length - 1]!.number + 1) entries.push({ number: cls.number, title: '', line: after });
      return { entries };
    });
}

/**
 * Contents whose number column and title column came apart (a PDF read column by column): a
 * run of numbers alone ("79." / "80." / …), then as many titles, paired in order.
 */
function columnRuns(lines: Lines): Run[] {
  const runs: Run[] = [];
  // A run starts at a number alone, a notable line: only those are visited (from where the last run ended).
  let from = 0;
  for (const i of lines.notable) {
    if (i < from) continue;
    const cls = lines.cls(i);
    if (cls.kind !== 'item-number' || cls.form === 'markup') continue;
    const numbers: { number: number; line: number }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (lines.kind(j) !== 'item-number') break;
      const c = lines.cls(j);
      if (c.kind !== 'item-number' || c.form !== cls.form || (numbers.length > 0 && c.number !== numbers[numbers.length - 1]!.number + 1)) break;
      numbers.push({ number: c.number, line: j });
    }
    if (numbers.length < MIN_ENTRIES) {
      from = j;
      continue;
    }
    const titles: string[] = [];
    let k = j;
    for (; k < lines.length && titles.length <= numbers.length; k++) {
      const text = lines.text(k).trim();
      if (lines.kind(k) !== 'text' && lines.kind(k) !== 'section-heading') break;
      if (CONTINUATION.test(text) && titles.length > 0) titles[titles.length - 1] += ' ' + text;
      else titles.push(text);
    }
    if (titles.length >= numbers.length) {
      runs.push({ entries: numbers.map((n, m) => ({ number: n.number as number | null, title: tocTitle(titles[m]!, false), line: n.line })) });
    }
    from = k;
  }
  return runs;
}

/** Contents flattened into one paragraph, found by their opener words. */
function flatRuns(lines: Lines): { entries: { number: number | null; title: string; line: number }[] }[] {
  const runs: Run[] = [];
  // One search for the opener words and for a paragraph that starts with the first entry
  // ("1. A 2. B 3. C", the opener missing or a line above: then only numbers in sequence make
  // it a contents, not one long numbered point).
  const marked = new Set([...lines.indicesContainingAny(TOC_OPENERS, CONTENTS_WITHIN), ...lines.indicesStartingWith(FLAT_STARTS, CONTENTS_WITHIN)]);
  for (const i of [...marked].sort((a, b) => a - b)) {
    const text = lines.text(i);
    if (text.length < 80) continue;
    const opener = TOC_OPENERS.some((word) => text.includes(word));
    // Without an opener, only a first number before a title starts a contents (not "1. at udvalget …").
    if (!opener && !(FLAT_START.test(text) && startsWithNumberedTitle(text))) continue;
    const entries = flatContents(text, !opener).map((e) => ({ ...e, line: i }));
    if (entries.length >= MIN_ENTRIES) runs.push({ entries });
  }
  return runs;
}

/** A bullet list of titles whose entries the body has: the contents of a page that lists the items first. */
function bulletRuns(lines: Lines, body: readonly Candidate[]): { entries: { number: number | null; title: string; line: number }[] }[] {
  if (body.length === 0) return [];
  const firstBody = body[0]!.first;
  const runs: { entries: { number: number | null; title: string; line: number }[] }[] = [];
  let run: { title: string; line: number }[] = [];
  const close = () => {
    if (run.length >= 3 && run.some((e) => body.some((b) => sameTitle(b.title, e.title)))) {
      runs.push({ entries: run.map((e) => ({ number: null, title: e.title, line: e.line })) });
    }
    run = [];
  };
  for (let i = 0; i < firstBody; i++) {
    const text = lines.text(i);
    const m = BULLET_MARKS.includes(text.charAt(0)) ? BULLET_ENTRY.exec(text) : null;
    if (m) run.push({ title: m[1]!.trim(), line: i });
    else close();
  }
  close();
  return runs;
}

/**
 * The document's contents and how they meet the body: entries matched to body items by
 * number or title, numbers inferred for entries that lost theirs (the one before, plus one).
 */
export function readContents(lines: Lines, all: readonly Candidate[], body: readonly Candidate[]): Contents {
  keys = new Map();
  try {
    return contentsOf(lines, all, body);
  } finally {
    keys = new Map();
  }
}

function contentsOf(lines: Lines, all: readonly Candidate[], body: readonly Candidate[]): Contents {
  const bodyLines = new Set(body.map((b) => b.first));
  const flat = flatRuns(lines);
  // A contents heading is itself the frame of minutes ("Indholdsfortegnelse", "Sagsoversigt").
  const looksLikeMinutes = body.length > 0 || flat.length > 0 || hasMinutesFrame(lines);
  const runs = looksLikeMinutes ? [...columnRuns(lines), ...contentsRuns(lines, all, bodyLines), ...flat, ...bulletRuns(lines, body)] : [];
  if (runs.length === 0) return { entries: [], listedOnly: [], bodyTitle: (h) => h.title };

  const entries: ListedEntry[] = [];
  const listedOnly: ListedEntry[] = [];
  const used = new Set<number>([...body.map((b) => b.number)]);
  const glued = new Map<number, string>();
  const byNumber = new Map(body.map((b) => [b.number, b]));
  // By title only where an entry's number finds no item: most documents need no title's key.
  let byKey: Map<string, Candidate> | undefined;
  const byTitle = (title: string) => (byKey ??= new Map(body.map((b) => [key(b.title), b]))).get(key(title));
  // Numbers looked up in the text, each a search of it: a contents of a meeting has a few dozen.
  let lookups = MOST_NUMBER_LOOKUPS;
  for (const run of runs) {
    let previous: number | null = null;
    for (const e of run.entries) {
      const match = (e.number !== null ? byNumber.get(e.number) : undefined) ?? byTitle(e.title) ?? prefixMatch(body, e.title);
      const found = match === undefined && e.number === null && lookups-- > 0 ? numberInText(lines, e) : null;
      const number: number = match?.number ?? e.number ?? found ?? (previous === null ? 1 : previous + 1);
      previous = number;
      const entry = { number, title: e.title, line: e.line };
      entries.push(entry);
      if (match) {
        // Text glued onto the heading (a lost line break); the eDoc minutes marker "Referat" the item reader takes itself.
        const glue = match.title.slice(e.title.length);
        if (glue !== 'Referat' && match.title.startsWith(e.title) && /^\p{L}/u.test(glue)) {
          glued.set(match.first, e.title);
        }
        continue;
      }
      if (used.has(number)) continue;
      used.add(number);
      listedOnly.push(entry);
    }
  }
  return {
    entries,
    listedOnly,
    bodyTitle: (h) => glued.get(h.first) ?? h.title,
  };
}

const MOST_NUMBER_LOOKUPS = 200;
/** Body items compared title by title (a prefix match) with each entry; more only by number or whole title. */
const MOST_PREFIX_MATCHED = 300;

/** The body item whose title the entry's title begins, or is begun by (a title cut short in the contents). */
function prefixMatch(body: readonly Candidate[], title: string): Candidate | undefined {
  return body.length <= MOST_PREFIX_MATCHED ? body.find((b) => sameTitle(b.title, title)) : undefined;
}

/**
 * The number a contents entry that lost its number has where the text prints its title
 * elsewhere with one ("562. Fjernvarme Fyn - Kommunegaranti" in a transcribed page), or null.
 */
function numberInText(lines: Lines, entry: { title: string; line: number }): number | null {
  const words = entry.title.split(' ');
  if (words.length < 2) return null;
  const prefix = words.slice(0, Math.min(4, words.length)).join(' ');
  for (const i of lines.indicesContaining(prefix)) {
    if (i === entry.line) continue;
    const text = lines.text(i);
    const at = text.indexOf(prefix);
    const m = NUMBER_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    if (m) return Number(m[1]);
  }
  return null;
}

const NUMBER_BEFORE = /(?:^|\s)(\d{1,4})\.\s$/u;

/**
 * Whether the text has the frame of minutes around a list (a contents heading, a minutes title
 * or header fields): a numbered list on a news page or an information page is not a contents.
 */
function hasMinutesFrame(lines: Lines): boolean {
  // A title among the first lines that names the document ("Åben dagsorden", "Beslutningsprotokol").
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const text = lines.text(i);
    if (text.length <= 80 && DOCUMENT_WORD.test(text)) return true;
  }
  let fields = 0;
  for (const i of lines.notable) {
    const kind = lines.kind(i);
    if (kind === 'toc-heading' || kind === 'meeting-title') return true;
    if (kind === 'field' && ++fields >= 2) return true;
  }
  return false;
}
