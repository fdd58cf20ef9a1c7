/**
 * Follows as the pages show them: each with its visible state — its last check and result, the
 * next check, whether Sagsspor may ask its portal, failures in a row, unread news, and whether a
 * check is running for it. Built from the store alone (plus the host patterns granted), the same
 * way for the background's `list-follows` and for the pages' live lists.
 */
import type { SagssporDB } from '../store/db.ts';
import { originCovered } from './access.ts';
import { DUE_MARGIN_MS } from './constants.ts';
import type { AccessState, FollowRow, FollowView, PortalState, Run, Schedule } from './model.ts';
import { followedPortals, listFollows, listPortalStates, loadRun, loadSchedule, portalsOf, runActive, unreadByFollow } from './store.ts';

export interface ViewInputs {
  follows: readonly FollowRow[];
  states: ReadonlyMap<string, PortalState>;
  run: Run | null;
  schedule: Schedule | null;
  unread: ReadonlyMap<string, number>;
  /** Host patterns the browser grants (permissions.getAll().origins). */
  granted: readonly string[];
  now: Date;
}

/** The first scheduled check that asks a portal free from `notBefore` (checks come every interval from `nextAt`; isDue's margin). */
export function firstSlotFrom(schedule: Schedule, notBefore: number): string | null {
  if (schedule.nextAt === null) return null;
  const next = Date.parse(schedule.nextAt);
  notBefore -= DUE_MARGIN_MS;
  if (notBefore <= next) return schedule.nextAt;
  const step = schedule.intervalHours * 3_600_000;
  return new Date(next + Math.ceil((notBefore - next) / step) * step).toISOString();
}

export function followViews(inputs: ViewInputs): FollowView[] {
  const all = followedPortals(inputs.follows);
  const active = runActive(inputs.run, inputs.now);
  const pending = active && inputs.run !== null ? new Set(inputs.run.queue.filter((p) => !inputs.run!.done.includes(p))) : new Set<string>();
  return inputs.follows.map((follow) => {
    const portals = portalsOf(follow, all);
    const states = portals.map((p) => inputs.states.get(p)).filter((s): s is PortalState => s !== undefined);
    const access: AccessState = portals.length === 0 ? 'no-portal' : portals.every((p) => originCovered(p, inputs.granted)) ? 'granted' : 'missing';
    const waits = states.filter((s) => s.retryAt !== null && s.retryReason === 'server' && Date.parse(s.retryAt) > inputs.now.getTime()).map((s) => s.retryAt!);
    const slots = inputs.schedule === null ? [] : portals.map((p) => {
      const retryAt = inputs.states.get(p)?.retryAt;
      return firstSlotFrom(inputs.schedule!, retryAt ? Date.parse(retryAt) : 0);
    });
    const nextCheckAt = slots.filter((s): s is string => s !== null).sort()[0] ?? inputs.schedule?.nextAt ?? null;
    return {
      ...follow,
      access,
      portals,
      failuresInARow: Math.max(0, ...states.map((s) => s.failuresInARow)),
      nextCheckAt,
      waitUntil: waits.sort().at(-1) ?? null,
      unread: inputs.unread.get(follow.id) ?? 0,
      checking: portals.some((p) => pending.has(p)),
    };
  });
}

export async function loadFollowViews(db: SagssporDB, granted: readonly string[], now: Date = new Date()): Promise<FollowView[]> {
  const [follows, states, run, schedule, unread] = await Promise.all([listFollows(db), listPortalStates(db), loadRun(db), loadSchedule(db), unreadByFollow(db)]);
  return followViews({ follows, states, run, schedule, unread, granted, now });
}
