/**
 * Indexing a portal's archive through its JSON API, against a fake FirstAgenda portal on
 * 127.0.0.1 serving the Lejre seeds (and the recorded Hvidovre answer): one request at a time,
 * a pause between, errors recorded and skipped, the store never half-written, resume after a
 * stop.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Meeting } from '../../../../../lib/model.ts';
import type { SagssporDB } from '../../../../../lib/store/db.ts';
import { lookupCase, saveMeeting } from '../../../../../lib/store/meetings.ts';
import { createArchiveJob, fetchCommittees, planFromList, retryFailed, runArchiveJob, ArchiveBusyError, type ArchiveProgress } from '../../../../../lib/systems/firstagenda/archive/indexer.ts';
import { loadJob, saveJob } from '../../../../../lib/systems/firstagenda/archive/job.ts';
import { UdvalgslisteSchema, type FetchLike } from '../../../../../lib/systems/firstagenda/archive/api.ts';
import { describeShared } from '../../../../shared.ts';
import { fakeMeetingFrom, hvidovreMeeting, LEJRE_SEEDS, seedMeeting, startFakeFirstAgenda, udvalgsliste, type FakeMeeting, type FakeServer } from '../../../../fake-firstagenda/server.ts';
import { freshDb, snapshot } from '../../../store-helpers.ts';
import { municipalityKey } from '../../../../../lib/store/keys.ts';

const CASE = '24-002111';
const fetchImpl: FetchLike = (url, init) => fetch(url, init);
const noSleep = async () => undefined;

describeShared('archive indexer against a fake FirstAgenda portal', () => {
  let db: SagssporDB;
  let seeds: Map<string, Meeting>;
  let meetings: FakeMeeting[];
  let server: FakeServer | null = null;

  beforeEach(() => {
    db = freshDb();
    seeds = new Map(LEJRE_SEEDS.map((n) => [n, seedMeeting(n)]));
    meetings = [...LEJRE_SEEDS.map((n) => fakeMeetingFrom(seeds.get(n)!, n)), hvidovreMeeting()];
  });
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function start(faults: Parameters<typeof startFakeFirstAgenda>[1] = {}): Promise<FakeServer> {
    server = await startFakeFirstAgenda(meetings, faults);
    return server;
  }

  it('indexes every meeting, one request at a time with the pause between, and the case is found across meetings', async () => {
    const s = await start();
    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 1500 });
    const pauses: number[] = [];
    const progress: ArchiveProgress[] = [];
    const job = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: async (ms) => void pauses.push(ms), onProgress: (p) => progress.push(p) });

    expect(job.status).toBe('done');
    expect(job.indexed).toBe(meetings.length);
    expect(job.failed).toEqual([]);
    expect(s.maxInFlight()).toBe(1);
    expect(s.requests[0]).toBe('/api/agenda/udvalgsliste');
    expect([...s.requests].sort()).toEqual(['/api/agenda/udvalgsliste', ...meetings.map((m) => `/api/agenda/dagsorden/${m.id}`)].sort());
    expect(pauses).toEqual(Array(s.requests.length - 1).fill(1500));
    expect(progress.at(-1)).toMatchObject({ status: 'done', total: meetings.length, done: meetings.length });

    // The two Lejre minutes that treat the case are both found, with the decisions of the minutes.
    // The fake portal on 127.0.0.1 is not a known Lejre portal: its meetings are filed under its origin.
    const rows = await lookupCase(db, municipalityKey(s.origin), CASE);
    const expected = [...seeds.values()].flatMap((m) => m.items.filter((i) => i.caseNumbers.includes(CASE)).map((i) => ({ date: m.date, decision: i.decision, title: i.title })));
    expect(rows.map((r) => ({ date: r.meetingDate, decision: r.decision, title: r.title }))).toEqual(expected.sort((a, b) => b.date!.localeCompare(a.date!)));
    // Each is stored with the portal's page for that meeting, so deep links open it there.
    const stored = await db.meetings.get(rows[0]!.meetingId);
    expect(stored!.url.startsWith(`${s.origin}/vis?Referat-`)).toBe(true);
    // The recorded Hvidovre answer reads as its two items with their case number.
    const hvidovre = await lookupCase(db, municipalityKey(s.origin), '25/26257');
    expect(hvidovre.map((r) => r.title)).toEqual(['Godkendelse af dagsorden', 'Meddelelser']);
  });

  it('reads only the chosen committees and years', async () => {
    const s = await start();
    const committees = await fetchCommittees(fetchImpl, s.origin, { timeoutMs: 5000 });
    const first = seeds.get(LEJRE_SEEDS[0]!)!;
    const chosen = committees.find((c) => c.name === first.committee)!;
    expect(chosen.years.map((y) => y.year)).toContain(Number(first.date!.slice(0, 4)));
    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [chosen.id], years: [Number(first.date!.slice(0, 4))], pauseMs: 0 });
    const job = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(job.planned!.map((p) => [p.committee, p.date])).toEqual([[first.committee, first.date]]);
    expect((await db.meetings.toArray()).map((m) => m.date)).toEqual([first.date]);
  });

  it('records HTTP errors, malformed and wrong answers and timeouts, goes on, and never writes a broken meeting', async () => {
    const [bad500, badJson, badShape] = meetings;
    const hang = meetings[3]!;
    const s = await start({
      faults: {
        [`/api/agenda/dagsorden/${bad500!.id}`]: { kind: 'status', status: 500 },
        [`/api/agenda/dagsorden/${badJson!.id}`]: { kind: 'malformed' },
        [`/api/agenda/dagsorden/${badShape!.id}`]: { kind: 'wrong-shape' },
        [`/api/agenda/dagsorden/${hang.id}`]: { kind: 'hang' },
      },
    });
    // A meeting the user read on a page before: an indexing failure must leave it as it was.
    const visited = seeds.get(LEJRE_SEEDS[0]!)!;
    await saveMeeting(db, 'https://dagsordener.lejre.dk/vis?x', visited, new Date('2024-06-01T00:00:00Z'));
    const before = await snapshot(db);

    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0, timeoutMs: 400 });
    const job = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(job.status).toBe('done');
    expect(new Set(job.failed)).toEqual(new Set([bad500!.id, badJson!.id, badShape!.id, hang.id]));
    for (const kind of ['HTTP 500', 'not JSON', 'unexpected answer', 'no answer within']) expect(job.errors.some((e) => e.message.includes(kind))).toBe(true);
    expect(job.indexed).toBe(0);

    const after = await snapshot(db);
    const { archiveJobs: _a, ...restAfter } = after;
    const { archiveJobs: _b, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
  });

  it('a slow answer within the timeout is waited for', async () => {
    const s = await start({ faults: { [`/api/agenda/dagsorden/${meetings[0]!.id}`]: { kind: 'slow', ms: 150 } } });
    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0, timeoutMs: 5000 });
    const job = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(job.failed).toEqual([]);
    expect(job.indexed).toBe(meetings.length);
  });

  it('stops on cancel and resumes after a restart without asking for finished meetings again', async () => {
    const s = await start();
    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0 });
    const controller = new AbortController();
    const first = await runArchiveJob(db, s.origin, {
      fetch: fetchImpl,
      sleep: noSleep,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    expect(first.status).toBe('paused');
    expect(first.done).toHaveLength(2);
    const asked = new Set(s.requests.filter((p) => p.startsWith('/api/agenda/dagsorden/')));
    expect(asked.size).toBe(2);

    // "Restart": a new runner over the same database reads the job from the store.
    const resumed = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep, runnerId: 'after-restart' });
    expect(resumed.status).toBe('done');
    expect(resumed.indexed).toBe(meetings.length);
    const agendaRequests = s.requests.filter((p) => p.startsWith('/api/agenda/dagsorden/'));
    expect(agendaRequests).toHaveLength(meetings.length);
    expect(s.requests.filter((p) => p === '/api/agenda/udvalgsliste')).toHaveLength(1);
  });

  it('a job whose page was closed mid-run resumes; one still running elsewhere is left alone', async () => {
    const s = await start();
    const job = await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0 });
    await saveJob(db, { ...job, runner: { id: 'other-tab', at: new Date().toISOString() } });
    await expect(runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep })).rejects.toBeInstanceOf(ArchiveBusyError);
    await saveJob(db, { ...job, runner: { id: 'closed-tab', at: new Date(Date.now() - 3_600_000).toISOString() } });
    expect((await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep })).status).toBe('done');
  });

  it('pauses when the committee list fails, and continues on the next run; failed meetings can be retried', async () => {
    const s = await start({
      faults: {
        // Each fails on the first try and the three tries again after it (lib/net/polite-fetch.ts).
        '/api/agenda/udvalgsliste': { kind: 'status', status: 503, times: 4 },
        [`/api/agenda/dagsorden/${meetings[1]!.id}`]: { kind: 'status', status: 502, times: 4 },
      },
    });
    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0 });
    const firstRun = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(firstRun).toMatchObject({ status: 'paused', planned: null });
    expect(firstRun.errors[0]).toMatchObject({ meetingId: null, message: 'HTTP 503' });

    const second = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(second.status).toBe('done');
    expect(second.failed).toEqual([meetings[1]!.id]);
    await retryFailed(db, s.origin);
    const third = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(third.failed).toEqual([]);
    expect(third.indexed).toBe(meetings.length);
    expect((await loadJob(db, s.origin))!.status).toBe('done');
  });

  it('never replaces stored minutes with an agenda of the same meeting, and reads the minutes when the portal has both', async () => {
    const minutes = meetings[0]!;
    const agendaOnly: FakeMeeting = { ...minutes, id: 'agenda-of-same-day', navn: 'Dagsorden' };
    const list = UdvalgslisteSchema.parse(udvalgsliste([agendaOnly, minutes]));
    expect(planFromList('https://x.dk', list, [], []).map((p) => p.id)).toEqual([minutes.id]);

    meetings = [agendaOnly];
    const s = await start();
    const seed = seeds.get(LEJRE_SEEDS[0]!)!;
    // The minutes read from the same portal before (a meeting's identity is its site's).
    await saveMeeting(db, `${s.origin}/vis?referat`, seed);
    const before = await db.items.toArray();
    await createArchiveJob(db, { origin: s.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0 });
    const job = await runArchiveJob(db, s.origin, { fetch: fetchImpl, sleep: noSleep });
    expect(job).toMatchObject({ indexed: 0, skipped: 1 });
    expect(await db.items.toArray()).toEqual(before);
  });
});
