/**
 * The follows' live state for a page: the follows with their visible state, the "Nyt" list, the
 * settings and the permissions granted. Read from the store with liveQuery (so a check running
 * in the background shows as it goes), the permissions from the browser (and again when they
 * change). Changes go through the background's messages (FollowEnv.send).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FollowSettings, FollowView, NewsRow, Schedule } from '../../lib/follows/model.ts';
import { listNews, loadFollowSettings, loadSchedule, unreadCount } from '../../lib/follows/store.ts';
import { loadFollowViews } from '../../lib/follows/views.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { useLiveQuery } from '../use-live-query.ts';
import type { FollowEnv, Permissions } from './follow-env.ts';

export interface FollowsState {
  follows: FollowView[] | undefined;
  news: NewsRow[] | undefined;
  unread: number;
  settings: FollowSettings | undefined;
  schedule: Schedule | null;
  permissions: Permissions | null;
  error: unknown;
}

/** The permissions granted, kept current. */
export function usePermissions(env: FollowEnv): Permissions | null {
  const [permissions, setPermissions] = useState<Permissions | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void env.permissions().then(
        (p) => live && setPermissions(p),
        () => live && setPermissions({ origins: [], notifications: false }),
      );
    load();
    const stop = env.onPermissionsChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, [env]);
  return permissions;
}

/** A clock that ticks every `ms` (so "checking now" and times to come stay true). */
export function useNow(ms = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

export function useFollows(db: SagssporDB, env: FollowEnv, newsLimit = 200): FollowsState {
  const permissions = usePermissions(env);
  const now = useNow();
  const granted = permissions?.origins ?? [];
  const follows = useLiveQuery(() => loadFollowViews(db, granted, new Date()), [db, granted.join(' '), now.getTime()]);
  const news = useLiveQuery(async () => ({ rows: await listNews(db, newsLimit), unread: await unreadCount(db) }), [db, newsLimit]);
  const settings = useLiveQuery(async () => ({ settings: await loadFollowSettings(db), schedule: await loadSchedule(db) }), [db]);
  return {
    follows: follows.value,
    news: news.value?.rows,
    unread: news.value?.unread ?? 0,
    settings: settings.value?.settings,
    schedule: settings.value?.schedule ?? null,
    permissions,
    error: follows.error ?? news.error ?? settings.error,
  };
}
