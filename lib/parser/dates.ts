/**
 * Dates and times in the text of Danish minutes, in the forms the publishing systems print:
 * `Mandag d. 06. maj 2024 kl. 18:00`, `04-06-2020 09:00:00`,
 * `Onsdag, April 3, 2019 - 18:00` (English locale on Danish sites), `22.04.2021, kl. 17:30`,
 * `1/10-2025`, `2024-05-06` …
 *
 * `raw` covers the whole expression, including a leading weekday and `d.`/`den`, and the time
 * when one follows. Impossible dates (31-02-2024, month 13) are not dates; an impossible time
 * (25:00) is left out of the match. Every quantifier is bounded, so scanning is linear.
 */

export interface DateTimeMatch {
  /** YYYY-MM-DD, or null for a time standing alone (`kl. 18:00`). */
  date: string | null;
  /** HH:MM, or null when no time follows the date. */
  time: string | null;
  raw: string;
  index: number;
}

/** Month names and abbreviations, Danish and English, longest first within each month. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januar', 'january', 'jan'],
  ['februar', 'february', 'feb'],
  ['marts', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const MONTH_OF = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, i + 1)));
const MONTH = `(?:${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})`;

const WEEKDAY =
  '(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Optional lead-in: `Mandag d. `, `Onsdag, `, `den `, `d.`. */
const LEAD = String.raw`(?:${WEEKDAY}\.?,?\s{1,3})?(?:(?:d\.|den)\s{0,3})?`;
/** Not inside a word or a longer number (`1.250.000`, `12/06/2024` seen from its middle). */
const START = String.raw`(?<![\p{L}\p{N}_]|\p{N}[.,/-])`;
/** Not followed by more digits of the same number (`06-05-20245`, `2024-05-06-1`). */
const END_NUM = String.raw`(?!\p{N}|[.,/-]\p{N})`;
const END_WORD = String.raw`(?![\p{L}\p{N}])`;

// Numbered groups, not named ones: a match with named groups builds an object of all of them
// (24 here) on every exec. D1 … Y5 below give each group's number.
const DATE_SOURCE = [
  // 06-05-2024, 09.01.2020, 06/05/2024: one separator used twice.
  String.raw`(\d{1,2})([-./])(\d{1,2})\2(\d{4})${END_NUM}`,
  // 1/10-2025, 08/10-2025: day/month-year; 14/12 2025: day/month year.
  String.raw`(\d{1,2})\/(\d{1,2})[- ](\d{4})${END_NUM}`,
  // 2024-05-06 (ISO).
  String.raw`(\d{4})-(\d{2})-(\d{2})${END_NUM}`,
  // 06. maj 2024, 6. jan. 2024, 18 november, 2021, 1.oktober 2018.
  String.raw`(\d{1,2})\.?\s{0,3}(${MONTH})${END_WORD}\.?,?\s{1,3}(\d{4})${END_NUM}`,
  // April 3, 2019; May 1st 2020.
  String.raw`(${MONTH})${END_WORD}\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})${END_NUM}`,
].join('|');
/** The groups of DATE_SOURCE: day, separator, month, year of each form (MN: a month's name). */
const D1 = 1, S1 = 2, M1 = 3, Y1 = 4;
const D2 = 5, M2 = 6, Y2 = 7;
const Y3 = 8, M3 = 9, D3 = 10;
const D4 = 11, MN4 = 12, Y4 = 13;
const MN5 = 14, D5 = 15, Y5 = 16;

/**
 * Every date starts with a digit or with a letter of a weekday, "d."/"den" or a month name: a
 * look-ahead at those rules out most places before START's Unicode classes are tried.
 */
const DATE_FIRST = '(?=[0-9adfjlmnostw])';
const DATE = new RegExp(String.raw`${DATE_FIRST}${START}${LEAD}(?:${DATE_SOURCE})`, 'giu');

/**
 * Time right after a date: ` kl. 18:00`, `, kl. 17:30`, ` - kl. 17:00`, ` - 18:00`, ` 09:00:00`,
 * `T18:00`, ` 4:00:00 PM` (English locale), ` KL. 19.00` (a title in capitals).
 */
const TIME_AFTER =
  /(?:(?:,|\s{0,3}[-–])?\s{0,3}(?:[kK][lL]\.?|[kK]lokken|KLOKKEN)\s{0,3}(\d{1,2})(?:[:.](\d{2}))?|(?:,?\s{1,3}|\s{0,3}[-–]\s{0,3}|T)(\d{1,2})[:.](\d{2}))(?::\d{2})?(?:\s?([AP]M)\b)?(?!\p{N}|[:.,]\p{N})/uy;

/** A time standing alone: `kl. 18:00`, `kl. 16`, `18:00` (a colon, not `15.45`, without `kl.`). */
const TIME_ALONE =
  /(?<![\p{L}\p{N}_]|\p{N}[.,:/-])(?:(?:kl\.?|klokken)\s{0,3}(\d{1,2})(?:[:.](\d{2}))?|(\d{1,2}):(\d{2}))(?::\d{2})?(?!\p{N}|[:.,]\p{N})/giu;

const HAS_DIGIT = /\d/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD of a real day from 1900 to 2099, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
  return day <= days ? `${String(year)}-${pad(month)}-${pad(day)}` : null;
}

function hhmm(hour: string | undefined, minute: string | undefined): string | null {
  if (hour === undefined) return null;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  return h <= 23 && m <= 59 ? `${pad(h)}:${pad(m)}` : null;
}

/** `4` + `PM` → `16`; `12` + `AM` → `0`; without AM/PM the hour as it stands. */
function twelveHour(hour: string | undefined, ampm: string | undefined): string | undefined {
  if (hour === undefined || ampm === undefined) return hour;
  const h = Number(hour);
  if (h < 1 || h > 12) return String(99); // not a 12-hour clock time
  return String((h % 12) + (ampm === 'PM' ? 12 : 0));
}

function dateOf(m: RegExpExecArray): string | null {
  const monthName = m[MN4] ?? m[MN5];
  const month = monthName !== undefined ? MONTH_OF.get(monthName.toLowerCase()) : Number(m[M1] ?? m[M2] ?? m[M3]);
  const day = Number(m[D1] ?? m[D2] ?? m[D3] ?? m[D4] ?? m[D5]);
  const year = Number(m[Y1] ?? m[Y2] ?? m[Y3] ?? m[Y4] ?? m[Y5]);
  if (month === undefined) return null;
  // 8/29/2019: an English-locale export puts the month first; with slashes and a "month" past
  // 12 that is the only reading.
  if (m[S1] === '/' && month > 12 && day <= 12) return isoDate(year, day, month);
  return isoDate(year, month, day);
}

/** The groups of TIME_AFTER and TIME_ALONE: hour and minute after "kl.", of a bare time; AM/PM. */
const H1 = 1, MI1 = 2, H2 = 3, MI2 = 4, AMPM = 5;

/** The time that follows a date ending at `end`, with the length it takes. */
function timeAt(text: string, end: number): { time: string; length: number; english: boolean } | null {
  TIME_AFTER.lastIndex = end;
  const m = TIME_AFTER.exec(text);
  if (!m) return null;
  const ampm = m[AMPM];
  const time = m[H1] !== undefined ? hhmm(twelveHour(m[H1], ampm), m[MI1]) : hhmm(twelveHour(m[H2], ampm), m[MI2]);
  return time ? { time, length: m[0].length, english: ampm !== undefined } : null;
}

/**
 * The date of a match whose day-first reading is `dayFirst`, read month first when its time is
 * in English form (`8/5/2019 4:00:00 PM`).
 */
function dateWith(m: RegExpExecArray, dayFirst: string, english: boolean): string | null {
  if (!english || m[S1] !== '/') return dayFirst;
  const day = Number(m[D1]);
  const month = Number(m[M1]);
  return day <= 12 ? isoDate(Number(m[Y1]), day, month) : dayFirst;
}

/** The date and time of a DATE match, or null when it is no real date. */
function matchAt(text: string, m: RegExpExecArray): DateTimeMatch | null {
  const dayFirst = dateOf(m);
  if (!dayFirst) return null;
  const end = m.index + m[0].length;
  const t = timeAt(text, end);
  const date = dateWith(m, dayFirst, t?.english ?? false);
  if (!date) return null;
  return { date, time: t?.time ?? null, raw: t ? text.slice(m.index, end + t.length) : m[0], index: m.index };
}

function datesOnly(text: string): DateTimeMatch[] {
  const out: DateTimeMatch[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const found = matchAt(text, m);
    if (found) out.push(found);
  }
  return out;
}

function timesAlone(text: string, taken: readonly DateTimeMatch[]): DateTimeMatch[] {
  const out: DateTimeMatch[] = [];
  let k = 0;
  TIME_ALONE.lastIndex = 0;
  for (let m = TIME_ALONE.exec(text); m !== null; m = TIME_ALONE.exec(text)) {
    while (k < taken.length && taken[k]!.index + taken[k]!.raw.length <= m.index) k++;
    const d = taken[k];
    if (d && d.index < m.index + m[0].length) continue; // inside a date match
    const time = m[H1] !== undefined ? hhmm(m[H1], m[MI1]) : hhmm(m[H2], m[MI2]);
    if (time) out.push({ date: null, time, raw: m[0], index: m.index });
  }
  return out;
}

/**
 * Every date in the text, each with the time that follows it, plus times that stand alone
 * (`kl. 18:00`, `18:00`; date null), in document order.
 */
export function findDates(text: string): DateTimeMatch[] {
  if (!HAS_DIGIT.test(text)) return [];
  const dates = datesOnly(text);
  const times = timesAlone(text, dates);
  return [...dates, ...times].sort((a, b) => a.index - b.index);
}

/**
 * The first date with the time that follows it; when the text has no date, the first time
 * standing alone (date null); null when it has neither.
 */
export function findDateTime(text: string): DateTimeMatch | null {
  // Every date and time has a digit: one cheap scan rules out most texts.
  if (!HAS_DIGIT.test(text)) return null;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const found = matchAt(text, m);
    if (found) return found;
  }
  return timesAlone(text, [])[0] ?? null;
}

/**
 * A date with a two-digit year ("12.03.19", "12-03-19", "12/3-19"), read only where a label says
 * the value is a date ("Mødedato:"): in running text such numbers are as often a journal number's
 * (KLE "01.02.05-…"). Years 00–69 are 20xx, 70–99 19xx.
 */
export function findShortDate(text: string): string | null {
  const m = /(?<![\d.,/-])(\d{1,2})([.\-/])(\d{1,2})[.\-/](\d{2})(?![\d]|[.,/-]\d)/.exec(text);
  if (!m) return null;
  const yy = Number(m[4]);
  return isoDate(yy <= 69 ? 2000 + yy : 1900 + yy, Number(m[3]), Number(m[1]));
}
