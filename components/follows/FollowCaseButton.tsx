/**
 * "Følg sagen": follow a case from where it is read — the decision bar and the case card on a
 * minutes page (inside Sagsspor's shadow root), the PDF reader, and the case view. Pressed, it
 * says "Følger sagen" and a second press stops following. It says so when Sagsspor may not yet
 * ask the case's portal, or when the site is not a portal that can be asked at all.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import type { CaseFollowClient, CasePlace } from '../../lib/follows/case-follows.ts';
import type { PageFollow } from '../../lib/follows/page-contract.ts';

export interface FollowCaseProps {
  client: CaseFollowClient;
  place: CasePlace;
  caseNumber: string;
  /**
   * Extension pages: ask for what checking needs (the portal's host, notifications) straight
   * from the click, before following; false when the user said no (the case is followed anyway,
   * and its state says what is missing).
   */
  requestAccess?: () => Promise<boolean>;
}

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; follow: PageFollow | null };

export function FollowCaseButton({ client, place, caseNumber, requestAccess }: FollowCaseProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const placeId = 'url' in place ? place.url : place.municipalityKey;

  useEffect(() => {
    let live = true;
    const load = () =>
      client.state(place, caseNumber).then(
        (follow) => live && setState({ kind: 'ready', follow }),
        () => live && setState({ kind: 'failed' }),
      );
    void load();
    const stop = client.subscribe(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [client, placeId, caseNumber]);

  if (state.kind !== 'ready') return state.kind === 'failed' ? <span class="label">{t('follow_caseUnavailable')}</span> : null;
  const follow = state.follow;

  const toggle = () => {
    setError(false);
    // The browser's prompt must come straight from the click.
    const asked = follow === null && requestAccess ? requestAccess() : null;
    setBusy(true);
    void (async () => {
      try {
        if (asked) await asked.catch(() => false);
        if (follow === null) await client.follow(place, caseNumber);
        else await client.unfollow(place, caseNumber, follow);
      } catch {
        setError(true);
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <span class="follow-case" data-follow-case={caseNumber}>
      <button class="icon-btn" type="button" data-action="follow-case" aria-pressed={follow !== null} disabled={busy} onClick={toggle} title={follow !== null ? t('follow_caseStopHint') : t('follow_caseHint')}>
        <span aria-hidden="true">{follow !== null ? '✓ ' : '+ '}</span>
        {follow !== null ? t('follow_caseFollowing') : t('follow_case')}
      </button>
      {follow?.access === 'missing' ? (
        <span class="label" role="status" data-follow-note="access">
          {' '}
          {t('follow_caseNeedsAccess')}
        </span>
      ) : follow?.access === 'no-portal' ? (
        <span class="label" role="status" data-follow-note="no-portal">
          {' '}
          {t('follow_caseNoPortal')}
        </span>
      ) : null}
      {error ? (
        <span class="label" role="alert">
          {' '}
          {t('follow_caseFailed')}
        </span>
      ) : null}
    </span>
  );
}
