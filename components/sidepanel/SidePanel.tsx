/**
 * The side panel: the meeting in the active tab beside the page, following the tab. Its outline
 * with outcomes (a click shows the item on the page), the selected item's case trail (links to
 * the case view), and this meeting's bookmarks and notes. Reads the store directly, as the popup
 * does; the meeting comes from what the page's content script says it is.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDate, t } from '../../lib/i18n.ts';
import type { PageSummary } from '../../lib/messages.ts';
import { plural } from '../../lib/plural.ts';
import { listBookmarks } from '../../lib/store/bookmarks.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { meetingId, municipalityKey } from '../../lib/store/keys.ts';
import { itemsOfMeeting } from '../../lib/store/meetings.ts';
import { casePagePath } from '../../lib/trail/contract.ts';
import { OutcomeBadge } from '../page/OutcomeBadge.tsx';
import { useLiveQuery } from '../use-live-query.ts';
import { FollowsPanel } from '../follows/FollowsPanel.tsx';
import { CommitteeFollow } from '../follows/FollowButtons.tsx';
import type { FollowEnv } from '../follows/follow-env.ts';

export interface SidePanelEnv {
  activeTabId(): Promise<number | null>;
  /** The content script's summary of the tab's page; null when nothing answers. */
  pageSummary(tabId: number): Promise<PageSummary | null>;
  /** Scroll the page to an item. */
  reveal(tabId: number, itemNumber: number): Promise<unknown>;
  /** Calls back when the active tab changes or its page loads; returns the unsubscribe. */
  onTabChange(callback: () => void): () => void;
  open(path: string): Promise<void>;
}

interface Current {
  tabId: number;
  summary: PageSummary | null;
}

export function SidePanel({ db, env, follows }: { db: SagssporDB; env: SidePanelEnv; follows?: FollowEnv }) {
  const [current, setCurrent] = useState<Current | null | undefined>(undefined);
  const [selected, setSelected] = useState<number | null>(null);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      const tabId = await env.activeTabId();
      const summary = tabId === null ? null : await env.pageSummary(tabId);
      if (!alive) return;
      setCurrent(tabId === null ? null : { tabId, summary });
      setSelected(null);
    };
    void load();
    const stop = env.onTabChange(() => void load());
    return () => {
      alive = false;
      stop();
    };
  }, [env]);

  const summary = current?.summary ?? null;
  const meeting = summary?.analysed ? summary.meeting : null;
  const id = meeting && summary ? meetingId(meeting, summary.url) : null;
  const muniKey = meeting && summary ? municipalityKey(summary.url) : null;
  const items = useLiveQuery(async () => (id === null ? [] : itemsOfMeeting(db, id)), [db, id]).value ?? [];
  const allBookmarks = useLiveQuery(() => listBookmarks(db), [db]).value ?? [];
  const bookmarks = useMemo(() => allBookmarks.filter((b) => b.meetingId === id), [allBookmarks, id]);
  const sorted = useMemo(() => [...items].sort((a, b) => a.number - b.number), [items]);
  const chosen = sorted.find((i) => i.number === selected) ?? null;

  if (current === undefined) return <p class="muted">{t('common_loading')}</p>;
  if (!meeting || id === null || current === null) {
    return (
      <main class="side-panel">
        <h1>Sagsspor</h1>
        <p class="empty" data-state="no-meeting">
          {t('side_noMeeting')}
        </p>
        {follows ? <FollowsPanel db={db} env={follows} onOpenAll={() => void env.open('/options.html#follows')} /> : null}
      </main>
    );
  }

  return (
    <main class="side-panel" data-state="meeting">
      <header>
        <h1>{[meeting.committee, meeting.date ? formatDate(meeting.date) : null].filter(Boolean).join(' · ') || summary?.title}</h1>
        {meeting.municipality ? <p class="muted">{meeting.municipality}</p> : null}
        {follows && meeting.committee && summary ? <CommitteeFollow db={db} env={follows} url={summary.url} committee={meeting.committee} /> : null}
      </header>
      <section aria-labelledby="side-outline">
        <h2 id="side-outline">
          {t('outline_title')} <span class="muted">({plural('count_items', sorted.length)})</span>
        </h2>
        <ol class="side-outline">
          {sorted.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                data-item={item.number}
                aria-current={item.number === selected ? 'true' : undefined}
                onClick={() => {
                  setSelected(item.number);
                  void env.reveal(current.tabId, item.number);
                }}
              >
                <span class="num">{item.number}.</span>
                <span class="title">{item.title}</span>
                <OutcomeBadge outcome={item.outcome} />
              </button>
            </li>
          ))}
        </ol>
      </section>
      {chosen ? (
        <section aria-labelledby="side-trail" class="card">
          <h2 id="side-trail">{t('side_trailHeading', String(chosen.number))}</h2>
          {chosen.decision ? <p class="decision pre">{chosen.decision}</p> : null}
          {chosen.caseNumbers.length === 0 ? (
            <p class="muted">{t('side_noCase')}</p>
          ) : (
            <ul>
              {chosen.caseNumbers.map((c) => (
                <li key={c}>
                  <button type="button" class="link" onClick={() => void env.open(casePagePath(muniKey!, c))}>
                    {t('side_openCase', c)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="side-bookmarks">
        <h2 id="side-bookmarks">{t('side_bookmarksHeading')}</h2>
        {bookmarks.length === 0 ? (
          <p class="empty">{t('side_noBookmarks')}</p>
        ) : (
          <ul class="side-bookmarks">
            {bookmarks.map((b) => (
              <li key={b.id}>
                <button type="button" class="link" onClick={() => void env.reveal(current.tabId, b.itemNumber)}>
                  {t('bookmark_item', b.itemNumber)} {b.title}
                </button>
                {b.note !== '' ? <p class="note">{b.note}</p> : null}
                {b.tags.length > 0 ? <p class="tags">{b.tags.map((tag) => <span class="tag" key={tag}>{tag}</span>)}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {follows ? <FollowsPanel db={db} env={follows} onOpenAll={() => void env.open('/options.html#follows')} /> : null}
    </main>
  );
}
