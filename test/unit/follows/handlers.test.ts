/**
 * The follows' messages through the background's one router: who may ask what (a page only
 * about its own site's cases, and none of the extension pages' requests), following by page or
 * by municipality, rename, unfollow, "Nyt" and mark read, settings, the router's validation —
 * and a new background instance over the same store sees it all.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { caseFollowClient } from '../../../lib/follows/case-follows.ts';
import { listFollows, loadFollowSettings } from '../../../lib/follows/store.ts';
import { askBackground } from '../../../lib/messages/content-script.ts';
import { MessageError } from '../../../lib/messages/envelope.ts';
import { PageFollowSchema } from '../../../lib/messages/follows.ts';
import type { Sender } from '../../../lib/messages/protocol.ts';
import { sendToBackground } from '../../../lib/messages/send.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { saveMeeting } from '../../../lib/store/meetings.ts';
import { fakeMeetingOf, startFakeFirstAgenda, type FakeServer } from '../../fake-firstagenda/server.ts';
import { byraadetAgenda, daysFrom, FOLLOWED_CASE } from '../../fixtures/follows/sagsby-meetings.ts';
import { extensionSender, pageSender } from '../sender-helpers.ts';
import { freshDb, meeting } from '../store-helpers.ts';
import { checkerDeps, Clock, followBackground } from './helpers.ts';

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
    const { as, calls } = followBackground(db, clock);
    const page = as(pageSender(LEJRE_PAGE));
    const { follow, created } = await askBackground({ type: 'follow-case', caseNumber: ' 24-002111 ', place: { url: LEJRE_PAGE } }, page);
    expect(created).toBe(true);
    expect(follow.target).toEqual({ kind: 'case', municipalityKey: 'lejre', caseNumber: '24-002111' });
    expect((await listFollows(db)).map((f) => f.target)).toEqual([{ kind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', portal: 'https://dagsordener.lejre.dk', caseNumber: '24-002111' }]);
    expect(follow.access).toBe('granted');
    // The page gets the button's cut of the follow: not the follow's name, news count or last check.
    expect(Object.keys(follow).sort()).toEqual(['access', 'id', 'target']);
    // The portal's first listing is asked for at once.
    expect(calls.checks).toEqual([{ reason: 'baseline', only: ['https://dagsordener.lejre.dk'] }]);
    // The same case again, from another page of the site: the same follow.
    const again = await askBackground({ type: 'follow-case', caseNumber: '24-002111', place: { url: 'https://dagsordener.lejre.dk/vis?other' } }, as(pageSender('https://dagsordener.lejre.dk/vis?other')));
    expect(again).toMatchObject({ created: false, follow: { id: follow.id } });
    expect(calls.checks).toHaveLength(1);
  });

  it('a page may not follow for another site, follow committees or searches, or list every follow', async () => {
    const { as } = followBackground(db, clock);
    const page = as(pageSender(LEJRE_PAGE));
    await expect(sendToBackground({ type: 'follow-case', caseNumber: '24-002111', place: { url: 'https://dagsordener.roskilde.dk/vis?x' } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'follow-case', caseNumber: '24-002111', place: { municipalityKey: 'roskilde' } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    // The extension pages' requests are refused from a page before any handler runs.
    await expect(sendToBackground({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { url: LEJRE_PAGE } } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'follow', target: { kind: 'committee', committee: 'Byrådet', committeeId: null, place: { url: LEJRE_PAGE } } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'follow', target: { kind: 'search', words: 'budget', outcomes: [], place: null } }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'list-follows' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'check-follows' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'list-news' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    const stranger: Sender = { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' };
    await expect(sendToBackground({ type: 'list-news' }, as(stranger))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await listFollows(db)).toEqual([]);
  });

  it('a page asks about one case of its own site, and may unfollow only its own site\'s cases', async () => {
    const { as } = followBackground(db, clock);
    const page = as(pageSender(LEJRE_PAGE));
    const ext = as(extensionSender());
    const { follow } = await askBackground({ type: 'follow-case', caseNumber: '24-002111', place: { url: LEJRE_PAGE } }, page);
    const search = await sendToBackground({ type: 'follow', target: { kind: 'search', words: 'budget', outcomes: [], place: null } }, ext);
    expect((await askBackground({ type: 'case-follow', place: { url: LEJRE_PAGE }, caseNumber: '24-002111' }, page)).follow?.id).toBe(follow.id);
    expect((await askBackground({ type: 'case-follow', place: { url: LEJRE_PAGE }, caseNumber: '24-009999' }, page)).follow).toBeNull();
    await expect(askBackground({ type: 'case-follow', place: { url: 'https://dagsordener.roskilde.dk/' }, caseNumber: '24-002111' }, page)).rejects.toMatchObject({ code: 'forbidden' });
    const roskilde = as(pageSender('https://dagsordener.roskilde.dk/vis?x'));
    await expect(askBackground({ type: 'unfollow-case', id: follow.id }, roskilde)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(askBackground({ type: 'unfollow-case', id: search.follow.id }, page)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendToBackground({ type: 'unfollow', id: follow.id }, page)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await askBackground({ type: 'unfollow-case', id: follow.id }, page)).toEqual({ removed: true });
    expect((await listFollows(db)).map((f) => f.id)).toEqual([search.follow.id]);
  });

  it('the case view follows by municipality: the portal of the pages read there', async () => {
    await saveMeeting(db, 'http://dagsordener.sagsby.test/vis/referat.html', meeting({ municipality: 'Sagsby' }));
    const { as } = followBackground(db, clock);
    const caseView = as(extensionSender('case.html'));
    const { follow } = await sendToBackground({ type: 'follow', target: { kind: 'case', caseNumber: FOLLOWED_CASE, place: { municipalityKey: 'sagsby' } } }, caseView);
    expect(follow.target).toMatchObject({ municipalityKey: 'sagsby', municipality: 'Sagsby', portal: 'http://dagsordener.sagsby.test' });
    // Its "Følg sagen" asks by the municipality key (a page may not).
    expect((await sendToBackground({ type: 'case-follow', place: { municipalityKey: 'sagsby' }, caseNumber: FOLLOWED_CASE }, caseView)).follow?.id).toBe(follow.id);
    // A known municipality with nothing read there: its known portal.
    const aarhus = await sendToBackground({ type: 'follow', target: { kind: 'committee', committee: 'Magistraten', committeeId: null, place: { municipalityKey: 'aarhus' } } }, as(extensionSender()));
    expect(aarhus.follow.target.portal).toBe('https://dagsordener.aarhus.dk');
  });

  it('a follow whose site is not a FirstAgenda portal is kept and says it is never checked', async () => {
    const { as, calls } = followBackground(db, clock);
    const kk = 'https://www.kk.dk/dagsordener-og-referater/Borgerrepr%C3%A6sentationen/m%C3%B8de-12032020/referat';
    const { follow } = await askBackground({ type: 'follow-case', caseNumber: '2020-0087412', place: { url: kk } }, as(pageSender(kk)));
    expect(follow).toMatchObject({ access: 'no-portal', target: { municipalityKey: 'københavn' } });
    const [view] = (await sendToBackground({ type: 'list-follows' }, as(extensionSender()))).follows;
    expect(view).toMatchObject({ id: follow.id, access: 'no-portal', portals: [], target: { portal: null, municipalityKey: 'københavn' } });
    expect(calls.checks).toEqual([]);
    await expect(sendToBackground({ type: 'follow', target: { kind: 'case', caseNumber: '1', place: { url: 'file:///referat.pdf' } } }, as(extensionSender()))).rejects.toMatchObject({ code: 'invalid' });
  });

  it('renames, lists with state, marks news read (the badge follows) and removes a follow with its news', async () => {
    const { as, calls } = followBackground(db, clock);
    const ext = as(extensionSender());
    const { follow } = await sendToBackground({ type: 'follow', target: { kind: 'search', words: 'budget', outcomes: ['approved'], place: null }, name: 'Budgettet' }, ext);
    expect(follow).toMatchObject({ name: 'Budgettet', access: 'no-portal', lastCheck: null });
    expect((await sendToBackground({ type: 'rename-follow', id: follow.id, name: '  Budget 2026 ' }, ext)).follow.name).toBe('Budget 2026');
    expect((await sendToBackground({ type: 'rename-follow', id: follow.id, name: '' }, ext)).follow.name).toBeNull();
    await expect(sendToBackground({ type: 'rename-follow', id: 'nope', name: 'x' }, ext)).rejects.toMatchObject({ code: 'not-found' });

    const at = NOW.toISOString();
    const base = { followId: follow.id, followName: null, followKind: 'search' as const, municipalityKey: 'lejre', municipality: 'Lejre', meetingId: 'lejre|2026-05-10|byrådet', committee: 'Byrådet', meetingDate: '2026-05-10', meetingKind: 'referat' as const, title: 'Budget', caseNumbers: [], decision: 'Godkendt.', outcome: 'approved' as const, change: 'new' as const, url: 'https://dagsordener.lejre.dk/vis?x', createdAt: at, updatedAt: at, readAt: null, notifiedAt: null };
    await db.news.bulkAdd([
      { ...base, id: 'n1', key: 'k1', itemNumber: 1, link: 'https://dagsordener.lejre.dk/vis?x#sagsspor-item=1', unread: 1 },
      { ...base, id: 'n2', key: 'k2', itemNumber: 2, link: 'https://dagsordener.lejre.dk/vis?x#sagsspor-item=2', unread: 1 },
    ]);
    expect((await sendToBackground({ type: 'list-follows' }, ext)).follows[0]!.unread).toBe(2);
    expect((await sendToBackground({ type: 'list-news' }, ext)).unread).toBe(2);
    expect(await sendToBackground({ type: 'mark-news-read', ids: ['n1'] }, ext)).toEqual({ updated: 1, unread: 1 });
    expect(calls.badge).toBe(1);
    expect(await sendToBackground({ type: 'mark-news-read', ids: null }, ext)).toEqual({ updated: 1, unread: 0 });
    expect((await sendToBackground({ type: 'list-news' }, ext)).news.map((n) => [n.id, n.unread]).sort()).toEqual([['n1', 0], ['n2', 0]]);

    expect(await sendToBackground({ type: 'unfollow', id: follow.id }, ext)).toEqual({ removed: true });
    expect(await db.news.count()).toBe(0);
    expect(await sendToBackground({ type: 'unfollow', id: follow.id }, ext)).toEqual({ removed: false });
  });

  it('settings: the interval sets the alarm again, never under an hour; notifications can be switched off', async () => {
    const { as, listener, calls } = followBackground(db, clock);
    const options = extensionSender('options.html');
    const ext = as(options);
    expect((await sendToBackground({ type: 'follow-settings' }, ext)).settings).toEqual({ intervalHours: 6, notify: true, pauseMs: 2000 });
    await sendToBackground({ type: 'follow-settings', change: { notify: false } }, ext);
    expect(calls.reschedule).toBe(0);
    const { settings, nextCheckAt } = await sendToBackground({ type: 'follow-settings', change: { intervalHours: 12 } }, ext);
    expect(settings).toMatchObject({ intervalHours: 12, notify: false });
    expect(nextCheckAt).toBe(NOW.toISOString());
    expect(calls.reschedule).toBe(1);
    // Through the router, an interval under an hour is refused before the handler runs.
    const reply = await listener({ type: 'follow-settings', change: { intervalHours: 0 } }, options);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await loadFollowSettings(db)).intervalHours).toBe(12);
  });

  it('the router validates requests and replies, and leaves other messages alone', async () => {
    const { listener, as } = followBackground(db, clock);
    expect(listener({ type: 'wxt:reload' }, extensionSender())).toBeUndefined();
    expect(await listener({ type: 'follow', target: { kind: 'case', caseNumber: '', place: { url: LEJRE_PAGE } } }, extensionSender())).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await listener({ type: 'follow-case', caseNumber: '24-002111', place: { url: LEJRE_PAGE }, name: 'mine' }, pageSender(LEJRE_PAGE))).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const transport = as(extensionSender());
    await expect(sendToBackground({ type: 'unfollow', id: '' }, transport)).rejects.toBeInstanceOf(MessageError);
    const reply = await sendToBackground({ type: 'follow', target: { kind: 'case', caseNumber: '24-002111', place: { url: LEJRE_PAGE } } }, transport);
    // The page's cut of a follow accepts every full one.
    expect(z.safeParse(PageFollowSchema, reply.follow).success).toBe(true);
    const listed = await sendToBackground({ type: 'list-follows' }, transport);
    expect(listed.follows).toHaveLength(1);
    for (const follow of listed.follows) expect(z.safeParse(PageFollowSchema, follow).success).toBe(true);
  });

  it('the page\'s client: follow, state shared by every button of the page, unfollow', async () => {
    const page = followBackground(db, clock).as(pageSender(LEJRE_PAGE));
    const client = caseFollowClient((request) => askBackground(request, page));
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
    const first = followBackground(db, clock, { checker: deps });
    const page = `${server.origin}/vis?Referat-x&id=1`;
    const { follow } = await askBackground({ type: 'follow-case', caseNumber: FOLLOWED_CASE, place: { url: page } }, first.as(pageSender(page)));
    server.publish(fakeMeetingOf(byraadetAgenda(daysFrom(NOW, 5))));
    await sendToBackground({ type: 'check-follows' }, first.as(extensionSender()));

    // The worker stops; another starts with a fresh router over the same database.
    const second = followBackground(db, clock, { checker: checkerDeps(clock).deps });
    const ext = second.as(extensionSender());
    const [view] = (await sendToBackground({ type: 'list-follows' }, ext)).follows;
    expect(view).toMatchObject({ id: follow.id, unread: 1, lastCheck: { status: 'ok', newCount: 1 } });
    const { news, unread } = await sendToBackground({ type: 'list-news' }, ext);
    expect(unread).toBe(1);
    expect(news.map((n) => n.title)).toEqual(['Plejeboliger på Lærkevej - udvidelse med 24 boliger']);
  });
});
