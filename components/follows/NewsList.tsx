/**
 * The "Nyt" list: what checks found for the follows, unread first. An entry names its follow,
 * what changed ("på dagsordenen", "nu med beslutning: Godkendt"), the item and the meeting; a
 * click opens the portal's page at the item (deep link) and marks the entry read.
 */
import { t } from '../../lib/i18n.ts';
import { plural } from '../../lib/plural.ts';
import type { FollowView, NewsRow } from '../../lib/follows/model.ts';
import { entryFollowLabel, followLabel, newsChange, newsPlace } from '../../lib/follows/words.ts';
import { OutcomeBadge } from '../page/OutcomeBadge.tsx';

interface Props {
  news: readonly NewsRow[];
  follows: readonly FollowView[];
  unread: number;
  onOpen(entry: NewsRow): void;
  onMarkAllRead(): void;
  /** Show at most this many (the popup); the rest are counted. */
  limit?: number;
}

export function NewsList({ news, follows, unread, onOpen, onMarkAllRead, limit }: Props) {
  const byId = new Map(follows.map((f) => [f.id, f]));
  const shown = limit === undefined ? news : news.slice(0, limit);
  return (
    <div class="news" data-testid="news">
      <div class="row spread">
        <p class="muted" data-testid="news-unread">
          {unread === 0 ? t('news_noneUnread') : plural('count_unreadNews', unread)}
        </p>
        {unread > 0 ? (
          <button type="button" class="link" data-action="mark-all-read" onClick={onMarkAllRead}>
            {t('news_markAllRead')}
          </button>
        ) : null}
      </div>
      {news.length === 0 ? (
        <p class="empty">{t('news_empty')}</p>
      ) : (
        <ul class="news-list">
          {shown.map((entry) => {
            const follow = byId.get(entry.followId);
            return (
              <li key={entry.id} class={entry.unread === 1 ? 'news-entry unread' : 'news-entry'} data-news-id={entry.id} data-unread={entry.unread === 1 ? '' : undefined}>
                <p class="news-meta">
                  <span class="chip">{follow ? followLabel(follow) : entryFollowLabel(entry)}</span>{' '}
                  <span class={entry.change === 'decision' ? 'news-change decision' : 'news-change'}>{newsChange(entry)}</span>
                </p>
                <button type="button" class="link news-title" data-action="open-news" onClick={() => onOpen(entry)}>
                  {entry.unread === 1 ? <span class="sr-only">{t('news_unread')} </span> : null}
                  {entry.title}
                </button>
                <p class="muted news-place">
                  {newsPlace(entry)} {entry.meetingKind === 'referat' && entry.itemNumber !== null ? <OutcomeBadge outcome={entry.outcome} /> : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {limit !== undefined && news.length > limit ? <p class="muted">{t('news_more', String(news.length - limit))}</p> : null}
    </div>
  );
}
