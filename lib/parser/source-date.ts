/**
 * The meeting date (and the kind of document) in the address of the page, for minutes whose
 * text does not print it (a page that shows the items but not the header). Many systems name
 * the meeting by its date in the address (publishing-systems.md §2): `…/oekonomiudvalget-16-02-2021` (OS2web),
 * `vis?Referat-Byrådet-d.06-05-2024-kl.18.00&id=…` (FirstAgenda), `…/2021-03-04-15-00-1234/`
 * (Viborg), `?moedetitel=2018-03-12 09.00` (Aalborg), `…/møde-22042021/` (kk.dk).
 *
 * Only a date that stands apart from other digits is read, and only when the address holds one
 * date: an address with two (an archive path and a meeting) says nothing sure.
 */

import { isoDate } from './dates.ts';

export interface SourceDate {
  date: string;
  time: string | null;
}

// prettier-ignore
const FORMS: readonly { pattern: RegExp; day: number; month: number; year: number }[] = [
  // 16-02-2021, d.06-05-2024
  { pattern: /(?<![\d])(\d{2})-(\d{2})-((?:19|20)\d{2})(?![\d])/g, day: 1, month: 2, year: 3 },
  // 2021-03-04
  { pattern: /(?<![\d])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d])/g, day: 3, month: 2, year: 1 },
  // 22042021 as a path segment or after a dash: "møde-22042021", "/19042018/"
  { pattern: /(?<=[/-])(\d{2})(\d{2})((?:19|20)\d{2})(?=$|[/?#-])/g, day: 1, month: 2, year: 3 },
];
/** A time right after the date: "-kl.18.00", "-kl-1800", " 09.00", "-15-00-". */
const TIME_AFTER = /^(?:-kl[.-]?|[-\s])(\d{2})[.:-]?(\d{2})(?![\d])/i;

function decoded(source: string): string {
  try {
    return decodeURIComponent(source.replace(/\+/g, ' '));
  } catch {
    return source;
  }
}

/** The one date (and the time after it) in a web address, or null (not an address, no date, several). */
export function dateInSource(source: string): SourceDate | null {
  if (!/^https?:\/\//i.test(source)) return null;
  // The host never names a date; the fragment belongs to the page's own navigation.
  const address = decoded(source.replace(/^https?:\/\/[^/?#]*/i, '').replace(/#.*$/, ''));
  const found = new Map<string, string | null>();
  for (const form of FORMS) {
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(address); m !== null; m = form.pattern.exec(address)) {
      const date = isoDate(Number(m[form.year]), Number(m[form.month]), Number(m[form.day]));
      if (!date) continue;
      const t = TIME_AFTER.exec(address.slice(m.index + m[0].length));
      const time = t && Number(t[1]) <= 23 && Number(t[2]) <= 59 ? `${t[1]}:${t[2]}` : null;
      if (!found.has(date) || found.get(date) === null) found.set(date, time);
    }
  }
  if (found.size !== 1) return null;
  const [date, time] = [...found][0]!;
  return { date, time };
}

/**
 * "referat" where the address calls the document so, as a word of its path
 * (`…/26--januar-2015--referat/print`). Not "dagsorden": sites name the section of their
 * meetings so (`/dagsorden/oekonomiudvalget-16-02-2021`) whether a page holds the agenda or
 * the minutes; not `dagsordener-og-referater/`, such a section's name either.
 */
export function kindInSource(source: string): 'referat' | null {
  if (!/^https?:\/\//i.test(source)) return null;
  const path = decoded(source.replace(/^https?:\/\/[^/?#]*/i, '').replace(/#.*$/, '')).toLowerCase();
  return /(?<![a-zæøå])(?:referat|beslutningsprotokol)(?![a-zæøå])/.test(path) ? 'referat' : null;
}
