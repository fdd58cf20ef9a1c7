/**
 * Layout stage 2: drop the page furniture — running headers and footers and page numbers.
 * Left in, they would land in the middle of a paragraph that runs over a page break, and a
 * header naming "X Kommune" on every page would count as text.
 *
 * Furniture is only looked for at the edges of a page: from the top down and from the bottom
 * up, as long as each line is furniture. So a body line is never taken, even when it stands at
 * the same place on many pages (a "Beslutning" heading under a title at the top of each page).
 */
import { lineText } from './lines.ts';
import type { Line } from './types.ts';

/** Furniture lives in the top and bottom fifth of a page. */
const EDGE_BAND = 0.2;
/** At most this many lines of a header or footer. */
const MAX_EDGE_LINES = 4;
/** A repeated line counts as furniture when it stands within this many points of one place … */
const POSITION_TOLERANCE = 4;
/** … on at least this share of the pages (and on two pages at least). */
const MIN_PAGE_SHARE = 0.5;

/** Page numbers that say so: "Side 3 af 23", "Side 3", "Page 3 of 23", "3/23", "3 af 23". */
const LABELLED_PAGE_NUMBER = [/^(?:side|s\.|page|p\.)\s*\d{1,4}(?:\s*(?:af|ud af|of|\/)\s*\d{1,4})?$/i, /^\d{1,4}\s*(?:\/|af|of)\s*\d{1,4}$/i];
/** A number alone, "- 3 -", "(3)": a page number only where it counts the pages (see pageNumberOffset). */
const BARE_PAGE_NUMBER = /^(?:[-–—]\s*(\d{1,4})\s*[-–—]|\((\d{1,4})\)|(\d{1,4}))$/;

export function isLabelledPageNumber(text: string): boolean {
  const t = text.trim();
  return LABELLED_PAGE_NUMBER.some((re) => re.test(t));
}

function bareNumber(text: string): number | null {
  const m = BARE_PAGE_NUMBER.exec(text.trim());
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/**
 * How printed bare numbers relate to page indices (0 when page 3 says "3", -1 when the cover is
 * not counted), or null when they do not count pages. A table cell "2024" that happens to end
 * a page is then not taken for a page number.
 */
function pageNumberOffset(pages: readonly PageLines[]): number | null {
  const offsets = new Map<number, number>();
  for (const page of pages) {
    for (const edge of ['top', 'bottom'] as const) {
      const n = edgeLines(page, edge).map((l) => bareNumber(lineText(l))).find((v) => v !== null);
      if (n !== undefined && n !== null) offsets.set(n - page.page, (offsets.get(n - page.page) ?? 0) + 1);
    }
  }
  const [best] = [...offsets.entries()].sort((a, b) => b[1] - a[1]);
  if (!best) return null;
  // One page proves little: accept a lone number only when it is about the page's own.
  if (best[1] >= 2 || (pages.length <= 2 && Math.abs(best[0]) <= 2)) return best[0];
  return null;
}

/** What stays the same from page to page: the text with its numbers (page, date parts) blanked. */
function signature(line: Line): string {
  return lineText(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export interface PageLines {
  page: number;
  height: number;
  /** Top to bottom. */
  lines: Line[];
}

type Edge = 'top' | 'bottom';

/** Lines near an edge, outermost first. */
function edgeLines(page: PageLines, edge: Edge): Line[] {
  const inBand = (l: Line) => (edge === 'top' ? l.y <= page.height * EDGE_BAND : l.y >= page.height * (1 - EDGE_BAND));
  const ordered = edge === 'top' ? page.lines : [...page.lines].reverse();
  const out: Line[] = [];
  for (const line of ordered) {
    if (out.length >= MAX_EDGE_LINES || !inBand(line)) break;
    out.push(line);
  }
  return out;
}

/** Distance from the edge the line belongs to (page heights may differ). */
function distance(page: PageLines, line: Line, edge: Edge): number {
  return edge === 'top' ? line.y : page.height - line.y;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Where numbers differ between the copies of a line, they must count the pages ("side 3",
 * "side 4" …) for the line to be furniture: "Punkt 2", "Punkt 5" at the top of item pages are
 * body text, not a header.
 */
function numbersFollowPages(copies: readonly { page: number; numbers: number[] }[]): boolean {
  const width = Math.max(0, ...copies.map((c) => c.numbers.length));
  for (let i = 0; i < width; i++) {
    const values = copies.map((c) => c.numbers[i] ?? NaN);
    if (values.every((v) => v === values[0])) continue;
    const offsets = new Set(copies.map((c, j) => values[j]! - c.page));
    if (offsets.size !== 1) return false;
  }
  return true;
}

/** Signatures that repeat at one place near an edge on enough pages, with that place. */
function repeatedAt(pages: readonly PageLines[], edge: Edge): Map<string, number> {
  const seen = new Map<string, { page: number; at: number; numbers: number[] }[]>();
  for (const page of pages) {
    for (const line of edgeLines(page, edge)) {
      const key = signature(line);
      const list = seen.get(key) ?? [];
      list.push({ page: page.page, at: distance(page, line, edge), numbers: (lineText(line).match(/\d+/g) ?? []).map(Number) });
      seen.set(key, list);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length * MIN_PAGE_SHARE));
  const repeated = new Map<string, number>();
  for (const [key, list] of seen) {
    const mid = median(list.map((e) => e.at));
    const there = list.filter((e) => Math.abs(e.at - mid) <= POSITION_TOLERANCE);
    if (new Set(there.map((e) => e.page)).size >= needed && numbersFollowPages(there)) repeated.set(key, mid);
  }
  return repeated;
}

/** The pages without their running headers, footers and page numbers. */
export function removeFurniture<P extends PageLines>(pages: readonly P[]): P[] {
  const repeated: Record<Edge, Map<string, number>> = { top: repeatedAt(pages, 'top'), bottom: repeatedAt(pages, 'bottom') };
  const offset = pageNumberOffset(pages);
  const isPageNumber = (page: P, text: string): boolean => {
    if (isLabelledPageNumber(text)) return true;
    const n = bareNumber(text);
    return n !== null && offset !== null && n - page.page === offset;
  };
  return pages.map((page) => {
    const drop = new Set<Line>();
    for (const edge of ['top', 'bottom'] as const) {
      for (const line of edgeLines(page, edge)) {
        const place = repeated[edge].get(signature(line));
        const running = place !== undefined && Math.abs(distance(page, line, edge) - place) <= POSITION_TOLERANCE;
        if (!running && !isPageNumber(page, lineText(line))) break;
        drop.add(line);
      }
    }
    return drop.size === 0 ? page : { ...page, lines: page.lines.filter((l) => !drop.has(l)) };
  });
}
