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
/** An attendance line in an item: "Afbud: X", "Fraværende- X", "Afbud fra X.", "Afbud under hele mødet:". */
const ATTENDANCE_LINE =
  /^(?:(?:fraværende|afbud(?:\s{1,3}fra)?|afbud\s{1,3}under\s{1,3}hele\s{1,3}mødet)\s{0,3}[:\-–]|afbud\s{1,3}fra\s)\s{0,3}(.*)$/iu;
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
  const m = ABSENCE_SENTENCE.exec(text);
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

/** The absent named by an attendance line or sentence in the first item, from line `from`. */
export function firstItemAbsent(lines: Lines, from: number): string[] {
  const last = Math.min(lines.length, from + ITEM_CAP);
  // Headings before the first item's body are its own or a table of contents'.
  let inBody = false;
  for (let i = from; i < last; i++) {
    const kind = lines.cls(i).kind;
    const heading = kind === 'item-heading' || kind === 'item-number';
    if (heading && inBody) break;
    if (kind === 'section-heading' || kind === 'decision-heading' || kind === 'case-line') inBody = true;
    const text = lines.text(i);
    // "1. Afbud. Der var afbud fra …": a numbered point of the first item may read as a heading.
    const said = ABSENT_WORDS.test(text) ? absentIn(text) : null;
    if (said) return said;
    if (heading) continue;
    const c = text.charCodeAt(0) | 0x20;
    if (c !== 0x61 /* a */ && c !== 0x66 /* f */) continue;
    const m = ATTENDANCE_LINE.exec(text);
    if (!m) continue;
    let value = m[1]!.replace(NESTED_LABEL, '').trim();
    if (value === '' && i + 1 < lines.length) value = lines.text(i + 1);
    if (namesNobody(value)) return [];
    const names = readNames(value).map((n) => n.name);
    if (names.length > 0) return names;
  }
  return [];
}
