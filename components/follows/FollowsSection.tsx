/**
 * The options page's "Følger" section (`options.html#follows`): how often to check (every 6
 * hours by default, never more often than hourly), notifications on or off, "Tjek nu", every
 * follow with its state, following something new, and the whole "Nyt" list.
 */
import { t } from '../../lib/i18n.ts';
import { plural } from '../../lib/plural.ts';
import { INTERVAL_CHOICES } from '../../lib/follows/model.ts';
import { formatTime } from '../../lib/follows/words.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { useFollowActions } from './actions.ts';
import { AddFollowForm } from './AddFollowForm.tsx';
import { requestMissing, type FollowEnv } from './follow-env.ts';
import { FollowList } from './FollowList.tsx';
import { NewsList } from './NewsList.tsx';
import { useFollows } from './use-follows.ts';
import { useEffect, useState } from 'preact/hooks';
import './follows.css';

export function FollowsSection({ db, env }: { db: SagssporDB; env: FollowEnv }) {
  const state = useFollows(db, env, 1000);
  const actions = useFollowActions(env, state.permissions);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const follows = state.follows ?? [];
  const settings = state.settings;
  // options.html#follows (a notification, the popup's link): the section is drawn after the store opens.
  const drawn = settings !== undefined;
  useEffect(() => {
    if (drawn && globalThis.location?.hash === '#follows') document.getElementById('follows')?.scrollIntoView();
  }, [drawn]);

  const change = (patch: { intervalHours?: number; notify?: boolean }) => {
    setSettingsError(null);
    void env.send({ type: 'follow-settings', change: patch }).catch((e: unknown) => setSettingsError(e instanceof Error ? e.message : String(e)));
  };
  const setNotify = (on: boolean) => {
    // Switching on asks the browser for notifications, straight from the click.
    const asked = on ? requestMissing(env, state.permissions, [], true) : null;
    void (async () => {
      if (asked) await asked.catch(() => false);
      change({ notify: on });
    })();
  };

  return (
    <section id="follows" class="follows-section" aria-labelledby="follows-heading">
      <h2 id="follows-heading">{t('follow_sectionHeading')}</h2>
      <p class="muted">{t('follow_intro')}</p>
      {settings ? (
        <div class="card">
          <label>
            {t('follow_intervalLabel')}{' '}
            <select value={String(settings.intervalHours)} onChange={(e) => change({ intervalHours: Number(e.currentTarget.value) })} data-setting="interval">
              {INTERVAL_CHOICES.map((h) => (
                <option key={h} value={String(h)}>
                  {plural('count_everyHours', h)}
                </option>
              ))}
            </select>
          </label>
          <label class="inline">
            <input type="checkbox" checked={settings.notify} onChange={(e) => setNotify(e.currentTarget.checked)} data-setting="notify" /> {t('follow_notifyLabel')}
          </label>
          {settings.notify && state.permissions !== null && !state.permissions.notifications ? (
            <p class="error" data-field="notify-not-allowed">
              {t('follow_notifyNotAllowed')}{' '}
              <button type="button" data-action="allow-notifications" onClick={() => setNotify(true)}>
                {t('follow_allowNotifications')}
              </button>
            </p>
          ) : null}
          <p class="muted" data-field="schedule">
            {state.schedule?.nextAt ? t('follow_nextScheduled', formatTime(state.schedule.nextAt)) : t('follow_nextCheckUnknown')}
          </p>
          <div class="row">
            <button type="button" data-action="check-now" disabled={follows.length === 0 || follows.some((f) => f.checking)} onClick={actions.checkNow}>
              {follows.some((f) => f.checking) ? t('follow_checkingNow') : t('follow_checkNow')}
            </button>
            {actions.checkStatus === 'started' ? <span class="muted" role="status">{t('follow_checkStarted')}</span> : null}
            {actions.checkStatus === 'running' ? <span class="muted" role="status">{t('follow_checkRunning')}</span> : null}
          </div>
          {settingsError ? <p class="error" role="alert">{t('popup_actionFailed', settingsError)}</p> : null}
        </div>
      ) : null}
      {actions.error ? (
        <p class="error" role="alert">
          {t('popup_actionFailed', actions.error)}
        </p>
      ) : null}
      <h3>{t('follow_manageHeading', String(follows.length))}</h3>
      <FollowList follows={follows} onRename={actions.rename} onUnfollow={actions.unfollow} onAllow={actions.allow} />
      <h3>{t('follow_addHeading')}</h3>
      <AddFollowForm env={env} permissions={state.permissions} notify={settings?.notify ?? true} idPrefix="options" />
      <h3>{t('news_heading')}</h3>
      {state.news ? <NewsList news={state.news} follows={follows} unread={state.unread} onOpen={actions.openNews} onMarkAllRead={actions.markAllRead} /> : <p class="muted">{t('common_loading')}</p>}
    </section>
  );
}
