/**
 * The archive page (`archive.html`): index a municipality's archive from its FirstAgenda
 * Publication portal. Choose committees and years, set the pause between requests, watch the
 * progress bar, cancel; a job left running (tab closed, browser restarted) continues when the
 * page opens again. The indexer runs here, in the page (see lib/systems/firstagenda/archive/indexer.ts for why).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SagssporDB } from '../../lib/store/db.ts';
import type { FetchLike } from '../../lib/systems/firstagenda/archive/api.ts';
import { ArchiveBusyError, STOPPED_LABEL, createArchiveJob, fetchCommittees, progressOf, retryFailed, runArchiveJob, type ArchiveProgress, type CommitteeChoice } from '../../lib/systems/firstagenda/archive/indexer.ts';
import { deleteJob, listJobs, saveJob, type ArchiveJob } from '../../lib/systems/firstagenda/archive/job.ts';
import { municipalityOfHost } from '../../lib/portals/host-municipality.ts';
import { newId } from '../../lib/store/keys.ts';
import { t } from '../../lib/i18n/index.ts';
import { plural } from '../../lib/i18n/plural.ts';
import { findPortal } from '../../lib/portals/portal-lookup.ts';
import { webOrigin } from '../../lib/net/safe-link.ts';
import { TechnicalDetails } from '../TechnicalDetails.tsx';
import { describeArchiveError, type ArchiveProblem } from '../../lib/extension-pages/archive-errors.ts';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query.ts';

export interface ArchiveEnv {
  fetch: FetchLike;
  /** Ask for access to the portal (optional host permission); true when granted. */
  requestAccess(origin: string): Promise<boolean>;
  hasAccess(origin: string): Promise<boolean>;
}

export interface ArchivePageProps {
  db: SagssporDB;
  env: ArchiveEnv;
  /** A portal to start with (`?origin=`), e.g. from the page the user was on. */
  initialOrigin?: string;
}

/** What the user typed: a municipality's name (its known portal), an address, or neither. */
export function portalFromInput(text: string): { origin: string; municipality: string | null } | { unknownName: string } | null {
  const portal = findPortal(text);
  if (portal) return { origin: `https://${portal.host}`, municipality: portal.municipality };
  const trimmed = text.trim();
  if (trimmed !== '' && !/[./:]/.test(trimmed)) return { unknownName: trimmed };
  // An address without its scheme ("dagsordener.lejre.dk") is taken as https.
  const origin = webOrigin(/^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return origin === null ? null : { origin, municipality: null };
}

export function ArchivePage({ db, env, initialOrigin = '' }: ArchivePageProps) {
  const runnerId = useRef(newId());
  const controllers = useRef(new Map<string, AbortController>());
  const [progress, setProgress] = useState<Record<string, ArchiveProgress>>({});
  const [address, setAddress] = useState(initialOrigin);
  const [committees, setCommittees] = useState<CommitteeChoice[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [years, setYears] = useState<Set<number>>(new Set());
  const [pauseSeconds, setPauseSeconds] = useState(2);
  const [error, setError] = useState<ArchiveProblem | null>(null);
  const [phase, setPhase] = useState<{ kind: 'idle' } | { kind: 'asking' } | { kind: 'loading'; origin: string }>({ kind: 'idle' });
  const [found, setFound] = useState<string | null>(null);
  const fail = (text: string) => setError({ text, detail: null });
  const jobs = useLiveQuery(() => listJobs(db), [db]);

  const run = async (origin: string) => {
    if (controllers.current.has(origin)) return;
    const controller = new AbortController();
    controllers.current.set(origin, controller);
    try {
      await runArchiveJob(db, origin, {
        fetch: env.fetch,
        signal: controller.signal,
        runnerId: runnerId.current,
        onProgress: (p) => setProgress((all) => ({ ...all, [origin]: p })),
      });
    } catch (e) {
      setError(e instanceof ArchiveBusyError ? { text: t('archive_busy'), detail: null } : describeArchiveError(e, origin));
    } finally {
      controllers.current.delete(origin);
    }
  };

  // Resume jobs left running (a closed tab, a browser restart) when access is still granted.
  useEffect(() => {
    void (async () => {
      for (const job of await listJobs(db)) {
        if (job.status === 'running' && (await env.hasAccess(job.origin))) void run(job.origin);
      }
    })();
    return () => controllers.current.forEach((c) => c.abort());
  }, [db]);

  const loadCommittees = async () => {
    setError(null);
    setFound(null);
    const portal = portalFromInput(address);
    if (portal === null) return fail(t('archive_badAddress'));
    if ('unknownName' in portal) return fail(t('archive_unknownName', portal.unknownName));
    const { origin } = portal;
    if (portal.municipality !== null) setFound(t('archive_foundPortal', [portal.municipality, origin]));
    // The browser's permission prompt can wait a long time: say what we are waiting for.
    setPhase({ kind: 'asking' });
    const granted = await env.requestAccess(origin).catch(() => false);
    if (!granted) {
      setPhase({ kind: 'idle' });
      return fail(t('archive_noAccess'));
    }
    setPhase({ kind: 'loading', origin });
    try {
      const list = await fetchCommittees(env.fetch, origin, { timeoutMs: 30_000 });
      setAddress(origin);
      setCommittees(list);
      setChosen(new Set());
      setYears(new Set());
    } catch (e) {
      setCommittees(null);
      setError(describeArchiveError(e, origin));
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  const start = async () => {
    const portal = portalFromInput(address);
    const origin = portal !== null && 'origin' in portal ? portal.origin : null;
    if (!origin || !committees) return;
    await createArchiveJob(db, {
      origin,
      municipality: municipalityOfHost(new URL(origin).hostname),
      committees: [...chosen],
      years: [...years],
      pauseMs: Math.round(Math.max(0, pauseSeconds) * 1000),
    });
    setCommittees(null);
    void run(origin);
  };

  const allYears = committees ? [...new Set(committees.flatMap((c) => c.years.map((y) => y.year)))].sort((a, b) => b - a) : [];
  const toggle = <T,>(set: Set<T>, value: T, update: (s: Set<T>) => void) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    update(next);
  };

  return (
    <main class="archive-page">
      <h1>{t('archive_heading')}</h1>
      <p>{t('archive_intro')}</p>
      {error ? (
        <div class="error" role="alert" data-testid="archive-error">
          <p>{error.text}</p>
          <TechnicalDetails detail={error.detail} />
        </div>
      ) : null}

      {(jobs.value ?? []).map((job) => (
        <JobCard
          key={job.origin}
          job={job}
          progress={progress[job.origin] ?? progressOf(job)}
          running={controllers.current.has(job.origin)}
          onContinue={async () => {
            if (!(await env.requestAccess(job.origin))) return fail(t('archive_noAccess'));
            if (job.status !== 'running') await saveJob(db, { ...job, status: 'running' });
            void run(job.origin);
          }}
          onCancel={() => controllers.current.get(job.origin)?.abort()}
          onRetry={async () => {
            await retryFailed(db, job.origin);
            void run(job.origin);
          }}
          onForget={() => void deleteJob(db, job.origin)}
        />
      ))}

      <section>
        <h2>{t('archive_newJob')}</h2>
        <form
          class="archive-address"
          onSubmit={(e) => {
            e.preventDefault();
            void loadCommittees();
          }}
        >
          <label for="archive-address">{t('archive_address')}</label>
          <div class="row">
            <input
              id="archive-address"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="archive-address-hint"
              placeholder="Lejre · https://dagsordener.lejre.dk"
              value={address}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
            <button type="submit" disabled={phase.kind !== 'idle'}>
              {t('archive_loadCommittees')}
            </button>
          </div>
          <p class="muted small" id="archive-address-hint">
            {t('archive_addressHint')}
          </p>
        </form>
        {found ? <p data-testid="archive-found">{found}</p> : null}
        {phase.kind !== 'idle' ? (
          <p role="status" class="archive-waiting">
            <progress aria-hidden="true" />{' '}
            {phase.kind === 'asking' ? t('archive_waitingPermission') : t('archive_loadingCommittees', phase.origin)}
          </p>
        ) : null}
        {committees ? (
          <div class="archive-choices">
            <fieldset>
              <legend>{t('archive_committees')}</legend>
              {committees.map((c) => (
                <label key={c.id} class="choice">
                  <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(chosen, c.id, setChosen)} /> {c.name} ({c.years.reduce((n, y) => n + y.meetings, 0)})
                </label>
              ))}
              <p class="hint">{t('archive_noneMeansAll')}</p>
            </fieldset>
            <fieldset>
              <legend>{t('archive_years')}</legend>
              {allYears.map((y) => (
                <label key={y} class="choice">
                  <input type="checkbox" checked={years.has(y)} onChange={() => toggle(years, y, setYears)} /> {y}
                </label>
              ))}
              <p class="hint">{t('archive_noneMeansAll')}</p>
            </fieldset>
            <label>
              {t('archive_pause')}{' '}
              <input type="number" min={0} max={600} step={0.5} value={pauseSeconds} onInput={(e) => setPauseSeconds(Number(e.currentTarget.value) || 0)} />
            </label>{' '}
            <button type="button" onClick={() => void start()}>{t('archive_start')}</button>
          </div>
        ) : null}
      </section>
    </main>
  );
}

interface JobCardProps {
  job: ArchiveJob;
  progress: ArchiveProgress;
  running: boolean;
  onContinue: () => void;
  onCancel: () => void;
  onRetry: () => void;
  onForget: () => void;
}

function JobCard({ job, progress, running, onContinue, onCancel, onRetry, onForget }: JobCardProps) {
  const finished = progress.done + progress.failed;
  return (
    <section class="archive-job" data-status={job.status}>
      <h2>{job.municipality ?? new URL(job.origin).hostname}</h2>
      <progress max={Math.max(1, progress.total)} value={finished} aria-label={t('archive_progress', [finished, plural('count_meetings', progress.total)])} />
      <p>
        {t('archive_progress', [finished, plural('count_meetings', progress.total)])} · {t('archive_counts', [progress.indexed, progress.skipped, progress.failed])}
      </p>
      {job.status === 'paused' && job.errors.at(-1)?.label === STOPPED_LABEL ? <p role="alert">{t('archive_stoppedFailing')}</p> : null}
      {progress.current ? <p class="current">{t('archive_current', [progress.current.committee, progress.current.date])}</p> : null}
      <p>
        {running ? <button type="button" onClick={onCancel}>{t('common_cancel')}</button> : null}
        {!running && job.status !== 'done' ? <button type="button" onClick={onContinue}>{t('archive_continue')}</button> : null}
        {!running && job.failed.length > 0 ? <button type="button" onClick={onRetry}>{t('archive_retry')}</button> : null}
        {!running ? <button type="button" class="link" onClick={onForget}>{t('archive_forget')}</button> : null}
      </p>
      {job.errors.length > 0 ? (
        <details>
          <summary>{t('archive_errors', job.errors.length)}</summary>
          <ul>
            {job.errors.map((e, i) => (
              <li key={i}>
                {e.label}: {e.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
