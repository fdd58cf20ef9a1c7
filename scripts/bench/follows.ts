/**
 * Follows benchmark: one check of 20 followed portals (fake FirstAgenda portals on 127.0.0.1)
 * that have published 50 new meetings in all since their first listing, with the politeness
 * pause set to 0. Each portal has a followed case and a followed committee; two saved searches
 * span every portal. The check lists each portal, reads and stores every new meeting, matches
 * it, and writes the news — everything a real check does but wait.
 *
 * - `followCheckMsPerMeeting`: the check's time ÷ the new meetings (median of the runs);
 * - `followCheckPeakMB`: the most JavaScript heap the check used above what was in use before
 *   it (sampled every few milliseconds; the largest over the runs).
 *
 * Node on fake-indexeddb (in memory): figures show our code, not a browser's disk or network.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Bench, BenchOptions, SectionResult } from '../bench.ts';
import { SagssporDB } from '../../lib/store/db.ts';
import { municipalityKey } from '../../lib/store/keys.ts';
import { checkFollows } from '../../lib/follows/checker.ts';
import { addFollow } from '../../lib/follows/store.ts';
import { fakeMeetingOf, startFakeFirstAgenda, type FakeServer, type MeetingSpec } from '../../test/fake-firstagenda/server.ts';

const PORTALS = 20;
const NEW_MEETINGS = 50;
const COMMITTEES = ['Byrådet', 'Økonomiudvalget', 'Teknik- og Miljøudvalget', 'Børne- og Ungeudvalget', 'Social- og Sundhedsudvalget'];
const TOPICS = ['Budgetopfølgning', 'Plejeboliger', 'Vejbelysning', 'Skolestruktur', 'Affaldsordning', 'Lokalplan', 'Klimaplan', 'Kollektiv trafik', 'Daginstitutioner', 'Idrætsfaciliteter'];

// bench.ts runs itself when imported: only its types come from there.
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A made-up agenda of `items` items; item 2 carries the portal's followed case. */
function spec(portal: number, n: number, date: string): MeetingSpec {
  const committee = COMMITTEES[(portal + n) % COMMITTEES.length]!;
  const items = Array.from({ length: 10 + ((portal + n) % 6) }, (_, i) => {
    const topic = TOPICS[(portal * 7 + n * 3 + i) % TOPICS.length]!;
    const caseNumber = i === 1 ? `25-${String(4700 + portal).padStart(6, '0')}` : `25-${String(10_000 + portal * 1000 + n * 50 + i).padStart(6, '0')}`;
    return {
      number: i + 1,
      title: `${topic} ${2026 + (i % 2)} - ${committee}`,
      caseNumber,
      sections: [
        { heading: 'Resume', text: `${topic}: administrationen forelægger sagen til behandling. Sagen har været drøftet i ${committee}.` },
        { heading: 'Indstilling', text: `Administrationen indstiller, at ${topic.toLowerCase()} godkendes som beskrevet i sagsfremstillingen, og at udgiften afholdes inden for rammen.` },
        { heading: 'Sagsfremstilling', text: `${topic} er en del af den politiske aftale. `.repeat(8).trim() },
      ],
    };
  });
  return { name: `bench/${portal}/${n}`, committee, date, time: '16:00', navn: 'Dagsorden', location: 'Rådhuset', items };
}

function gcIfPossible(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

interface RunResult {
  ms: number;
  peakBytes: number;
  meetings: number;
  entries: number;
}

async function oneRun(): Promise<RunResult> {
  const servers: FakeServer[] = [];
  const db = new SagssporDB(`sagsspor-bench-follows-${Date.now()}-${Math.random()}`);
  try {
    for (let p = 0; p < PORTALS; p++) servers.push(await startFakeFirstAgenda([fakeMeetingOf(spec(p, 0, day(-20)))]));
    const at = new Date();
    for (const [p, s] of servers.entries()) {
      const place = { municipalityKey: municipalityKey(s.origin), municipality: null, portal: s.origin };
      await addFollow(db, { kind: 'case', ...place, caseNumber: `25-${String(4700 + p).padStart(6, '0')}` }, null, at);
      await addFollow(db, { kind: 'committee', ...place, committee: COMMITTEES[p % COMMITTEES.length]!, committeeId: null }, null, at);
    }
    await addFollow(db, { kind: 'search', municipalityKey: null, municipality: null, portal: null, words: 'vejbelysning', outcomes: [] }, null, at);
    await addFollow(db, { kind: 'search', municipalityKey: null, municipality: null, portal: null, words: 'klimaplan godkendes', outcomes: [] }, null, at);
    const deps = { fetch: (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => fetch(url, init), hasAccess: async () => true, pauseMs: 0 };
    await checkFollows(db, 'baseline', deps);

    // 50 new meetings over the 20 portals (2 or 3 each).
    for (let m = 0; m < NEW_MEETINGS; m++) servers[m % PORTALS]!.publish(fakeMeetingOf(spec(m % PORTALS, 1 + Math.floor(m / PORTALS), day(1 + (m % 9)))));

    const gc = gcIfPossible();
    gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    const start = performance.now();
    const run = await checkFollows(db, 'manual', deps);
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (run === null || run.done.length !== PORTALS) throw new Error('bench: the check did not ask every portal');
    const stored = await db.meetings.count();
    if (stored !== NEW_MEETINGS) throw new Error(`bench: ${stored} meetings stored, not ${NEW_MEETINGS}`);
    const failed = (await db.follows.toArray()).filter((f) => f.lastCheck?.status === 'failed');
    if (failed.length > 0) throw new Error(`bench: ${failed.length} follows failed: ${failed[0]!.lastCheck!.error?.detail}`);
    return { ms, peakBytes: peak - before, meetings: NEW_MEETINGS, entries: await db.news.count() };
  } finally {
    db.close();
    for (const s of servers) await s.close();
  }
}

export interface FollowBenchResult {
  portals: number;
  newMeetings: number;
  newsEntries: number;
  followCheckMsPerMeeting: number;
  followCheckPeakMB: number;
  peakKBPerMeeting: number;
  runs: { ms: number; peakMB: number }[];
}

export async function benchFollows(options: Pick<BenchOptions, 'quick' | 'log'>): Promise<FollowBenchResult> {
  const runs: RunResult[] = [];
  const count = options.quick ? 1 : 3;
  for (let i = 0; i < count; i++) {
    options.log(`follows: check ${i + 1}/${count} of ${PORTALS} portals with ${NEW_MEETINGS} new meetings (pause 0) …`);
    runs.push(await oneRun());
  }
  const msPerMeeting = median(runs.map((r) => r.ms / r.meetings));
  const peakBytes = Math.max(...runs.map((r) => r.peakBytes));
  return {
    portals: PORTALS,
    newMeetings: NEW_MEETINGS,
    newsEntries: runs[0]!.entries,
    followCheckMsPerMeeting: msPerMeeting,
    followCheckPeakMB: peakBytes / 1_000_000,
    peakKBPerMeeting: peakBytes / 1000 / NEW_MEETINGS,
    runs: runs.map((r) => ({ ms: r.ms, peakMB: r.peakBytes / 1_000_000 })),
  };
}

const fmt = (v: number, d = 2) => v.toFixed(d);

export const followBench: Bench = {
  name: 'follows',
  async run(options: BenchOptions): Promise<SectionResult> {
    const r = await benchFollows(options);
    return {
      summary: { followCheckMsPerMeeting: r.followCheckMsPerMeeting, followCheckPeakMB: r.followCheckPeakMB },
      details: r,
      tables: [
        {
          title: `Follows: one check of ${r.portals} portals with ${r.newMeetings} new meetings (fake portals on 127.0.0.1, pause 0, fake-indexeddb)`,
          header: ['', 'value'],
          rows: [
            ['ms per new meeting (followCheckMsPerMeeting; median of runs)', fmt(r.followCheckMsPerMeeting)],
            ['peak heap above the start, MB (followCheckPeakMB)', fmt(r.followCheckPeakMB)],
            ['  the same per new meeting, KB', fmt(r.peakKBPerMeeting, 1)],
            ['news entries made', String(r.newsEntries)],
          ],
        },
      ],
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchFollows({ quick: process.argv.includes('--quick'), log: (m) => console.error(m) })));
}
