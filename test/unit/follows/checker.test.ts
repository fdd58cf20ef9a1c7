/**
 * Checking followed portals against the fake FirstAgenda portal: a case, a committee and a
 * search come back in newly published meetings as one "Nyt" entry each, never twice; an agenda
 * that later comes as minutes updates its entry; one request at a time with the pause;
 * Retry-After and back-off; a missing permission; a run that resumes after its worker stopped.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFollows, continueRun, DEFAULT_BUSY_MS, startRun } from '../../../lib/follows/checker.ts';
import type { FollowTarget } from '../../../lib/follows/model.ts';
import { addFollow, getFollow, listNews, loadPortalState, loadRun, removeFollow, saveFollowSettings } from '../../../lib/follows/store.ts';
import { loadFollowViews } from '../../../lib/follows/views.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { lookupCase } from '../../../lib/store/meetings.ts';
import { municipalityKey } from '../../../lib/store/keys.ts';
import { fakeMeetingOf, startFakeFirstAgenda, type FakeServer } from '../../fake-firstagenda/server.ts';
import { byraadetAgenda, byraadetMinutes, daysFrom, FOLLOWED_CASE, oekonomiAgenda, teknikAgenda } from '../../fixtures/follows/sagsby-meetings.ts';
import { freshDb } from '../store-helpers.ts';
import { checkerDeps, Clock } from './helpers.ts';

const NOW = new Date('2026-05-04T08:00:00.000Z');
const LIST = '/api/agenda/udvalgsliste';

function caseTarget(origin: string, caseNumber = FOLLOWED_CASE): FollowTarget {
  return { kind: 'case', municipalityKey: municipalityKey(origin), municipality: null, portal: origin, caseNumber };
}

describe('checking followed portals', () => {
  let db: SagssporDB;
  let clock: Clock;
  let server: FakeServer;
  let servers: FakeServer[];

  beforeEach(async () => {
    db = freshDb();
    clock = new Clock(NOW);
    server = await startFakeFirstAgenda([fakeMeetingOf(oekonomiAgenda(daysFrom(NOW, -10)))]);
    servers = [server];
  });
  afterEach(async () => {
    for (const s of servers) await s.close();
  });

  it('takes the portal as it is when followed, then tells of a newly published agenda with the followed case, once, with a deep link', async () => {
    const { follow } = await addFollow(db, caseTarget(server.origin), null, clock.now());
    const { deps } = checkerDeps(clock);

    // The first check lists the portal: the Økonomiudvalg's agenda with the case was there before the follow.
    await checkFollows(db, 'baseline', deps);
    expect(await listNews(db)).toEqual([]);
    expect(server.requests).toEqual([LIST]);

    const agenda = fakeMeetingOf(byraadetAgenda(daysFrom(NOW, 7)));
    server.publish(agenda);
    clock.advance(6 * 3_600_000);
    await checkFollows(db, 'scheduled', deps);

    const news = await listNews(db);
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ followId: follow.id, itemNumber: 3, title: 'Plejeboliger på Lærkevej - udvidelse med 24 boliger', meetingKind: 'dagsorden', committee: 'Byrådet', unread: 1, change: 'new', caseNumbers: [FOLLOWED_CASE] });
    expect(news[0]!.link).toMatch(new RegExp(`^${server.origin}/vis\\?Dagsorden-Byraadet-d\\.\\d\\d-\\d\\d-2026-kl\\.17\\.00&id=${agenda.id}#sagsspor-item=3$`));
    // The meeting is read into the store: the case's trail has grown.
    expect((await lookupCase(db, municipalityKey(server.origin), FOLLOWED_CASE)).map((i) => i.meetingCommittee)).toEqual(['Byrådet']);
    // The follow shows the result of its last check.
    expect((await getFollow(db, follow.id))!.lastCheck).toMatchObject({ status: 'ok', newCount: 1, error: null, at: clock.now().toISOString() });

    // A second check finds nothing new: no second entry, and only the list is asked for.
    const before = server.requests.length;
    clock.advance(6 * 3_600_000);
    await checkFollows(db, 'scheduled', deps);
    expect(await listNews(db)).toHaveLength(1);
    expect(server.requests.slice(before)).toEqual([LIST]);
    expect((await getFollow(db, follow.id))!.lastCheck).toMatchObject({ status: 'ok', newCount: 0 });
  });

  it('an agenda that comes as minutes updates its entry: now with the decision, unread again', async () => {
    await addFollow(db, caseTarget(server.origin), null, clock.now());
    const { deps } = checkerDeps(clock);
    await checkFollows(db, 'baseline', deps);
    const date = daysFrom(NOW, -1);
    server.publish(fakeMeetingOf(byraadetAgenda(date)));
    await checkFollows(db, 'manual', deps);
    const [entry] = await listNews(db);
    await db.news.update(entry!.id, { unread: 0, readAt: clock.now().toISOString() });

    // The portal now lists the same meeting as minutes.
    server.publish(fakeMeetingOf(byraadetMinutes(date)));
    clock.advance(3_600_000);
    await checkFollows(db, 'manual', deps);
    const news = await listNews(db);
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ id: entry!.id, change: 'decision', meetingKind: 'referat', outcome: 'approved', decision: 'Godkendt.', unread: 1, readAt: null });
    expect(news[0]!.link).toMatch(/\/vis\?Referat-Byraadet-.*#sagsspor-item=3$/);
    // The store has the minutes now (they replace the agenda).
    const [item] = await lookupCase(db, municipalityKey(server.origin), FOLLOWED_CASE);
    expect(item).toMatchObject({ decision: 'Godkendt.', outcome: 'approved' });
  });

  it('a committee is told of its new meeting; a search of the words in any followed municipality, within its outcomes', async () => {
    const origin = server.origin;
    const key = municipalityKey(origin);
    const committee = await addFollow(db, { kind: 'committee', municipalityKey: key, municipality: null, portal: origin, committee: 'Teknik- og Miljøudvalget', committeeId: null }, null, clock.now());
    const search = await addFollow(db, { kind: 'search', municipalityKey: null, municipality: null, portal: null, words: 'vejbelysning', outcomes: [] }, null, clock.now());
    const approvedOnly = await addFollow(db, { kind: 'search', municipalityKey: key, municipality: null, portal: origin, words: 'lærkevej', outcomes: ['approved'] }, null, clock.now());
    const { deps } = checkerDeps(clock);
    await checkFollows(db, 'baseline', deps);

    const date = daysFrom(NOW, 3);
    server.publish(fakeMeetingOf(teknikAgenda(date)));
    server.publish(fakeMeetingOf(byraadetAgenda(date)));
    await checkFollows(db, 'scheduled', { ...deps, now: () => new Date(NOW.getTime() + 6 * 3_600_000) });
    const news = await listNews(db);
    const of = (id: string) => news.filter((n) => n.followId === id).map((n) => [n.committee, n.itemNumber, n.title]);
    expect(of(committee.follow.id)).toEqual([['Teknik- og Miljøudvalget', null, 'Teknik- og Miljøudvalget']]);
    expect(of(search.follow.id)).toEqual([['Teknik- og Miljøudvalget', 2, 'Vejbelysning i Nørreby - udskiftning til LED']]);
    // The agenda has no decision yet: a search for approved items waits for the minutes.
    expect(of(approvedOnly.follow.id)).toEqual([]);

    server.publish(fakeMeetingOf(byraadetMinutes(date)));
    await checkFollows(db, 'scheduled', { ...deps, now: () => new Date(NOW.getTime() + 12 * 3_600_000) });
    expect((await listNews(db)).filter((n) => n.followId === approvedOnly.follow.id).map((n) => [n.itemNumber, n.outcome, n.change])).toEqual([[3, 'approved', 'new']]);
    // A search over all followed municipalities gets its result when the run ends.
    expect((await getFollow(db, search.follow.id))!.lastCheck).toMatchObject({ status: 'ok', newCount: 0 });
  });

  it('asks one thing at a time, with the pause between requests', async () => {
    await addFollow(db, caseTarget(server.origin), null, clock.now());
    const { deps, sleeps } = checkerDeps(clock, { pauseMs: 1500 });
    await checkFollows(db, 'baseline', deps);
    server.publish(fakeMeetingOf(byraadetAgenda(daysFrom(NOW, 7))));
    server.publish(fakeMeetingOf(teknikAgenda(daysFrom(NOW, 8))));
    await checkFollows(db, 'manual', deps);
    expect(server.maxInFlight()).toBe(1);
    // Three requests in the second run (list + two agendas): a pause before each but the first of each run.
    expect(server.requests).toHaveLength(4);
    expect(sleeps).toEqual([1500, 1500]);
  });

  it('honours Retry-After: waits a short one out, and leaves the portal alone for a long one, saying why', async () => {
    const { follow } = await addFollow(db, caseTarget(server.origin), null, clock.now());
    const { deps, sleeps } = checkerDeps(clock);
    server.setFault(LIST, { kind: 'status', status: 503, times: 1, retryAfter: '3' });
    await checkFollows(db, 'baseline', deps);
    expect(sleeps).toEqual([3000]);
    expect((await loadPortalState(db, server.origin)).baselineAt).not.toBeNull();

    server.setFault(LIST, { kind: 'status', status: 429, retryAfter: '7200' });
    const asked = server.requests.length;
    await checkFollows(db, 'scheduled', deps);
    expect(server.requests.length - asked).toBe(1); // not tried again within the run: two hours is too long to wait
    const state = await loadPortalState(db, server.origin);
    expect(state).toMatchObject({ retryReason: 'server', retryAt: new Date(NOW.getTime() + 7_200_000).toISOString() });
    const [view] = await loadFollowViews(db, ['*://*/*'], clock.now());
    expect(view).toMatchObject({ waitUntil: state.retryAt, lastCheck: { status: 'failed', error: { code: 'busy', portal: server.origin } } });

    // Neither a scheduled check nor "Tjek nu" asks again before then.
    clock.advance(3_600_000);
    await checkFollows(db, 'scheduled', deps);
    await checkFollows(db, 'manual', deps);
    expect(server.requests.length - asked).toBe(1);
    server.setFault(LIST, null);
    clock.advance(2 * 3_600_000);
    await checkFollows(db, 'scheduled', deps);
    expect(server.requests.length - asked).toBe(2);
    expect((await getFollow(db, follow.id))!.lastCheck).toMatchObject({ status: 'ok' });
  });

  it('backs off on failures: retries a server error a little, then asks later and later, and says so after three checks in a row', async () => {
    const { follow } = await addFollow(db, caseTarget(server.origin), null, clock.now());
    const { deps, sleeps } = checkerDeps(clock);
    await checkFollows(db, 'baseline', deps);
    server.setFault(LIST, { kind: 'status', status: 500 });

    await checkFollows(db, 'scheduled', deps);
    expect(sleeps).toEqual([2000, 4000]); // two tries more, a growing pause
    let state = await loadPortalState(db, server.origin);
    expect(state).toMatchObject({ failuresInARow: 1, retryReason: 'backoff', lastCheck: { status: 'failed', error: { code: 'server' } } });
    expect(Date.parse(state.retryAt!) - clock.now().getTime()).toBe(6 * 3_600_000);

    clock.advance(6 * 3_600_000);
    await checkFollows(db, 'scheduled', deps);
    state = await loadPortalState(db, server.origin);
    expect(state.failuresInARow).toBe(2);
    expect(Date.parse(state.retryAt!) - clock.now().getTime()).toBe(12 * 3_600_000);
    // The next scheduled check skips the portal: it backs off.
    const asked = server.requests.length;
    clock.advance(6 * 3_600_000);
    await checkFollows(db, 'scheduled', deps);
    expect(server.requests.length).toBe(asked);
    // "Tjek nu" does not wait out the back-off.
    await checkFollows(db, 'manual', deps);
    expect(server.requests.length).toBe(asked + 3);
    const [view] = await loadFollowViews(db, ['*://*/*'], clock.now());
    expect(view).toMatchObject({ id: follow.id, failuresInARow: 3, lastCheck: { status: 'failed', error: { code: 'server', detail: 'HTTP 500 after 3 tries' } } });

    server.setFault(LIST, null);
    await checkFollows(db, 'manual', deps);
    expect((await loadPortalState(db, server.origin))).toMatchObject({ failuresInARow: 0, retryAt: null });

    // Unfollowed, the portal's state is forgotten by the next check.
    await removeFollow(db, follow.id);
    await checkFollows(db, 'manual', deps);
    expect((await loadPortalState(db, server.origin)).baselineAt).toBeNull();
  });

  it('a portal that is not FirstAgenda, and one that does not answer, fail in their own words', async () => {
    const { follow } = await addFollow(db, caseTarget(server.origin), null, clock.now());
    server.setFault(LIST, { kind: 'status', status: 404 });
    await checkFollows(db, 'baseline', checkerDeps(clock).deps);
    expect((await getFollow(db, follow.id))!.lastCheck!.error).toMatchObject({ code: 'not-portal', detail: 'HTTP 404' });
    server.setFault(LIST, { kind: 'hang' });
    await checkFollows(db, 'manual', checkerDeps(clock, { timeoutMs: 300 }).deps);
    expect((await getFollow(db, follow.id))!.lastCheck!.error).toMatchObject({ code: 'timeout' });
  });

  it('without the host permission it asks nothing and says so, without counting it against the portal', async () => {
    const { follow } = await addFollow(db, caseTarget(server.origin), null, clock.now());
    await checkFollows(db, 'baseline', checkerDeps(clock, { hasAccess: async () => false }).deps);
    expect(server.requests).toEqual([]);
    expect((await getFollow(db, follow.id))!.lastCheck).toMatchObject({ status: 'failed', error: { code: 'permission' } });
    expect((await loadPortalState(db, server.origin)).failuresInARow).toBe(0);
    const [view] = await loadFollowViews(db, ['https://dagsordener.lejre.dk/*'], clock.now());
    expect(view!.access).toBe('missing');
  });

  it('a run whose service worker stopped is continued by the next one from the store, without asking again what was done', async () => {
    const second = await startFakeFirstAgenda([]);
    servers.push(second);
    await addFollow(db, caseTarget(server.origin), null, clock.now());
    await addFollow(db, caseTarget(second.origin), null, clock.now());
    await checkFollows(db, 'baseline', checkerDeps(clock).deps);
    server.publish(fakeMeetingOf(byraadetAgenda(daysFrom(NOW, 7))));
    second.publish(fakeMeetingOf(byraadetAgenda(daysFrom(NOW, 8))));

    // The first worker reads the first portal and stops (never answers) while asking the second.
    const [first, other] = [server.origin, second.origin].sort();
    const stopped: Promise<never> = new Promise(() => undefined);
    const dying = checkerDeps(clock, {
      runnerId: 'worker-1',
      fetch: (url, init) => (url.startsWith(other!) ? stopped : fetch(url, init)),
    }).deps;
    await startRun(db, 'manual', dying);
    void continueRun(db, dying);
    await waitFor(async () => (await loadRun(db))!.done.includes(first!));
    const asked = new Map([[first, (first === server.origin ? server : second).requests.length]]);

    // A new worker over the same store: the run is someone else's while its lease is fresh …
    const next = checkerDeps(clock, { runnerId: 'worker-2' }).deps;
    expect((await continueRun(db, next))!.finishedAt).toBeNull();
    // … and is taken over when it is not.
    clock.advance(4 * 60_000);
    const run = await continueRun(db, next);
    expect(run!.finishedAt).not.toBeNull();
    expect(run!.done.sort()).toEqual([first, other].sort());
    expect((first === server.origin ? server : second).requests.length).toBe(asked.get(first));
    expect((await listNews(db)).map((n) => n.municipalityKey).sort()).toEqual([municipalityKey(server.origin), municipalityKey(second.origin)].sort());
  });

  it('a portal followed while a check runs is listed by that check', async () => {
    const second = await startFakeFirstAgenda([]);
    servers.push(second);
    await addFollow(db, caseTarget(server.origin), null, clock.now());
    const { deps } = checkerDeps(clock);
    expect((await startRun(db, 'manual', deps)).started).toBe(true);
    await addFollow(db, caseTarget(second.origin), null, clock.now());
    const joined = await startRun(db, 'baseline', deps, [second.origin]);
    expect(joined.started).toBe(false);
    expect(joined.run!.queue).toEqual([server.origin, second.origin]);
    const run = await continueRun(db, deps);
    expect(run!.done).toEqual([server.origin, second.origin]);
    expect(second.requests).toEqual([LIST]);
    expect((await loadPortalState(db, second.origin)).baselineAt).not.toBeNull();
  });

  it('the interval is the settings\', never under an hour', async () => {
    await expect(saveFollowSettings(db, { intervalHours: 0 })).rejects.toThrow();
    expect((await saveFollowSettings(db, { intervalHours: 12 })).intervalHours).toBe(12);
  });

  it('a 429 without Retry-After leaves the portal alone for a while', async () => {
    await addFollow(db, caseTarget(server.origin), null, clock.now());
    server.setFault(LIST, { kind: 'status', status: 429 });
    await checkFollows(db, 'baseline', checkerDeps(clock).deps);
    expect(Date.parse((await loadPortalState(db, server.origin)).retryAt!) - clock.now().getTime()).toBe(DEFAULT_BUSY_MS);
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('condition not met');
}
