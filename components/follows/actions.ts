/** What the follows' pages do with a click, through the background's messages. */
import { useState } from 'preact/hooks';
import type { FollowView, NewsRow } from '../../lib/follows/model.ts';
import { requestMissing, type FollowEnv, type Permissions } from './follow-env.ts';

export interface FollowActions {
  /** The last action's failure, in the page's words (null: none). */
  error: string | null;
  /** "Tjek nu" was pressed and the background said whether a check started. */
  checkStatus: 'idle' | 'asking' | 'started' | 'running' | 'failed';
  openNews(entry: NewsRow): void;
  markAllRead(): void;
  rename(follow: FollowView, name: string): Promise<void>;
  unfollow(follow: FollowView): void;
  allow(follow: FollowView): void;
  checkNow(): void;
  /** Ask the browser for notifications (straight from the click). */
  allowNotifications(): void;
  /** Switch notifications off (the "Nyt" list and badge stay). */
  noNotifications(): void;
}

export function useFollowActions(env: FollowEnv, permissions: Permissions | null): FollowActions {
  const [error, setError] = useState<string | null>(null);
  const [checkStatus, setCheckStatus] = useState<FollowActions['checkStatus']>('idle');
  const attempt = (action: () => Promise<unknown>) => {
    setError(null);
    void action().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return {
    error,
    checkStatus,
    openNews: (entry) =>
      attempt(async () => {
        await env.send({ type: 'mark-news-read', ids: [entry.id] });
        await env.open(entry.link);
      }),
    markAllRead: () => attempt(() => env.send({ type: 'mark-news-read', ids: null })),
    rename: async (follow, name) => {
      await env.send({ type: 'rename-follow', id: follow.id, name });
    },
    unfollow: (follow) => attempt(() => env.send({ type: 'unfollow', id: follow.id })),
    allow: (follow) => {
      // The browser's prompt must come straight from the click; then the portal is listed.
      const asked = requestMissing(env, permissions, follow.portals, false);
      attempt(async () => {
        if (asked) await asked;
        await env.send({ type: 'check-follows' });
      });
    },
    allowNotifications: () => {
      const asked = requestMissing(env, permissions, [], true);
      attempt(async () => {
        if (asked) await asked;
      });
    },
    noNotifications: () => attempt(() => env.send({ type: 'follow-settings', change: { notify: false } })),
    checkNow: () => {
      setCheckStatus('asking');
      attempt(async () => {
        try {
          const { started, running } = await env.send({ type: 'check-follows' });
          setCheckStatus(started ? 'started' : running ? 'running' : 'idle');
        } catch (e) {
          setCheckStatus('failed');
          throw e;
        }
      });
    },
  };
}
