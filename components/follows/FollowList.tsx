/**
 * The follows, each with its visible state: when it was last checked and with what result (ok,
 * N new, or the failure in words with the technical reason folded away), when the next check
 * is, whether Sagsspor may ask its portal (and a button to allow it), a warning after three
 * failed checks in a row. Renamed in place; stopped with one click.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import { plural } from '../../lib/plural.ts';
import { FAILURE_NOTICE_AFTER } from '../../lib/follows/constants.ts';
import type { FollowView } from '../../lib/follows/model.ts';
import { followLabel, formatTime, kindLabel, resultText, targetLabel } from '../../lib/follows/words.ts';
import { TechnicalDetails } from '../TechnicalDetails.tsx';

interface Props {
  follows: readonly FollowView[];
  onRename(follow: FollowView, name: string): Promise<void>;
  onUnfollow(follow: FollowView): void;
  /** Ask for the portal's host permission (called straight from the click). */
  onAllow(follow: FollowView): void;
}

function hosts(portals: readonly string[]): string {
  return portals.map((p) => new URL(p).host).join(', ');
}

/** The state lines of one follow. */
export function FollowState({ follow }: { follow: FollowView }) {
  const last = follow.lastCheck;
  return (
    <div class="follow-state">
      <p data-field="last-check">
        {follow.checking ? (
          <span class="checking">{t('follow_checkingNow')}</span>
        ) : last === null ? (
          t('follow_notCheckedYet')
        ) : (
          <>
            {t('follow_lastChecked', formatTime(last.at))}{' '}
            <span class={last.status === 'failed' ? 'error' : 'ok'} data-result={last.status}>
              {resultText(last)}
            </span>
          </>
        )}
      </p>
      {last?.status === 'failed' ? <TechnicalDetails detail={last.error?.detail} /> : null}
      {follow.failuresInARow >= FAILURE_NOTICE_AFTER ? (
        <p class="error" role="alert" data-field="failing">
          {t('follow_failingInARow', [hosts(follow.portals), String(follow.failuresInARow)])}
        </p>
      ) : null}
      {follow.waitUntil !== null ? <p class="muted">{t('follow_waitUntil', formatTime(follow.waitUntil))}</p> : null}
      <p class="muted" data-field="next-check">
        {follow.access === 'no-portal' ? t('follow_neverChecked') : follow.nextCheckAt !== null ? t('follow_nextCheck', formatTime(follow.nextCheckAt)) : t('follow_nextCheckUnknown')}
      </p>
      <p class={follow.access === 'granted' ? 'muted' : 'error'} data-field="access" data-access={follow.access}>
        {follow.access === 'granted'
          ? t('follow_accessGranted', hosts(follow.portals))
          : follow.access === 'missing'
            ? t('follow_accessMissing', hosts(follow.portals))
            : follow.target.kind === 'search' && follow.target.municipalityKey === null
              ? t('follow_nothingFollowed')
              : t('follow_noPortal')}
      </p>
    </div>
  );
}

function FollowItem({ follow, onRename, onUnfollow, onAllow }: { follow: FollowView } & Omit<Props, 'follows'>) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const save = async (event: Event) => {
    event.preventDefault();
    const value = (event.currentTarget as HTMLFormElement).querySelector('input')?.value ?? name;
    try {
      await onRename(follow, value);
      setEditing(false);
      setError(false);
    } catch {
      setError(true);
    }
  };
  return (
    <li class="follow" data-follow-id={follow.id} data-kind={follow.target.kind}>
      <div class="row spread">
        <p class="follow-name">
          <span class="chip">{kindLabel(follow.target.kind)}</span> <strong>{followLabel(follow)}</strong>
          {follow.name !== null ? <span class="muted"> · {targetLabel(follow.target)}</span> : null}
          {follow.unread > 0 ? <span class="count-badge">{plural('count_unreadNews', follow.unread)}</span> : null}
        </p>
      </div>
      <FollowState follow={follow} />
      {editing ? (
        <form class="row" onSubmit={save} aria-label={t('follow_rename')} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
          <label>
            {t('follow_nameLabel')} <input type="text" maxLength={200} value={name} placeholder={targetLabel(follow.target)} onInput={(e) => setName(e.currentTarget.value)} autoFocus />
          </label>
          <button type="submit">{t('common_save')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common_cancel')}
          </button>
        </form>
      ) : (
        <div class="row">
          {follow.access === 'missing' ? (
            <button type="button" class="primary" data-action="allow" onClick={() => onAllow(follow)}>
              {t('follow_allow')}
            </button>
          ) : null}
          <button
            type="button"
            data-action="rename"
            onClick={() => {
              setName(follow.name ?? '');
              setEditing(true);
            }}
          >
            {t('follow_rename')}
          </button>
          <button type="button" class="danger" data-action="unfollow" onClick={() => onUnfollow(follow)}>
            {t('follow_unfollow')}
          </button>
        </div>
      )}
      {error ? (
        <p class="error" role="alert">
          {t('follow_renameFailed')}
        </p>
      ) : null}
    </li>
  );
}

export function FollowList({ follows, ...actions }: Props) {
  if (follows.length === 0) return <p class="empty">{t('follow_none')}</p>;
  return (
    <ul class="follow-list">
      {follows.map((f) => (
        <FollowItem key={f.id} follow={f} {...actions} />
      ))}
    </ul>
  );
}
