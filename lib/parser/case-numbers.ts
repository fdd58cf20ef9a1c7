/**
 * Case (journal) numbers in the text of Danish minutes.
 *
 * The text is cut into "id tokens": maximal runs of letters/digits joined by single `.`, `/` or
 * `-`. A token is a case number only when the WHOLE token has one of the known shapes, so a
 * date (`06-05-2024`, `1/10-2025`), an amount (`2.500-3.000`), a phone number (`4646-4646`) or
 * a part of a longer id never yields a piece that happens to look like a case number.
 * Every quantifier is bounded or unambiguous, so the scan is linear in the length of the text.
 */
import type { CaseFormat, CaseNumber } from '../model.ts';
import { codeAt, isDigit, isSpace, lengthOf } from './chars.ts';

/** Hyphen-like characters PDF text uses inside ids (hyphen, non-breaking hyphen, figure dash). */
const HYPHENS = /[\u2010\u2011\u2012]/g;

/** Id tokens: alnum runs joined by single separators (unambiguous, hence linear). */
const TOKEN = /[\p{L}\p{N}]+(?:[./\-\u2010\u2011\u2012][\p{L}\p{N}]+)*/gu;

const WHOLE_TOKEN = /^[\p{L}\p{N}]+(?:[./\-\u2010\u2011\u2012][\p{L}\p{N}]+)*$/u;

/** Longest token worth classifying (the longest real form is ~22 characters). */
const MAX_TOKEN = 32;

/**
 * Case labels. `Sag` alone is a label for PolWeb (`Sag 306-2009-600`), but `Sag nr. 129`
 * is Rødovre's ITEM number: the plain-digits format is never taken after `Sag`/`Sag nr.`.
 */
const LABEL_BODY =
  String.raw`(?:sagsnr|sags-?\s?nr|sagsnummer|sags-?id|sag\s?id|journalnr|journal\s?nr|journalnummer|j\.?\s?nr|sag(?:\s?nr)?)`;
/** A label standing right before a token: `Sagsnr.`, `Sagsnr.:`, `Sagsnummer:`, `J.nr.`, `Sag` … */
const LABEL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${LABEL_BODY}\.?\s?:?\s{0,3}$`, 'iu');
/** Labels after which plain digits are a case number (not `Sag`, not `Sag nr.`). */
const DIGITS_LABEL_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:sagsnr|sags-?\s?nr|sagsnummer|sags-?id|journalnr|journal\s?nr|journalnummer|j\.?\s?nr)\.?\s?:?\s{0,3}$/iu;
/** Document numbers (`Dok.`, `Dok.nr.`, `Dokumentnr.`) are document ids, not cases. */
const DOC_LABEL_BEFORE = /(?:^|[^\p{L}\p{N}])dok(?:ument)?\.?\s?(?:nr|nummer|id)?\.?\s?:?\s{0,3}$/iu;
/** Money right before or after a token: `kr. 2000-25000`, `2000-25000 kr.`. */
const AMOUNT_BEFORE = /(?:kr\.?|kroner|DKK|EUR)\s{0,2}$/i;
const AMOUNT_AFTER = /^\s{0,2}(?:kr\b|kr\.|kroner|mio\b|mio\.|mia\b|mia\.|t\.kr|DKK|EUR|%|pct\b|procent)/i;
/** Characters that glue a token into a URL, e-mail address, file name or query string. */
const GLUE_BEFORE = /[_@#=&?%~\\+]$/;
const GLUE_AFTER = /^[_@#=&?%~\\]/;
/** URLs and GUIDs: nothing inside them is a case number (e-mail addresses: see maskedRanges). */
const MASKS = [
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]{1,2000}/giu,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
];
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;

const YEAR = String.raw`(?:19|20)\d{2}`;
/** Shapes a whole token must have; `labelledOnly` shapes need a label (or a whole line). */
interface Shape {
  format: CaseFormat;
  re: RegExp;
  /** The shape's first separator: the index and the character code every token of the shape has there (none: -1, 0). */
  at: number;
  separator: number;
  labelledOnly?: boolean;
  /** Only after a label that names a number (`Sagsnr.`, `Sagsid.`, `J.nr.`), not after `Sag`. */
  strongLabel?: boolean;
}
const SHAPES: readonly Shape[] = [
  // 85.02.02-G01-1-17, 18.15.00-Ø40-2-19: KLE subject number, facet, serial, two-digit year;
  // some systems write no dash before the facet and no year (00.22.00G01-0002).
  { format: 'kle', at: 2, separator: 0x2e, re: /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2}$/iu },
  { format: 'kle', at: 2, separator: 0x2e, re: /^\d{2}\.\d{2}\.\d{2}-?[A-ZÆØÅ]\d{2}-\d{1,6}$/iu },
  // EMN-2025-010561 (Aarhus).
  { format: 'emn', at: 3, separator: 0x2d, re: new RegExp(String.raw`^EMN-${YEAR}-\d{4,7}$`, 'i') },
  // 306-2009-600: municipality number (101–860), year, serial.
  { format: 'municipality-year-serial', at: 3, separator: 0x2d, re: new RegExp(String.raw`^[1-8]\d{2}-${YEAR}-\d{1,7}$`) },
  // 24-002111: two-digit year, six-digit serial (FirstAgenda).
  { format: 'yy-serial', at: 2, separator: 0x2d, re: /^\d{2}-\d{6}$/ },
  // 2012/057275 (Odense).
  { format: 'year/serial', at: 4, separator: 0x2f, re: new RegExp(String.raw`^${YEAR}/\d{6}$`) },
  // 2012-28504, 2015-000452 (eDoc); a 4-digit serial only with a label (2024-2025 is a year range).
  { format: 'year-serial', at: 4, separator: 0x2d, re: new RegExp(String.raw`^${YEAR}-\d{5,7}$`) },
  { format: 'year-serial', at: 4, separator: 0x2d, re: new RegExp(String.raw`^${YEAR}-\d{4}$`), labelledOnly: true },
  // S2023-360 (a letter before the year, SBSYS-style): the letter makes it a case number.
  { format: 'year-serial', at: 5, separator: 0x2d, re: new RegExp(String.raw`^S${YEAR}-\d{1,7}$`, 'i') },
  // 21/16998 (Acadre); a 3-digit serial only with a label (24/365 is a ratio).
  { format: 'yy/serial', at: 2, separator: 0x2f, re: /^\d{2}\/\d{4,6}$/ },
  { format: 'yy/serial', at: 2, separator: 0x2f, re: /^\d{2}\/\d{3}$/, labelledOnly: true },
  // 22/36: a two-digit serial only after a case-number label (`Sag 24/12` may be a date).
  { format: 'yy/serial', at: 2, separator: 0x2f, re: /^\d{2}\/\d{2}$/, labelledOnly: true, strongLabel: true },
  // 299835 after `Sagsnr.` (Roskilde).
  { format: 'digits', at: -1, separator: 0, re: /^\d{5,8}$/, labelledOnly: true, strongLabel: true },
];

/** "EMN-…" or "S2023-…": the shapes that start with a letter. */
function startsLettered(token: string): boolean {
  return startsLetteredCodes(codeAt(token, 0), codeAt(token, 1));
}

/** startsLettered, given the token's first two characters. */
function startsLetteredCodes(c0: number, c1: number): boolean {
  const first = c0 | 0x20;
  return (first === 0x65 /* e */ && (c1 | 0x20) === 0x6d) /* m */ || (first === 0x73 /* s */ && isDigit(c1));
}

/** A 4-digit serial that is a year: `2024-2025`, `uge 23/2024`, `lov nr. 50/2019`. */
function serialIsYear(token: string): boolean {
  const m = /[-/](\d+)$/.exec(token);
  return m !== null && m[1]!.length === 4 && /^(?:19|20)\d{2}$/.test(m[1]!);
}

/** The format of a whole token, or null. `labelled`: a case label stands before it. */
function shapeOf(token: string, labelled: boolean, digitsAllowed: boolean): CaseFormat | null {
  if (lengthOf(token) > MAX_TOKEN) return null;
  // Every shape starts with a digit but EMN-… and S2023-…: other tokens (most words) need no test.
  const first = codeAt(token, 0);
  if (!isDigit(first) && !startsLettered(token)) return null;
  const t = token.replace(HYPHENS, '-');
  for (const shape of SHAPES) {
    // Most tokens have no shape's separator where it has its first: its expression is not tried.
    if (shape.at >= 0 && codeAt(t, shape.at) !== shape.separator) continue;
    if (!shape.re.test(t)) continue;
    if (shape.labelledOnly && !labelled) continue;
    if ((shape.format === 'digits' || shape.strongLabel) && !digitsAllowed) continue;
    if ((shape.format === 'year-serial' || shape.format === 'yy/serial') && serialIsYear(t)) continue;
    return shape.format;
  }
  return null;
}

/** Canonical key: trimmed, upper-case letters, no whitespace, hyphen-like characters as `-`. */
export function normalizeCaseNumber(raw: string, format: CaseFormat): string {
  const key = raw.trim().replace(/\s+/g, '').replace(HYPHENS, '-').toUpperCase();
  // Plain digits carry no letters or separators; the other formats keep their separators.
  return format === 'digits' ? key.replace(/\D/g, '') : key;
}

function maskedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const re of MASKS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  }
  // E-mail addresses, expanded by hand around each '@' ('@' stops both scans, so this is linear).
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 200 && EMAIL_LOCAL.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 200 && EMAIL_DOMAIN.test(text[end]!)) end++;
    if (start < at && text.slice(at + 1, end).includes('.')) ranges.push([start, end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A label glued to the token with a dot (`J.nr.24-002111`, `Sagsnr.299835`). */
const GLUED_LABEL = new RegExp(String.raw`^${LABEL_BODY}\.`, 'iu');
const GLUED_DIGITS_LABEL = /^(?:sagsnr|sagsnummer|journalnr|j\.?nr)\./i;

/** Every case number in free text, in document order. */
export function findCaseNumbers(text: string): CaseNumber[] {
  const out: CaseNumber[] = [];
  const masks = maskedRanges(text);
  let maskAt = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let token = m[0];
    let index = m.index;
    while (maskAt < masks.length && masks[maskAt]![1] <= index) maskAt++;
    const mask = masks[maskAt];
    if (mask && mask[0] < index + token.length && index < mask[1]) continue;
    if (token.length > MAX_TOKEN + 16) continue;

    const before = text.slice(Math.max(0, index - 24), index);
    const after = text.slice(index + token.length, index + token.length + 12);
    let labelled = LABEL_BEFORE.test(before);
    let digitsAllowed = DIGITS_LABEL_BEFORE.test(before);
    const glued = GLUED_LABEL.exec(token);
    if (glued) {
      digitsAllowed = GLUED_DIGITS_LABEL.test(token);
      labelled = true;
      token = token.slice(glued[0].length);
      index += glued[0].length;
    }
    if (GLUE_BEFORE.test(before) || GLUE_AFTER.test(after)) continue;
    if (DOC_LABEL_BEFORE.test(before)) continue;
    const format = shapeOf(token, labelled, digitsAllowed);
    if (!format) continue;
    if (!labelled && (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after))) continue;
    out.push({
      raw: token,
      format,
      normalized: normalizeCaseNumber(token, format),
      confidence: labelled ? 'labelled' : 'pattern',
      index,
    });
  }
  return out;
}

/**
 * Optional prefix of a case-number line: a case label, or Odense's access marker
 * `Åbent - ` / `Lukket - ` standing before the number.
 */
const LINE_PREFIX = new RegExp(
  String.raw`^(?:(${LABEL_BODY})\.?\s?:?\s{0,3}|(?:åbent|åben|lukket)\s{0,3}[-–:]\s{0,3})`,
  'iu',
);
/** A KLE subject and facet, a dash between spaces, a year and a serial: a whole line only. */
const KLE_PAIR = new RegExp(String.raw`^\d{2}\.\d{2}\.\d{2}-?[A-ZÆØÅ]\d{2} [-–] ${YEAR}\/\d{4,6}$`, 'u');
/** The longest LINE_PREFIX match: "journalnummer" (13), ".", a space, ":", three spaces. */
const LONGEST_PREFIX = 19;
/**
 * Whether a line starting with the characters c0, c1 may start with LINE_PREFIX: "sa…" (the
 * sag… labels), "jo…", "j.", "j nr", "jn…", "åb…", "lu…", in any case ("ſ" folds to s, the
 * Ångström sign to å). Most lines do not, and skip the expression.
 */
function mayStartLinePrefix(c0: number, c1: number): boolean {
  const second = c1 | 0x20; // ASCII letters in lower case
  switch (c0 | 0x20) {
    case 0x73: // s
      return second === 0x61; // a
    case 0x6a: // j
      return second === 0x6f /* o */ || second === 0x6e /* n */ || c1 === 0x2e /* . */ || isSpace(c1);
    case 0x6c: // l
      return second === 0x75; // u
    case 0xe5: // å
      return second === 0x62; // b
  }
  if (c0 === 0x17f /* ſ */) return second === 0x61;
  if (c0 === 0x212b /* Å */) return second === 0x62;
  return false;
}

/** Trailing punctuation a line may carry after the number: white space and `.,;:`. */
function isTrail(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || isSpace(c);
}

/**
 * False where classifyCaseNumber(text) is null for a text of `length` characters whose first
 * two and last characters are c0, c1 and `last` (its first gates, for a caller that has read
 * them; a text with white space or trailing punctuation at an end is left to it).
 */
export function mayBeCaseNumberLine(length: number, c0: number, c1: number, last: number): boolean {
  if (isSpace(c0)) return true;
  // The line starts with a prefix, or is the token (see classifyCaseNumber) …
  const prefixed = mayStartLinePrefix(c0, c1);
  if (!prefixed && !(isDigit(c0) || startsLetteredCodes(c0, c1))) return false;
  // … and is no longer than they are (trailing punctuation is left to classifyCaseNumber).
  return isTrail(last) || length <= (prefixed ? MAX_TOKEN + LONGEST_PREFIX : MAX_TOKEN);
}

/**
 * When a whole line or cell is one case number (optionally after a label), return it with
 * confidence 'labelled' (the line's place is the label); otherwise null. The shapes that need
 * a label in running text (plain digits, `2018-1234`, `24/312`) need one here too, so a bare
 * `299835` or `24/365` line is not a case; `Sag nr. 130` is an item number, not a case.
 */
export function classifyCaseNumber(text: string): CaseNumber | null {
  const length = lengthOf(text);
  let lead = 0;
  while (lead < length && isSpace(codeAt(text, lead))) lead++;
  if (length - lead > 80) return null;
  let end = length;
  while (end > lead && isTrail(codeAt(text, end - 1))) end--;
  // A line is at most a prefix and a token. Longer than a token, it needs a prefix, and
  // prefixes start with s, j, l or å; a line without one starts with the token, which starts
  // with a digit or the "e" of EMN.
  if (end - lead > MAX_TOKEN + LONGEST_PREFIX) return null;
  const first = codeAt(text, lead);
  const second = codeAt(text, lead + 1);
  const prefixed = mayStartLinePrefix(first, second);
  // Without a prefix, the line is the token: as long as one, starting with a digit or as EMN-… or S2023-… do.
  if (!prefixed && (end - lead > MAX_TOKEN || !(isDigit(first) || startsLetteredCodes(first, second)))) return null;
  let body = text.slice(lead, end);
  let offset = lead;
  let digitsAllowed = false;
  let labelled = false;
  const prefix = prefixed ? LINE_PREFIX.exec(body) : null;
  if (prefix) {
    const label = prefix[1];
    labelled = label !== undefined;
    digitsAllowed = label !== undefined && !/^sag(?:\s?nr)?$/i.test(label);
    offset += prefix[0].length;
    body = body.slice(prefix[0].length);
  }
  if (lengthOf(body) === 0 || lengthOf(body) > MAX_TOKEN) return null;
  // Every shape (and KLE_PAIR) starts with a digit but EMN-… and S2023-…: a word is ruled out
  // before the token pattern is tried.
  if (!isDigit(codeAt(body, 0)) && !startsLettered(body)) return null;
  if (!WHOLE_TOKEN.test(body)) {
    // "00.01.00A04 - 2007/34364": a KLE subject and facet, then the year and serial (Odense).
    if (!KLE_PAIR.test(body)) return null;
    return { raw: body, format: 'year/serial', normalized: normalizeCaseNumber(body, 'year/serial'), confidence: 'labelled', index: offset };
  }
  const format = shapeOf(body, labelled, digitsAllowed);
  if (!format) return null;
  return { raw: body, format, normalized: normalizeCaseNumber(body, format), confidence: 'labelled', index: offset };
}
