/** Bookmarks grouped by meeting, newest meeting first; long lists are shown in pages. */
import { useState } from 'preact/hooks';
import type { BookmarkView } from '../lib/store/tables/bookmarks.ts';
import { formatDate, t } from '../lib/i18n/index.ts';
import { BookmarkRow, type OpenNotice } from './BookmarkRow.tsx';

export const PAGE_SIZE = 100;

interface Props {
  bookmarks: readonly BookmarkView[];
  selected: ReadonlySet<string>;
  notices: ReadonlyMap<string, OpenNotice>;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (bookmark: BookmarkView) => void;
  onDelete: (bookmark: BookmarkView) => void;
  onSave: (bookmark: BookmarkView, note: string, tags: string[]) => Promise<void>;
}

interface Group {
  meetingId: string;
  heading: string;
  sub: string;
  bookmarks: BookmarkView[];
}

/** Consecutive bookmarks of one meeting form a group (the list comes sorted newest meeting first). */
export function groupByMeeting(bookmarks: readonly BookmarkView[]): Group[] {
  const groups: Group[] = [];
  for (const b of bookmarks) {
    const last = groups[groups.length - 1];
    if (last && last.meetingId === b.meetingId) last.bookmarks.push(b);
    else {
      groups.push({
        meetingId: b.meetingId,
        heading: `${b.meetingCommittee ?? t('common_unknownCommittee')} · ${formatDate(b.meetingDate)}`,
        sub: b.municipality ?? '',
        bookmarks: [b],
      });
    }
  }
  return groups;
}

export function BookmarkList({ bookmarks, ...rowProps }: Props) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const groups = groupByMeeting(bookmarks.slice(0, limit));
  return (
    <div class="bookmark-list">
      {groups.map((g) => (
        <section key={g.meetingId} class="meeting-group" aria-label={g.heading}>
          <h3>
            {g.heading}
            {g.sub ? <span class="muted"> · {g.sub}</span> : null}
          </h3>
          <ul>
            {g.bookmarks.map((b) => (
              <BookmarkRow
                key={b.id}
                bookmark={b}
                selected={rowProps.selected.has(b.id)}
                notice={rowProps.notices.get(b.id) ?? null}
                onSelect={rowProps.onSelect}
                onOpen={rowProps.onOpen}
                onDelete={rowProps.onDelete}
                onSave={rowProps.onSave}
              />
            ))}
          </ul>
        </section>
      ))}
      {bookmarks.length > limit ? (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {t('popup_showMore', [Math.min(PAGE_SIZE, bookmarks.length - limit), bookmarks.length - limit])}
        </button>
      ) : null}
    </div>
  );
}
