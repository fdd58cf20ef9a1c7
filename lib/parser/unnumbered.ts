/**
 * Items whose headings carry no number (Herning's and Aalborg's pages, old aarhus.dk, Viborg's
 * text): each item is a title line followed by the sections every item of the document opens
 * with ("Sagsfremstilling", "Beslutning"), maybe with a case or access line between them.
 *
 * Read only where no numbered heading and no table of contents was found. The section heading
 * the document opens its items with is the one most often right under a title-like line; each
 * of its places under such a line opens an item, numbered in order. A single such place is no
 * structure (a page that explains "Beslutning" once), so at least two are needed.
 */
import type { Lines } from './lines.ts';
import { headingKey } from './vocabulary.ts';

export interface UnnumberedHeading {
  number: number;
  title: string;
  /** First and last line of the title. */
  first: number;
  last: number;
}

/** Lines a title can stand above its first section with: case, access and label lines. */
const MOST_META_LINES = 3;
const LONGEST_TITLE = 150;
const ACCESS = /^(?:Åbent|Åben|Lukket)(?: punkt| sag)?\.?$/i;
/** "Sagsbehandler: Anne Hansen", "Kompetence: Økonomiudvalget": a short label and its value. */
const LABEL_LINE = /^\p{Lu}[\p{L} .-]{1,30}\.?:\s\S/u;
/** A title starts with a capital, a digit or a quote; a sentence's end or a label's colon ends no title. */
const TITLE_LIKE = /^[\p{Lu}\d"'«“‘(].{2,149}(?<![.:;,])$/u;

/** Whether a (trimmed) line can be an item's title on its own: see TITLE_LIKE. */
export function looksLikeTitle(text: string): boolean {
  return TITLE_LIKE.test(text);
}

function isMeta(lines: Lines, i: number): boolean {
  const kind = lines.kind(i);
  if (kind === 'case-line') return true;
  const text = lines.text(i).trim();
  return ACCESS.test(text) || (text.length <= 80 && LABEL_LINE.test(text));
}

function isTitleLike(lines: Lines, i: number): boolean {
  if (lines.kind(i) !== 'text') return false;
  const text = lines.text(i).trim();
  // A heading of the page's markup is a title whatever it ends with.
  if (lines.hint(i)?.headingLevel !== undefined) return text.length >= 3 && text.length <= LONGEST_TITLE;
  return looksLikeTitle(text);
}

function isSectionHeading(lines: Lines, i: number): boolean {
  const kind = lines.kind(i);
  if (kind === 'decision-heading') return true;
  if (kind !== 'section-heading') return false;
  const cls = lines.cls(i);
  return cls.kind === 'section-heading' && cls.strength !== 'shared-word';
}

/** The title above the section heading at `heading` (skipping case and label lines), or null. */
function titleAbove(lines: Lines, heading: number, floor: number): { first: number; last: number } | null {
  let i = heading - 1;
  for (let skipped = 0; i >= floor && skipped < MOST_META_LINES && isMeta(lines, i); skipped++) i--;
  if (i < floor) return null;
  // A title wrapped onto a second line of its paragraph (PDF): that line goes on in lower case.
  if (i - 1 >= floor && isWrappedLine(lines, i) && isTitleLike(lines, i - 1)) return { first: i - 1, last: i };
  return isTitleLike(lines, i) ? { first: i, last: i } : null;
}

/** The second line of a wrapped title: same paragraph, plain text, lower case first, no sentence's end. */
function isWrappedLine(lines: Lines, i: number): boolean {
  if (lines.paragraphStart(i) || lines.kind(i) !== 'text') return false;
  const text = lines.text(i).trim();
  return text.length <= LONGEST_TITLE && /^\p{Ll}/u.test(text) && !/[.:;,]$/.test(text);
}

interface TitledPlace {
  heading: number;
  first: number;
  last: number;
}

export function unnumberedHeadings(lines: Lines): UnnumberedHeading[] {
  // Per heading key, its places under a title; one pass over the lines.
  const titled = new Map<string, TitledPlace[]>();
  let firstHeading = -1;
  let previous = -1;
  for (let h = 0; h < lines.length; h++) {
    if (!isSectionHeading(lines, h)) continue;
    // A title stands after the section heading before it, with at least one line of that section between.
    const floor = previous < 0 ? 0 : previous + 2;
    previous = h;
    if (firstHeading < 0) firstHeading = h;
    if (h - 1 < floor) continue;
    const title = titleAbove(lines, h, floor);
    if (!title) continue;
    const key = headingKey(lines.text(h));
    const list = titled.get(key) ?? [];
    list.push({ heading: h, ...title });
    titled.set(key, list);
  }
  let best: TitledPlace[] = [];
  for (const list of titled.values()) if (list.length > best.length) best = list;
  if (best.length < 2) return [];
  // The first item often opens with a section the others lack ("Godkendelse af dagsorden" has
  // only its "Beslutning"): a title above the document's first section heading opens an item too.
  const first = [...titled.values()].find((list) => list[0]!.heading === firstHeading)?.[0];
  const places = first && first.heading < best[0]!.first ? [first, ...best] : best;
  const found = places.map((t, j) => {
    let title = lines.text(t.first).trim();
    for (let i = t.first + 1; i <= t.last; i++) title += ' ' + lines.text(i).trim();
    return { number: j + 1, title, first: t.first, last: t.last };
  });
  return withMarkedNumbers(found);
}

/** "1) Title", "Sag nr. 2: Title": a number in a form the item headings are not read in. */
const NUMBER_MARK = /^(?:(?:punkt|pkt\.?|sag(?:\s{1,2}nr\.?)?|nr\.?)\s{0,2})?(\d{1,3})\s{0,2}[.):-]?\s{1,3}(?=\S)/iu;

/** Where every title starts with such a number and the numbers increase, they are the items' numbers. */
function withMarkedNumbers(found: UnnumberedHeading[]): UnnumberedHeading[] {
  const marks = found.map((h) => NUMBER_MARK.exec(h.title));
  if (marks.some((m) => m === null)) return found;
  const numbers = marks.map((m) => Number(m![1]));
  if (numbers.some((n, j) => j > 0 && n <= numbers[j - 1]!)) return found;
  return found.map((h, j) => ({ ...h, number: numbers[j]!, title: h.title.slice(marks[j]![0].length) }));
}
