/**
 * Telling the user: the action's badge shows how many news entries are unread, and each new or
 * updated entry makes one browser notification (a summary when there are many at once), unless
 * notifications are switched off or not allowed. An entry is notified once per change
 * (`notifiedAt`), also when notifications are off, so switching them on later does not bring a
 * flood of old news. The browser APIs are passed in (tests use fakes); words come from `words`.
 */
import * as z from 'zod/mini';
import type { SagssporDB } from '../store/db.ts';
import { readNewsRows } from '../store/tables/news.ts';
import { NewsRowSchema, type NewsRow } from './model.ts';
import { getNews, loadFollowSettings, markNewsRead, unreadCount } from './store.ts';

/** Notifications about single entries are named by this prefix and the entry's id. */
export const NOTIFICATION_PREFIX = 'sagsspor-news:';
export const SUMMARY_NOTIFICATION = 'sagsspor-news-summary';
/** More new entries than this at once make one summary instead. */
export const MAX_SINGLE_NOTIFICATIONS = 3;

export interface NotificationOptions {
  title: string;
  message: string;
  contextMessage?: string;
}

export interface NotifierApi {
  /** Global badge text ('' clears it). */
  setBadge(text: string): Promise<void>;
  /** Null when notifications are not allowed (the optional permission is not granted). */
  notifications(): Promise<{ create(id: string, options: NotificationOptions): Promise<void>; clear(id: string): Promise<void> } | null>;
}

export interface NotifierWords {
  /** One entry: its title and message. */
  single(entry: NewsRow): NotificationOptions;
  /** Several: "5 nye i Sagsspor". */
  summary(count: number): NotificationOptions;
}

export async function refreshBadge(db: SagssporDB, api: Pick<NotifierApi, 'setBadge'>): Promise<number> {
  const unread = await unreadCount(db);
  await api.setBadge(unread === 0 ? '' : unread > 999 ? '999+' : String(unread));
  return unread;
}

/** Notify every entry not notified since its last change; returns how many were shown. */
export async function notifyNews(db: SagssporDB, api: NotifierApi, words: NotifierWords, now: Date = new Date()): Promise<number> {
  const pending = await db.transaction('rw', db.news, async () => {
    const rows = readNewsRows(await db.news.where('unread').equals(1).toArray()).filter((r) => r.notifiedAt === null);
    await db.news.bulkPut(rows.map((r) => z.parse(NewsRowSchema, { ...r, notifiedAt: now.toISOString() })));
    return rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  });
  await refreshBadge(db, api);
  if (pending.length === 0 || !(await loadFollowSettings(db)).notify) return 0;
  const notifications = await api.notifications();
  if (notifications === null) return 0;
  if (pending.length > MAX_SINGLE_NOTIFICATIONS) {
    await notifications.create(SUMMARY_NOTIFICATION, words.summary(pending.length));
    return 1;
  }
  for (const entry of pending) await notifications.create(`${NOTIFICATION_PREFIX}${entry.id}`, words.single(entry));
  return pending.length;
}

/**
 * A click on a notification: a single entry's deep link to open (and the entry is marked read),
 * or null for the summary (the caller shows the "Nyt" list).
 */
export async function clickedNotification(db: SagssporDB, api: NotifierApi, notificationId: string, now: Date = new Date()): Promise<{ link: string } | null> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const entry = await getNews(db, notificationId.slice(NOTIFICATION_PREFIX.length));
  if (entry === null) return null;
  await markNewsRead(db, [entry.id], now);
  await refreshBadge(db, api);
  return { link: entry.link };
}
