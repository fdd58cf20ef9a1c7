/**
 * What the first item tells of the meeting where the header does not: its decision label names
 * the body and the date ("Beslutning i Byrådet den 9. oktober 2018:", where a page has no
 * header), and an attendance line or sentence in it names the absent ("Afbud: Anna Berg (A)",
 * "Anna Berg var fraværende."). A date in an item's running text is never read.
 */
import { findDateTime } from './dates.ts';
import { BODY_WORD } from './header-fields.ts';
import type { Lines } from './lines.ts';
import { isName, namesNobody, readNames, type ListedName } from './participants.ts';

/** How far the first item's decision label and attendance are looked for (lines). */
const ITEM_CAP = 300;

/** "X og Y havde meldt forfald", "Der var afbud fra X". */
export const ABSENCE_SENTENCE = /^(.{3,300}?)\s{1,3}(?:havde|har)\s{1,3}meldt\s{1,3}(?:forfald|afbud)|(?:^|\.\s{1,3})der\s{1,3}var\s{1,3}afbud\s{1,3}fra\s{1,3}([^.]{3,200})/iu;
/**
 * An attendance line in an item: "Afbud: X", "Fraværende- X", "Afbud fra X.", "Afbud under hele
 * mødet:", kk.dk's "Fraværende med afbud:", "Fraværende uden afbud:", "Fraværende i mødet:".
 */
const ATTENDANCE_LINE =
  /^(?:(?:fraværende(?:\s{1,3}(?:med|uden)\s{1,3}afbud|\s{1,3}i\s{1,3}(?:hele\s{1,3})?mødet)?|afbud(?:\s{1,3}fra)?|afbud\s{1,3}under\s{1,3}hele\s{1,3}mødet)\s{0,3}[:\-–]|afbud\s{1,3}fra\s)\s{0,3}(.*)$/iu;
/**
 * "Anna Berg var fraværende.", "Anna Berg (A) deltog ikke i mødet.", "… udeblev": the whole
 * meeting, not one item ("deltog ikke i behandlingen af punktet" is one item's).
 */
const ABSENT_FROM_MEETING =
  /(\p{Lu}[\p{L}.'-]{0,30}(?:\s(?:\p{Lu}[\p{L}.'-]{0,30}|de|von|van)){1,4})(?:\s\([^)]{1,12}\))?\s(?:var\s{1,3}fraværende|deltog\s{1,3}ikke\s{1,3}(?:i|på)\s{1,3}mødet|udeblev)/u;
const ABSENT_WORDS = /fraværende|deltog ikke (?:i|på) mødet|udeblev|meldt (?:afbud|forfald)|var afbud fra/;
const NESTED_LABEL = /^(?:fraværende|afbud(?:\s{1,3}fra)?)\s{0,3}:\s{0,3}/iu;
/** "Beslutning i Byrådet den 9. oktober 2018", "BESLUTNING: Økonomiudvalget den 22-10-2020", "Byrådet, 22.11.2016". */
const DECISION_BY = /^beslutning(?:\s{1,3}(?:i|fra))?[\s:]{1,3}(.{2,80}?)[\s,]{1,3}((?:den\s{1,3}|d\.\s{0,2})?\d.{0,60})$/iu;
/** "Forretningsudvalgets beslutning den 8. november 2022:". */
const DECISION_OF = /^(.{2,80}?)s\s{1,3}beslutning\s{1,3}(?:den\s{1,3})?(\d.{0,60})$/iu;
const PLAIN_DECISION = /^beslutning(?:er)?\s{0,3}:?$/iu;

/** The absent an absence sentence names ("Anna Berg og Bo Dam havde meldt forfald"), or null. */
export function absenceSentence(text: string): string[] | null {
  // Both its forms hold "meldt" or "afbud" (no letter of theirs has another case outside ASCII).
  const lower = text.toLowerCase();
  const m = lower.includes('meldt') || lower.includes('afbud') ? ABSENCE_SENTENCE.exec(text) : null;
  return m ? readNames(m[1] ?? m[2] ?? '').map((n) => n.name) : null;
}

/** The body and date of the first decision label from line `from`; nothing when that decision is unlabelled. */
export function firstDecision(lines: Lines, from: number): { committee: string; date: string } | null {
  const last = Math.min(lines.length, from + ITEM_CAP);
  for (let i = from; i < last; i++) {
    const text = lines.text(i);
    const c = text.charCodeAt(0) | 0x20;
    if (c !== 0x62 /* b */ && !text.includes('beslutning')) continue;
    if (PLAIN_DECISION.test(text)) return null;
    const m = DECISION_BY.exec(text) ?? DECISION_OF.exec(text);
    if (!m) continue;
    const found = findDateTime(m[2]!);
    if (!found?.date) continue;
    const body = m[1]!.replace(/^(?:i|fra)\s/i, '').trim();
    if (!BODY_WORD.test(body)) continue;
    return { committee: body, date: found.date };
  }
  return null;
}

/** The absent an attendance sentence names ("… havde meldt afbud", "X var fraværende"), or null. */
function absentIn(text: string): string[] | null {
  const said = absenceSentence(text);
  if (said && said.length > 0) return said;
  const s = ABSENT_FROM_MEETING.exec(text);
  return s && isName(s[1]!) ? [s[1]!] : null;
}

/** "Tilstede var: A, B, C" (kk.dk prints the attendance in the first item's decision). */
export const PRESENT_LINE = /^(?:tilstede|til\s{1,3}stede)(?:\s{1,3}var)?\s{0,3}:\s{0,3}(.*)$/iu;

/** The members a "Tilstede var:" line in the first item names, from line `from` (its first item). */
export function firstItemPresent(lines: Lines, from: number): ListedName[] {
  const last = Math.min(lines.length, from + ITEM_CAP);
  let inBody = false;
  for (let i = from; i < last; i++) {
    const kind = lines.cls(i).kind;
    if ((kind === 'item-heading' || kind === 'item-number') && inBody) break;
    if (kind === 'section-heading' || kind === 'decision-heading' || kind === 'case-line') inBody = true;
    const text = lines.text(i);
    if ((text.charCodeAt(0) | 0x20) !== 0x74 /* t */) continue;
    const m = PRESENT_LINE.exec(text);
    if (!m) continue;
    const value = m[1]!.trim() !== '' ? m[1]! : i + 1 < lines.length ? lines.text(i + 1) : '';
    return readNames(value);
  }
  return [];
}

/** An item that only records the absent ("Fraværende", Brønderslev): its title. */
const ABSENCE_ITEM = /^(?:fraværende|fravær|afbud)(?:\s{0,3}(?:og|\/)\s{0,3}(?:fraværende|fravær|afbud))?\.?:?$/iu;
/** Items looked through for such an item: it stands among the first. */
const ABSENCE_ITEM_WITHIN = 5;

/**
 * The absent an item titled "Fraværende" names (its text under the heading or its decision
 * heading, names only), from line `from`; null when there is no such item.
 */
export function absenceItem(lines: Lines, from: number): string[] | null {
  let items = 0;
  for (const i of lines.notable) {
    if (i < from) continue;
    const cls = lines.cls(i);
    if (cls.kind !== 'item-heading') continue;
    if (++items > ABSENCE_ITEM_WITHIN) break;
    const title = cls.title.trim();
    // Such a title starts with an "f" or an "a": most are ruled out by their first letter.
    const c = title.charCodeAt(0) | 0x20;
    if ((c !== 0x66 /* f */ && c !== 0x61) /* a */ || !ABSENCE_ITEM.test(title)) continue;
    const texts: string[] = [];
    for (let j = i + 1; j < lines.length && j < i + 1 + ITEM_CAP; j++) {
      const kind = lines.cls(j).kind;
      if (kind === 'section-heading' || kind === 'decision-heading') {
        if (texts.length > 0) break;
        continue;
      }
      if (kind !== 'text') break;
      texts.push(lines.text(j));
    }
    const text = texts.join(' ').trim();
    if (namesNobody(text)) return [];
    const names = readNames(text).map((n) => n.name);
    return names.length > 0 && names.every(isName) ? names : null;
  }
  return null;
}

/**
 * The absent named by the attendance lines or sentences in the first item, from line `from`:
 * those of the first run of sentences ("X havde meldt afbud …" / "Y udeblev uden afbud"), or
 * of the first label.
 */
export function firstItemAbsent(lines: Lines, from: number): string[] {
  const last = Math.min(lines.length, from + ITEM_CAP);
  const said: string[] = [];
  // Headings before the first item's body are its own or a table of contents'.
  let inBody = false;
  for (let i = from; i < last; i++) {
    const kind = lines.cls(i).kind;
    const heading = kind === 'item-heading' || kind === 'item-number';
    if (heading && inBody) break;
    if (kind === 'section-heading' || kind === 'decision-heading' || kind === 'case-line') inBody = true;
    const text = lines.text(i);
    // "1. Afbud. Der var afbud fra …": a numbered point of the first item may read as a heading.
    const names = ABSENT_WORDS.test(text) ? absentIn(text) : null;
    if (names) {
      said.push(...names.filter((n) => !said.includes(n)));
      continue;
    }
    // The attendance sentences stand together: the first other line ends them.
    if (said.length > 0) break;
    if (heading) continue;
    const c = text.charCodeAt(0) | 0x20;
    if (c !== 0x61 /* a */ && c !== 0x66 /* f */) continue;
    const m = ATTENDANCE_LINE.exec(text);
    if (!m) continue;
    let value = m[1]!.replace(NESTED_LABEL, '').trim();
    if (value === '' && i + 1 < lines.length) value = lines.text(i + 1);
    if (namesNobody(value)) return [];
    const listed = readNames(value).map((n) => n.name);
    if (listed.length > 0) return listed;
  }
  return said;
}
