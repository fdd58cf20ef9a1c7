/**
 * Enrich, meeting level: kind, committee, date and time, location, participants and
 * absences from the lines before the first item; the municipality from the whole text.
 *
 * The header's fields (header-fields.ts) come first, then what its title and free lines say
 * (header-title.ts). Where the page has no header, the first item's decision label
 * ("Beslutning i Byrådet den 9. oktober 2018") names the body and the date, and attendance
 * lines in the first item ("Afbud: …") give the absent.
 */
import type { Meeting } from '../model.ts';
import { findDateTime, findShortDate, type DateTimeMatch } from './dates.ts';
import { absenceItem, absenceSentence, firstDecision, firstItemAbsent, firstItemPresent } from './first-item.ts';
import { namesCommittee, readFields, segmentLine, startsWithLabel, type FlattenedRun, type HeaderField, type HeaderLine } from './header-fields.ts';
import { CLOCK, committeeIn, readTitle } from './header-title.ts';
import type { LineClass } from './classify.ts';
import type { Lines } from './lines.ts';
import { isName, joinListLines, namesNobody, readNames, type ListedName } from './participants.ts';
import { municipalityNamed } from '../portals/municipalities.ts';

export type MeetingHeader = Pick<Meeting, 'kind' | 'committee' | 'date' | 'time' | 'location' | 'participants' | 'absent'>;

/** A header is never longer than this (lines): a page without items is not read to its end. */
const HEADER_CAP = 300;

/** Lines that end a list in a header: the start of a table of contents or of the items. */
const LIST_STOP = /^(?:pkt\.?|punkt|sag\s?nr\.?|side|sagsoversigt|indholdsfortegnelse|indhold|dagsorden|referat|beslutning|punkter)(?![\p{L}])/iu;
/** Pipes of a flattened table, bullets before list entries. */
const PIPES = /\s{0,3}\|\s{0,3}/g;
const BULLET = /^[•·▪◦●*]\s{0,3}|^-\s{1,3}(?=\p{Lu})/u;
const BULLET_FIRSTS = '•·▪◦●*-';
const TABLE_RULE = /^[\s|:-]*$/;
const TITLE_WORD = /(?<![\p{L}])(?:referat|dagsorden|beslutningsprotokol)(?![\p{Ll}])/iu;

function cleanLine(text: string): string {
  let t = text;
  if (t.includes('|')) t = TABLE_RULE.test(t) ? '' : t.replace(PIPES, ' ').trim();
  // Most lines start with no bullet: the expression is tried only after one's character.
  if (BULLET_FIRSTS.includes(t.charAt(0))) t = t.replace(BULLET, '');
  return t.trim();
}

/** The header lines, up to the first item or what starts the items or a table of contents. */
function headerLines(lines: Lines, end: number): { list: HeaderLine[]; stop: number } {
  const list: HeaderLine[] = [];
  const last = Math.min(end, lines.length, HEADER_CAP);
  // After a table of contents' heading its entries are skipped; a field label on its own line
  // ("Medlemmer") goes on with the header.
  let inContents = false;
  let i = 0;
  for (; i < last; i++) {
    const cls = lines.cls(i);
    if (cls.kind === 'decision-heading' || cls.kind === 'case-line') break;
    if (cls.kind === 'section-heading' && cls.strength === 'template') break;
    if (cls.kind === 'toc-heading') {
      inContents = true;
      continue;
    }
    const text = cleanLine(lines.text(i));
    if (text === '') continue;
    if (inContents) {
      if (!labelLine(text)) continue;
      inContents = false;
    }
    const hint = lines.hint(i);
    const stop = (cls.kind !== 'text' && cls.kind !== 'field' && cls.kind !== 'meeting-title') || LIST_STOP.test(text);
    list.push({ text, line: i, stop, paragraph: lines.paragraphStart(i), hintLabel: hint?.role === 'field' ? (hint.label ?? '') : undefined });
  }
  // A transcript's first page is one line ("1 Referat Byrådet Mødedato: … Mødested: …"); read as
  // an item heading for its page number, it is still the header.
  if (i === end && i < lines.length && i < HEADER_CAP && !selfEvidentHeading(lines.cls(i)) && headerLike(lines.text(i))) {
    list.push({ text: cleanLine(lines.text(i)), line: i, stop: false, paragraph: true });
    i++;
  }
  return { list, stop: i };
}

/** "Punkt 1: Title", a heading of the markup: an item heading whatever it holds (no transcript's first page). */
function selfEvidentHeading(cls: LineClass): boolean {
  return cls.kind === 'item-heading' && (cls.form === 'punkt-colon' || cls.form === 'markup');
}

/** Whether two names are of one body ("Økonomiudvalg" / "Økonomiudvalget", "Byrådet 2022-2025" / "byrådet"). */
function sameBody(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/\s{0,3}\d{4}\s?-\s?\d{2,4}$/, '').replace(/(?:et|en|e|n)$/, '').trim();
  const x = key(a);
  const y = key(b);
  return x === y || x.includes(y) || y.includes(x);
}

/** A committee field's value that names no body word ("Klima, Miljø og Teknik"), up to a date. */
function committeeNamed(value: string): string | null {
  const date = findDateTime(value);
  const name = (date?.date ? value.slice(0, date.index) : value).replace(/[\s,.:;-]+$/, '').trim();
  return name.length > 1 && name.length <= 90 && namesCommittee(name) ? name : null;
}

/** A line holding several header fields, or a title with the document's name and a date. */
function headerLike(text: string): boolean {
  if (segmentLine(text).fields.length >= 2) return true;
  return TITLE_WORD.test(text) && findDateTime(text)?.date != null;
}

/** A line that is a field label, alone or with a colon ("Medlemmer", "Afbud: …"). */
function labelLine(text: string): boolean {
  if (!startsWithLabel(text)) return false;
  const first = segmentLine(text).fields[0];
  return first !== undefined && first.atStart && (first.colon || first.value === '');
}

/** The start time in a time field's value: "Kl. 17:00", "18:00 - 20:05", "9:00", "15.00". */
function timeIn(value: string): string | null {
  const m = /(?:^|\s)(?:kl\.?\s{0,2})?(\d{1,2})[:.](\d{2})(?!\d)/i.exec(value);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  return h <= 23 && mi <= 59 ? `${String(h).padStart(2, '0')}:${m[2]}` : null;
}

/** A location field's value, or null when it holds a note ("BEMÆRK! Lukket møde kl. 16:30"). */
function placeIn(value: string): string | null {
  if (value.length > 200) return null;
  // "Salen - (ekstraordinært møde)": a note in parentheses after a dash is not part of the place.
  let s = value.includes('(') ? value.replace(/\s{1,3}[-–]\s{1,3}\(.*$/u, '') : value;
  // Trailing commas and spaces: only spaces unless a comma is last.
  s = (s.trimEnd().endsWith(',') ? s.replace(/[\s,]+$/, '') : s).trim();
  if (s === '' || s.length > 120 || s.includes('!') || CLOCK.test(s)) return null;
  return s;
}

interface Attendance {
  members: ListedName[];
  participants: ListedName[];
  absent: string[];
  /** An absence field or sentence was read (possibly naming nobody). */
  saidAbsent: boolean;
}

function listNames(field: HeaderField): ListedName[] {
  return joinListLines(field.values, field.breaks).flatMap(readNames);
}

/**
 * A flattened run of labels: when its value starts with a name, it is the first list's (the
 * labels before it were empty); a place before the names is cut off at the first name; names
 * repeated at the end of a members list are the absent among them.
 */
function readRun(run: FlattenedRun, att: Attendance): string | null {
  const listAt = run.kinds.findIndex((k) => k === 'members' || k === 'participants');
  if (listAt < 0) return null;
  let value = run.value;
  let location: string | null = null;
  const firstPart = value.split(/\s{0,3},\s{0,3}|\s\(/)[0]!.trim();
  if (!isName(firstPart)) {
    if (!run.kinds.slice(0, listAt).includes('location')) return null;
    // The place is everything before the first name: the two words before its first comma.
    const m = /^(.{2,160}?)\s(\p{Lu}[\p{L}'-]{1,30}\s\p{Lu}[\p{L}'-]{1,30})(?=\s{0,3}[,(]|\s{1,3}og\s)/u.exec(value);
    if (!m) return null;
    location = m[1]!.replace(/[\s,]+$/, '');
    value = value.slice(m[1]!.length).trim();
  }
  const names = readNames(value);
  const afterList = run.kinds.slice(listAt + 1);
  if (afterList.includes('absent')) {
    // "… Vibeke Rasmussen Camilla Schwalbe, Jannie Meiltoft": the absent follow the members, each a member too.
    const tail = splitRepeated(names);
    att.absent.push(...tail.repeated);
    att.saidAbsent = true;
    (run.kinds[listAt] === 'members' ? att.members : att.participants).push(...tail.members);
    if (/(?:^|\s)ingen$/i.test(value)) att.saidAbsent = true;
  } else {
    (run.kinds[listAt] === 'members' ? att.members : att.participants).push(...names);
  }
  return location;
}

/** Names at the end of a list that repeat earlier ones; the last member may be glued to the first of them. */
function splitRepeated(names: ListedName[]): { members: ListedName[]; repeated: string[] } {
  const seen = new Set(names.map((n) => n.name));
  const firstAt = new Map<string, number>();
  names.forEach((n, j) => {
    if (!firstAt.has(n.name)) firstAt.set(n.name, j);
  });
  let k = names.length;
  while (k > 1 && firstAt.get(names[k - 1]!.name)! < k - 1) k--;
  const repeated = names.slice(k).map((n) => n.name);
  const members = names.slice(0, k);
  // "… Vibeke Rasmussen Camilla Schwalbe": the last member glued to the first absent.
  const glued = members[members.length - 1];
  if (glued) {
    const words = glued.name.split(' ');
    for (let cut = 2; cut <= words.length - 2; cut++) {
      const rest = words.slice(cut).join(' ');
      if (!seen.has(rest)) continue;
      members[members.length - 1] = { ...glued, name: words.slice(0, cut).join(' ') };
      repeated.unshift(rest);
      break;
    }
  }
  return { members, repeated };
}

const NOBODY = /^(ingen|-)\.?$/i;

/** A list of names: commas and " og "; a name wrapped over two lines was joined with a space. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+og\s+/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n !== '' && !NOBODY.test(n));
}

/** The header fields from the lines before the first item (lines 0 … end - 1). */
export function readHeader(lines: Lines, end: number): MeetingHeader {
  const result: MeetingHeader = {
    kind: null,
    committee: null,
    date: null,
    time: null,
    location: null,
    participants: [],
    absent: [],
  };
  const { list, stop } = headerLines(lines, end);
  const { fields, free, runs } = readFields(list);
  for (let i = 0; i < stop; i++) {
    const cls = lines.cls(i);
    if (cls.kind === 'meeting-title') {
      result.kind = cls.docKind;
      break;
    }
  }

  const att: Attendance = { members: [], participants: [], absent: [], saidAbsent: false };
  let rowDate: DateTimeMatch | null = null;
  for (const field of fields) {
    const value = field.values.join(' ').trim();
    switch (field.kind) {
      case 'date':
      case 'time': {
        const found = findDateTime(value);
        if (found?.date && result.date === null) {
          result.date = found.date;
          if (found.time) result.time ??= found.time;
        } else if (!found?.date && field.kind === 'date') {
          result.date ??= findShortDate(value);
        }
        if (field.kind === 'time' || found?.date === null) result.time ??= found?.time ?? timeIn(value);
        break;
      }
      case 'location':
        result.location ??= placeIn(value);
        break;
      case 'committee': {
        result.committee ??= committeeIn(value) ?? committeeNamed(value);
        // "Udvalg Dato" / "Byrådet 20-06-2018 16:00": a table row under its labels.
        const found = findDateTime(value);
        if (found?.date) rowDate ??= found;
        break;
      }
      case 'members':
        att.members.push(...listNames(field));
        break;
      case 'participants':
        att.participants.push(...listNames(field));
        break;
      case 'absent': {
        if (field.values.length === 0) break;
        att.saidAbsent = true;
        // "Afbud fra/fraværende: - Mødet hævet …": a dash is an empty value.
        if (/^[-–](?:\s|$)/.test(value) || namesNobody(value)) break;
        att.absent.push(...listNames(field).map((n) => n.name));
        break;
      }
      default:
        break;
    }
  }
  for (const run of runs) {
    const place = readRun(run, att);
    result.location ??= place;
  }
  for (const { text } of free) {
    const said = absenceSentence(text);
    if (said) {
      att.saidAbsent = true;
      att.absent.push(...said);
    }
  }

  if (result.date === null && rowDate !== null) {
    result.date = rowDate.date;
    result.time ??= rowDate.time;
  }
  // The title's date, time and place are read only where the fields left them open.
  const title = readTitle(free, list[0]?.line ?? 0, { dateTime: result.date === null || result.time === null, location: result.location === null });
  result.kind ??= title.kind;
  if (result.date === null) {
    result.date = title.date;
    result.time ??= title.time;
  } else if (result.time === null && (title.date === null || title.date === result.date)) {
    result.time = title.time;
  }
  result.committee ??= title.committee;
  result.location ??= title.location;

  if (result.committee === null || result.date === null) {
    const decision = firstDecision(lines, Math.min(stop, end));
    // The date of another body's decision (a committee's before the council's) is not this meeting's.
    if (decision && (result.committee === null || sameBody(result.committee, decision.committee))) result.date ??= decision.date;
    result.committee ??= decision?.committee ?? null;
  }
  const firstItem = end < lines.length ? end + 1 : stop;
  if (!att.saidAbsent) att.absent.push(...(absenceItem(lines, firstItem - 1) ?? firstItemAbsent(lines, firstItem)));
  // No list in the header: the first item may say who was there ("Tilstede var: …", kk.dk).
  if (att.members.length === 0 && att.participants.length === 0) att.participants.push(...firstItemPresent(lines, firstItem));

  // Next to a members list, "Deltagere" may list staff: only those with a party letter took part as members.
  const listed = att.members.length > 0 ? [...att.members, ...att.participants.filter((n) => n.party)] : att.participants;
  const participants = new Set<string>();
  const absent = new Set<string>(att.absent);
  for (const n of listed) {
    if (n.absent) absent.add(n.name);
    else participants.add(n.name);
  }
  result.participants = [...participants];
  result.absent = [...absent];
  return result;
}

/** A capital of "<Name> Kommune" (A–Z, Æ, Ø, Å) and the lower-case letters after it (a–z, æ, ø, å, é). */
function isNameCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0xc6 || c === 0xd8 || c === 0xc5;
}
function isNameLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0xe6 || c === 0xf8 || c === 0xe5 || c === 0xe9;
}
/** A character of \w (ASCII letters, digits, "_"): what \b tells from the rest. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
/** A \b before the capital at `at` (Æ, Ø and Å are no \w characters, so theirs is after a \w one). */
function boundaryBefore(text: string, at: number): boolean {
  const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
  return isWordChar(text.charCodeAt(at)) ? !before : before;
}

/**
 * The names of `/\b([A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?) Kommune\b/g` in a text, in
 * order, found from each " Kommune" back to its name's capital: the expression tries every
 * capital of the text (a scan of the whole text), while " Kommune" is rare. A name ends at
 * its " Kommune", so its start is the capital of the word before it, or of the word before
 * that one when a hyphen joins them (the earlier start wins, as the expression's search goes
 * left to right); a name never starts inside the match before it.
 */
function kommuneNames(text: string): string[] {
  const names: string[] = [];
  let from = 0;
  // Searched for from its capital K, found by a fast native search (a search that starts
  // with the space stops at every space; one of more than six characters builds tables).
  for (let k = text.indexOf('Kommun'); k >= 0; k = text.indexOf('Kommun', k + 1)) {
    const at = k - 1;
    if (at < 0 || text.charCodeAt(at) !== 0x20 || text.charCodeAt(k + 6) !== 0x65 /* e */) continue;
    if (isWordChar(text.charCodeAt(at + 8))) continue; // "Kommunes": no word's end
    let i = at;
    while (i > 0 && isNameLower(text.charCodeAt(i - 1))) i--;
    if (i === at || i === 0 || !isNameCapital(text.charCodeAt(i - 1))) continue;
    const last = i - 1;
    let start = -1;
    if (last > 0 && text.charCodeAt(last - 1) === 0x2d /* - */) {
      let j = last - 1;
      while (j > 0 && isNameLower(text.charCodeAt(j - 1))) j--;
      if (j < last - 1 && j > 0 && isNameCapital(text.charCodeAt(j - 1)) && j - 1 >= from && boundaryBefore(text, j - 1)) start = j - 1;
    }
    if (start < 0 && last >= from && boundaryBefore(text, last)) start = last;
    if (start < 0) continue;
    names.push(text.slice(start, at));
    from = at + 8;
  }
  return names;
}

/**
 * The municipality the text names as its own: the "<Name> Kommune" (capital K, a real
 * municipality) that occurs most, at least twice and clearly more than any other.
 */
export function findMunicipality(texts: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  // A text names its own municipality again and again: each name is looked up once.
  const named = new Map<string, string | null>();
  for (const text of texts) {
    for (const found of kommuneNames(text)) {
      let name = named.get(found);
      if (name === undefined) {
        name = municipalityNamed(found);
        named.set(found, name);
      }
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) return null;
  if (second && top[1] < 2 * second[1]) return null;
  return top[0];
}
