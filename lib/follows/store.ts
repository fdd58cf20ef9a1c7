/**
 * Follows, news and the checks' state in the store. Follows and news have tables of their own
 * (lib/store/tables/); the settings, the schedule, each portal's state and the running check are
 * rows of the `settings` table under keys of their own (as the archive jobs are), which
 * getSettings and the export skip. Everything read back is validated.
 */
import * as z from 'zod/mini';
import type { SagssporDB } from '../store/db.ts';
import { newId } from '../store/keys.ts';
import { readFollowRows } from '../store/tables/follows.ts';
import { readNewsRows } from '../store/tables/news.ts';
import { followIdentity } from './identity.ts';
import {
  DEFAULT_FOLLOW_SETTINGS,
  FollowRowSchema,
  FollowSettingsSchema,
  NewsRowSchema,
  PortalStateSchema,
  RunSchema,
  ScheduleSchema,
  type FollowRow,
  type FollowSettings,
  type FollowTarget,
  type NewsRow,
  type PortalState,
  type Run,
  type Schedule,
} from './model.ts';

export const SETTINGS_KEY = 'follow-settings';
export const SCHEDULE_KEY = 'follow-schedule';
export const RUN_KEY = 'follow-run';
export const PORTAL_KEY_PREFIX = 'follow-portal:';
export const portalKey = (origin: string) => `${PORTAL_KEY_PREFIX}${origin}`;

/** A follow request the store cannot take (the message says why). */
export class FollowError extends Error {
  readonly code: 'not-found' | 'invalid';
  constructor(code: FollowError['code'], message: string) {
    super(message);
    this.code = code;
    this.name = 'FollowError';
  }
}

async function readSetting<S extends z.ZodMiniType>(db: SagssporDB, key: string, schema: S): Promise<z.infer<S> | null> {
  const row = await db.settings.get(key);
  if (row === undefined) return null;
  const parsed = z.safeParse(schema, row.value);
  if (!parsed.success) {
    console.warn(`[sagsspor] unreadable ${key}`);
    return null;
  }
  return parsed.data as z.infer<S>;
}

async function writeSetting<S extends z.ZodMiniType>(db: SagssporDB, key: string, schema: S, value: z.infer<S>): Promise<void> {
  await db.settings.put({ key, value: z.parse(schema, value) });
}

// ---------------------------------------------------------------------------------------------
// Settings, schedule, portal state, run

export async function loadFollowSettings(db: SagssporDB): Promise<FollowSettings> {
  return (await readSetting(db, SETTINGS_KEY, FollowSettingsSchema)) ?? { ...DEFAULT_FOLLOW_SETTINGS };
}

export async function saveFollowSettings(db: SagssporDB, change: Partial<FollowSettings>): Promise<FollowSettings> {
  const next = { ...(await loadFollowSettings(db)), ...change };
  await writeSetting(db, SETTINGS_KEY, FollowSettingsSchema, next);
  return next;
}

export async function loadSchedule(db: SagssporDB): Promise<Schedule | null> {
  return readSetting(db, SCHEDULE_KEY, ScheduleSchema);
}

export async function saveSchedule(db: SagssporDB, schedule: Schedule): Promise<void> {
  await writeSetting(db, SCHEDULE_KEY, ScheduleSchema, schedule);
}

export function freshPortalState(origin: string): PortalState {
  return { version: 1, origin, baselineAt: null, known: [], lastCheck: null, failuresInARow: 0, retryAt: null, retryReason: null };
}

export async function loadPortalState(db: SagssporDB, origin: string): Promise<PortalState> {
  return (await readSetting(db, portalKey(origin), PortalStateSchema)) ?? freshPortalState(origin);
}

export async function savePortalState(db: SagssporDB, state: PortalState): Promise<void> {
  await writeSetting(db, portalKey(state.origin), PortalStateSchema, state);
}

export async function listPortalStates(db: SagssporDB): Promise<Map<string, PortalState>> {
  const rows = await db.settings.where('key').startsWith(PORTAL_KEY_PREFIX).toArray();
  const out = new Map<string, PortalState>();
  for (const row of rows) {
    const parsed = z.safeParse(PortalStateSchema, row.value);
    if (parsed.success) out.set(parsed.data.origin, parsed.data);
  }
  return out;
}

/** A runner not heard from for this long is gone (its service worker stopped); another takes over. */
export const LEASE_MS = 3 * 60_000;

export function leaseFresh(run: Run, now: Date): boolean {
  return run.runner !== null && now.getTime() - Date.parse(run.runner.at) < LEASE_MS;
}

/** Whether a run is going on (started, not finished, its runner heard from lately). */
export function runActive(run: Run | null, now: Date): boolean {
  return run !== null && run.finishedAt === null && leaseFresh(run, now);
}

export async function loadRun(db: SagssporDB): Promise<Run | null> {
  return readSetting(db, RUN_KEY, RunSchema);
}

export async function saveRun(db: SagssporDB, run: Run): Promise<void> {
  await writeSetting(db, RUN_KEY, RunSchema, run);
}

// ---------------------------------------------------------------------------------------------
// Follows

export async function listFollows(db: SagssporDB): Promise<FollowRow[]> {
  return readFollowRows(await db.follows.orderBy('createdAt').toArray());
}

export async function getFollow(db: SagssporDB, id: string): Promise<FollowRow | null> {
  const row = await db.follows.get(id);
  return row === undefined ? null : (readFollowRows([row])[0] ?? null);
}

/** Follow something; the same thing followed again gives the existing follow (`created: false`). */
export async function addFollow(db: SagssporDB, target: FollowTarget, name: string | null, now: Date = new Date()): Promise<{ follow: FollowRow; created: boolean }> {
  const identity = followIdentity(target);
  return db.transaction('rw', db.follows, async () => {
    const existing = await db.follows.where('identity').equals(identity).first();
    if (existing !== undefined) return { follow: readFollowRows([existing])[0] ?? existing, created: false };
    const at = now.toISOString();
    const follow = z.parse(FollowRowSchema, { id: newId(), identity, name: name?.trim() || null, target, createdAt: at, updatedAt: at, lastCheck: null });
    await db.follows.add(follow);
    return { follow, created: true };
  });
}

/** Stop following: the follow and its news entries go. */
export async function removeFollow(db: SagssporDB, id: string): Promise<boolean> {
  return db.transaction('rw', [db.follows, db.news], async () => {
    const existing = await db.follows.get(id);
    if (existing === undefined) return false;
    await db.news.where('followId').equals(id).delete();
    await db.follows.delete(id);
    return true;
  });
}

/** Give a follow the user's own name; an empty name goes back to naming it by what it follows. */
export async function renameFollow(db: SagssporDB, id: string, name: string, now: Date = new Date()): Promise<FollowRow> {
  return db.transaction('rw', db.follows, async () => {
    const existing = await getFollow(db, id);
    if (existing === null) throw new FollowError('not-found', 'no such follow');
    const next = z.parse(FollowRowSchema, { ...existing, name: name.trim() === '' ? null : name.trim(), updatedAt: now.toISOString() });
    await db.follows.put(next);
    return next;
  });
}

/** The portals the follows are checked on: each follow's own, and for a search over all, all of them. */
export function followedPortals(follows: readonly FollowRow[]): string[] {
  return [...new Set(follows.flatMap((f) => (f.target.portal === null ? [] : [f.target.portal])))].sort();
}

/** Whether a follow spans every followed portal (a saved search over all municipalities). */
export function spansAllPortals(follow: FollowRow): boolean {
  return follow.target.kind === 'search' && follow.target.municipalityKey === null;
}

/** The portals one follow is checked on. */
export function portalsOf(follow: FollowRow, all: readonly string[]): string[] {
  if (spansAllPortals(follow)) return [...all];
  return follow.target.portal === null ? [] : [follow.target.portal];
}

/** The follows a portal's new meetings are matched against. */
export async function followsOfPortal(db: SagssporDB, origin: string): Promise<FollowRow[]> {
  return (await listFollows(db)).filter((f) => f.target.portal === origin || spansAllPortals(f));
}

// ---------------------------------------------------------------------------------------------
// News

/** The "Nyt" list: unread first, then newest change first. */
export async function listNews(db: SagssporDB, limit = 200): Promise<NewsRow[]> {
  const rows = readNewsRows(await db.news.orderBy('updatedAt').reverse().toArray());
  return rows.sort((a, b) => b.unread - a.unread || b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
}

export async function unreadCount(db: SagssporDB): Promise<number> {
  return db.news.where('unread').equals(1).count();
}

/** Mark entries read (all unread ones when `ids` is null). Returns how many changed. */
export async function markNewsRead(db: SagssporDB, ids: readonly string[] | null, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', db.news, async () => {
    const rows = ids === null ? await db.news.where('unread').equals(1).toArray() : (await db.news.bulkGet([...ids])).filter((r): r is NewsRow => r !== undefined);
    const changed = readNewsRows(rows)
      .filter((r) => r.unread === 1)
      .map((r) => z.parse(NewsRowSchema, { ...r, unread: 0, readAt: now.toISOString() }));
    await db.news.bulkPut(changed);
    return changed.length;
  });
}

/** Unread entries per follow (the follow list's counts). */
export async function unreadByFollow(db: SagssporDB): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const row of readNewsRows(await db.news.where('unread').equals(1).toArray())) out.set(row.followId, (out.get(row.followId) ?? 0) + 1);
  return out;
}

export async function getNews(db: SagssporDB, id: string): Promise<NewsRow | null> {
  const row = await db.news.get(id);
  return row === undefined ? null : (readNewsRows([row])[0] ?? null);
}
