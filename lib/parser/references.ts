/**
 * References inside an item's text to other items (`sag nr. 7`, `punkt 28`, `pkt. 4`,
 * `dagsordenens punkt 3`, `sag 129-138`) and to attachments (`bilag 1`, `bilag 1 og 2`,
 * `bilag 4-8`).
 *
 * `raw` of each reference is the span naming it: the keyword with the first number
 * (`bilag 1`), the bare number for later numbers of a list (`2` in `bilag 1 og 2`), and for
 * numbers of a range the whole range (`bilag 4-8` for 4…8, or `4-8` when it follows a list).
 *
 * Not references: a heading or list line that starts with `Punkt 1:` / `Punkt 1)` /
 * `Bilag 1 - Titel` / `Punkt 3 Titel`; numbers that continue into a longer number, amount,
 * date or case number (`punkt 3.000`, `sag nr. 24-002111`, `punkt 6. maj`); ordinals
 * (`2. kvartal` never follows a keyword, `punkt 2. afsnit` is skipped).
 */
import type { Reference } from '../model.ts';

/** Keywords; `att` marks attachments. `Sagsnr.` is a case label, not an item reference. */
const HEAD =
  /(?<![\p{L}\p{N}])(?:(?:dagsordenens\s{1,3})?(?:punkt(?:erne)?|pkt\.?|punktnr\.?|dagsordenspunkt(?:erne|et)?|sag(?:erne)?)(?:\s{1,3}nr\.?)?|(?<att>bilag(?:ene)?(?:\s{1,3}nr\.?)?))\s{0,3}(?=\p{N})/giu;

/** One number of a reference. */
const NUMBER = /\d{1,3}/y;
/** What must not follow a number: more digits, letters, `.5`/`,5`/`/5`/`:5` (amounts, dates, ids). */
const CONTINUES = /^(?:[\p{N}\p{L}_]|[.,/:]\p{N})/u;
/** A dash and a digit after a number: a range (`4-8`) or part of a date or case number. */
const DASH_DIGIT = /^[-–]\p{N}/u;
/** Units after a number make it an amount or a duration, not a reference. */
const UNIT = /^\s{0,2}(?:kr\b|kr\.|kroner|mio\b|mio\.|mia\b|mia\.|%|pct\b|procent|år\b|måneder|uger|dage|timer)/iu;
/** `6. maj`: a date; `2. afsnit`: an ordinal. A sentence-ending dot is followed by an upper-case letter or the end. */
const ORDINAL = /^\.\s{0,3}\p{Ll}/u;
/** List separators: `, `, ` og `, ` samt `, ` eller `, ` & `. */
const LIST_SEP = /(?:\s{0,3},|\s{1,3}(?:og|samt|eller|&))\s{1,3}/iuy;
/** After a keyword at the start of a line: what makes the line a heading or a list marker. */
const HEADING_AFTER = /^(?:[ \t]{0,3}[):]|\.[ \t]{0,3}(?:\p{Lu}|\r?\n|$)|[ \t]{1,3}[-–][ \t]|[ \t]{0,3}(?:\r?\n|$)|[ \t]{1,3}\p{Lu})/u;

const MAX_RANGE = 30;
const MAX_LIST = 20;

interface NumberAt {
  value: number;
  index: number;
  end: number;
  /** A dash and a digit follow (a range, or a longer id). */
  dash: boolean;
}

/** A number at `at` that stands on its own, or null. `dashOk`: it may open a range. */
function numberAt(text: string, at: number, dashOk: boolean): NumberAt | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  const rest = text.slice(end, end + 16);
  if (CONTINUES.test(rest) || UNIT.test(rest) || ORDINAL.test(rest)) return null;
  const dash = DASH_DIGIT.test(rest);
  if (dash && !dashOk) return null;
  const value = Number(m[0]);
  return value >= 1 ? { value, index: at, end, dash } : null;
}

/** Only white space or a bullet stands before `at` on its line. */
function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 12 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && at - i < 12 && /[-–•*]/u.test(text[i - 1]!)) {
    i--;
    while (i > 0 && at - i < 16 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  }
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

/** Every keyword HEAD can start with, case-insensitively (HEAD's flags: "ſag" is "sag" too). */
const REFERENCE_WORD = /punkt|pkt|sag|bilag/iu;

/** Every item and attachment reference in the text, in document order. */
export function findReferences(text: string): Reference[] {
  // Cheap gate: most lines name no item or attachment at all.
  if (!REFERENCE_WORD.test(text)) return [];
  return referencesFrom(text, 0);
}

/**
 * The longest stretch HEAD can match before a reference's first digit: "dagsordenens", three
 * spaces, "dagsordenspunkterne", " nr." after up to three spaces, three spaces.
 */
const LONGEST_HEAD = 43;

/** The references of `text` whose keyword starts at or after `from`. */
function referencesFrom(text: string, from: number): Reference[] {
  const out: Reference[] = [];
  HEAD.lastIndex = from;
  for (let head = HEAD.exec(text); head !== null; head = HEAD.exec(text)) {
    const kind = head.groups?.att !== undefined ? 'attachment' : 'item';
    const start = head.index;
    const first = numberAt(text, start + head[0].length, true);
    if (!first) continue;
    if (atLineStart(text, start) && HEADING_AFTER.test(text.slice(first.end, first.end + 8))) continue;

    const found: Reference[] = [];
    let spanStart = start; // where the raw of the current number starts
    let current: NumberAt = first;
    for (let count = 0; count < MAX_LIST; count++) {
      if (current.dash) {
        // A range (4-8); anything else with a dash (24-002111, 06-05-2024) is no reference.
        const to = numberAt(text, current.end + 1, false);
        if (!to || to.value <= current.value || to.value - current.value > MAX_RANGE) break;
        const raw = text.slice(spanStart, to.end);
        for (let n = current.value; n <= to.value; n++) found.push({ kind, target: n, raw, index: spanStart });
        current = to;
      } else {
        found.push({ kind, target: current.value, raw: text.slice(spanStart, current.end), index: spanStart });
      }
      // A list: 1, 2 og 3.
      LIST_SEP.lastIndex = current.end;
      if (!LIST_SEP.test(text)) break;
      const next = numberAt(text, LIST_SEP.lastIndex, true);
      if (!next) break;
      spanStart = next.index;
      current = next;
    }
    out.push(...found);
  }
  return out;
}

/**
 * Necessary for any reference: the first digit after a keyword as HEAD ends it ("punkterne",
 * "pkt.", "sag", "bilagene", "dagsordenspunktet", then " nr." and white space), all on one
 * line. Searched from the digits, the rarer part; the first look-behind is a cheap test of what
 * ends every keyword form (t, g, e, r or a dot, then at most three spaces). Same flags as HEAD,
 * so the same letters fold together.
 */
const KEYWORD_THEN_DIGIT =
  /(?<![0-9])[0-9](?<=[tger.]\s{0,3}[0-9])(?<=(?:punkt(?:erne|et|nr\.?)?|pkt\.?|sag(?:erne)?|bilag(?:ene)?)(?:\s{1,3}nr\.?)?\s{0,3}[0-9])/giu;

/**
 * The references of a run of lines whose text, joined by "\n", is `joined` (a section's text).
 * One search of the joined text finds the few lines that can hold a reference; only those are
 * read with findReferences, so the result is that of findReferences on every line.
 */
export function findReferencesInLines(lines: readonly string[], joined: string): Reference[] {
  const out: Reference[] = [];
  let line = 0;
  let lineStart = 0;
  KEYWORD_THEN_DIGIT.lastIndex = 0;
  while (line < lines.length) {
    const m = KEYWORD_THEN_DIGIT.exec(joined);
    if (m === null) break;
    while (lineStart + lines[line]!.length < m.index) lineStart += lines[line++]!.length + 1;
    out.push(...findReferences(lines[line]!));
    lineStart += lines[line++]!.length + 1;
    KEYWORD_THEN_DIGIT.lastIndex = lineStart;
  }
  return out;
}

/**
 * The references of a run of lines, line by line: the same as findReferencesInLines on their
 * joined text (no reference spans a line break, and KEYWORD_THEN_DIGIT needs the keyword on
 * the digit's own line), without making the joined text one flat string to search.
 */
export function findReferencesInEach(lines: readonly { text: string }[]): Reference[] {
  const out: Reference[] = [];
  for (const line of lines) {
    KEYWORD_THEN_DIGIT.lastIndex = 0;
    const first = KEYWORD_THEN_DIGIT.exec(line.text);
    // Every reference's first digit is a place of KEYWORD_THEN_DIGIT, and its keyword starts at
    // most LONGEST_HEAD before it: the line before that cannot hold one (HEAD starts with a
    // look-behind, which the engine tests at every place it searches).
    if (first) out.push(...referencesFrom(line.text, Math.max(0, first.index - LONGEST_HEAD)));
  }
  return out;
}
