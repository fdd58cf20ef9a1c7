/**
 * The follows in the background service worker: the alarms, the badge and the notifications,
 * wired to the browser, and what the follows' message handlers need of them (their messages
 * are answered by the background's one router, lib/background). `installFollows` registers every listener at once
 * (MV3 wakes a stopped worker for an event only if its listener is registered synchronously at
 * start) and keeps nothing that matters in memory: a check's progress is in the store, and a
 * worker that wakes finds an unfinished check there and continues it.
 */
import { browser } from 'wxt/browser';
import type { FetchLike } from '../systems/firstagenda/archive/api.ts';
import { loadLocale } from '../i18n/index.ts';
import { safeLink } from '../net/safe-link.ts';
import type { SagssporDB } from '../store/db.ts';
import { newId } from '../store/keys.ts';
import { getSettings } from '../store/settings.ts';
import { originCovered } from './access.ts';
import { continueRun, startRun, type CheckerDeps } from './checker.ts';
import type { FollowDeps } from './handlers.ts';
import type { RunReason } from './model.ts';
import { clickedNotification, notifyNews, refreshBadge, SUMMARY_NOTIFICATION, type NotifierApi, type NotifierWords } from './notifier.ts';
import { armResume, CHECK_ALARM, disarmResume, ensureSchedule, RESUME_ALARM, type AlarmsApi } from './scheduler.ts';
import { loadRun, runActive } from './store.ts';
import { entryFollowLabel, newsChange, newsPlace } from './words.ts';
import { plural } from '../i18n/plural.ts';
import { t } from '../i18n/index.ts';

/** The options page's follows section (the summary notification opens it). */
export const FOLLOWS_PAGE = '/options.html#follows';

/** Words of the notifications, in the language chosen in the options. */
const words: NotifierWords = {
  single: (entry) => ({
    title: t('notify_title', entryFollowLabel(entry)),
    message: `${newsChange(entry)}: ${entry.title}`,
    contextMessage: newsPlace(entry),
  }),
  summary: (count) => ({ title: 'Sagsspor', message: plural('count_newsEntries', count) }),
};

async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Register the follows' listeners; what the follows' handlers need of the browser (lib/follows/handlers.ts). */
export function installFollows(db: SagssporDB): FollowDeps {
  // One id per worker life: a run whose runner is silent (a stopped worker) is taken over.
  const runnerId = newId();
  let working = false;

  const alarms: AlarmsApi = {
    create: (name, info) => browser.alarms.create(name, info as Parameters<typeof browser.alarms.create>[1]),
    get: (name) => browser.alarms.get(name),
    clear: (name) => browser.alarms.clear(name),
  };
  const notifierApi: NotifierApi = {
    setBadge: async (text) => {
      await browser.action.setBadgeText({ text }).catch(() => undefined);
    },
    notifications: async () => {
      const allowed = await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
      const api = browser.notifications;
      if (!allowed || api === undefined) return null;
      return {
        create: async (id, options) => {
          await api.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...options });
        },
        clear: async (id) => {
          await api.clear(id);
        },
      };
    },
  };
  const fetchImpl: FetchLike = (url, init) => fetch(url, init);
  const checkerDeps: CheckerDeps = {
    fetch: fetchImpl,
    hasAccess: async (origin) => originCovered(origin, await grantedOrigins()),
    runnerId,
    keepAlive: async () => {
      await browser.runtime.getPlatformInfo();
    },
  };

  /** Work on the stored run until it is done, then tell the user what it found. */
  const work = async (): Promise<void> => {
    if (working) return;
    working = true;
    try {
      await armResume(alarms);
      await continueRun(db, checkerDeps);
    } catch (error) {
      console.warn('[sagsspor] follow check stopped', error);
    } finally {
      working = false;
      // Finished: no more waking. Not finished (another worker's lease, an error): look again in a minute.
      const run = await loadRun(db).catch(() => null);
      if (run === null || run.finishedAt !== null) await disarmResume(alarms).catch(() => undefined);
      else await armResume(alarms).catch(() => undefined);
      await tell();
    }
  };

  const tell = async (): Promise<void> => {
    try {
      const settings = await getSettings(db);
      await loadLocale(settings.locale);
      await notifyNews(db, notifierApi, words);
    } catch (error) {
      console.warn('[sagsspor] could not tell about news', error);
    }
  };

  const startCheck = async (reason: RunReason, only?: readonly string[]) => {
    // The first follow also gets the schedule shown (ensureSchedule stores it while something is followed).
    await ensureSchedule(db, alarms).catch(() => undefined);
    const { started, run } = await startRun(db, reason, {}, only);
    if (started || !working) void work();
    return { started, running: runActive(run, new Date()) || started };
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_ALARM) {
      void ensureSchedule(db, alarms).then(() => startCheck('scheduled'));
    } else if (alarm.name === RESUME_ALARM) {
      void loadRun(db).then((run) => {
        if (run !== null && run.finishedAt === null) void work();
      });
    }
  });

  const onNotificationClicked = (id: string) => {
    void (async () => {
      await browser.notifications?.clear(id);
      if (id === SUMMARY_NOTIFICATION) {
        await browser.tabs.create({ url: browser.runtime.getURL(FOLLOWS_PAGE as '/options.html') });
        return;
      }
      const clicked = await clickedNotification(db, notifierApi, id);
      const link = clicked === null ? null : safeLink(clicked.link);
      if (link !== null) await browser.tabs.create({ url: link });
    })().catch((error: unknown) => console.warn('[sagsspor] notification click', error));
  };
  // The notifications API is there only once its optional permission is granted.
  let listening = false;
  const listenToNotifications = () => {
    if (listening || browser.notifications === undefined) return;
    browser.notifications.onClicked.addListener(onNotificationClicked);
    listening = true;
  };
  listenToNotifications();

  browser.permissions.onAdded.addListener(() => {
    listenToNotifications();
    // A portal Sagsspor may ask now: take its first listing.
    void startCheck('baseline');
  });

  const wake = () => {
    void ensureSchedule(db, alarms).catch((error: unknown) => console.warn('[sagsspor] could not schedule checks', error));
    void refreshBadge(db, notifierApi).catch(() => undefined);
    // A check whose worker stopped is continued (its lease ran out, or it is ours from before).
    void loadRun(db)
      .then((run) => {
        if (run !== null && run.finishedAt === null && !runActive(run, new Date())) void work();
      })
      .catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(wake);
  browser.runtime.onStartup.addListener(wake);
  wake();

  return {
    grantedOrigins,
    startCheck,
    reschedule: async () => new Date(await ensureSchedule(db, alarms, { restart: true })).toISOString(),
    refreshBadge: async () => {
      await refreshBadge(db, notifierApi);
    },
    fetch: fetchImpl,
  };
}
