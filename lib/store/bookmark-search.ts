/**
 * The popup's search over bookmarks: title, decision, case number, note and tags (MiniSearch,
 * prefix and light fuzzy matching, all words must match), plus filters by tag, committee,
 * outcome and meeting date range.
 */
import MiniSearch from 'minisearch';
import type { Outcome } from '../model.ts';
import type { BookmarkView } from './tables/bookmarks.ts';

export interface BookmarkFilters {
  /** Bookmarks must carry every one of these tags. */
  tags?: readonly string[];
  committee?: string | null;
  outcome?: Outcome | null;
  /** Meeting date from/to, inclusive (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
}

interface Doc {
  id: string;
  title: string;
  decision: string;
  caseNumbers: string;
  note: string;
  tags: string;
  committee: string;
}

/** Search terms in one form: composed, lower-case (Danish). */
export const processTerm = (term: string): string => term.normalize('NFC').toLocaleLowerCase('da');

/**
 * Case numbers as written, without separators, and with the serial's leading zeros dropped:
 * "24-002111" is found as "24002111", and as people shorten it, "24-2111" and "24/2111".
 */
export function caseNumbersText(cases: readonly string[]): string {
  return cases.map((c) => `${c} ${c.replace(/[^\p{L}\p{N}]/gu, '')} ${c.replace(/(^|[^\p{N}])0+(?=\p{N})/gu, '$1')}`).join(' ');
}

/** Typos are forgiven in words, never in numbers (24-001001 must not find 24-001002). */
export const wordFuzziness = (term: string): number | false => (term.length >= 5 && !/\d/.test(term) ? 0.2 : false);

function toDoc(b: BookmarkView): Doc {
  return {
    id: b.id,
    title: b.title,
    decision: b.decision ?? '',
    caseNumbers: caseNumbersText(b.caseNumbers),
    note: b.note,
    tags: b.tags.join(' '),
    committee: [b.meetingCommittee ?? '', ...b.itemCommittees].join(' '),
  };
}

export function matchesFilters(b: BookmarkView, f: BookmarkFilters): boolean {
  if (f.tags && f.tags.length > 0) {
    const own = b.tags.map((t) => t.toLocaleLowerCase('da'));
    if (!f.tags.every((t) => own.includes(t.toLocaleLowerCase('da')))) return false;
  }
  if (f.committee && b.meetingCommittee !== f.committee) return false;
  if (f.outcome && b.outcome !== f.outcome) return false;
  if (f.from && (b.meetingDate === null || b.meetingDate < f.from)) return false;
  if (f.to && (b.meetingDate === null || b.meetingDate > f.to)) return false;
  return true;
}

export class BookmarkSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly bookmarks: readonly BookmarkView[];

  constructor(bookmarks: readonly BookmarkView[]) {
    this.bookmarks = bookmarks;
    this.index = new MiniSearch<Doc>({
      fields: ['title', 'decision', 'caseNumbers', 'note', 'tags', 'committee'],
      idField: 'id',
      processTerm,
      searchOptions: {
        prefix: true,
        fuzzy: wordFuzziness,
        combineWith: 'AND',
        boost: { caseNumbers: 3, title: 2, tags: 2 },
        processTerm,
      },
    });
    this.index.addAll(bookmarks.map(toDoc));
  }

  /** Bookmarks matching the query and filters, in the order they were given (newest meeting first). */
  search(query: string, filters: BookmarkFilters = {}): BookmarkView[] {
    const q = query.trim();
    if (q === '') return this.bookmarks.filter((b) => matchesFilters(b, filters));
    const hits = new Set(this.index.search(q).map((r) => String(r.id)));
    return this.bookmarks.filter((b) => hits.has(b.id) && matchesFilters(b, filters));
  }
}

/** Distinct committees and tags of a list of bookmarks, for the filter menus (Danish order). */
export function filterChoices(bookmarks: readonly BookmarkView[]): { committees: string[]; tags: string[] } {
  const committees = new Set<string>();
  const tags = new Set<string>();
  for (const b of bookmarks) {
    if (b.meetingCommittee) committees.add(b.meetingCommittee);
    for (const t of b.tags) tags.add(t);
  }
  const da = (a: string, b: string) => a.localeCompare(b, 'da');
  return { committees: [...committees].sort(da), tags: [...tags].sort(da) };
}
