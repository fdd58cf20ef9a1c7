/**
 * The follows' messages in the background: who may ask what (a page only about its own site's
 * cases), following by page or by municipality, rename, unfollow, "Nyt" and mark read, settings,
 * the router's validation — and a new background instance over the same store sees it all.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followRouter, sendFollowMessage } from '../../../lib/follows/messages.ts';
import { PAGE_FOLLOW_REPLIES } from '../../../lib/follows/page-contract.ts';
import { caseFollowClient } from '../../../lib/follows/case-follows.ts';
import { listFollows, loadFollowSettings } from '../../../lib/follows/store.ts';
import { MessageError } from '../../../lib/messages-core.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { fakeMeetingOf, startFakeFirstAgenda, type FakeServer } from '../../fake-firstagenda/server.ts';
import { byraadetAgenda, daysFrom, FOLLOWED_CASE } from '../../fixtures/follows/sagsby-meetings.ts';
import { extensionSender, pageSender } from '../sender-helpers.ts';
import { freshDb, meeting } from '../store-helpers.ts';
import { checkerDeps, Clock, followHandlers } from './helpers.ts';
import * as z from 'zod/mini';

const NOW = new Date('2026-05-04T08:00:00.000Z');
const LEJRE_PAGE = 'https://dagsordener.lejre.dk/vis?Referat-Teknik-d.06-05-2026&id=abc';

describe('the follows\' messages', () => {
  let db: SagssporDB;
  let clock: Clock;

  beforeEach(() => {
    db = freshDb();
    clock = new Clock(NOW);
  });

  it('a page follows a case of its own site, by its address: identity from the host, the portal its origin', async () => {
    const { handlers, calls } = followHandlers(db, clock);
    const { follow, created } = await handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: ' 24-002111 ', place: { url: LEJRE_PAGE } } }, pageSender(LEJRE_PAGE));
    expect(created).toBe(true);
    expect(follow.target).toEqual({ kind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', portal: 'https://dagsordener.lejre.dk', caseNumber: '24-002111' });
    expect(follow.access).toBe('granted');
    // The portal's first listing is asked for at once.
    expect(calls.checks).toEqual([{ reason: 'baseline', only: ['https://dagsordener.lejre.dk'] }]);
    // The same case again, from another page of the site: the same follow.
    const again = await handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { url: 'https://dagsordener.lejre.dk/vis?other' } } }, pageSender('https://dagsordener.lejre.dk/vis?other'));
    expect(again).toMatchObject({ created: false, follow: { id: follow.id } });
    expect(calls.checks).toHaveLength(1);
  });

  it('a page may not follow for another site, follow committees or searches, or list every follow', async () => {
    const { handlers } = followHandlers(db, clock);
    const page = pageSender(LEJRE_PAGE);
    await expect(handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { url: 'https://dagsordener.roskilde.dk/vis?x' } } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { municipalityKey: 'roskilde' } } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers.follow({ type: 'follow', target: { kind: 'committee', committee: 'Byrådet', committeeId: null, place: { url: LEJRE_PAGE } } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers.follow({ type: 'follow', target: { kind: 'search', words: 'budget', outcomes: [], place: null } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers['list-follows']({ type: 'list-follows', scope: 'all' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers['check-follows']({ type: 'check-follows' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers['list-news']({ type: 'list-news' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers['list-news']({ type: 'list-news' }, { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await listFollows(db)).toEqual([]);
  });

  it('a page asks about one case of its own site, and may unfollow only its own site\'s cases', async () => {
    const { handlers } = followHandlers(db, clock);
    const page = pageSender(LEJRE_PAGE);
    const { follow } = await handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { url: LEJRE_PAGE } } }, page);
    const search = await handlers.follow({ type: 'follow', target: { kind: 'search', words: 'budget', outcomes: [], place: null } }, extensionSender());
    expect((await handlers['list-follows']({ type: 'list-follows', scope: { kind: 'case', url: LEJRE_PAGE, caseNumber: '24-002111' } }, page)).follows.map((f) => f.id)).toEqual([follow.id]);
    expect((await handlers['list-follows']({ type: 'list-follows', scope: { kind: 'case', url: LEJRE_PAGE, caseNumber: '24-009999' } }, page)).follows).toEqual([]);
    await expect(handlers['list-follows']({ type: 'list-follows', scope: { kind: 'case', url: 'https://dagsordener.roskilde.dk/', caseNumber: '24-002111' } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    const roskilde = pageSender('https://dagsordener.roskilde.dk/vis?x');
    await expect(handlers.unfollow({ type: 'unfollow', id: follow.id }, roskilde)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(handlers.unfollow({ type: 'unfollow', id: search.follow.id }, page)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await handlers.unfollow({ type: 'unfollow', id: follow.id }, page)).toEqual({ removed: true });
  });

  it('the case view follows by municipality: the portal of the pages read there', async () => {
    await saveMeeting(db, 'http://dagsordener.sagsby.test/vis/referat.html', meeting({ municipality: 'Sagsby' }));
    const { handlers } = followHandlers(db, clock);
    const { follow } = await handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: FOLLOWED_CASE, place: { municipalityKey: 'sagsby' } } }, extensionSender('case.html'));
    expect(follow.target).toMatchObject({ municipalityKey: 'sagsby', municipality: 'Sagsby', portal: 'http://dagsordener.sagsby.test' });
    // A known municipality with nothing read there: its known portal.
    const aarhus = await handlers.follow({ type: 'follow', target: { kind: 'committee', committee: 'Magistraten', committeeId: null, place: { municipalityKey: 'aarhus' } } }, extensionSender());
    expect(aarhus.follow.target.portal).toBe('https://dagsordener.aarhus.dk');
  });

  it('a follow whose site is not a FirstAgenda portal is kept and says it is never checked', async () => {
    const { handlers, calls } = followHandlers(db, clock);
    const kk = 'https://www.kk.dk/dagsordener-og-referater/Borgerrepr%C3%A6sentationen/m%C3%B8de-12032020/referat';
    const { follow } = await handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: '2020-0087412', place: { url: kk } } }, pageSender(kk));
    expect(follow).toMatchObject({ access: 'no-portal', portals: [], target: { portal: null, municipalityKey: 'københavn' } });
    expect(calls.checks).toEqual([]);
    await expect(handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: '1', place: { url: 'file:///referat.pdf' } } }, extensionSender())).rejects.toMatchObject({ code: 'invalid' });
  });

  it('renames, lists with state, marks news read (the badge follows) and removes a follow with its news', async () => {
    const { handlers, calls } = followHandlers(db, clock);
    const ext = extensionSender();
    const { follow } = await handlers.follow({ type: 'follow', target: { kind: 'search', words: 'budget', outcomes: ['approved'], place: null }, name: 'Budgettet' }, ext);
    expect(follow).toMatchObject({ name: 'Budgettet', access: 'no-portal', lastCheck: null });
    expect((await handlers['rename-follow']({ type: 'rename-follow', id: follow.id, name: '  Budget 2026 ' }, ext)).follow.name).toBe('Budget 2026');
    expect((await handlers['rename-follow']({ type: 'rename-follow', id: follow.id, name: '' }, ext)).follow.name).toBeNull();
    await expect(handlers['rename-follow']({ type: 'rename-follow', id: 'nope', name: 'x' }, ext)).rejects.toMatchObject({ code: 'not-found' });

    const at = NOW.toISOString();
    const base = { followId: follow.id, followName: null, followKind: 'search' as const, municipalityKey: 'lejre', municipality: 'Lejre', meetingId: 'lejre|2026-05-10|byrådet', committee: 'Byrådet', meetingDate: '2026-05-10', meetingKind: 'referat' as const, title: 'Budget', caseNumbers: [], decision: 'Godkendt.', outcome: 'approved' as const, change: 'new' as const, url: 'https://dagsordener.lejre.dk/vis?x', createdAt: at, updatedAt: at, readAt: null, notifiedAt: null };
    await db.news.bulkAdd([
      { ...base, id: 'n1', key: 'k1', itemNumber: 1, link: 'https://dagsordener.lejre.dk/vis?x#sagsspor-item=1', unread: 1 },
      { ...base, id: 'n2', key: 'k2', itemNumber: 2, link: 'https://dagsordener.lejre.dk/vis?x#sagsspor-item=2', unread: 1 },
    ]);
    expect((await handlers['list-follows']({ type: 'list-follows', scope: 'all' }, ext)).follows[0]!.unread).toBe(2);
    expect((await handlers['list-news']({ type: 'list-news' }, ext)).unread).toBe(2);
    expect(await handlers['mark-news-read']({ type: 'mark-news-read', ids: ['n1'] }, ext)).toEqual({ updated: 1, unread: 1 });
    expect(calls.badge).toBe(1);
    expect(await handlers['mark-news-read']({ type: 'mark-news-read', ids: null }, ext)).toEqual({ updated: 1, unread: 0 });
    expect((await handlers['list-news']({ type: 'list-news' }, ext)).news.map((n) => [n.id, n.unread]).sort()).toEqual([['n1', 0], ['n2', 0]]);

    expect(await handlers.unfollow({ type: 'unfollow', id: follow.id }, ext)).toEqual({ removed: true });
    expect(await db.news.count()).toBe(0);
    expect(await handlers.unfollow({ type: 'unfollow', id: follow.id }, ext)).toEqual({ removed: false });
  });

  it('settings: the interval sets the alarm again, never under an hour; notifications can be switched off', async () => {
    const { handlers, calls } = followHandlers(db, clock);
    const ext = extensionSender('options.html');
    expect((await handlers['follow-settings']({ type: 'follow-settings' }, ext)).settings).toEqual({ intervalHours: 6, notify: true, pauseMs: 2000 });
    await handlers['follow-settings']({ type: 'follow-settings', change: { notify: false } }, ext);
    expect(calls.reschedule).toBe(0);
    const { settings, nextCheckAt } = await handlers['follow-settings']({ type: 'follow-settings', change: { intervalHours: 12 } }, ext);
    expect(settings).toMatchObject({ intervalHours: 12, notify: false });
    expect(nextCheckAt).toBe(NOW.toISOString());
    expect(calls.reschedule).toBe(1);
    // Through the router, an interval under an hour is refused before the handler runs.
    const router = followRouter(handlers);
    const reply = await router({ type: 'follow-settings', change: { intervalHours: 0 } }, ext);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await loadFollowSettings(db)).intervalHours).toBe(12);
  });

  it('the router validates requests and replies, and leaves other messages alone', async () => {
    const router = followRouter(followHandlers(db, clock).handlers);
    expect(router({ type: 'get-settings' }, extensionSender())).toBeUndefined();
    expect(await router({ type: 'follow', target: { kind: 'case', caseNumber: '', place: { url: LEJRE_PAGE } } }, extensionSender())).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const transport = (m: unknown) => router(m, extensionSender()) as Promise<unknown>;
    await expect(sendFollowMessage({ type: 'unfollow', id: '' }, transport)).rejects.toBeInstanceOf(MessageError);
    const reply = await sendFollowMessage({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { url: LEJRE_PAGE } } }, transport);
    // The page's cut of the reply accepts every full reply.
    expect(z.safeParse(PAGE_FOLLOW_REPLIES.follow, reply).success).toBe(true);
    const listed = await sendFollowMessage({ type: 'list-follows', scope: 'all' }, transport);
    expect(z.safeParse(PAGE_FOLLOW_REPLIES['list-follows'], listed).success).toBe(true);
  });

  it('the page\'s client: follow, state shared by every button of the page, unfollow', async () => {
    const router = followRouter(followHandlers(db, clock).handlers);
    const client = caseFollowClient((m) => router(m, pageSender(LEJRE_PAGE)) as Promise<unknown>);
    const place = { url: LEJRE_PAGE };
    let changes = 0;
    client.subscribe(() => changes++);
    expect(await client.state(place, '24-002111')).toBeNull();
    const follow = await client.follow(place, '24-002111');
    expect(follow).toMatchObject({ access: 'granted', target: { kind: 'case', caseNumber: '24-002111' } });
    expect(await client.state(place, '24-002111')).toEqual(follow);
    await client.unfollow(place, '24-002111', follow);
    expect(await client.state(place, '24-002111')).toBeNull();
    expect(changes).toBe(2);
    expect(await listFollows(db)).toEqual([]);
  });
});

describe('a stopped service worker loses nothing', () => {
  let server: FakeServer;
  afterEach(async () => server.close());

  it('a new background instance over the same store lists the follows, their state and the news', async () => {
    server = await startFakeFirstAgenda([]);
    const db = freshDb();
    const clock = new Clock(NOW);
    const { deps } = checkerDeps(clock);
    const first = followHandlers(db, clock, { checker: deps });
    const page = `${server.origin}/vis?Referat-x&id=1`;
    const { follow } = await first.handlers.follow({ type: 'follow', target: { kind: 'case', caseNumber: FOLLOWED_CASE, place: { url: page } } }, pageSender(page));
    server.publish(fakeMeetingOf(byraadetAgenda(daysFrom(NOW, 5))));
    await first.handlers['check-follows']({ type: 'check-follows' }, extensionSender());

    // The worker stops; another starts with fresh handlers over the same database.
    const second = followHandlers(db, clock, { checker: checkerDeps(clock).deps });
    const [view] = (await second.handlers['list-follows']({ type: 'list-follows', scope: 'all' }, extensionSender())).follows;
    expect(view).toMatchObject({ id: follow.id, unread: 1, lastCheck: { status: 'ok', newCount: 1 } });
    const { news, unread } = await second.handlers['list-news']({ type: 'list-news' }, extensionSender());
    expect(unread).toBe(1);
    expect(news.map((n) => n.title)).toEqual(['Plejeboliger på Lærkevej - udvidelse med 24 boliger']);
  });
});
