/**
 * The labelled fields of a meeting header, in the layouts systems and PDF transcripts print:
 * label and value on one line (`Mødedato: 12. august 2014`), the value on the next line
 * (`Dato` / `03.09.2018`), a run of labels followed by the run of their values (a two-column
 * table flattened), several fields on one line (`Dato: … Tid: Kl. 17:30`), pipe tables
 * (`Dato: |` / `10-10-2022 17:00:00 |`). Lines that are no field are kept as free text for the
 * title reader.
 */
import { HEADER_LABELS, type HeaderFieldKind } from './vocabulary.ts';

export interface HeaderField {
  kind: HeaderFieldKind;
  label: string;
  /** The value's lines (a list may take several). */
  values: string[];
  /** Per value line: it starts a paragraph (a blank line before it). */
  breaks: boolean[];
  line: number;
}

export interface FreeText {
  text: string;
  line: number;
}

/** A header line, as the field reader sees it. */
export interface HeaderLine {
  text: string;
  line: number;
  /** The line cannot continue a list (a heading, an item, a table of contents). */
  stop: boolean;
  /** The line starts a paragraph. */
  paragraph: boolean;
  /** A field label from markup (block hint), with the line's text as its value. */
  hintLabel?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The letters labels start with: a look-ahead at them comes first in INLINE_LABEL, ruling out
 * most places before its look-behind's Unicode class is tried.
 */
const LABEL_FIRSTS = [...new Set(Object.keys(HEADER_LABELS).map((l) => l.charAt(0)))].join('');
const LABEL_SOURCE = Object.keys(HEADER_LABELS)
  .sort((a, b) => b.length - a.length)
  .map((l) => escape(l).replace(/ /g, '\\s{1,3}'))
  .join('|');

/** A label at the start of a line, with or without a colon (`Dato`, `STED`, `Indkaldelse :`). */
const START_LABEL = new RegExp(`^(${LABEL_SOURCE})(?![\\p{L}])\\s{0,3}(\\.?\\s{0,2}:)?\\s{0,3}`, 'iu');
/**
 * A label inside a line: it has a colon, and stands after a space, a dot or a lower-case letter
 * (`ByrådetMødedato:` where a PDF lost the line break).
 */
const INLINE_LABEL = new RegExp(`(?=[${LABEL_FIRSTS}])(?<=[\\s.|]|\\p{Ll})(${LABEL_SOURCE})\\s{0,2}\\.?\\s{0,2}:`, 'giu');
/**
 * List labels inside a transcript line without a colon: capitalised, after a space (not after
 * a colon: "Anna Berg: Afbud" is a mark), before a capital or the end
 * (`… Mødested: Salen Medlemmer Anna Berg (A) … Fraværende Bo Dam`).
 */
const INLINE_LIST_LABEL = new RegExp(
  `(?<=[^:\\s]\\s)(${Object.keys(HEADER_LABELS)
    .filter((l) => !l.includes(' ') && ['members', 'participants', 'absent'].includes(HEADER_LABELS[l]!) || l === 'bemærkninger')
    .map((l) => l.charAt(0).toLocaleUpperCase('da') + escape(l.slice(1)))
    .join('|')})(?=\\s\\p{Lu}|\\s*$)`,
  'gu',
);
const HAS_LIST_WORD = /Medlemmer|Deltagere|Fraværende|Afbud|Fremmødte|Bemærkninger/;

function kindOf(label: string): HeaderFieldKind | undefined {
  return HEADER_LABELS[label.toLowerCase().replace(/\s+/g, ' ')];
}

/** More fields than this on one line is no header line (a header has a dozen at most). */
const MOST_FIELDS = 40;

interface Segments {
  lead: string;
  fields: { kind: HeaderFieldKind; label: string; value: string; colon: boolean; atStart: boolean }[];
}

/**
 * Whether a line starts with a field label: only such a line's first field is at its start
 * (a label inside a line has a character before it), so most lines are ruled out by one test.
 */
export function startsWithLabel(text: string): boolean {
  const start = START_LABEL.exec(text);
  return start !== null && kindOf(start[1]!) !== undefined;
}

/**
 * Whether a colon from `from` on may end a label (a word, then at most spaces and a dot): most
 * colons in a header are a time's ("kl. 18:00"), and the label expression is a long one. A
 * non-ASCII character before a colon may be a letter (or a space) and is taken to be one.
 */
function colonAfterWord(text: string, from: number): boolean {
  for (let at = text.indexOf(':', from); at >= 0; at = text.indexOf(':', at + 1)) {
    let j = at - 1;
    while (j >= from) {
      const c = text.charCodeAt(j);
      if (c !== 0x20 && c !== 0x2e /* . */ && !(c >= 0x09 && c <= 0x0d)) break;
      j--;
    }
    if (j < from) continue;
    const c = text.charCodeAt(j);
    if (c >= 0x80 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true;
  }
  return false;
}

/** A line cut into the text before any label and the labelled values that follow. */
export function segmentLine(text: string): Segments {
  const found: { kind: HeaderFieldKind; label: string; at: number; end: number; colon: boolean; atStart: boolean }[] = [];
  const start = START_LABEL.exec(text);
  if (start) {
    const kind = kindOf(start[1]!);
    if (kind) found.push({ kind, label: start[1]!, at: 0, end: start[0].length, colon: start[2] !== undefined, atStart: true });
  }
  const from = found.length > 0 ? found[0]!.end : 0;
  if (colonAfterWord(text, from)) {
    INLINE_LABEL.lastIndex = from;
    for (let m = INLINE_LABEL.exec(text); m !== null; m = INLINE_LABEL.exec(text)) {
      if (found.length >= MOST_FIELDS) return { lead: text, fields: [] };
      if (found.length > 0 && m.index < found[0]!.end) continue;
      // A label inside a line is written with a capital (or all capitals): "i mødested:" is prose.
      if (!/^\p{Lu}/u.test(m[1]!)) continue;
      const kind = kindOf(m[1]!);
      if (kind) found.push({ kind, label: m[1]!, at: m.index, end: m.index + m[0].length, colon: true, atStart: m.index === 0 });
    }
  }
  if (HAS_LIST_WORD.test(text)) {
    INLINE_LIST_LABEL.lastIndex = 0;
    for (let m = INLINE_LIST_LABEL.exec(text); m !== null; m = INLINE_LIST_LABEL.exec(text)) {
      if (found.length >= MOST_FIELDS) return { lead: text, fields: [] };
      if (found.some((f) => m.index >= f.at && m.index < f.end)) continue;
      const kind = kindOf(m[1]!);
      if (kind) found.push({ kind, label: m[1]!, at: m.index, end: m.index + m[0].length, colon: false, atStart: false });
    }
    found.sort((a, b) => a.at - b.at);
  }
  const fields = found.map((f, j) => ({
    kind: f.kind,
    label: f.label,
    value: text.slice(f.end, j + 1 < found.length ? found[j + 1]!.at : text.length).trim(),
    colon: f.colon,
    atStart: f.atStart,
  }));
  return { lead: found.length > 0 ? text.slice(0, found[0]!.at).trim() : text, fields };
}

const DATE_OR_TIME = /\d{1,2}[:.]\d{2}|\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}|\bkl\b/i;
/** The word that makes a name a political body's: "…udvalget", "Byråd", "Ældrerådet", "Borgerrepræsentationen". */
const BODY_WORD = /(?:udvalg|byråd|kommunalbestyrelse|regionsråd|råd|nævn|bestyrelse|magistrat|repræsentation|forum|kommission)(?:et|en|e|n)?(?![\p{L}])/iu;

/** Whether a value fits its label; one that does not ("Udvalg Ikon") leaves the label waiting for its value. */
function fits(kind: HeaderFieldKind, value: string): boolean {
  switch (kind) {
    case 'date':
    case 'time':
      return DATE_OR_TIME.test(value);
    case 'committee':
      return BODY_WORD.test(value) || namesCommittee(value);
    default:
      return true;
  }
}

/**
 * A committee's name without a body word ("Klima, Miljø og Teknik"): two or more words from a
 * capital, none a field label ("Udvalg Dato Type" is a table's head, "Ikon" a page's icon).
 */
export function namesCommittee(value: string): boolean {
  if (value.length > 120) return false;
  const words = value.trim().split(/\s+/);
  if (words.length < 2 || words.length > 10 || !/^\p{Lu}/u.test(value.trim())) return false;
  return !words.some((w) => kindOf(w.replace(/[:,.]$/, '')) !== undefined);
}

const LIST_KINDS: ReadonlySet<HeaderFieldKind> = new Set(['participants', 'members', 'absent']);

/**
 * Reads the fields and free text of header lines. Labels that have no value on their line wait
 * for the lines after them, in order; the last label of such a run, if a list, takes every
 * line up to the next label or a stop line.
 */
/**
 * Labels printed in a row on one line with their values after them in one run
 * (`Mødelokale: Medlemmer: Afbud: Salen Anna Berg, …`): which value is whose is not marked.
 */
export interface FlattenedRun {
  kinds: HeaderFieldKind[];
  value: string;
  line: number;
}

export function readFields(lines: readonly HeaderLine[]): { fields: HeaderField[]; free: FreeText[]; runs: FlattenedRun[] } {
  const fields: HeaderField[] = [];
  const free: FreeText[] = [];
  const runs: FlattenedRun[] = [];
  let pending: HeaderField[] = [];
  /** Values have been given to the current run of labels: a new label starts a new run. */
  let consuming = false;
  let list: HeaderField | null = null;
  /**
   * Empty labels that ended a line with more on it ("… Mødelokale: Medlemmer:"): where the next
   * lines go on with labels, their values come together after the last of them.
   */
  let trailing: HeaderField[] = [];
  for (const { text, line, stop, paragraph, hintLabel } of lines) {
    if (hintLabel !== undefined) {
      const kind = kindOf(hintLabel.replace(/:$/, ''));
      if (kind) fields.push({ kind, label: hintLabel, values: [text], breaks: [true], line });
      pending = [];
      list = null;
      continue;
    }
    const seg = segmentLine(text);
    // "Mødelokale:" / "Mødelokale 1": a label without a colon after a waiting label is its value.
    const onlyBareStart = seg.fields.length === 1 && seg.fields[0]!.atStart && !seg.fields[0]!.colon;
    if (seg.fields.length === 0 || (onlyBareStart && pending.length > 0 && !consuming)) {
      trailing = [];
      // A heading or an item is no field's value: the labels waiting are empty (but "18:00 - 20:05"
      // under "Mødetid:" is a time, whatever it looked like).
      const timeValue = pending[0] !== undefined && (pending[0].kind === 'date' || pending[0].kind === 'time') && fits(pending[0].kind, text);
      if (stop && !timeValue) pending = [];
      const next = pending.shift();
      if (next) {
        next.values.push(text);
        next.breaks.push(paragraph);
        consuming = true;
        list = pending.length === 0 && LIST_KINDS.has(next.kind) ? next : null;
      } else if (list && !stop) {
        list.values.push(text);
        list.breaks.push(paragraph);
      } else {
        free.push({ text, line });
        list = null;
      }
      continue;
    }
    if (seg.lead !== '') free.push({ text: seg.lead, line });
    if (consuming) pending = [];
    consuming = false;
    list = null;
    const carried = trailing.length > 0 && seg.lead === '' && seg.fields[0]!.atStart;
    let empties: HeaderField[] = carried ? trailing : [];
    trailing = [];
    for (const f of seg.fields) {
      const field: HeaderField = { kind: f.kind, label: f.label, values: [], breaks: [], line };
      fields.push(field);
      if (f.value !== '' && empties.length > 0) {
        // The labels before it on this line have no value: the run's values stand together.
        pending = pending.filter((p) => !empties.includes(p));
        runs.push({ kinds: [...empties.map((e) => e.kind), f.kind], value: f.value, line });
        empties = [];
        list = null;
        continue;
      }
      if (f.value === '') empties.push(field);
      if (f.value !== '' && fits(f.kind, f.value)) {
        field.values.push(f.value);
        field.breaks.push(true);
        list = LIST_KINDS.has(f.kind) ? field : null;
      } else if (seg.fields.length === 1 && seg.lead === '' && !carried) {
        // Only a label standing alone on its line waits for the lines after it: an empty field
        // inside a transcript line ("… Mødet hævet: Deltagere: …") has no value.
        pending.push(field);
        list = null;
      } else {
        list = null;
      }
    }
    const endsEmpty = seg.fields[seg.fields.length - 1]!.value === '';
    if (endsEmpty && (carried || seg.lead !== '' || seg.fields.length > 1)) trailing = empties;
    // A label with its value ends the waiting of the labels before it on other lines.
    if (list || !endsEmpty) {
      if (pending.length > 0 && pending[pending.length - 1]!.line !== line) pending = pending.filter((p) => p.line === line);
    }
  }
  return { fields, free, runs };
}

export { BODY_WORD };
