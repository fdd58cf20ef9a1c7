/**
 * Checking followed portals for newly published meetings.
 *
 * A run asks each portal in its queue, one request at a time with the settings' pause between
 * any two requests, through the archive's API client (lib/systems/firstagenda/archive/api.ts getJson: timeouts,
 * size limits, validation). A 429 or 5xx is tried again after the portal's `Retry-After` or a
 * growing pause while that is short; a longer wait ends the portal's check and is kept, so the
 * portal is not asked again before then. A portal that fails is asked later and later
 * (back-off over the scheduled checks).
 *
 * Per portal: its meetings are listed (`/api/agenda/udvalgsliste`); the first listing is the
 * baseline (what was there when it was first followed is not news); later, every meeting not
 * seen before (by id and kind, so minutes published for an agenda count) is read, stored as the
 * archive stores it, and matched against the portal's follows, in one transaction with the news
 * entries and the portal's state.
 *
 * Resumable: the run (its queue, what is done) and every portal's state are in the store and
 * written after each meeting. Nothing is kept in memory between steps, so a service worker that
 * is stopped mid-run is continued by the next one from where the store says it was.
 */
import { z } from 'zod';
import { ApiError, dagsordenPath, DagsordenSchema, getJson, udvalgslistePath, UdvalgslisteSchema, type FetchLike, type Udvalgsliste } from '../systems/firstagenda/archive/api.ts';
import { agendaToMeeting, planMeeting, type PlannedMeeting } from '../systems/firstagenda/archive/convert.ts';
import { portalMunicipality } from '../portals/known-portals.ts';
import { MeetingSchema, type Meeting } from '../model.ts';
import { isRetryable, retryAfterMs } from '../net/polite-fetch.ts';
import type { SagssporDB } from '../store/db.ts';
import { meetingId, municipalityKey, newId } from '../store/keys.ts';
import { saveMeeting } from '../store/meetings.ts';
import { readNewsRows } from '../store/tables/news.ts';
import { DUE_MARGIN_MS } from './constants.ts';
import { listedKey } from './identity.ts';
import { matchMeeting, newsEntry, updatedEntry } from './matcher.ts';
import {
  MAX_KNOWN_MEETINGS,
  type CheckError,
  type CheckErrorCode,
  type CheckResult,
  type FollowRow,
  type PortalState,
  type Run,
  type RunReason,
} from './model.ts';
import {
  followedPortals,
  followsOfPortal,
  leaseFresh,
  listFollows,
  listPortalStates,
  loadFollowSettings,
  loadPortalState,
  loadRun,
  portalKey,
  portalsOf,
  runActive,
  savePortalState,
  saveRun,
  spansAllPortals,
} from './store.ts';

export interface CheckerDeps {
  fetch: FetchLike;
  /** Whether Sagsspor may ask this portal (its host permission). */
  hasAccess(origin: string): Promise<boolean>;
  /** Resolves after `ms` (the politeness pause, a short retry). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** This runner's id (one service worker's life); two runners never work on one run. */
  runnerId?: string;
  /** Called after every request: an extension API call keeps an MV3 service worker awake. */
  keepAlive?: () => Promise<void>;
  /** Per request (default 30 s). */
  timeoutMs?: number;
  /** Instead of the settings' pause (tests and the bench: 0). */
  pauseMs?: number;
}

/** Meetings dated longer ago than this are not news (and are forgotten by the portal's state). */
export const WINDOW_DAYS = 120;
/** Waits longer than this (a long Retry-After) end the portal's check instead of holding the worker. */
export const MAX_INLINE_WAIT_MS = 20_000;
/** Tries after the first, for 429/5xx with a short wait. */
export const RETRIES = 2;
export const RETRY_BASE_MS = 2_000;
/** A portal whose meetings fail this many times one after another is left for the next check. */
export const MAX_MEETING_FAILURES_IN_A_ROW = 3;
/** The longest back-off between checks of a failing portal. */
export const MAX_BACKOFF_MS = 48 * 3_600_000;
/** A portal that says 429 without saying how long is left alone this long. */
export const DEFAULT_BUSY_MS = 15 * 60_000;

/** Why a portal's check failed, in a code the pages put into words. */
export class PortalError extends Error {
  readonly code: CheckErrorCode;
  /** For 'busy': how long the portal asked us to wait. */
  readonly waitMs: number | null;
  constructor(code: CheckErrorCode, detail: string, waitMs: number | null = null) {
    super(detail);
    this.code = code;
    this.waitMs = waitMs;
    this.name = 'PortalError';
  }
}

function detailOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}

/** An API client error as a check error (the HTTP status tells a server's trouble from a wrong address). */
export function classify(error: unknown, status: number): PortalError {
  if (error instanceof PortalError) return error;
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'http':
        if (status === 429) return new PortalError('busy', error.message, DEFAULT_BUSY_MS);
        return new PortalError(status >= 500 ? 'server' : 'not-portal', error.message);
      case 'timeout':
        return new PortalError('timeout', error.message);
      case 'network':
        return new PortalError('unreachable', error.message);
      case 'not-json':
      case 'invalid':
        return new PortalError('not-portal', error.message);
      case 'too-large':
        return new PortalError('too-large', error.message);
      case 'cancelled':
        return new PortalError('failed', error.message);
    }
  }
  return new PortalError('failed', detailOf(error));
}

function asCheckError(error: PortalError, portal: string): CheckError {
  return { code: error.code, detail: error.message.slice(0, 2000), portal };
}

/** The meetings a portal lists from `since` on, one per API id and kind (a committee listed under two periods once). */
export function listedMeetings(origin: string, list: Udvalgsliste, since: string): PlannedMeeting[] {
  const out = new Map<string, PlannedMeeting>();
  for (const group of Object.values(list.Udvalg)) {
    for (const committee of group) {
      for (const m of committee.Moeder ?? []) {
        const planned = planMeeting(origin, committee, m);
        if (planned === null || planned.date < since) continue;
        out.set(listedKey(planned), planned);
      }
    }
  }
  // Oldest first; on one day the agenda, then a supplement, then the minutes.
  const rank = (p: PlannedMeeting) => (p.kind === 'referat' ? 2 : p.supplement ? 1 : 0);
  return [...out.values()].sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b) || a.id.localeCompare(b.id));
}

function windowStart(now: Date): string {
  return new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** When a failing portal may be asked again by a scheduled check: one interval more for each failure, at most 48 hours. */
export function backoffUntil(now: Date, failuresInARow: number, intervalHours: number): Date {
  const ms = Math.min(MAX_BACKOFF_MS, intervalHours * 3_600_000 * 2 ** Math.max(0, failuresInARow - 1));
  return new Date(now.getTime() + ms);
}

/** Whether a scheduled (or, ignoring back-off, a manual) check asks the portal now. */
export function isDue(state: PortalState, reason: RunReason, now: Date): boolean {
  if (state.retryAt === null) return true;
  const waiting = Date.parse(state.retryAt) > now.getTime() + (reason === 'scheduled' ? DUE_MARGIN_MS : 0);
  if (!waiting) return true;
  // The user's "Tjek nu" does not wait out our own back-off, only what the portal asked for.
  return reason === 'manual' && state.retryReason === 'backoff';
}

// ---------------------------------------------------------------------------------------------
// Runs

/**
 * Start a run: all followed portals that are due, or (`only`) some of them. When a run is
 * going on, nothing starts (`started: false`); portals asked for by `only` are added to its queue,
 * so a portal followed during a check is listed by that check. With no portal to ask, nothing
 * starts and nothing is written.
 */
export async function startRun(db: SagssporDB, reason: RunReason, deps: Pick<CheckerDeps, 'now'>, only?: readonly string[]): Promise<{ started: boolean; run: Run | null }> {
  const now = (deps.now ?? (() => new Date()))();
  return db.transaction('rw', [db.settings, db.follows], async () => {
    const current = await loadRun(db);
    if (current !== null && runActive(current, now)) {
      const missing = (only ?? []).filter((p) => !current.queue.includes(p));
      if (missing.length === 0) return { started: false, run: current };
      const next: Run = { ...current, queue: [...current.queue, ...missing] };
      await saveRun(db, next);
      return { started: false, run: next };
    }
    const follows = await listFollows(db);
    const states = await listPortalStates(db);
    const followed = followedPortals(follows);
    // A portal nothing is followed on any more is forgotten (followed again, it is listed anew).
    for (const origin of states.keys()) {
      if (followed.includes(origin)) continue;
      await db.settings.delete(portalKey(origin));
      states.delete(origin);
    }
    const candidates = only ?? followed;
    const queue = candidates.filter((p) => {
      const state = states.get(p);
      if (reason === 'baseline') return state?.baselineAt == null;
      return state === undefined || isDue(state, reason, now);
    });
    if (queue.length === 0) return { started: false, run: current };
    const at = now.toISOString();
    const run: Run = { version: 1, id: newId(), reason, queue, done: [], spanning: [], startedAt: at, finishedAt: null, runner: { id: 'starting', at } };
    await saveRun(db, run);
    return { started: true, run };
  });
}

/**
 * Work on the run in the store until it is finished (or another runner has it). Returns the run
 * as left in the store.
 */
export async function continueRun(db: SagssporDB, deps: CheckerDeps): Promise<Run | null> {
  const now = deps.now ?? (() => new Date());
  const runnerId = deps.runnerId ?? newId();
  const settings = await loadFollowSettings(db);
  const pauseMs = deps.pauseMs ?? settings.pauseMs;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let requested = false;
  let runId: string | null = null;

  /** The run, if it is still ours to work on. */
  const claim = async (): Promise<Run | null> =>
    db.transaction('rw', db.settings, async () => {
      const run = await loadRun(db);
      if (run === null || run.finishedAt !== null) return null;
      if (runId !== null && run.id !== runId) return null; // replaced by a new run
      const ours = run.runner?.id === runnerId || run.runner?.id === 'starting' || !leaseFresh(run, now());
      if (!ours) return null;
      runId = run.id;
      const claimed: Run = { ...run, runner: { id: runnerId, at: now().toISOString() } };
      await saveRun(db, claimed);
      return claimed;
    });

  const touch = async () => {
    await deps.keepAlive?.().catch(() => undefined);
    await db.transaction('rw', db.settings, async () => {
      const run = await loadRun(db);
      if (run !== null && run.id === runId && run.runner?.id === runnerId) await saveRun(db, { ...run, runner: { id: runnerId, at: now().toISOString() } });
    });
  };

  const context: PortalContext = {
    now,
    intervalHours: settings.intervalHours,
    hasAccess: deps.hasAccess,
    pause: async () => {
      if (requested && pauseMs > 0) await sleep(pauseMs);
      requested = true;
    },
    request: async (url, schema) => {
      for (let attempt = 0; ; attempt++) {
        let status = 0;
        let retryAfter: string | null = null;
        const recording: FetchLike = async (u, init) => {
          const response = await deps.fetch(u, init);
          status = response.status;
          retryAfter = response.headers?.get('retry-after') ?? null;
          return response;
        };
        try {
          const data = await getJson(recording, url, schema, { timeoutMs: deps.timeoutMs ?? 30_000 });
          await touch();
          return data;
        } catch (error) {
          await touch();
          if (!(error instanceof ApiError && error.kind === 'http' && isRetryable(status))) throw classify(error, status);
          const asked = retryAfterMs(retryAfter, now().getTime());
          const wait = asked ?? RETRY_BASE_MS * 2 ** attempt;
          if (attempt >= RETRIES || wait > MAX_INLINE_WAIT_MS) {
            // Asked to wait (Retry-After, or 429/503): leave the portal alone until then.
            if (asked !== null || status === 429 || status === 503) {
              throw new PortalError('busy', `HTTP ${status}${asked !== null ? `; Retry-After ${Math.round(asked / 1000)} s` : ''}`, asked ?? DEFAULT_BUSY_MS);
            }
            throw new PortalError('server', `HTTP ${status} after ${attempt + 1} tries`);
          }
          await sleep(wait);
        }
      }
    },
  };

  for (;;) {
    const run = await claim();
    if (run === null) return loadRun(db);
    const next = run.queue.find((p) => !run.done.includes(p));
    if (next === undefined) return finishRun(db, run, now());
    const outcome = await checkPortal(db, next, context);
    const done = await db.transaction('rw', db.settings, async () => {
      const latest = await loadRun(db);
      if (latest === null || latest.id !== run.id) return false;
      const spanning = new Map(latest.spanning.map((s) => [s.followId, s.count]));
      for (const [followId, count] of outcome.spanning) spanning.set(followId, (spanning.get(followId) ?? 0) + count);
      await saveRun(db, { ...latest, done: [...latest.done, next], spanning: [...spanning].map(([followId, count]) => ({ followId, count })) });
      return true;
    });
    if (!done) return loadRun(db);
  }
}

/** Close the run: the follows that span every portal get their result from all the portals' results of this run. */
async function finishRun(db: SagssporDB, run: Run, now: Date): Promise<Run> {
  return db.transaction('rw', [db.settings, db.follows], async () => {
    const follows = await listFollows(db);
    const states = await listPortalStates(db);
    const all = followedPortals(follows);
    const counts = new Map(run.spanning.map((s) => [s.followId, s.count]));
    for (const follow of follows.filter(spansAllPortals)) {
      const portals = portalsOf(follow, all).filter((p) => run.done.includes(p));
      if (portals.length === 0 && all.length > 0) continue; // not asked this time
      const failed = portals.map((p) => states.get(p)?.lastCheck).find((c) => c?.status === 'failed' && c.at >= run.startedAt);
      const lastCheck: CheckResult =
        all.length === 0
          ? { at: now.toISOString(), status: 'failed', newCount: 0, error: { code: 'nothing-followed', detail: 'no municipality is followed', portal: null } }
          : { at: now.toISOString(), status: failed ? 'failed' : 'ok', newCount: counts.get(follow.id) ?? 0, error: failed?.error ?? null };
      await db.follows.put({ ...follow, lastCheck });
    }
    const finished: Run = { ...run, finishedAt: now.toISOString(), runner: null };
    await saveRun(db, finished);
    return finished;
  });
}

/** Start a run and work on it to the end; null when one was already going on elsewhere. */
export async function checkFollows(db: SagssporDB, reason: RunReason, deps: CheckerDeps, only?: readonly string[]): Promise<Run | null> {
  const { started } = await startRun(db, reason, deps, only);
  return started ? continueRun(db, deps) : null;
}

// ---------------------------------------------------------------------------------------------
// One portal

interface PortalContext {
  now: () => Date;
  intervalHours: number;
  hasAccess(origin: string): Promise<boolean>;
  /** Before every request but the run's first: the politeness pause. */
  pause(): Promise<void>;
  request<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S>>;
}

interface PortalOutcome {
  /** News made for follows that span every portal (counted by the run). */
  spanning: Map<string, number>;
}

/** The follows of this portal get this check's result (their own count of news). */
async function recordResult(db: SagssporDB, origin: string, result: Omit<CheckResult, 'newCount'>, counts: ReadonlyMap<string, number>): Promise<void> {
  const follows = (await followsOfPortal(db, origin)).filter((f) => !spansAllPortals(f));
  await db.follows.bulkPut(follows.map((f): FollowRow => ({ ...f, lastCheck: { ...result, newCount: counts.get(f.id) ?? 0 } })));
}

async function checkPortal(db: SagssporDB, origin: string, ctx: PortalContext): Promise<PortalOutcome> {
  const startedAt = ctx.now();
  const counts = new Map<string, number>();

  const fail = async (error: PortalError, countsSoFar: ReadonlyMap<string, number>): Promise<PortalOutcome> => {
    const now = ctx.now();
    await db.transaction('rw', [db.settings, db.follows], async () => {
      const state = await loadPortalState(db, origin);
      const permission = error.code === 'permission';
      const failures = permission ? state.failuresInARow : state.failuresInARow + 1;
      const busyUntil = error.code === 'busy' && error.waitMs !== null ? new Date(now.getTime() + error.waitMs) : null;
      const result: CheckResult = { at: now.toISOString(), status: 'failed', newCount: sum(countsSoFar), error: asCheckError(error, origin) };
      await savePortalState(db, {
        ...state,
        lastCheck: result,
        failuresInARow: failures,
        retryAt: busyUntil !== null ? busyUntil.toISOString() : permission ? state.retryAt : backoffUntil(now, failures, ctx.intervalHours).toISOString(),
        retryReason: busyUntil !== null ? 'server' : permission ? state.retryReason : 'backoff',
      });
      await recordResult(db, origin, result, countsSoFar);
    });
    return spanningOf(db, origin, countsSoFar);
  };

  if (!(await ctx.hasAccess(origin))) return fail(new PortalError('permission', `no host permission for ${origin}`), counts);

  let list: Udvalgsliste;
  try {
    await ctx.pause();
    list = await ctx.request(origin + udvalgslistePath(), UdvalgslisteSchema);
  } catch (error) {
    return fail(classify(error, 0), counts);
  }

  const listed = listedMeetings(origin, list, windowStart(startedAt));
  const state = await loadPortalState(db, origin);
  if (state.baselineAt === null) {
    // The first listing: what is there now was published before the follow. Nothing is news.
    const now = ctx.now();
    const result: CheckResult = { at: now.toISOString(), status: 'ok', newCount: 0, error: null };
    await db.transaction('rw', [db.settings, db.follows], async () => {
      await savePortalState(db, { ...state, baselineAt: now.toISOString(), known: listed.map((p) => ({ key: listedKey(p), date: p.date })).slice(-MAX_KNOWN_MEETINGS), lastCheck: result, failuresInARow: 0, retryAt: null, retryReason: null });
      await recordResult(db, origin, result, counts);
    });
    return { spanning: new Map() };
  }

  const known = new Set(state.known.map((k) => k.key));
  const fresh = listed.filter((p) => !known.has(listedKey(p)));
  const municipality = portalMunicipality(new URL(origin).hostname);
  let firstError: PortalError | null = null;
  let failedMeetings = 0;
  let inARow = 0;
  for (const planned of fresh) {
    try {
      await ctx.pause();
      const agenda = await ctx.request(origin + dagsordenPath(planned.id), DagsordenSchema);
      const meeting = MeetingSchema.parse(agendaToMeeting(origin, planned, agenda, municipality));
      await readMeeting(db, origin, planned, meeting, counts, ctx.now());
      inARow = 0;
    } catch (error) {
      const e = classify(error, 0);
      if (e.code === 'busy') return fail(e, counts);
      firstError ??= e;
      failedMeetings++;
      inARow++;
      if (inARow >= MAX_MEETING_FAILURES_IN_A_ROW) break;
    }
  }

  if (firstError !== null) {
    const allFailed = failedMeetings === fresh.length;
    const error = allFailed ? firstError : new PortalError('meetings', `${failedMeetings} of ${fresh.length} new meetings could not be read: ${firstError.message}`);
    return fail(error, counts);
  }
  const now = ctx.now();
  const result: CheckResult = { at: now.toISOString(), status: 'ok', newCount: sum(counts), error: null };
  await db.transaction('rw', [db.settings, db.follows], async () => {
    const latest = await loadPortalState(db, origin);
    const since = windowStart(now);
    await savePortalState(db, { ...latest, known: latest.known.filter((k) => k.date >= since).slice(-MAX_KNOWN_MEETINGS), lastCheck: result, failuresInARow: 0, retryAt: null, retryReason: null });
    await recordResult(db, origin, result, counts);
  });
  return spanningOf(db, origin, counts);
}

function sum(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** The counts of this portal's check that belong to follows spanning every portal. */
async function spanningOf(db: SagssporDB, origin: string, counts: ReadonlyMap<string, number>): Promise<PortalOutcome> {
  const spanning = new Map<string, number>();
  for (const f of (await followsOfPortal(db, origin)).filter(spansAllPortals)) {
    const n = counts.get(f.id);
    if (n !== undefined) spanning.set(f.id, n);
  }
  return { spanning };
}

/**
 * One new meeting, in one transaction: stored as the archive stores it (minutes are never
 * replaced by an agenda; a supplement only where nothing is stored), matched against the
 * portal's follows as they are now, news entries made or updated, and the meeting remembered
 * as seen.
 */
async function readMeeting(db: SagssporDB, origin: string, planned: PlannedMeeting, meeting: Meeting, counts: Map<string, number>, now: Date): Promise<void> {
  await db.transaction('rw', [db.meetings, db.items, db.crossReferences, db.settings, db.follows, db.news], async () => {
    const id = meetingId(meeting, planned.url);
    const existing = await db.meetings.get(id);
    const keepExisting = existing !== undefined && ((existing.kind === 'referat' && meeting.kind !== 'referat') || planned.supplement);
    if (meeting.items.length > 0 && !keepExisting) await saveMeeting(db, planned.url, meeting, now);

    const follows = await followsOfPortal(db, origin);
    const published = { municipalityKey: municipalityKey(planned.url), meetingId: id, url: planned.url, committeeId: planned.committeeId, meeting };
    for (const match of matchMeeting(follows, published)) {
      const fresh = newsEntry(match, published, newId(), now);
      const [before] = readNewsRows(await db.news.where('key').equals(fresh.key).toArray());
      const row = before === undefined ? fresh : updatedEntry(before, fresh, now);
      if (row === null) continue;
      await db.news.put(row);
      counts.set(match.follow.id, (counts.get(match.follow.id) ?? 0) + 1);
    }

    const state = await loadPortalState(db, origin);
    await savePortalState(db, { ...state, known: [...state.known, { key: listedKey(planned), date: planned.date }].slice(-MAX_KNOWN_MEETINGS) });
  });
}
