/**
 * The treatments of an item's case: this meeting's decision among several dated decision
 * sections, and the earlier treatments (history) written as decision labels or as entries of
 * a "Sagens forløb" block.
 */
import type { HistoryEntry } from '../model.ts';
import { isDigit } from './chars.ts';
import { findDateTime } from './dates.ts';
import type { Line } from './normalize.ts';
import { bodyAndDateLine } from './vocabulary.ts';

/** "06/05/2024 Udvalget for Børn og Ungdom - 2022-2025": a treatment by another body. */
const DATE_THEN_BODY = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+(\S.*)$/;

/**
 * FirstAgenda "Sagsforløb" entries are three label lines, then the decision:
 * "Udvalg: Magistraten" / "Dato: 02-09-2025" / "Punktnummer: 12".
 */
const ENTRY_BODY = /^Udvalg\s*:\s*(\S.{0,150})$/i;
const ENTRY_DATE = /^(?:Dato|Mødedato)\s*:\s*(\S.{0,60})$/i;
const ENTRY_NUMBER = /^(?:Punktnummer|Punkt nr\.?|Pkt\.?)\s*:\s*\d{1,4}\.?$/i;
/**
 * "Beslutningshistorik" of OS2web pages fed by "Publication" XML: one line per treatment,
 * "<decision> truffet af <body> d. DD-MM-YYYY".
 */
const DECIDED_BY = /^(\S.{0,300}?)\s+truffet\s+af\s+(\S.{0,150}?)\s+(?:d\.|den)\s*(\S.{0,40})$/iu;

interface Draft {
  date: string | null;
  body: string;
  lines: Line[];
}

/**
 * The entries of a history section. `decisionText` turns an entry's lines into its decision
 * (the caller's hygiene: absence lines of that other meeting are not decision text).
 */
export function historyEntries(lines: readonly Line[], decisionText: (lines: readonly Line[]) => string): HistoryEntry[] {
  const drafts: Draft[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const first = text.charCodeAt(0) | 0x20;
    const current = drafts[drafts.length - 1];
    if (first === 0x75 /* u */) {
      const m = ENTRY_BODY.exec(text);
      if (m) {
        drafts.push({ date: null, body: m[1]!.trim(), lines: [] });
        continue;
      }
    }
    // "Dato:" fills the entry its "Udvalg:" opened, or opens one.
    if (first === 0x64 /* d */ || first === 0x6d /* m */) {
      const m = ENTRY_DATE.exec(text);
      const date = m ? findDateTime(m[1]!)?.date : null;
      if (date) {
        if (current && current.date === null && current.lines.length === 0) current.date = date;
        else drafts.push({ date, body: '', lines: [] });
        continue;
      }
    }
    if (current && current.lines.length === 0 && ENTRY_NUMBER.test(text)) continue;
    const decided = text.includes('truffet') ? DECIDED_BY.exec(text) : null;
    const decidedOn = decided ? findDateTime(decided[3]!)?.date : null;
    if (decided && decidedOn) {
      drafts.push({ date: decidedOn, body: decided[2]!, lines: [{ ...line, text: decided[1]! }] });
      continue;
    }
    const m = isDigit(text.charCodeAt(0)) ? DATE_THEN_BODY.exec(text) : null;
    const date = m ? findDateTime(m[1]!)?.date : null;
    if (m && date) {
      drafts.push({ date, body: m[2]!, lines: [] });
      continue;
    }
    // "Økonomiudvalget, 03.09.2018": the body first, then the date.
    const named = bodyAndDateLine(text);
    const when = named ? findDateTime(text)?.date : null;
    if (named && when) drafts.push({ date: when, body: named.body, lines: [] });
    else current?.lines.push(line);
  }
  return drafts
    .filter((d): d is Draft & { date: string } => d.date !== null)
    .map((d) => ({ date: d.date, body: d.body, decision: decisionText(d.lines) }));
}

/** Words of a body's name that tell bodies apart: no election period, no "udvalget"/"for". */
function bodyWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\b(?:19|20)\d{2}\b|\b\d{2}\b/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && w !== 'for' && w !== 'og' && w !== 'i' && w !== 'udvalget' && w !== 'udvalg');
}

/**
 * bodyWords of the second name of sameBody, the meeting's own body in the parser's calls: the
 * same name again and again, so its words are kept from the last call (never changed by callers).
 */
function ownBodyWords(name: string): string[] {
  if (name !== lastOwnName) {
    lastOwnWords = bodyWords(name);
    lastOwnName = name;
  }
  return lastOwnWords;
}
let lastOwnName: string | null = null;
let lastOwnWords: string[] = [];

/** Danish endings of the definite and genitive forms: "Forretningsudvalg(et)", "Byråd(ets)". */
const ENDINGS = new Set(['', 'e', 'et', 'en', 'ne', 'ets', 'ens', 'nes', 's']);

function sameWord(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && ENDINGS.has(long.slice(short.length));
}

/**
 * Whether two names of bodies mean the same one ("Økonomiudvalget 2018-21" and
 * "Økonomiudvalg"; "byrådet" and "Byrådet"): the words of the shorter are all in the longer.
 */
export function sameBody(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const wa = bodyWords(a);
  const wb = ownBodyWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((l) => sameWord(w, l)));
}

/** A decision section read for choosing: who decided and when, where the label says. */
export interface Treatment {
  body: string | null;
  date: string | null;
  /** The label names no body and no date (a plain "Beslutning"). */
  plain: boolean;
}

/**
 * Which of an item's decision sections is this meeting's decision: the one of the meeting's
 * date (of the meeting's own body when several share the date), else the one naming the
 * meeting's own body, else a plain "Beslutning" (labelled ones before it are earlier bodies'),
 * else the latest dated one, else the last. Returns its index, or -1 when the pick is dated
 * before the meeting (all of them are earlier treatments).
 */
export function pickTreatment(treatments: readonly Treatment[], meetingDate: string | null, committee: string | null): number {
  const i = pickAny(treatments, meetingDate, committee);
  // A decision dated before this meeting is an earlier body's, quoted: history, not the decision.
  const date = treatments[i]?.date ?? null;
  return date !== null && meetingDate !== null && date < meetingDate ? -1 : i;
}

function pickAny(treatments: readonly Treatment[], meetingDate: string | null, committee: string | null): number {
  if (treatments.length <= 1) return treatments.length - 1;
  const last = (test: (t: Treatment) => boolean): number => {
    for (let i = treatments.length - 1; i >= 0; i--) if (test(treatments[i]!)) return i;
    return -1;
  };
  if (meetingDate !== null) {
    const onDate = treatments.filter((t) => t.date === meetingDate);
    if (onDate.length > 0) {
      const own = last((t) => t.date === meetingDate && sameBody(t.body, committee));
      return own >= 0 ? own : last((t) => t.date === meetingDate);
    }
  }
  const own = last((t) => sameBody(t.body, committee));
  if (own >= 0) return own;
  const plain = last((t) => t.plain);
  if (plain >= 0) return plain;
  let latest = -1;
  treatments.forEach((t, i) => {
    if (t.date !== null && (latest < 0 || t.date >= treatments[latest]!.date!)) latest = i;
  });
  return latest >= 0 ? latest : treatments.length - 1;
}
