/**
 * When checks run: a repeating browser alarm every `intervalHours` (6 by default, never more
 * often than hourly), and a short "resume" alarm while a run is going on, so that a run whose
 * service worker was stopped is taken up again within a minute. The next check's time is kept
 * in the store for the pages to show. The alarms API is passed in (tests use a fake).
 */
import type { SagssporDB } from '../store/db.ts';
import { MAX_INTERVAL_HOURS, MIN_INTERVAL_HOURS } from './model.ts';
import { loadFollowSettings, saveSchedule, SCHEDULE_KEY } from './store.ts';

export const CHECK_ALARM = 'sagsspor-follows-check';
export const RESUME_ALARM = 'sagsspor-follows-resume';
/** How soon a run that stopped with its worker is looked at again. */
export const RESUME_AFTER_MINUTES = 1;

export interface AlarmInfo {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The part of `browser.alarms` the scheduler uses. */
export interface AlarmsApi {
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number; when?: number }): Promise<void>;
  get(name: string): Promise<AlarmInfo | undefined>;
  clear(name: string): Promise<boolean>;
}

export function clampInterval(hours: number): number {
  return Math.min(MAX_INTERVAL_HOURS, Math.max(MIN_INTERVAL_HOURS, Math.round(hours)));
}

/**
 * Make sure the repeating alarm exists with the interval of the settings (kept when it already
 * does: a restart must not push the next check further away), and store when it fires next
 * while something is followed (with nothing followed the store keeps no trace of follows).
 * `restart` sets it again from now (the interval was changed).
 */
export async function ensureSchedule(db: SagssporDB, alarms: AlarmsApi, options: { now?: Date; restart?: boolean } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const hours = clampInterval((await loadFollowSettings(db)).intervalHours);
  const period = hours * 60;
  let alarm = await alarms.get(CHECK_ALARM);
  if (alarm === undefined || alarm.periodInMinutes !== period || options.restart) {
    await alarms.create(CHECK_ALARM, { delayInMinutes: period, periodInMinutes: period });
    alarm = (await alarms.get(CHECK_ALARM)) ?? { name: CHECK_ALARM, scheduledTime: now.getTime() + period * 60_000, periodInMinutes: period };
  }
  if ((await db.follows.count()) > 0) await saveSchedule(db, { nextAt: new Date(alarm.scheduledTime).toISOString(), intervalHours: hours });
  else await db.settings.delete(SCHEDULE_KEY);
  return alarm.scheduledTime;
}

/** While a run is going on: look at it again in a minute (cleared when it finishes). */
export async function armResume(alarms: AlarmsApi): Promise<void> {
  await alarms.create(RESUME_ALARM, { delayInMinutes: RESUME_AFTER_MINUTES });
}

export async function disarmResume(alarms: AlarmsApi): Promise<void> {
  await alarms.clear(RESUME_ALARM);
}
