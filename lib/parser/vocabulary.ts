/**
 * The fixed words of Danish minutes templates: section headings, header field labels and
 * decision labels, as used across publishing systems (publishing-systems.md §3).
 * This is language, not knowledge of any one document.
 */

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

const TEMPLATE_SET = new Set(TEMPLATE_HEADINGS.map((h) => h.toLowerCase()));
const SHARED_WORD_SET = new Set(SHARED_WORD_HEADINGS.map((h) => h.toLowerCase()));

export function headingKey(line: string): string {
  return line.trim().replace(/:$/, '').trim().toLowerCase();
}

export type HeadingStrength = 'template' | 'shared-word';

/** Whether a line is a section heading of the vocabulary, and how sure that is. */
export function headingStrength(line: string): HeadingStrength | null {
  if (line.length > 60) return null;
  const key = headingKey(line);
  if (TEMPLATE_SET.has(key)) return 'template';
  if (SHARED_WORD_SET.has(key)) return 'shared-word';
  return null;
}

/** Headings whose section holds the item's decision. */
const PLAIN_DECISION_HEADINGS = new Set(['beslutning', 'beslutninger']);

/** Headings whose section is the case's earlier treatments. */
const HISTORY_HEADINGS = new Set(['sagens forløb', 'sagsforløb', 'beslutningshistorik']);

export function isPlainDecisionHeading(heading: string): boolean {
  return PLAIN_DECISION_HEADINGS.has(headingKey(heading));
}

export function isHistoryHeading(heading: string): boolean {
  return HISTORY_HEADINGS.has(headingKey(heading));
}

export function isAttachmentHeading(heading: string): boolean {
  return headingKey(heading) === 'bilag';
}

/**
 * Closed-item markers in an item title (publishing-systems.md §3 "Closed items"): a prefix
 * "Lukket: …" / "Lukket punkt: …" / "LUKKET. …", or a suffix "(Lukket)" (Roskilde) or
 * "Lukket punkt." (OS2web Drupal 7 renders `[title] [field_bul_point_closed]`).
 */
export const CLOSED_PREFIX = /^(?:Lukket(?: punkt| sag)?|LUKKET)\s*[:.]\s*/;
export const CLOSED_SUFFIX = /\s*(?:\((?:[Ll]ukket(?: punkt)?|LUKKET(?: PUNKT)?)\)|(?<=\S) Lukket punkt\.?)$/;

/** Whether an item title carries a closed marker. */
export function hasClosedMarker(title: string): boolean {
  const text = title.trim();
  return CLOSED_PREFIX.test(text) || CLOSED_SUFFIX.test(text);
}

const DATE_WORD = String.raw`(?:\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}|\d{1,2}\.? [a-zæøå]+\.? \d{4})`;

/**
 * Decision labels that name a body and a date (publishing-systems.md §3):
 * "Beslutning i Økonomiudvalget den 16-03-2026", "Beslutning Økonomiudvalget den 19-06-2018",
 * "Sundhedsudvalgets beslutning den 04.12.2012 Punkt 2", "Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42".
 */
const LABELLED_DECISION_PATTERNS: RegExp[] = [
  new RegExp(String.raw`^Beslutning(?: i)? (.{2,120}?) den ${DATE_WORD}(?: .{0,40})?:?$`, 'iu'),
  new RegExp(String.raw`^(.{2,120}?)s beslutning(?: i mødet)? den ${DATE_WORD}(?: .{0,40})?:?$`, 'iu'),
  new RegExp(String.raw`^(.{2,120}?), ${DATE_WORD}, pkt\. ?\d{1,4}:?$`, 'iu'),
];

const DECISION_WORD = /beslutning|pkt\./i;

export interface DecisionLabel {
  /** The body that decided, when the label names one. */
  body: string | null;
}

/** A line that opens a decision section, or null. */
export function decisionLabel(line: string): DecisionLabel | null {
  const text = line.trim();
  // Cheap gate first: this runs on every line, and every label has one of these words.
  if (text.length > 200 || !DECISION_WORD.test(text)) return null;
  if (isPlainDecisionHeading(text)) return { body: null };
  for (const pattern of LABELLED_DECISION_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { body: (m[1] ?? '').trim() || null };
  }
  return null;
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
