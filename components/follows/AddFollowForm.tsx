/**
 * Follow something new: a committee of a municipality (chosen from its portal's own list), a
 * saved search (words or a case number, in one municipality or in all followed ones, optionally
 * only some outcomes), or a case number. The municipality is typed as people say it ("Lejre")
 * or as the portal's address. What checking needs (the portal's host permission, and
 * notifications when they are on) is asked for straight from the click that follows.
 */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import { KNOWN_PORTAL_LIST } from '../../lib/known-portals.ts';
import { OUTCOMES } from '../../lib/model-values.ts';
import type { Outcome } from '../../lib/model.ts';
import type { FollowInput } from '../../lib/follows/messages.ts';
import { portalOfInput } from '../../lib/follows/portal.ts';
import { MessageError } from '../../lib/messages-core.ts';
import { requestMissing, type FollowEnv, type Permissions } from './follow-env.ts';

type Kind = 'committee' | 'search' | 'case';

interface Props {
  env: FollowEnv;
  permissions: Permissions | null;
  /** Whether notifications are on (asked for with the follow when they are not allowed yet). */
  notify: boolean;
  /** Where municipalities are suggested from (a datalist id must be unique on the page). */
  idPrefix: string;
}

type Committees = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'done'; portal: string; list: { id: string; name: string }[] };

export function AddFollowForm({ env, permissions, notify, idPrefix }: Props) {
  const [kind, setKind] = useState<Kind>('committee');
  const [place, setPlace] = useState('');
  const [allPlaces, setAllPlaces] = useState(false);
  const [words, setWords] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [committees, setCommittees] = useState<Committees>({ state: 'idle' });
  const [committeeId, setCommitteeId] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const portal = portalOfInput(place);
  const placeNeeded = !(kind === 'search' && allPlaces);

  const loadCommittees = () => {
    if (portal === null) return;
    const asked = requestMissing(env, permissions, [portal], false);
    setCommittees({ state: 'loading' });
    void (async () => {
      if (asked && !(await asked.catch(() => false))) return setCommittees({ state: 'failed', message: t('follow_accessRefused', new URL(portal).host) });
      try {
        const { committees: list } = await env.send({ type: 'portal-committees', portal });
        setCommittees({ state: 'done', portal, list });
        setCommitteeId(list[0]?.id ?? '');
      } catch (error) {
        setCommittees({ state: 'failed', message: error instanceof MessageError && error.code === 'forbidden' ? t('follow_accessRefused', new URL(portal).host) : t('follow_committeesFailed') });
      }
    })();
  };

  const input = (): FollowInput | null => {
    const at = portal === null ? null : { url: `${portal}/` };
    if (kind === 'committee') {
      if (committees.state !== 'done' || committees.portal !== portal || at === null) return null;
      const chosen = committees.list.find((c) => c.id === committeeId);
      return chosen ? { kind: 'committee', committee: chosen.name, committeeId: chosen.id, place: at } : null;
    }
    if (kind === 'search') {
      if (words.trim() === '' || (!allPlaces && at === null)) return null;
      return { kind: 'search', words: words.trim(), outcomes, place: allPlaces ? null : at };
    }
    if (caseNumber.trim() === '' || at === null) return null;
    return { kind: 'case', caseNumber: caseNumber.trim(), place: at };
  };
  const target = input();

  const submit = (event: Event) => {
    event.preventDefault();
    if (target === null) return;
    const asked = requestMissing(env, permissions, portal !== null && placeNeeded ? [portal] : [], notify);
    setStatus(null);
    void (async () => {
      if (asked) await asked.catch(() => false);
      try {
        const { created } = await env.send({ type: 'follow', target, name: name.trim() === '' ? null : name.trim() });
        setStatus({ text: created ? t('follow_added') : t('follow_alreadyFollowed'), error: false });
        setWords('');
        setCaseNumber('');
        setName('');
      } catch (error) {
        setStatus({ text: t('follow_addFailed', error instanceof Error ? error.message : String(error)), error: true });
      }
    })();
  };

  const toggleOutcome = (o: Outcome, on: boolean) => setOutcomes(on ? [...outcomes, o] : outcomes.filter((x) => x !== o));

  return (
    <form class="add-follow" onSubmit={submit} aria-label={t('follow_addHeading')}>
      <fieldset class="row">
        <legend>{t('follow_addWhat')}</legend>
        {(['committee', 'search', 'case'] as const).map((k) => (
          <label key={k} class="inline">
            <input type="radio" name={`${idPrefix}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`follow_kind_${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'search' ? (
        <label class="inline">
          <input type="checkbox" checked={allPlaces} onChange={(e) => setAllPlaces(e.currentTarget.checked)} /> {t('follow_searchAll')}
        </label>
      ) : null}
      {placeNeeded ? (
        <label>
          {t('follow_placeLabel')}{' '}
          <input
            type="text"
            list={`${idPrefix}-portals`}
            value={place}
            placeholder={t('follow_placeHint')}
            onInput={(e) => {
              setPlace(e.currentTarget.value);
              setCommittees({ state: 'idle' });
            }}
          />
          <datalist id={`${idPrefix}-portals`}>
            {KNOWN_PORTAL_LIST.map((p) => (
              <option key={p.host} value={p.municipality} />
            ))}
          </datalist>
          {place.trim() !== '' ? <span class={portal === null ? 'error' : 'muted'}> {portal === null ? t('follow_placeUnknown') : new URL(portal).host}</span> : null}
        </label>
      ) : null}
      {kind === 'committee' ? (
        <div class="row">
          <button type="button" disabled={portal === null || committees.state === 'loading'} onClick={loadCommittees} data-action="load-committees">
            {t('follow_loadCommittees')}
          </button>
          {committees.state === 'loading' ? <span class="muted">{t('common_loading')}</span> : null}
          {committees.state === 'failed' ? <span class="error">{committees.message}</span> : null}
          {committees.state === 'done' ? (
            <label>
              {t('follow_committeeLabel')}{' '}
              <select value={committeeId} onChange={(e) => setCommitteeId(e.currentTarget.value)}>
                {committees.list.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      ) : null}
      {kind === 'search' ? (
        <>
          <label>
            {t('follow_wordsLabel')} <input type="text" maxLength={500} value={words} placeholder={t('follow_wordsHint')} onInput={(e) => setWords(e.currentTarget.value)} />
          </label>
          <fieldset class="row outcomes">
            <legend>{t('follow_outcomesLabel')}</legend>
            {OUTCOMES.filter((o) => o !== 'none').map((o) => (
              <label key={o} class="inline">
                <input type="checkbox" checked={outcomes.includes(o)} onChange={(e) => toggleOutcome(o, e.currentTarget.checked)} /> {t(`outcome_${o}`)}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      {kind === 'case' ? (
        <label>
          {t('follow_caseLabel')} <input type="text" maxLength={100} value={caseNumber} placeholder="24-002111" onInput={(e) => setCaseNumber(e.currentTarget.value)} />
        </label>
      ) : null}
      <label>
        {t('follow_nameOptional')} <input type="text" maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary" disabled={target === null} data-action="add-follow">
          {t('follow_add')}
        </button>
        {status ? (
          <span class={status.error ? 'error' : 'muted'} role={status.error ? 'alert' : 'status'}>
            {status.text}
          </span>
        ) : null}
      </div>
    </form>
  );
}
