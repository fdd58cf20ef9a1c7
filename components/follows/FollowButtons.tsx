/**
 * "Følg …" where a thing is shown on Sagsspor's own pages: the case in the case view, the
 * meeting's committee in the side panel, the search in the search view. Each asks for what
 * checking needs straight from the click (the portal's host, notifications when they are on),
 * then follows through the background; pressed again, it stops following.
 */
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import { caseFollowClient } from '../../lib/follows/case-follows.ts';
import { followIdentity, portalOfPage } from '../../lib/follows/identity.ts';
import type { FollowInput } from '../../lib/follows/messages.ts';
import type { FollowTarget } from '../../lib/follows/model.ts';
import { portalForKey } from '../../lib/follows/portal.ts';
import { listFollows, loadFollowSettings } from '../../lib/follows/store.ts';
import type { Outcome } from '../../lib/model.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { municipalityKey } from '../../lib/store/keys.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { requestMissing, type FollowEnv } from './follow-env.ts';
import { FollowCaseButton } from './FollowCaseButton.tsx';
import { usePermissions } from './use-follows.ts';

/** The case view's "Følg sagen": the case of a municipality key. */
export function CaseViewFollow({ db, env, municipalityKey: key, caseNumber }: { db: SagssporDB; env: FollowEnv; municipalityKey: string; caseNumber: string }) {
  const client = useMemo(() => caseFollowClient(env.transport), [env]);
  const permissions = usePermissions(env);
  const portal = useLiveQuery(() => portalForKey(db, key), [db, key]).value;
  const notify = useLiveQuery(async () => (await loadFollowSettings(db)).notify, [db]).value;
  // What to ask for must be known before the click (the browser's prompt comes from the click itself).
  if (portal === undefined || notify === undefined || permissions === null) return null;
  return (
    <FollowCaseButton
      client={client}
      place={{ municipalityKey: key }}
      caseNumber={caseNumber}
      requestAccess={() => requestMissing(env, permissions, portal === null ? [] : [portal], notify) ?? Promise.resolve(true)}
    />
  );
}

interface ToggleProps {
  db: SagssporDB;
  env: FollowEnv;
  /** What pressing follows; its identity tells whether it is followed. */
  input: FollowInput;
  identityOf: FollowTarget;
  /** The portals whose permission to ask for. */
  portals: readonly string[];
  labels: { follow: string; following: string };
  action: string;
}

/** A follow/unfollow button for one thing, its state live from the store. */
function FollowToggle({ db, env, input, identityOf, portals, labels, action }: ToggleProps) {
  const permissions = usePermissions(env);
  const identity = followIdentity(identityOf);
  const follows = useLiveQuery(() => listFollows(db), [db]).value;
  const notify = useLiveQuery(async () => (await loadFollowSettings(db)).notify, [db]).value;
  const existing = follows?.find((f) => f.identity === identity) ?? null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  if (follows === undefined || notify === undefined || permissions === null) return null;
  const toggle = () => {
    const asked = existing === null ? requestMissing(env, permissions, portals, notify) : null;
    setBusy(true);
    setError(false);
    void (async () => {
      try {
        if (asked) await asked.catch(() => false);
        if (existing === null) await env.send({ type: 'follow', target: input });
        else await env.send({ type: 'unfollow', id: existing.id });
      } catch {
        setError(true);
      } finally {
        setBusy(false);
      }
    })();
  };
  return (
    <span class="follow-case">
      <button type="button" data-action={action} aria-pressed={existing !== null} disabled={busy} onClick={toggle}>
        <span aria-hidden="true">{existing !== null ? '✓ ' : '+ '}</span>
        {existing !== null ? labels.following : labels.follow}
      </button>
      {error ? (
        <span class="error" role="alert">
          {t('follow_caseFailed')}
        </span>
      ) : null}
    </span>
  );
}

/** The side panel's "Følg udvalget": the committee of the meeting on the page. */
export function CommitteeFollow({ db, env, url, committee }: { db: SagssporDB; env: FollowEnv; url: string; committee: string }) {
  const portal = portalOfPage(url);
  const key = municipalityKey(url);
  return (
    <FollowToggle
      db={db}
      env={env}
      input={{ kind: 'committee', committee, committeeId: null, place: { url } }}
      identityOf={{ kind: 'committee', municipalityKey: key, municipality: null, portal, committee, committeeId: null }}
      portals={portal === null ? [] : [portal]}
      labels={{ follow: t('follow_committee'), following: t('follow_committeeFollowing') }}
      action="follow-committee"
    />
  );
}

/** The search view's "Følg søgningen": its words, in the municipality and outcome filtered to (or everywhere followed). */
export function SearchFollow({ db, env, words, municipalityKey: key, outcome }: { db: SagssporDB; env: FollowEnv; words: string; municipalityKey: string | null; outcome: Outcome | null }) {
  const resolved = useLiveQuery(async () => ({ portal: key === null ? null : await portalForKey(db, key) }), [db, key]).value;
  const portal = resolved?.portal ?? null;
  const outcomes = outcome === null ? [] : [outcome];
  const trimmed = words.trim().replace(/\s+/g, ' ');
  if (resolved === undefined || trimmed === '') return null;
  return (
    <FollowToggle
      db={db}
      env={env}
      input={{ kind: 'search', words: trimmed, outcomes, place: key === null ? null : { municipalityKey: key } }}
      identityOf={{ kind: 'search', municipalityKey: key, municipality: null, portal, words: trimmed, outcomes }}
      portals={portal === null ? [] : [portal]}
      labels={{ follow: t('follow_search'), following: t('follow_searchFollowing') }}
      action="follow-search"
    />
  );
}
