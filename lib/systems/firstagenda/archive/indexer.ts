/**
 * Indexing a municipality's archive through its FirstAgenda Publication portal's own JSON API.
 *
 * Where it runs: in the extension page `archive.html`, not in the background service worker.
 * A crawl with polite pauses takes minutes to hours; an MV3 service worker is stopped when
 * idle (a pending timer does not keep it alive), while a page lives as long as it is open and
 * shows the progress itself. What makes it resumable is the store, not the context: the job
 * (plan, finished and failed meetings) is written after every meeting, so a closed tab or a
 * restarted browser continues where it stopped when the page opens again. The code is free of
 * DOM and extension APIs (fetch and sleep are passed in), so tests and the bench run it in Node.
 *
 * Politeness: one request at a time, `pauseMs` between requests, a timeout per request.
 * Robustness: every answer is validated; a failed or malformed answer is recorded and skipped,
 * and a meeting is written in one transaction with the job's progress, so the store never holds
 * half a meeting.
 */
import { MeetingSchema } from '../../../model.ts';
import type { SagssporDB } from '../../../store/db.ts';
import { meetingId } from '../../../store/keys.ts';
import { saveMeeting } from '../../../store/meetings.ts';
import { newId } from '../../../store/keys.ts';
import { ApiError, dagsordenPath, DagsordenSchema, getJson, udvalgslistePath, UdvalgslisteSchema, type FetchLike, type Udvalgsliste } from './api.ts';
import { agendaToMeeting, planMeeting, type PlannedMeeting } from './convert.ts';
import { loadJob, saveJob, withError, type ArchiveJob } from './job.ts';

export interface ArchiveProgress {
  status: ArchiveJob['status'];
  total: number;
  done: number;
  failed: number;
  indexed: number;
  skipped: number;
  current: PlannedMeeting | null;
}

export interface IndexerDeps {
  fetch: FetchLike;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => Date;
  /** Cancels the run: the job is left 'paused' and can be continued. */
  signal?: AbortSignal;
  onProgress?: (progress: ArchiveProgress) => void;
  /** This runner's id (a page); two runners never work on one job at once. */
  runnerId?: string;
}

export class ArchiveBusyError extends Error {
  constructor(origin: string) {
    super(`the archive of ${origin} is being indexed in another window`);
    this.name = 'ArchiveBusyError';
  }
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** A committee of the portal, for choosing what to index. */
export interface CommitteeChoice {
  id: string;
  name: string;
  /** The election periods it is listed under. */
  periods: string[];
  /** Years with meetings, newest first, and how many meetings each. */
  years: { year: number; meetings: number }[];
}

/** The portal's committees and their years, from one request to `/api/agenda/udvalgsliste`. */
export function committeeChoices(list: Udvalgsliste): CommitteeChoice[] {
  const byId = new Map<string, { name: string; periods: Set<string>; years: Map<number, Set<string>> }>();
  for (const [period, committees] of Object.entries(list.Udvalg)) {
    for (const c of committees) {
      const entry = byId.get(c.Id) ?? { name: c.Navn.trim(), periods: new Set(), years: new Map() };
      entry.periods.add(period);
      for (const m of c.Moeder ?? []) {
        const year = Number(m.Dato.slice(0, 4));
        const ids = entry.years.get(year) ?? new Set();
        ids.add(m.Id);
        entry.years.set(year, ids);
      }
      byId.set(c.Id, entry);
    }
  }
  return [...byId.entries()]
    .map(([id, e]) => ({
      id,
      name: e.name,
      periods: [...e.periods].sort(),
      years: [...e.years.entries()].sort((a, b) => b[0] - a[0]).map(([year, ids]) => ({ year, meetings: ids.size })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export async function fetchCommittees(fetchImpl: FetchLike, origin: string, options: { timeoutMs: number; signal?: AbortSignal }): Promise<CommitteeChoice[]> {
  return committeeChoices(await getJson(fetchImpl, origin + udvalgslistePath(), UdvalgslisteSchema, options));
}

/**
 * The meetings to read: the chosen committees and years, one agenda per meeting (the minutes
 * when the portal has both; a supplement only when there is nothing else), newest first.
 */
export function planFromList(origin: string, list: Udvalgsliste, committees: readonly string[], years: readonly number[]): PlannedMeeting[] {
  const best = new Map<string, PlannedMeeting>();
  const rank = (p: PlannedMeeting) => (p.kind === 'referat' ? 2 : p.supplement ? 0 : 1);
  const seen = new Set<string>();
  for (const group of Object.values(list.Udvalg)) {
    for (const c of group) {
      if (committees.length > 0 && !committees.includes(c.Id)) continue;
      for (const m of c.Moeder ?? []) {
        if (seen.has(m.Id)) continue; // a committee listed under two periods
        seen.add(m.Id);
        const planned = planMeeting(origin, c, m);
        if (planned === null) continue;
        if (years.length > 0 && !years.includes(Number(planned.date.slice(0, 4)))) continue;
        // The store keeps one meeting per committee and day: read the best agenda of it.
        const key = `${c.Id}|${planned.date}`;
        const current = best.get(key);
        if (current === undefined || rank(planned) > rank(current)) best.set(key, planned);
      }
    }
  }
  return [...best.values()].sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee, 'da'));
}

export interface ArchiveConfig {
  origin: string;
  municipality: string | null;
  committees: string[];
  years: number[];
  pauseMs: number;
  timeoutMs?: number;
}

/** A new job (replacing an earlier one for the same portal). Run it with `runArchiveJob`. */
export async function createArchiveJob(db: SagssporDB, config: ArchiveConfig, now: Date = new Date()): Promise<ArchiveJob> {
  const origin = new URL(config.origin).origin;
  const job: ArchiveJob = {
    version: 1,
    origin,
    municipality: config.municipality,
    committees: config.committees,
    years: config.years,
    pauseMs: config.pauseMs,
    timeoutMs: config.timeoutMs ?? 30_000,
    status: 'running',
    planned: null,
    done: [],
    failed: [],
    indexed: 0,
    skipped: 0,
    errors: [],
    runner: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await saveJob(db, job);
  return job;
}

export function progressOf(job: ArchiveJob, current: PlannedMeeting | null = null): ArchiveProgress {
  return {
    status: job.status,
    total: job.planned?.length ?? 0,
    done: job.done.length,
    failed: job.failed.length,
    indexed: job.indexed,
    skipped: job.skipped,
    current,
  };
}

/** Put the failed meetings back in the queue (the user's "Prøv igen"). */
export async function retryFailed(db: SagssporDB, origin: string, now: Date = new Date()): Promise<ArchiveJob | null> {
  const job = await loadJob(db, origin);
  if (!job) return null;
  const next: ArchiveJob = { ...job, failed: [], status: 'running', updatedAt: now.toISOString() };
  await saveJob(db, next);
  return next;
}

/** Stop wanting the job to run (a page that runs it stops at its next step). */
export async function pauseArchiveJob(db: SagssporDB, origin: string, now: Date = new Date()): Promise<void> {
  const job = await loadJob(db, origin);
  if (job && job.status === 'running') await saveJob(db, { ...job, status: 'paused', runner: null, updatedAt: now.toISOString() });
}

function leaseMs(job: ArchiveJob): number {
  return Math.max(20_000, job.pauseMs + job.timeoutMs + 5_000);
}

/**
 * Run (or continue) the job of `origin` until it is done, cancelled through `deps.signal`, or
 * paused from elsewhere. Returns the job as left in the store.
 */
/** After this many meetings failing one after another, the run stops (the portal is down or refusing). */
export const MAX_FAILURES_IN_A_ROW = 5;
/** The label of the error that says the run stopped for that reason (the archive page explains it). */
export const STOPPED_LABEL = 'portal';

export async function runArchiveJob(db: SagssporDB, origin: string, deps: IndexerDeps): Promise<ArchiveJob> {
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? defaultSleep;
  const runnerId = deps.runnerId ?? newId();
  let job = await loadJob(db, origin);
  if (job === null) throw new Error(`no archive job for ${origin}`);
  if (job.status === 'done') return job;
  if (job.runner && job.runner.id !== runnerId && now().getTime() - Date.parse(job.runner.at) < leaseMs(job)) throw new ArchiveBusyError(origin);

  const stamp = (j: ArchiveJob): ArchiveJob => ({ ...j, runner: { id: runnerId, at: now().toISOString() }, updatedAt: now().toISOString() });
  job = stamp({ ...job, status: 'running' });
  await saveJob(db, job);
  const report = (current: PlannedMeeting | null) => deps.onProgress?.(progressOf(job!, current));
  const cancelled = () => deps.signal?.aborted === true;
  let requested = false;
  const politely = async () => {
    if (requested) await sleep(job!.pauseMs, deps.signal);
    requested = true;
  };

  const stop = async (): Promise<ArchiveJob> => {
    // Paused by the user here, or elsewhere (another page pressed pause): leave it paused.
    const latest = (await loadJob(db, origin)) ?? job!;
    job = { ...job!, status: cancelled() || latest.status === 'paused' ? 'paused' : job!.status, runner: null, updatedAt: now().toISOString() };
    await saveJob(db, job);
    report(null);
    return job;
  };

  if (job.planned === null) {
    report(null);
    await politely();
    try {
      const list = await getJson(deps.fetch, origin + udvalgslistePath(), UdvalgslisteSchema, { timeoutMs: job.timeoutMs, sleep, ...(deps.signal ? { signal: deps.signal } : {}) });
      job = stamp({ ...job, planned: planFromList(origin, list, job.committees, job.years) });
    } catch (error) {
      if (cancelled()) return stop();
      // Without the list there is nothing to do: the job pauses with the reason; "Fortsæt" tries again.
      job = stamp(withError({ ...job, status: 'paused' }, { meetingId: null, label: 'udvalgsliste', message: errorText(error), at: now().toISOString() }));
      job = { ...job, runner: null };
      await saveJob(db, job);
      report(null);
      return job;
    }
    await saveJob(db, job);
  }

  let failuresInARow = 0;
  for (const planned of job.planned ?? []) {
    if (job.done.includes(planned.id) || job.failed.includes(planned.id)) continue;
    if (cancelled()) return stop();
    const latest = await loadJob(db, origin);
    if (latest?.status === 'paused') return stop();
    report(planned);
    await politely();
    if (cancelled()) return stop();
    try {
      const agenda = await getJson(deps.fetch, origin + dagsordenPath(planned.id), DagsordenSchema, { timeoutMs: job.timeoutMs, sleep, ...(deps.signal ? { signal: deps.signal } : {}) });
      const meeting = MeetingSchema.parse(agendaToMeeting(origin, planned, agenda, job.municipality));
      let stored = false;
      const before = job;
      await db.transaction('rw', [db.meetings, db.items, db.crossReferences, db.archiveJobs], async () => {
        // Minutes already stored (from a visit or an earlier run) are never replaced by an agenda.
        const existing = await db.meetings.get(meetingId(meeting, planned.url));
        if (meeting.items.length > 0 && !(existing?.kind === 'referat' && meeting.kind !== 'referat')) {
          await saveMeeting(db, planned.url, meeting, now());
          stored = true;
        }
        job = stamp({
          ...before,
          done: [...before.done, planned.id],
          indexed: before.indexed + (stored ? 1 : 0),
          skipped: before.skipped + (stored ? 0 : 1),
        });
        await saveJob(db, job);
      });
      failuresInARow = 0;
    } catch (error) {
      if (cancelled() && error instanceof ApiError && error.kind === 'cancelled') return stop();
      const label = `${planned.committee} ${planned.date}`;
      job = stamp(withError({ ...job, failed: [...job.failed, planned.id] }, { meetingId: planned.id, label, message: errorText(error), at: now().toISOString() }));
      failuresInARow++;
      if (failuresInARow >= MAX_FAILURES_IN_A_ROW) {
        // The portal keeps failing: stop asking it, and say so; "Fortsæt" tries again later.
        job = stamp(withError({ ...job, status: 'paused' }, { meetingId: null, label: STOPPED_LABEL, message: `stopped after ${failuresInARow} failed requests in a row: ${errorText(error)}`, at: now().toISOString() }));
        job = { ...job, runner: null };
        await saveJob(db, job);
        report(null);
        return job;
      }
      await saveJob(db, job);
    }
    report(null);
  }
  job = { ...job, status: 'done', runner: null, updatedAt: now().toISOString() };
  await saveJob(db, job);
  report(null);
  return job;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}
