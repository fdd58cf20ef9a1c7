/**
 * Stage 2: classify lines. Each line gets what it could be, judged on its own text and hint.
 * Context (sequence, evidence around a line) is the tree builder's business.
 */
import type { BlockHint } from '../model.ts';
import { classifyCaseNumber, mayBeCaseNumberLine } from './case-numbers.ts';
import { codeAt, isDigit, lengthOf, lowerLatin1 } from './chars.ts';
import type { LineTable } from './lines.ts';
import type { Line } from './normalize.ts';
import { decisionLabel, FIELD_LABELS, hasClosedMarker, headingStrength, type HeadingStrength, mayBeDecisionLabel, mayBeHeading } from './vocabulary.ts';

/**
 * How an item heading was written; earlier forms in this list are stronger evidence.
 * numbered "12. Title", nr "Nr.12 - Title", colon "12: Title", bare "12 Title" (the number alone
 * before the title, as tables of contents and some exports print it).
 */
export const ITEM_FORMS = ['markup', 'punkt-colon', 'pkt', 'punkt', 'numbered', 'nr', 'colon', 'bare'] as const;
export type ItemForm = (typeof ITEM_FORMS)[number];

export type LineClass =
  | { kind: 'meeting-title'; docKind: 'referat' | 'dagsorden'; rest: string }
  | { kind: 'field'; field: (typeof FIELD_LABELS)[string]; label: string; value: string }
  | { kind: 'toc-heading' }
  /** "Åbne dagsordenspunkter" / "Lukkede dagsordenspunkter", "LUKKET MØDE:": the open or closed part of a meeting. */
  | { kind: 'group-heading'; closed: boolean }
  | { kind: 'item-heading'; form: ItemForm; number: number; title: string }
  /** A number alone ("Pkt. 42", markup span.label): the title is on the next line. */
  | { kind: 'item-number'; form: ItemForm; number: number }
  /** "Sag nr. 130" after a title line (Rødovre): the number of the item whose title came before. */
  | { kind: 'item-number-after'; number: number }
  | { kind: 'case-line' }
  | { kind: 'decision-heading'; body: string | null }
  | { kind: 'section-heading'; strength: HeadingStrength | 'markup' }
  | { kind: 'text' };

/** Longer than this, a line is running text (titles and labels are shorter). */
const LONGEST_STRUCTURAL_LINE = 300;

/** One shared object for the commonest class: running text (most lines of a document). */
const TEXT: LineClass = Object.freeze({ kind: 'text' });

// "Referat: …", "Referat - Økonomiudvalget" (OS2web page titles): the separator is not part of the rest.
const TITLE_LINE = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)\b(?: [-–] |[ :])*(.*)$/;
const TOC_HEADING =
  /^(?:Indholdsfortegnelse(?: [a-zæøå ]{0,30})?|Indhold|Dagsordenpunkter|Dagsordenspunkter|Punkter|Punkter på dagsordenen|Sagsoversigt|Pkt\. Tekst(?: Side)?|Punkt Titel|Punkter til dagsorden(?: Side)?)$/i;
// "Punkt 3: Title" (punkt-colon), "Pkt. 42 Title" / "Pkt. 42" (pkt), "Punkt 3 Title" / "Punkt 3" (punkt),
// tried in that order as one expression.
const ITEM_PUNKT = /^(?:Punkt (\d{1,4}) ?: ?(\S.*)|Pkt\. ?(\d{1,4})\.?(?: (\S.*))?|Punkt (\d{1,4})\.?(?: (\S.*))?)$/i;
// "49. Title", "1.Title", "1.   Title": a number, a dot, then a word (not "1.000", not "1. at …").
// "1. 1. Title": a page that prints the number twice.
// A title may start with an ordinal or a count: "344. 2. behandling af budget", "89. 17 nye boliger" (not "1. at …").
const NUMBERED = /^(\d{1,3})\. ?(?:\1\. ?)?([A-ZÆØÅ"'«“‘(].*|\d{1,2}\.? (?!at\b|mio\b|mia\b|kr\b|pct\b)[a-zæøå]{3}.*)$/;
// "Nr.1 - Title", "Nr. 12 – Title".
const NR = /^Nr\. ?(\d{1,4}) ?[-–:] ?(\S.*)$/;
// "1: Title" (the number, a colon, the title).
// The title starts with a capital or an ordinal ("2: 2. behandling …"), never a clock time ("18:00 - 20:05").
const COLON = /^(\d{1,3}) ?: ?([A-ZÆØÅ"'«“‘(].*|\d{1,2}\. [a-zæøå].*)$/;
// "342 Title", "1 (Åben) Title", "åbent 1 Title", "lukket 14 Lukket punkt": a number, a space, a capital.
const BARE = /^(?:([ÅåAa]bent?|[Ll]ukket) )?(\d{1,3}) (?:\((?:Åben|Åbent|Lukket)\) )?([A-ZÆØÅ"'«“‘].*|\d{1,2}\. (?!at\b)[a-zæøå]{3}.*)$/;
// A number alone on its line ("121.", "01.", "141"): its title is on the next line.
const NUMBER_ALONE = /^(\d{1,3})(\.?)$/;
/** "Åbne dagsordenspunkter" / "Lukkede dagsordenspunkter", "ÅBEN MØDE:" / "LUKKET MØDE:". */
/** The first three characters of TOC_HEADING's lines (see startCode): most lines are ruled out by them. */
const TOC_STARTS = new Set(['ind', 'dag', 'pun', 'pkt', 'sag'].map((start) => startCode(start)));
const GROUP_HEADING = /^(?:(åbne|lukkede) (?:dagsordens?punkter|punkter|sager)|(åbent?|lukket) møde):?$/i;
const OPEN_GROUP: LineClass = Object.freeze({ kind: 'group-heading', closed: false });
const CLOSED_GROUP: LineClass = Object.freeze({ kind: 'group-heading', closed: true });
/** Characters pages put before list entries ("• 34.", "· Sagsid.:"). */
const BULLET = /^[•·▪◦●][ \t]*/;
/** The first characters of BULLET, tested without the regular expression (it runs on every line). */
function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6 || c === 0x25cf;
}
const SAG_NR = /^Sag nr\. ?(\d{1,4})$/i;
const MONTH_START = /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/i;
/** MONTH_START.test(text), tried only where the first letter is a month's (the expression folds ASCII only). */
function startsWithMonth(text: string): boolean {
  const first = codeAt(text, 0) | 0x20;
  return (first === 0x6a /* j */ || first === 0x66 /* f */ || first === 0x6d /* m */ || first === 0x61 /* a */ || first === 0x73 /* s */ || first === 0x6f /* o */ || first === 0x6e /* n */ || first === 0x64) /* d */ && MONTH_START.test(text);
}
/** A number and a title longer than this is a page of a transcript ("2 Indholdsfortegnelse …"), not a heading. */
const LONGEST_BARE_HEADING = 200;
/** "2 Mio. kr.", "3 Kr.": a number with a unit is an amount, not an item. */
const UNIT_START = /^(?:mio|mia|kr|pct|stk|timer?|dage?|uger?|måneder?|år)\b/i;
const CASE_LABEL_START = /^(Sagsnr|Sags nr|Sagsnummer|Sagsid|Sag|J\.? ?nr|Journalnr|Journal nr)\b/i;

const FIELD_PATTERN = new RegExp(
  `^(${Object.keys(FIELD_LABELS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?: ?: ?| )(.*)$`,
  'iu',
);

/** A field label's first three characters in lower case, as codes (see startCode). */
const FIELD_STARTS = new Set(Object.keys(FIELD_LABELS).map((label) => startCode(label)));

/**
 * The first three characters of a text as one number, letters up to U+00FF in lower case; -1 when
 * one of them is beyond U+00FF (where case folding is not worked out here) or the text is shorter.
 */
function startCode(text: string): number {
  if (lengthOf(text) < 3) return -1;
  const a = codeAt(text, 0);
  const b = codeAt(text, 1);
  const c = codeAt(text, 2);
  if ((a | b | c) > 0xff) return -1;
  return (lowerLatin1(a) << 16) | (lowerLatin1(b) << 8) | lowerLatin1(c);
}

export function fieldOf(text: string): { field: (typeof FIELD_LABELS)[string]; label: string; value: string } | null {
  // Most lines start as no label does: they are ruled out without the pattern, which runs
  // otherwise on every line that starts with one of the labels' letters.
  const start = startCode(text);
  if (start !== -1 && !FIELD_STARTS.has(start)) return null;
  const m = FIELD_PATTERN.exec(text);
  if (!m) return null;
  const label = m[1] ?? '';
  const field = FIELD_LABELS[label.toLowerCase()];
  if (!field) return null;
  return { field, label, value: (m[2] ?? '').trim() };
}

export function classifyLine(line: Line): LineClass {
  const hinted = line.hint ? classifyHinted(line.text, line.hint) : null;
  if (hinted) return hinted;
  return line.tocLike ? contentsLineClass(line.text) : classifyText(line.text);
}

/**
 * A contents line ("1. Godkendelse af dagsorden ....... 3", "Sag 4\tTitle\t12"): only an item
 * heading, which the tree builder then reads as a contents entry, never a body item.
 */
function contentsLineClass(text: string): LineClass {
  const cls = classifyText(text);
  return cls.kind === 'item-heading' ? cls : TEXT;
}

/**
 * Classifies every line of the table. A document repeats many short lines word for word (the
 * template headings of every item, "Godkendt", "Ingen"), so the class of a short line without a
 * hint is remembered by its text for the rest of the parse, in a small direct-mapped memo keyed
 * by a cheap fingerprint: a repeated line costs a string comparison, not a classification.
 */
export function classifyLines(lines: LineTable): void {
  // The ids' typed array is made once (a new one per document cost more than the classifying of a
  // short one): an id is read only where its text matched in this document's memo.
  const memoText = new Array<string | undefined>(MEMO_SIZE);
  const memoId = MEMO_ID;
  const textId = lines.addClass(TEXT);
  for (let i = 0; i < lines.length; i++) {
    if (lines.isCopy(i)) {
      lines.setClassId(i, lines.classId(i - 1));
      continue;
    }
    const hint = lines.hint(i);
    const hinted = hint ? classifyHinted(lines.text(i), hint) : null;
    if (hinted) {
      lines.setClassId(i, lines.addClass(hinted));
      continue;
    }
    if (lines.tocLike(i)) {
      const cls = contentsLineClass(lines.text(i));
      lines.setClassId(i, cls === TEXT ? textId : lines.addClass(cls));
      continue;
    }
    const text = lines.text(i);
    if (lengthOf(text) > MEMO_LONGEST) {
      const cls = classifyText(text);
      lines.setClassId(i, cls === TEXT ? textId : lines.addClass(cls));
      continue;
    }
    // A plain line's characters are read from the source: one string of one or two kinds for
    // V8, where the line texts are of several (see chars.ts).
    const slot = (lines.isPlain(i) ? fingerprintOf(lines.source, lines.start(i), lines.end(i)) : fingerprint(text)) & (MEMO_SIZE - 1);
    if (memoText[slot] === text) {
      lines.setClassId(i, memoId[slot]!);
      continue;
    }
    const cls = classifyText(text);
    const id = cls === TEXT ? textId : lines.addClass(cls);
    memoText[slot] = text;
    memoId[slot] = id;
    lines.setClassId(i, id);
  }
}

/**
 * Length and eight characters (the ends, where numbers differ, and the quarters): enough to
 * tell most different lines apart. Two lines with the same fingerprint only take turns in
 * the memo; neither is misclassified.
 */
function fingerprint(text: string): number {
  const n = lengthOf(text);
  if (n === 0) return 0;
  // Written out, not through a helper closure: this runs on every short line. `| 0` turns the NaN of
  // an index before the start into 0.
  let h = (n * 31 + codeAt(text, 0)) | 0;
  h = (h * 31 + (codeAt(text, 1) | 0)) | 0;
  h = (h * 31 + codeAt(text, n >> 2)) | 0;
  h = (h * 31 + codeAt(text, n >> 1)) | 0;
  h = (h * 31 + codeAt(text, (3 * n) >> 2)) | 0;
  h = (h * 31 + (codeAt(text, n - 3) | 0)) | 0;
  h = (h * 31 + (codeAt(text, n - 2) | 0)) | 0;
  h = (h * 31 + codeAt(text, n - 1)) | 0;
  return h ^ (h >>> 10);
}

/** fingerprint(source.slice(start, end)), read in place (characters outside the span count as 0, as above). */
function fingerprintOf(source: string, start: number, end: number): number {
  const n = end - start;
  if (n === 0) return 0;
  let h = (n * 31 + source.charCodeAt(start)) | 0;
  h = (h * 31 + (n > 1 ? source.charCodeAt(start + 1) : 0)) | 0;
  h = (h * 31 + source.charCodeAt(start + (n >> 2))) | 0;
  h = (h * 31 + source.charCodeAt(start + (n >> 1))) | 0;
  h = (h * 31 + source.charCodeAt(start + ((3 * n) >> 2))) | 0;
  h = (h * 31 + (n > 2 ? source.charCodeAt(end - 3) : 0)) | 0;
  h = (h * 31 + (n > 1 ? source.charCodeAt(end - 2) : 0)) | 0;
  h = (h * 31 + source.charCodeAt(end - 1)) | 0;
  return h ^ (h >>> 10);
}

const MEMO_SIZE = 1024;
const MEMO_ID = new Int32Array(MEMO_SIZE);
/**
 * Lines longer than a heading (60) are seldom repeated and mostly ruled out by a few cheap
 * tests, so comparing them with the memo costs more than classifying them again.
 */
const MEMO_LONGEST = 60;

/** A line whose block the markup names (hint.role): the markup decides, the text fills in. Null: no role. */
function classifyHinted(text: string, hint: BlockHint): LineClass | null {
  switch (hint.role) {
    case 'meeting-title': {
      const m = TITLE_LINE.exec(text);
      const docKind = m?.[1]?.toLowerCase() === 'dagsorden' ? 'dagsorden' : 'referat';
      return { kind: 'meeting-title', docKind, rest: m ? (m[2] ?? '') : text };
    }
    case 'field': {
      const label = hint.label ?? '';
      const field = FIELD_LABELS[label.toLowerCase().replace(/:$/, '')];
      const value = text.replace(new RegExp(`^${escapeRegExp(label)}:?\\s*`, 'i'), '');
      return field ? { kind: 'field', field, label, value } : TEXT;
    }
    case 'item-number': {
      const n = /\d{1,4}/.exec(text);
      return n ? { kind: 'item-number', form: 'markup', number: Number(n[0]) } : TEXT;
    }
    case 'item-title': // the builder reads it as the title of the markup number before it
    case 'attachment': // an attachment named "Indstilling" is still an attachment
      return TEXT;
    case 'case-number':
      return { kind: 'case-line' };
    case 'section-heading': {
      const label = decisionLabel(text);
      return label ? decisionHeading(label.body) : { kind: 'section-heading', strength: 'markup' };
    }
    default:
      return null;
  }
}

/** Shared class objects for the commonest structural lines ("Beslutning", template headings). */
const PLAIN_DECISION: LineClass = Object.freeze({ kind: 'decision-heading', body: null });
const SECTION_HEADING: Record<HeadingStrength, LineClass> = {
  template: Object.freeze({ kind: 'section-heading', strength: 'template' }),
  'shared-word': Object.freeze({ kind: 'section-heading', strength: 'shared-word' }),
};
const CASE_LINE: LineClass = Object.freeze({ kind: 'case-line' });

function decisionHeading(body: string | null): LineClass {
  return body === null ? PLAIN_DECISION : { kind: 'decision-heading', body };
}

/**
 * A line without a hint, judged on its text. Each pattern is anchored at the start of the line,
 * so the first character tells which can match at all; the others are not tried.
 */
export function classifyText(text: string): LineClass {
  // Headings, labels and header lines are short; a long line is running text unless it opens with a case label.
  const length = lengthOf(text);
  const c0 = codeAt(text, 0);
  const first = c0 | 0x20; // ASCII letters in lower case
  const c1 = codeAt(text, 1);
  const second = c1 | 0x20;
  // CASE_LABEL_START's words start "sa", "j.", "j ", "jn" or "jo" (in either case: the expression folds ASCII only).
  const mayStartCaseLabel =
    (first === 0x73 /* s */ && second === 0x61) /* a */ || (first === 0x6a /* j */ && (c1 === 0x2e /* . */ || c1 === 0x20 || second === 0x6e /* n */ || second === 0x6f)) /* o */;
  if (length > LONGEST_STRUCTURAL_LINE && !(mayStartCaseLabel && CASE_LABEL_START.test(text))) return TEXT;
  const digit = isDigit(c0);

  // TITLE_LINE's words, in either case they are written in: "Re"/"RE", "Da"/"DA".
  if ((c0 === 0x52 /* R */ && (c1 === 0x65 || c1 === 0x45)) || (c0 === 0x44 /* D */ && (c1 === 0x61 || c1 === 0x41))) {
    const title = TITLE_LINE.exec(text);
    if (title && length < 250) {
      return { kind: 'meeting-title', docKind: title[1]!.toLowerCase() === 'dagsorden' ? 'dagsorden' : 'referat', rest: title[2] ?? '' };
    }
  }
  if ((first === 0xe5 /* å */ || first === 0x6c /* l */) && length <= 30) {
    const group = GROUP_HEADING.exec(text);
    if (group) return /^lukke/i.test(group[1] ?? group[2]!) ? CLOSED_GROUP : OPEN_GROUP;
  }
  // ITEM_PUNKT: "Punkt …" or "Pkt. …", in any case. (Before TOC_HEADING, which these lines, the
  // number after the word, never match.)
  if (first === 0x70 /* p */ && ((c1 | 0x20) === 0x75 /* u */ || (c1 | 0x20) === 0x6b) /* k */) {
    const m = ITEM_PUNKT.exec(text);
    if (m) {
      if (m[1] !== undefined) return { kind: 'item-heading', form: 'punkt-colon', number: Number(m[1]), title: m[2]! };
      const form = m[3] !== undefined ? 'pkt' : 'punkt';
      const number = Number(m[3] ?? m[5]);
      const title = m[4] ?? m[6];
      return title ? { kind: 'item-heading', form, number, title } : { kind: 'item-number', form, number };
    }
  }
  // TOC_HEADING's longest line: "Indholdsfortegnelse" and 31 more characters.
  if ((first === 0x70 /* p */ || first === 0x69 /* i */ || first === 0x64 /* d */ || first === 0x73) /* s */ && length <= 50) {
    const start = startCode(text);
    if ((start === -1 || TOC_STARTS.has(start)) && TOC_HEADING.test(text)) return { kind: 'toc-heading' };
  }
  // After the leading digits (at most three in a heading's number), the character each
  // numbered form needs there: '.' (NUMBERED), ':' or ' :' (COLON), ' ' (BARE).
  let digits = 0;
  if (digit) while (digits < 4 && isDigit(codeAt(text, digits))) digits++;
  const afterNumber = digits <= 3 ? codeAt(text, digits) : -1;
  if (digit && (afterNumber === 0x2e /* . */ || afterNumber === 0x3a /* : */ || afterNumber === 0x20 || length <= 4)) {
    const m = afterNumber === 0x2e ? NUMBERED.exec(text) : null;
    if (m && !startsWithMonth(m[2]!)) {
      return { kind: 'item-heading', form: 'numbered', number: Number(m[1]), title: m[2]! };
    }
    const alone = length <= 4 ? NUMBER_ALONE.exec(text) : null;
    if (alone) return { kind: 'item-number', form: alone[2] ? 'numbered' : 'bare', number: Number(alone[1]) };
    const colon = afterNumber === 0x3a || (afterNumber === 0x20 && codeAt(text, digits + 1) === 0x3a) ? COLON.exec(text) : null;
    if (colon && !startsWithMonth(colon[2]!)) return { kind: 'item-heading', form: 'colon', number: Number(colon[1]), title: colon[2]! };
  }
  // BARE: the number first, or "åben"/"aben"/"lukket" (their second letters in lower case only).
  if ((digit && afterNumber === 0x20) || ((first === 0x61 /* a */ || first === 0xe5) /* å */ && c1 === 0x62) /* b */ || (first === 0x6c /* l */ && c1 === 0x75) /* u */) {
    const m = length <= LONGEST_BARE_HEADING ? BARE.exec(text) : null;
    if (m && !startsWithMonth(m[3]!) && !UNIT_START.test(m[3]!)) {
      const title = m[1] && /^lukket$/i.test(m[1]) && !hasClosedMarker(m[3]!) ? `${m[3]!} (Lukket)` : m[3]!;
      return { kind: 'item-heading', form: 'bare', number: Number(m[2]), title };
    }
  }
  if (c0 === 0x4e /* N */ && c1 === 0x72 /* r */) {
    const m = NR.exec(text);
    if (m) return { kind: 'item-heading', form: 'nr', number: Number(m[1]), title: m[2]! };
  }
  if (isBullet(c0)) {
    const rest = text.replace(BULLET, '');
    return rest === '' ? TEXT : classifyText(rest);
  }
  // SAG_NR: "Sag nr. 1234" at the longest.
  if (first === 0x73 /* s */ && length <= 12) {
    const m = SAG_NR.exec(text);
    if (m) return { kind: 'item-number-after', number: Number(m[1]) };
  }

  // Each of the tests below is tried only where its own cheap gate, read from the characters
  // at hand, lets the line through: most lines are ruled out without a call.
  const last = codeAt(text, length - 1);
  if (mayBeDecisionLabel(text, c0, last)) {
    const label = decisionLabel(text);
    if (label) return decisionHeading(label.body);
  }
  if (mayBeHeading(c0, last, length)) {
    const strength = headingStrength(text);
    if (strength) return SECTION_HEADING[strength];
  }
  if ((mayBeCaseNumberLine(length, c0, c1, last) && classifyCaseNumber(text)) || (mayStartCaseLabel && length < 160 && CASE_LABEL_START.test(text) && classifyCaseNumber(firstWords(text)))) {
    return CASE_LINE;
  }
  // Field labels start with one of these letters (or, folded, "ſ"): other lines skip the pattern.
  if ((first < 0x80 && FIELD_FIRST[first] === 1) || c0 >= 0x80) {
    const field = fieldOf(text);
    if (field) return { kind: 'field', ...field };
  }
  return TEXT;
}

/** FIELD_FIRST[c]: a field label starts with the ASCII letter c (in lower case). A table, as this runs on most lines. */
const FIELD_FIRST = new Uint8Array(0x80);
for (const label of Object.keys(FIELD_LABELS)) FIELD_FIRST[label.charCodeAt(0) | 0x20] = 1;

/** "Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt" → "Sagsnr. 299835". */
function firstWords(text: string): string {
  const m = /^(\S+(?: nr\.?)?:? ?\S+)/i.exec(text);
  return m ? m[1]! : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
