/**
 * The fixed words of Danish minutes templates: section headings, header field labels and
 * decision labels, as used across publishing systems.
 * This is language, not knowledge of any one document.
 */

import { codeAt, isDigit, isSpace, lengthOf, lowerLatin1 } from './chars.ts';

/**
 * Template section headings (compared case-insensitively, trailing colon ignored): the
 * headings agenda systems put in every item.
 */
const TEMPLATE_HEADINGS = [
  'Beslutning',
  'Beslutninger',
  'Resumé',
  'Resume',
  'Resume og sagens baggrund',
  'Sammendrag',
  'Beslutningstema',
  'Indstilling',
  'Indstillinger',
  'Beslutningskompetence',
  'Beslutningen træffes af',
  'Sagsfremstilling',
  'Supplerende sagsfremstilling',
  'Beskrivelse af sagen',
  'Lovgrundlag',
  'Sagen afgøres i',
  'Politisk behandling',
  'Problemstilling',
  'Udtalelser',
  'Administrationens vurdering',
  'Økonomi og finansiering',
  'Økonomiske konsekvenser',
  'Økonomiske konsekvenser og finansiering',
  'Budgetmæssige konsekvenser',
  'Sagens forløb',
  'Sagsforløb',
  'Behandlingsforløb',
  'Beslutningshistorik',
  'Tidligere udvalgsbeslutninger',
  'Tidligere beslutninger',
  'Behandling',
  'Beslutningspunkter',
  'Bilag',
];

/**
 * Short words that some templates use as headings (Roskilde's "Økonomi") but that authors
 * also write as sub-headings inside case text. They count as template headings only where
 * the document uses them in at least two items.
 */
const SHARED_WORD_HEADINGS = ['Økonomi', 'Høring', 'Høringssvar', 'Vurdering', 'Kompetence', 'Løsning'];

/** A heading compared case-insensitively, without its trailing colon. */
export function headingKey(line: string): string {
  let key = line.trim();
  if (key.endsWith(':')) key = key.slice(0, -1).trim();
  return key.toLowerCase();
}

/**
 * A cheap signature of the key a line would have (its first letter in lower case and its
 * length), read without making the key; -1 when the first letter is beyond Latin-1 (its lower
 * case is not worked out here).
 */
function signatureOf(line: string): number {
  let start = 0;
  let end = lengthOf(line);
  while (start < end && isSpace(codeAt(line, start))) start++;
  while (end > start && isSpace(codeAt(line, end - 1))) end--;
  if (end > start && codeAt(line, end - 1) === 0x3a /* : */) {
    end--;
    while (end > start && isSpace(codeAt(line, end - 1))) end--;
  }
  return signatureFrom(codeAt(line, start), end - start);
}

/** The signature of a key that starts with the character c and has `length` characters. */
function signatureFrom(c: number, length: number): number {
  if (c > 0xff) return -1;
  return (lowerLatin1(c) << 16) | Math.min(length, 0xffff);
}

/**
 * Headings matched case-insensitively (trailing colon ignored). Most lines are ruled out by
 * signature (first letter and length) before their key is made: this runs on every short line.
 */
class HeadingSet {
  private readonly keys: Set<string>;
  private readonly signatures: Set<number>;

  constructor(headings: readonly string[]) {
    this.keys = new Set(headings.map((h) => h.toLowerCase()));
    this.signatures = new Set([...this.keys].map(signatureOf));
  }

  has(line: string): boolean {
    const signature = signatureOf(line);
    if (signature !== -1 && !this.signatures.has(signature)) return false;
    return this.keys.has(headingKey(line));
  }

  /** `has`, given the line's signatureOf and headingKey (one key serves several sets). */
  hasKeyed(key: string, signature: number): boolean {
    return (signature === -1 || this.signatures.has(signature)) && this.keys.has(key);
  }
}

/**
 * Words authors also use as sub-headings in their text ("Baggrund"), but that templates which
 * print every heading in capitals ("INDSTILLING", "BAGGRUND") use as headings: headings only
 * when written in capitals.
 */
const CAPITALS_HEADINGS = ['Baggrund', 'Beskrivelse', 'Formål'];

const TEMPLATE = new HeadingSet(TEMPLATE_HEADINGS);
const SHARED_WORD = new HeadingSet(SHARED_WORD_HEADINGS);
const CAPITALS = new HeadingSet(CAPITALS_HEADINGS);

/** The signatures of TEMPLATE, SHARED_WORD and CAPITALS together. */
const HEADING_SIGNATURES = new Set([...TEMPLATE_HEADINGS, ...SHARED_WORD_HEADINGS, ...CAPITALS_HEADINGS].map((h) => signatureOf(h.toLowerCase())));

/** No lower-case letter in the line. */
function inCapitals(line: string): boolean {
  return line === line.toUpperCase();
}

export type HeadingStrength = 'template' | 'shared-word';

/** Longer than this, a line is no section heading (headingStrength is null). */
const LONGEST_HEADING = 60;

/**
 * False where headingStrength is null for a line of `length` characters whose first and last
 * characters are `first` and `last` (its first gates, for a caller that has read them; a line
 * with white space or a colon at an end is left to it).
 */
export function mayBeHeading(first: number, last: number, length: number): boolean {
  if (length > LONGEST_HEADING) return false;
  if (isSpace(first) || isSpace(last) || last === 0x3a /* : */) return true;
  const signature = signatureFrom(first, length);
  return signature === -1 || HEADING_SIGNATURES.has(signature);
}

/** Whether a line is a section heading of the vocabulary, and how sure that is. */
export function headingStrength(line: string): HeadingStrength | null {
  if (lengthOf(line) > LONGEST_HEADING) return null;
  const signature = signatureOf(line);
  // One look-up rules out most lines for all three sets.
  if (signature !== -1 && !HEADING_SIGNATURES.has(signature)) return null;
  // The key is made once for the three sets (each would make its own).
  const key = headingKey(line);
  if (TEMPLATE.hasKeyed(key, signature)) return 'template';
  if (SHARED_WORD.hasKeyed(key, signature)) return 'shared-word';
  if (CAPITALS.hasKeyed(key, signature) && inCapitals(line)) return 'template';
  return null;
}

/** Headings whose section holds the item's decision. */
const PLAIN_DECISION_HEADINGS = new HeadingSet(['beslutning', 'beslutninger']);

/** Headings whose section is the case's earlier treatments. */
const HISTORY_HEADINGS = new HeadingSet(['sagens forløb', 'sagsforløb', 'beslutningshistorik', 'tidligere udvalgsbeslutninger', 'tidligere beslutninger']);

const ATTACHMENT_HEADINGS = new HeadingSet(['bilag']);

export function isPlainDecisionHeading(heading: string): boolean {
  return PLAIN_DECISION_HEADINGS.has(heading);
}

export function isHistoryHeading(heading: string): boolean {
  return HISTORY_HEADINGS.has(heading);
}

export function isAttachmentHeading(heading: string): boolean {
  return ATTACHMENT_HEADINGS.has(heading);
}

/**
 * Closed-item markers in an item title: a prefix
 * "Lukket: …" / "Lukket punkt: …" / "LUKKET. …", or a suffix "(Lukket)" (Roskilde) or
 * "Lukket punkt." (OS2web Drupal 7 renders `[title] [field_bul_point_closed]`).
 */
export const CLOSED_PREFIX = /^(?:Lukket(?: punkt| sag)?|LUKKET)\s*[:.]\s*/;
export const CLOSED_SUFFIX = /\s*(?:\((?:[Ll]ukket(?: punkt)?|LUKKET(?: PUNKT)?)\)|(?<=\S) Lukket punkt\.?)$/;

/**
 * CLOSED_SUFFIX.test, tried only on a title that ends as one of its forms does: the expression
 * is anchored at the end only, so a test would read the whole title.
 */
export function hasClosedSuffix(text: string): boolean {
  return (text.endsWith(')') || text.endsWith('Lukket punkt') || text.endsWith('Lukket punkt.')) && CLOSED_SUFFIX.test(text);
}

/** CLOSED_PREFIX.test, tried only on a text that starts with "L" as both its forms do (it runs on every title). */
export function hasClosedPrefix(text: string): boolean {
  return text.charCodeAt(0) === 0x4c /* L */ && CLOSED_PREFIX.test(text);
}

/** Whether an item title carries a closed marker. */
export function hasClosedMarker(title: string): boolean {
  const text = title.trim();
  return hasClosedPrefix(text) || hasClosedSuffix(text);
}

const DATE_WORD = String.raw`(?:\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}|\d{1,2}\.? [a-zæøå]+\.? \d{4}|\d{4}-\d{2}-\d{2})`;
/** After a label's body: "den", a comma, or nothing ("Beslutning i Byrådet 9. oktober 2018:"). */
const BEFORE_DATE = String.raw`(?:,? den|,)? `;
/**
 * After a label's date: an item number ("pkt. 6", "Punkt 2"), a note in parentheses or a time,
 * then an optional colon. Other words after the date make a sentence ("… den 3. maj 2019 om …").
 */
const LABEL_END = String.raw`(?:,? (?:pkt\.?|punkt|sag(?: nr\.?)?) ?\d{1,4}\.?| \([^()]{1,40}\)|,? kl\. ?\d{1,2}[.:]\d{2})?:?$`;

/**
 * Decision labels that name a body and a date:
 * "Beslutning i Økonomiudvalget den 16-03-2026", "Beslutning Økonomiudvalget den 19-06-2018",
 * "BESLUTNING: Udvalget den 22-10-2020", "Beslutning i Byrådet 9. oktober 2018:",
 * "Beslutning fra Direktionen, 8. februar 2021, pkt. 6:", "Beslutning Byrådet, 22.11.2016",
 * "Sundhedsudvalgets beslutning den 04.12.2012 Punkt 2", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42",
 * "Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:". A body never starts with "om"/"af"/"vedr"
 * ("Beslutning om lokalplan 12 …" is a title or a sentence, not a label).
 */
const LABELLED_DECISION_PATTERNS: RegExp[] = [
  new RegExp(String.raw`^Beslutning(?:er)?(?: i| fra| på)?:? (?!om |af |vedr)(.{2,120}?)${BEFORE_DATE}${DATE_WORD}${LABEL_END}`, 'iu'),
  new RegExp(String.raw`^(.{2,120}?)s beslutning(?: i mødet)?${BEFORE_DATE}${DATE_WORD}${LABEL_END}`, 'iu'),
  new RegExp(String.raw`^(.{2,120}?), ${DATE_WORD}, pkt\. ?\d{1,4}:?$`, 'iu'),
];
/** The shortest line the patterns match: "Xy, 1.1.11, pkt.1" (the third). */
const SHORTEST_LABELLED = 17;
/** Every labelled form ends with a date, an item number, a parenthesis or a time, and perhaps ":". */
function endsAsLabel(text: string): boolean {
  let last = lengthOf(text) - 1;
  if (codeAt(text, last) === 0x3a /* : */) last--;
  const c = codeAt(text, last);
  return isDigit(c) || c === 0x29 /* ) */;
}

const DECISION_WORD = /beslutning|pkt\./i;

/**
 * "BeslutningGodkendt.": a page that lost the line break after the heading. Only the heading
 * as written in templates (capital B, the rest lower case) followed by a capital letter.
 */
function isGluedDecision(text: string): boolean {
  const next = codeAt(text, 10);
  return text.startsWith('Beslutning') && ((next >= 0x41 /* A */ && next <= 0x5a) /* Z */ || next === 0xc6 /* Æ */ || next === 0xd8 /* Ø */ || next === 0xc5) /* Å */;
}
const INLINE_DECISION = /^(?:Beslutning|BESLUTNING)(?::\s{1,3}(?=\S)|\s{1,3}(?=[A-ZÆØÅ]))/u;

/**
 * Text after "Beslutning " on its line that is a decision, not the name of who decided: no body's
 * name alone ("Beslutning Økonomiudvalget"), no date in its start ("Byrådet den 31-10-2018 …").
 */
function isDecisionText(rest: string): boolean {
  if (/\d/.test(rest.slice(0, 60))) return false;
  return !(BODY_WORD.test(rest) && !rest.includes('.') && isBodyName(rest));
}

/**
 * A body's name, not a sentence ("Det blev besluttet at følge Byrådets beslutning den …"): at
 * most eight words, no full stop between words.
 */
function isBodyName(body: string): boolean {
  let words = 1;
  const length = lengthOf(body);
  for (let i = 0; i < length; i++) {
    const c = codeAt(body, i);
    if (c === 0x20 && ++words > 8) return false;
    if (c === 0x2e /* . */ && codeAt(body, i + 1) === 0x20) return false;
  }
  return true;
}

export interface DecisionLabel {
  /** The body that decided, when the label names one. */
  body: string | null;
  /** Decision text glued to the heading ("BeslutningGodkendt." → "Godkendt."), else null. */
  glued: string | null;
}

/**
 * False where decisionLabel(line) is null, for a line whose first and last characters are `first`
 * and `last` (its cheapest gates, for a caller that has read them): a decision label starts with
 * "b" or ends as endsAsLabel says; a line with white space at an end is left to decisionLabel.
 */
export function mayBeDecisionLabel(line: string, first: number, last: number): boolean {
  if ((first | 0x20) === 0x62 /* b */ || isSpace(first) || isSpace(last)) return true;
  // The line is its trimmed text, and only labelledDecision can take it.
  const length = lengthOf(line);
  return length >= SHORTEST_LABELLED && length <= LONGEST_LABEL && endsAsLabel(line);
}

/** Longer than this, a line is no decision label. */
const LONGEST_LABEL = 200;

/** A line that opens a decision section, or null. */
export function decisionLabel(line: string): DecisionLabel | null {
  const text = line.trim();
  // Cheap gates first, as this runs on every line: the plain heading starts with "b"; every
  // labelled form ends as endsAsLabel says and has one of the words of DECISION_WORD.
  const length = lengthOf(text);
  if (length > LONGEST_LABEL) return null;
  if ((codeAt(text, 0) | 0x20) === 0x62 /* b */) {
    if (isPlainDecisionHeading(text)) return { body: null, glued: null };
    if (length > 11 && isGluedDecision(text)) return { body: null, glued: text.slice(10) };
    // Who decided first ("Beslutning i Byrådet den …", with the decision after it or not); then
    // "Beslutning: Godkendt.", "Beslutning Godkendt." (a table row's two cells): the label and
    // the decision on one line.
    const labelled = labelledDecision(text) ?? labelThenText(text);
    if (labelled) return labelled;
    const after = length > 12 ? codeAt(text, 10) : 0;
    const inline = after === 0x3a /* : */ || after === 0x20 ? INLINE_DECISION.exec(text) : null;
    if (inline && (after === 0x3a || isDecisionText(text.slice(inline[0].length)))) return { body: null, glued: text.slice(inline[0].length) };
    return null;
  }
  return labelledDecision(text);
}

/**
 * "Beslutning i Byrådet den 12. marts 2019: Godkendt.", "BESLUTNING I ØKONOMIUDVALGET DEN
 * Godkendt." (a transcript that lost the date): the label, then the decision on its line.
 */
function labelThenText(text: string): DecisionLabel | null {
  // The expression's "beslutning" is ten characters (in any case), then white space.
  const m = lengthOf(text) > 30 && isSpace(codeAt(text, 10)) ? LABEL_THEN_TEXT.exec(text) : null;
  if (!m || !BODY_WORD.test(m[1]!) || !isBodyName(m[1]!)) return null;
  return { body: m[1]!.trim(), glued: text.slice(m[0].length) };
}

/** "Beslutning i Byrådet den …" and the other forms that name who decided: the body, or null. */
function labelledDecision(text: string): DecisionLabel | null {
  if (lengthOf(text) < SHORTEST_LABELLED || !endsAsLabel(text) || !DECISION_WORD.test(text)) return null;
  for (const pattern of LABELLED_DECISION_PATTERNS) {
    const m = pattern.exec(text);
    if (m && isBodyName(m[1]!)) return { body: m[1]!.trim() || null, glued: null };
  }
  return null;
}

/**
 * "Kultur- og Demokratiudvalget, 03.09.2018", "Byrådet den 22-11-2016": a line naming a body and
 * a date and nothing else. Right under a plain "Beslutning" heading it says who decided and when;
 * it is part of the label, not of the decision text. The body is a name (no sentence: no "." or
 * digit, at most eight words) with a word for a political body in it.
 */
const BODY_AND_DATE = new RegExp(String.raw`^([A-ZÆØÅ][^\d:.]{1,100}?)${BEFORE_DATE}${DATE_WORD}:?$`, 'u');
const BODY_WORD = /udvalg|råd|bestyrelse|direktion|magistrat|forum|komit/i;
const LABEL_THEN_TEXT = new RegExp(String.raw`^beslutning\s(?:i|fra|på)\s(.{2,80}?)\s(?:den|d\.)(?:\s{1,3}${DATE_WORD})?\s{0,3}:?\s{1,3}(?=\p{Lu})`, 'iu');

export function bodyAndDateLine(line: string): { body: string } | null {
  const text = line.trim();
  if (text.length > 120) return null;
  // The line ends with the date's last digit, perhaps followed by ":".
  let last = text.length - 1;
  if (text.charCodeAt(last) === 0x3a /* : */) last--;
  if (!isDigit(text.charCodeAt(last))) return null;
  const m = BODY_AND_DATE.exec(text);
  if (!m || !BODY_WORD.test(m[1]!) || m[1]!.split(' ').length > 8) return null;
  return { body: m[1]!.trim() };
}

/** Header field labels (the value follows on the same line, with or without a colon). */
export const FIELD_LABELS: Record<string, 'date' | 'location' | 'participants' | 'absent' | 'committee'> = {
  mødedato: 'date',
  dato: 'date',
  mødetid: 'date',
  tidspunkt: 'date',
  starttidspunkt: 'date',
  mødested: 'location',
  sted: 'location',
  lokale: 'location',
  mødedeltagere: 'participants',
  deltagere: 'participants',
  tilstede: 'participants',
  'til stede': 'participants',
  medlemmer: 'participants',
  fraværende: 'absent',
  afbud: 'absent',
  'afbud fra': 'absent',
  udvalg: 'committee',
};

/**
 * What a header label announces. `members`: the body's members (next to them, `participants`
 * may list staff); `other`: a field whose value is no meeting fact (end time, remarks, the
 * minute-taker), read only so its value is not taken for the next label's.
 */
export type HeaderFieldKind = 'date' | 'time' | 'location' | 'committee' | 'participants' | 'members' | 'absent' | 'other';

/**
 * Every label of the header fields systems print (lower case; the header reader matches them
 * case-insensitively, with or without a colon). Only the header reader uses these.
 */
export const HEADER_LABELS: Record<string, HeaderFieldKind> = {
  mødedato: 'date',
  dato: 'date',
  mødedag: 'date',
  'dato og tid': 'date',
  'dato og sted': 'date',
  'tid og sted': 'date',
  'mødedato og tidspunkt': 'date',
  mødetid: 'time',
  mødetidspunkt: 'time',
  tidspunkt: 'time',
  tid: 'time',
  starttidspunkt: 'time',
  'starttidspunkt for møde': 'time',
  mødestart: 'time',
  mødested: 'location',
  sted: 'location',
  mødelokale: 'location',
  lokale: 'location',
  'møde lokation': 'location',
  mødelokation: 'location',
  udvalg: 'committee',
  mødedeltagere: 'participants',
  deltagere: 'participants',
  tilstede: 'participants',
  'til stede': 'participants',
  'tilstede var': 'participants',
  'til stede var': 'participants',
  fremmødte: 'participants',
  medlemmer: 'members',
  'medlemmer af udvalget': 'members',
  indkaldelse: 'members',
  indkaldte: 'members',
  fraværende: 'absent',
  'fraværende med afbud': 'absent',
  'fraværende uden afbud': 'absent',
  'fraværende i mødet': 'absent',
  'fraværende/afbud': 'absent',
  afbud: 'absent',
  'afbud fra': 'absent',
  'afbud/fraværende': 'absent',
  'afbud fra/fraværende': 'absent',
  forfald: 'absent',
  sluttidspunkt: 'other',
  'sluttidspunkt for møde': 'other',
  'mødet hævet': 'other',
  'mødet sluttede': 'other',
  bemærkninger: 'other',
  bemærkning: 'other',
  referent: 'other',
  information: 'other',
  'dannet den': 'other',
  publiceringsdato: 'other',
  publiceret: 'other',
  udgivet: 'other',
  offentliggjort: 'other',
  opdateret: 'other',
  'senest opdateret': 'other',
  'sidst opdateret': 'other',
  'møde nr': 'other',
  pdf: 'other',
};
