/**
 * The popup: the current page at a glance, and the bookmarks — grouped by meeting, newest
 * first, searchable and filterable, opened as deep links, deleted with undo, tagged in bulk.
 * Reads the store directly (extension page, same origin) with liveQuery.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SagssporDB } from '../lib/store/db.ts';
import {
  listBookmarks,
  removeBookmarks,
  reportAnchors,
  restoreBookmarks,
  tagBookmarks,
  updateBookmark,
} from '../lib/store/bookmarks.ts';
import { deepLink, meetingId, pageKey } from '../lib/store/keys.ts';
import { BookmarkSearch, filterChoices, type BookmarkFilters } from '../lib/store/search.ts';
import type { BookmarkBackup, BookmarkView } from '../lib/store/schemas.ts';
import { t } from '../lib/i18n.ts';
import { BookmarkList } from './BookmarkList.tsx';
import type { OpenNotice } from './BookmarkRow.tsx';
import { BulkBar } from './BulkBar.tsx';
import { PageCard, type PageState } from './PageCard.tsx';
import { canRunOn, hostOf, type ActiveTab, type PopupEnv } from './popup-env.ts';
import { SearchFilters } from './SearchFilters.tsx';
import { UndoToast } from './UndoToast.tsx';
import { archivePageUrl, extensionPageUrl } from './case/page-url.ts';
import { useLiveQuery } from './use-live-query.ts';
import { isPdfAddress, localPdfName, readerFilePath, readerPagePath } from '../lib/reader-path.ts';
import { FollowsPanel } from './follows/FollowsPanel.tsx';
import type { FollowEnv } from './follows/follow-env.ts';

export interface PopupProps {
  db: SagssporDB;
  env: PopupEnv;
  /** How long "Undo" is offered after a delete. */
  undoMs?: number;
  /** The follows' "Nyt" and state (absent: not shown). */
  follows?: FollowEnv;
}

export function Popup({ db, env, undoMs = 10_000, follows }: PopupProps) {
  const live = useLiveQuery(() => listBookmarks(db), [db]);
  const bookmarks = live.value;
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<BookmarkFilters>({});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = useState<ReadonlyMap<string, OpenNotice>>(new Map());
  const [undo, setUndo] = useState<BookmarkBackup[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const active = await env.activeTab();
      if (!alive) return;
      setTab(active);
      if (active && isPdfAddress(active.url)) return setPage({ status: 'pdf', url: active.url });
      if (!active || !canRunOn(active.url)) return setPage({ status: 'unsupported' });
      const summary = await env.pageSummary(active.id);
      if (!alive) return;
      setPage(summary ? { status: 'summary', tabId: active.id, summary } : { status: 'no-answer', tabId: active.id, host: hostOf(active.url) });
    })();
    return () => {
      alive = false;
    };
  }, [env]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), undoMs);
    return () => clearTimeout(timer);
  }, [undo, undoMs]);

  const search = useMemo(() => (bookmarks ? new BookmarkSearch(bookmarks) : null), [bookmarks]);
  const shown = useMemo(() => (search ? search.search(query, filters) : []), [search, query, filters]);
  const choices = useMemo(() => filterChoices(bookmarks ?? []), [bookmarks]);

  const bookmarkedHere = useMemo(() => {
    if (!tab || !bookmarks) return 0;
    const pk = pageKey(tab.url);
    const meeting = page.status === 'summary' ? page.summary.meeting : null;
    const mid = meeting ? meetingId(meeting, tab.url) : null;
    return bookmarks.filter((b) => b.pageKey === pk || b.meetingId === mid).length;
  }, [tab, bookmarks, page]);

  const attempt = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const analyse = (tabId: number) =>
    void attempt(async () => {
      setPage({ status: 'analysing', tabId });
      const summary = await env.analyse(tabId);
      setPage(summary ? { status: 'summary', tabId, summary } : { status: 'failed', tabId });
    });

  const allow = (tabId: number) => {
    if (!tab) return;
    // permissions.request must be the first thing the click does.
    const asked = env.allowSite(tab.url);
    void attempt(async () => {
      if (await asked) analyse(tabId);
      else setPage({ status: 'no-answer', tabId, host: hostOf(tab.url), denied: true });
    });
  };

  const annotations = (tabId: number, on: boolean) =>
    void attempt(async () => {
      const summary = await env.setAnnotations(tabId, on);
      if (summary) setPage({ status: 'summary', tabId, summary });
      else setPage({ status: 'failed', tabId });
    });

  const open = (b: BookmarkView) =>
    void attempt(async () => {
      if (tab && pageKey(tab.url) === b.pageKey) {
        const found = await env.reveal(tab.id, b.itemNumber, b.anchor);
        if (found !== null) {
          const next = new Map(notices);
          if (found) next.delete(b.id);
          else next.set(b.id, 'not-found');
          setNotices(next);
          await reportAnchors(db, [{ id: b.id, found }]);
          return;
        }
      }
      // A PDF opens in Sagsspor's reader at the item; a page opens itself at the item.
      const file = localPdfName(b.url);
      const item = `#sagsspor-item=${b.itemNumber}`;
      // A PDF read from disk cannot be reopened by its name: the reader asks for the file again.
      if (file !== null) await env.open(extensionPageUrl(readerFilePath(file) + item));
      else await env.open(isPdfAddress(b.url) ? extensionPageUrl(readerPagePath(b.url) + item) : deepLink(b.url, b.itemNumber));
    });

  const remove = (ids: string[]) =>
    void attempt(async () => {
      const backups = await removeBookmarks(db, ids);
      const next = new Set(selected);
      for (const id of ids) next.delete(id);
      setSelected(next);
      setUndo(backups);
    });

  const restore = () =>
    void attempt(async () => {
      if (!undo) return;
      const backups = undo;
      setUndo(null);
      await restoreBookmarks(db, backups);
    });

  const select = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const total = bookmarks?.length ?? 0;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Sagsspor</h1>
        <nav aria-label={t('popup_nav')}>
          <ul class="popup-nav">
            <li>
              <button type="button" onClick={() => void env.open(extensionPageUrl('/case.html'))}>
                {t('popup_searchAll')}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => void env.open(extensionPageUrl('/reader.html'))}>
                {t('popup_reader')}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => void env.open(archivePageUrl(tab?.url ?? null))}>
                {t('popup_archive')}
              </button>
            </li>
            <li>
              <button type="button" data-action="side-panel" disabled={!tab} onClick={() => tab && void env.openSidePanel(tab.id).catch(() => undefined)}>
                {t('popup_sidePanel')}
              </button>
            </li>
            <li>
              <button type="button" onClick={() => void env.openOptions()}>
                {t('popup_settings')}
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <PageCard
        state={page}
        bookmarked={bookmarkedHere}
        onAnalyse={analyse}
        onAllow={allow}
        onOpenOptions={() => void env.openOptions()}
        onAnnotations={annotations}
        onOpenPdf={(url) => void env.open(extensionPageUrl(readerPagePath(url)))}
      />
      {follows ? <FollowsPanel db={db} env={follows} onOpenAll={() => void env.open(extensionPageUrl('/options.html#follows'))} /> : null}
      <section class="bookmarks" aria-label={t('popup_bookmarksHeading')}>
        <h2>{t('popup_bookmarksHeading')}</h2>
        {total > 0 ? (
          <SearchFilters query={query} filters={filters} committees={choices.committees} tags={choices.tags} onQuery={setQuery} onFilters={setFilters} />
        ) : null}
        {selected.size > 0 ? (
          <BulkBar
            count={selected.size}
            onTag={(add, rm) => tagBookmarks(db, [...selected], add, rm).then(() => undefined)}
            onDelete={() => remove([...selected])}
            onClear={() => setSelected(new Set())}
          />
        ) : null}
        {error ? (
          <p class="error" role="alert">
            {t('popup_actionFailed', error)}
          </p>
        ) : null}
        {live.error ? (
          <p class="error" role="alert">
            {t('popup_storeFailed')}
          </p>
        ) : bookmarks === undefined ? (
          <p class="muted">{t('common_loading')}</p>
        ) : total === 0 ? (
          <p class="empty">{t('popup_noBookmarks')}</p>
        ) : shown.length === 0 ? (
          <p class="empty">{t('popup_noMatches')}</p>
        ) : (
          <>
            <p class="muted" data-testid="shown-count">
              {t('popup_showing', [shown.length, total])}
            </p>
            <BookmarkList
              bookmarks={shown}
              selected={selected}
              notices={notices}
              onSelect={select}
              onOpen={open}
              onDelete={(b) => remove([b.id])}
              onSave={(b, note, tags) => updateBookmark(db, b.id, { note, tags }).then(() => undefined)}
            />
          </>
        )}
      </section>
      {undo ? <UndoToast count={undo.length} onUndo={restore} onDismiss={() => setUndo(null)} /> : null}
    </main>
  );
}
