/**
 * Telling and scheduling: the badge counts unread news; each new or updated entry makes one
 * notification (a summary when many come at once), never twice, none when switched off or not
 * allowed; a click opens the item and marks it read. The alarm repeats every interval and is
 * kept across restarts. Host patterns decide access. Words for a follow's state.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { accessPattern, originCovered, patternCovers } from '../../../lib/follows/access.ts';
import type { NewsRow } from '../../../lib/follows/model.ts';
import { clickedNotification, notifyNews, NOTIFICATION_PREFIX, refreshBadge, SUMMARY_NOTIFICATION, type NotificationOptions, type NotifierApi } from '../../../lib/follows/notifier.ts';
import { CHECK_ALARM, ensureSchedule, type AlarmInfo, type AlarmsApi } from '../../../lib/follows/scheduler.ts';
import { addFollow, loadSchedule, saveFollowSettings } from '../../../lib/follows/store.ts';
import { firstSlotFrom } from '../../../lib/follows/views.ts';
import { checkErrorText, resultText, targetLabel } from '../../../lib/follows/words.ts';
import { setMessages } from '../../../lib/i18n.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { freshDb } from '../store-helpers.ts';
import { localeMessages } from '../popup-helpers.tsx';

const AT = '2026-05-04T08:00:00.000Z';

function entry(id: string, over: Partial<NewsRow> = {}): NewsRow {
  return {
    id, key: `k-${id}`, followId: 'f1', followName: null, followKind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', meetingId: 'lejre|2026-05-10|byrådet', committee: 'Byrådet', meetingDate: '2026-05-10', meetingKind: 'dagsorden',
    itemNumber: 3, title: `Punkt ${id}`, caseNumbers: ['24-002111'], decision: null, outcome: 'none', change: 'new', url: 'https://dagsordener.lejre.dk/vis?x', link: `https://dagsordener.lejre.dk/vis?x#sagsspor-item=${id}`,
    unread: 1, createdAt: AT, updatedAt: AT, readAt: null, notifiedAt: null, ...over,
  };
}

function fakeNotifier(allowed = true) {
  const shown: { id: string; options: NotificationOptions }[] = [];
  let badge = 'unset';
  const api: NotifierApi = {
    setBadge: async (text) => void (badge = text),
    notifications: async () => (allowed ? { create: async (id, options) => void shown.push({ id, options }), clear: async () => undefined } : null),
  };
  return { api, shown, badge: () => badge };
}

const words = { single: (e: NewsRow) => ({ title: e.title, message: e.change }), summary: (n: number) => ({ title: 'Sagsspor', message: `${n} nye` }) };

describe('the badge and notifications', () => {
  let db: SagssporDB;
  beforeEach(() => {
    db = freshDb();
  });

  it('one notification per new entry, once; the badge counts the unread', async () => {
    await db.news.bulkAdd([entry('1'), entry('2')]);
    const n = fakeNotifier();
    expect(await notifyNews(db, n.api, words, new Date(AT))).toBe(2);
    expect(n.shown.map((s) => s.id)).toEqual([`${NOTIFICATION_PREFIX}1`, `${NOTIFICATION_PREFIX}2`]);
    expect(n.badge()).toBe('2');
    // Told once: a second round shows nothing.
    expect(await notifyNews(db, n.api, words, new Date(AT))).toBe(0);
    expect(n.shown).toHaveLength(2);
    // An entry updated (agenda → minutes) is told again.
    await db.news.update('1', { notifiedAt: null, change: 'decision' });
    expect(await notifyNews(db, n.api, words, new Date(AT))).toBe(1);
    expect(n.shown.at(-1)).toEqual({ id: `${NOTIFICATION_PREFIX}1`, options: { title: 'Punkt 1', message: 'decision' } });
  });

  it('many at once make one summary; switched off or not allowed, none — and they are not told later', async () => {
    await db.news.bulkAdd(['1', '2', '3', '4', '5'].map((id) => entry(id)));
    const n = fakeNotifier();
    expect(await notifyNews(db, n.api, words, new Date(AT))).toBe(1);
    expect(n.shown).toEqual([{ id: SUMMARY_NOTIFICATION, options: { title: 'Sagsspor', message: '5 nye' } }]);

    await db.news.add(entry('6'));
    await saveFollowSettings(db, { notify: false });
    expect(await notifyNews(db, n.api, words, new Date(AT))).toBe(0);
    expect(n.badge()).toBe('6');
    await saveFollowSettings(db, { notify: true });
    expect(await notifyNews(db, n.api, words, new Date(AT))).toBe(0);

    await db.news.add(entry('7'));
    const denied = fakeNotifier(false);
    expect(await notifyNews(db, denied.api, words, new Date(AT))).toBe(0);
    expect(denied.badge()).toBe('7');
  });

  it('a click opens the entry\'s item and marks it read; the badge follows', async () => {
    await db.news.bulkAdd([entry('1'), entry('2')]);
    const n = fakeNotifier();
    expect(await clickedNotification(db, n.api, `${NOTIFICATION_PREFIX}2`, new Date(AT))).toEqual({ link: 'https://dagsordener.lejre.dk/vis?x#sagsspor-item=2' });
    expect((await db.news.get('2'))!.unread).toBe(0);
    expect(n.badge()).toBe('1');
    expect(await clickedNotification(db, n.api, SUMMARY_NOTIFICATION)).toBeNull();
    await db.news.update('1', { unread: 0 });
    await refreshBadge(db, n.api);
    expect(n.badge()).toBe('');
  });
});

function fakeAlarms(now: number) {
  const alarms = new Map<string, AlarmInfo>();
  let created = 0;
  const api: AlarmsApi = {
    create: async (name, info) => {
      created++;
      alarms.set(name, { name, scheduledTime: now + (info.delayInMinutes ?? 0) * 60_000, ...(info.periodInMinutes !== undefined ? { periodInMinutes: info.periodInMinutes } : {}) });
    },
    get: async (name) => alarms.get(name),
    clear: async (name) => alarms.delete(name),
  };
  return { api, alarms, created: () => created };
}

describe('the schedule', () => {
  it('a repeating alarm every 6 hours by default, kept across a restart, set again when the interval changes', async () => {
    const db = freshDb();
    const now = Date.parse(AT);
    const a = fakeAlarms(now);
    // Nothing followed: the alarm is there, the store keeps no schedule.
    await ensureSchedule(db, a.api, { now: new Date(now) });
    expect(await loadSchedule(db)).toBeNull();
    await addFollow(db, { kind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', portal: 'https://dagsordener.lejre.dk', caseNumber: '24-002111' }, null, new Date(now));
    await ensureSchedule(db, a.api, { now: new Date(now) });
    expect(a.alarms.get(CHECK_ALARM)).toMatchObject({ periodInMinutes: 360, scheduledTime: now + 6 * 3_600_000 });
    expect(await loadSchedule(db)).toEqual({ nextAt: new Date(now + 6 * 3_600_000).toISOString(), intervalHours: 6 });
    // A restart does not push the next check away.
    await ensureSchedule(db, a.api, { now: new Date(now + 3_600_000) });
    expect(a.created()).toBe(1);
    expect((await loadSchedule(db))!.nextAt).toBe(new Date(now + 6 * 3_600_000).toISOString());
    await saveFollowSettings(db, { intervalHours: 1 });
    await ensureSchedule(db, a.api, { now: new Date(now), restart: true });
    expect(a.alarms.get(CHECK_ALARM)!.periodInMinutes).toBe(60);
  });

  it('the next check of a portal that backs off is the first scheduled one after its wait', () => {
    const schedule = { nextAt: '2026-05-04T12:00:00.000Z', intervalHours: 6 };
    expect(firstSlotFrom(schedule, 0)).toBe(schedule.nextAt);
    expect(firstSlotFrom(schedule, Date.parse('2026-05-04T12:02:00.000Z'))).toBe(schedule.nextAt);
    expect(firstSlotFrom(schedule, Date.parse('2026-05-04T19:00:00.000Z'))).toBe('2026-05-05T00:00:00.000Z');
  });
});

describe('host access', () => {
  it('host patterns as the browser grants them, content-script patterns included', () => {
    expect(patternCovers('*://dagsordener.sagsby.test/*', 'http://dagsordener.sagsby.test')).toBe(true);
    expect(patternCovers('https://dagsordener.lejre.dk/*', 'http://dagsordener.lejre.dk')).toBe(false);
    expect(patternCovers('*://*.lejre.dk/*', 'https://dagsordener.lejre.dk')).toBe(true);
    expect(patternCovers('*://*.lejre.dk/*', 'https://lejre.dk.evil.example')).toBe(false);
    expect(patternCovers('<all_urls>', 'https://x.dk')).toBe(true);
    expect(patternCovers('*://*/*', 'https://x.dk:8443')).toBe(true);
    expect(originCovered('https://dagsordener.roskilde.dk', ['https://dagsordener.lejre.dk/*'])).toBe(false);
    expect(accessPattern('http://127.0.0.1:4321')).toBe('http://127.0.0.1/*');
  });
});

describe('a follow\'s state in words', () => {
  it('Danish first, English second', () => {
    setMessages('da', localeMessages('da'));
    expect(targetLabel({ kind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', portal: null, caseNumber: '24-002111' })).toBe('Sag 24-002111 · Lejre');
    expect(targetLabel({ kind: 'search', municipalityKey: null, municipality: null, portal: null, words: 'budget', outcomes: ['approved'] })).toBe('»budget« · alle fulgte kommuner · Godkendt');
    expect(resultText({ at: AT, status: 'ok', newCount: 0, error: null })).toBe('ok, intet nyt');
    expect(resultText({ at: AT, status: 'ok', newCount: 1, error: null })).toBe('1 nyt');
    expect(resultText({ at: AT, status: 'ok', newCount: 3, error: null })).toBe('3 nye');
    expect(resultText({ at: AT, status: 'failed', newCount: 0, error: { code: 'timeout', detail: 'no answer within 30 s', portal: 'https://dagsordener.lejre.dk' } })).toBe('fejlede: dagsordener.lejre.dk svarede ikke i tide');
    setMessages('en', localeMessages('en'));
    expect(checkErrorText({ code: 'not-portal', detail: 'HTTP 404', portal: 'https://lejre.dk' })).toBe('lejre.dk does not answer as a FirstAgenda portal');
    expect(resultText({ at: AT, status: 'ok', newCount: 2, error: null })).toBe('2 new');
    setMessages(null);
  });
});
