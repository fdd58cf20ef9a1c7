/**
 * Search across everything stored — every item of every meeting read or indexed (title,
 * decision, case numbers, committee) and the user's notes — with MiniSearch, as the popup's
 * bookmark search does (prefix, light fuzzy on words, never on numbers, all words must match).
 * A note is searched with the item it belongs to; a bookmark whose meeting is not stored is a
 * hit of its own.
 */
import MiniSearch from 'minisearch';
import type { SagssporDB } from './db.ts';
import { itemId } from './keys.ts';
import { listBookmarks } from './bookmarks.ts';
import { ItemRowSchema } from './tables/items.ts';
import { MeetingRowSchema } from './tables/meetings.ts';
import type { BookmarkView } from './tables/bookmarks.ts';
import { parseRows } from './validate.ts';
import { caseNumbersText, processTerm, wordFuzziness } from './bookmark-search.ts';
import { compareTreatments, relatedItem } from './trail.ts';
import type { RelatedItem } from '../messages/trail.ts';

export type SearchHit =
  | { kind: 'item'; item: RelatedItem; bookmark: BookmarkView | null }
  | { kind: 'bookmark'; bookmark: BookmarkView };

interface Doc {
  id: string;
  title: string;
  decision: string;
  caseNumbers: string;
  committee: string;
  note: string;
}


export class EverythingSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly hits = new Map<string, SearchHit>();
  private readonly order: string[];

  constructor(items: readonly RelatedItem[], bookmarks: readonly BookmarkView[]) {
    const byItem = new Map<string, BookmarkView>();
    for (const b of bookmarks) byItem.set(itemId(b.meetingId, b.itemNumber), b);
    const docs: Doc[] = [];
    for (const item of [...items].sort(compareTreatments)) {
      const bookmark = byItem.get(item.itemId) ?? null;
      byItem.delete(item.itemId);
      this.hits.set(item.itemId, { kind: 'item', item, bookmark });
      docs.push({ id: item.itemId, title: item.title, decision: item.decision ?? '', caseNumbers: caseNumbersText(item.caseNumbers), committee: item.committee ?? '', note: bookmark?.note ?? '' });
    }
    for (const b of byItem.values()) {
      const id = `bookmark:${b.id}`;
      this.hits.set(id, { kind: 'bookmark', bookmark: b });
      docs.push({ id, title: b.title, decision: b.decision ?? '', caseNumbers: caseNumbersText(b.caseNumbers), committee: [b.meetingCommittee ?? '', ...b.itemCommittees].join(' '), note: `${b.note} ${b.tags.join(' ')}` });
    }
    this.order = docs.map((d) => d.id);
    this.index = new MiniSearch<Doc>({
      fields: ['title', 'decision', 'caseNumbers', 'committee', 'note'],
      idField: 'id',
      processTerm,
      searchOptions: {
        prefix: true,
        fuzzy: wordFuzziness,
        combineWith: 'AND',
        boost: { caseNumbers: 3, title: 2, note: 1.5 },
        processTerm,
      },
    });
    this.index.addAll(docs);
  }

  get size(): number {
    return this.order.length;
  }

  /** Best matches first; an empty query gives nothing (there may be 100,000 items). */
  search(query: string, limit = 200): SearchHit[] {
    const q = query.trim();
    if (q === '') return [];
    return this.index.search(q).slice(0, limit).map((r) => this.hits.get(String(r.id))!);
  }
}

/** Read the whole store into a search (once per search page). */
export async function loadEverythingSearch(db: SagssporDB): Promise<EverythingSearch> {
  const [itemRows, meetingRows, bookmarks] = await Promise.all([db.items.toArray(), db.meetings.toArray(), listBookmarks(db)]);
  const meetings = new Map(parseRows(MeetingRowSchema, meetingRows, 'meetings').map((m) => [m.id, m]));
  const items = parseRows(ItemRowSchema, itemRows, 'items').map((row) => relatedItem(row, meetings.get(row.meetingId)));
  return new EverythingSearch(items, bookmarks);
}
