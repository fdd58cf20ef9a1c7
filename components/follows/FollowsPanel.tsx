/**
 * The follows in the popup and the side panel: the "Nyt" list first (unread first; a click
 * opens the item on the portal and marks it read), "Tjek nu", a warning for every follow whose
 * portal failed three checks in a row, and the follows themselves (state, rename, stop, allow)
 * with a form to follow a committee or a search. The options page has the same and the settings.
 */
import { t } from '../../lib/i18n.ts';
import { plural } from '../../lib/plural.ts';
import { FAILURE_NOTICE_AFTER } from '../../lib/follows/constants.ts';
import { followLabel } from '../../lib/follows/words.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { useFollowActions } from './actions.ts';
import { AddFollowForm } from './AddFollowForm.tsx';
import type { FollowEnv } from './follow-env.ts';
import { FollowList } from './FollowList.tsx';
import { NewsList } from './NewsList.tsx';
import { useFollows } from './use-follows.ts';
import './follows.css';

interface Props {
  db: SagssporDB;
  env: FollowEnv;
  /** How many news entries to show (the rest are in the options page). */
  newsLimit?: number;
  /** Opens the options page at the follows. */
  onOpenAll?: () => void;
}

export function FollowsPanel({ db, env, newsLimit = 8, onOpenAll }: Props) {
  const state = useFollows(db, env);
  const actions = useFollowActions(env, state.permissions);
  const follows = state.follows ?? [];
  const failing = follows.filter((f) => f.failuresInARow >= FAILURE_NOTICE_AFTER);
  const missing = follows.filter((f) => f.access === 'missing');
  const checking = follows.some((f) => f.checking);
  return (
    <section class="follows-panel" aria-labelledby="follows-news" data-testid="follows-panel">
      <div class="row spread">
        <h2 id="follows-news">
          {t('news_heading')}{' '}
          {state.unread > 0 ? (
            <span class="count-badge" data-testid="news-count">
              {state.unread}
            </span>
          ) : null}
        </h2>
        {follows.length > 0 ? (
          <button type="button" data-action="check-now" disabled={checking || actions.checkStatus === 'asking'} onClick={actions.checkNow}>
            {checking ? t('follow_checkingNow') : t('follow_checkNow')}
          </button>
        ) : null}
      </div>
      {failing.map((f) => (
        <p key={f.id} class="error" role="alert" data-testid="follow-failing">
          {t('follow_failingNotice', [followLabel(f), String(f.failuresInARow)])}
        </p>
      ))}
      {missing.length > 0 ? (
        <p class="error" data-testid="follow-missing-access">
          {plural('count_followsWithoutAccess', missing.length)}
        </p>
      ) : null}
      {follows.length > 0 && state.settings?.notify && state.permissions !== null && !state.permissions.notifications ? (
        <p class="muted" data-testid="notify-ask">
          {t('follow_notifyAsk')}{' '}
          <button type="button" data-action="allow-notifications" onClick={actions.allowNotifications}>
            {t('follow_allowNotifications')}
          </button>{' '}
          <button type="button" class="link" data-action="no-notifications" onClick={actions.noNotifications}>
            {t('follow_noNotifications')}
          </button>
        </p>
      ) : null}
      {actions.error ? (
        <p class="error" role="alert">
          {t('popup_actionFailed', actions.error)}
        </p>
      ) : null}
      {state.error ? (
        <p class="error" role="alert">
          {t('popup_storeFailed')}
        </p>
      ) : state.news === undefined ? (
        <p class="muted">{t('common_loading')}</p>
      ) : follows.length === 0 && state.news.length === 0 ? (
        <p class="empty">{t('follow_introShort')}</p>
      ) : (
        <NewsList news={state.news} follows={follows} unread={state.unread} limit={newsLimit} onOpen={actions.openNews} onMarkAllRead={actions.markAllRead} />
      )}
      <details class="follows-manage" data-testid="follows-manage">
        <summary>{t('follow_manageHeading', String(follows.length))}</summary>
        <FollowList follows={follows} onRename={actions.rename} onUnfollow={actions.unfollow} onAllow={actions.allow} />
        <details class="follows-add">
          <summary>{t('follow_addHeading')}</summary>
          <AddFollowForm env={env} permissions={state.permissions} notify={state.settings?.notify ?? true} idPrefix="panel" />
        </details>
        {onOpenAll ? (
          <button type="button" class="link" onClick={onOpenAll}>
            {t('follow_openSettings')}
          </button>
        ) : null}
      </details>
    </section>
  );
}
