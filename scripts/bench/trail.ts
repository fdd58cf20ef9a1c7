/**
 * Case-trail benchmark.
 *
 * - `relatedLookupMs`: one "same case elsewhere" lookup (the `related-items` handler: index
 *   query, row validation, meetings for the links) with 100,000 stored items; target ≤ 5 ms.
 *   Also `pageTrailMs`: the one-message-per-page variant for a 50-item page.
 * - `indexMeetingsPerSec`: the archive indexer against the local fake FirstAgenda portal
 *   (test/fake-firstagenda/server.ts) with pause 0: HTTP, validation, HTML → text, parsing,
 *   storing. A real portal adds its own latency and our polite pause.
 *
 * Node on fake-indexeddb (in memory): figures show our code and indexes, not a browser's disk.
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import type { Bench, BenchOptions, SectionResult } from '../bench.ts';
import { SagssporDB } from '../../lib/store/db.ts';
import { meetingRows, type MeetingRows } from '../../lib/store/tables/meetings.ts';
import { pageTrail, relatedForCase } from '../../lib/store/trail.ts';
import type { StoredItemFields } from '../../lib/store/tables/items.ts';
import type { Meeting, Outcome } from '../../lib/model.ts';
import { createArchiveJob, runArchiveJob } from '../../lib/systems/firstagenda/archive/indexer.ts';
import { fakeMeetingFrom, seedMeeting, startFakeFirstAgenda, type FakeMeeting } from '../../test/fake-firstagenda/server.ts';

const MEETINGS = 2_000;
const ITEMS_PER_MEETING = 50;
/** Each case number is treated in about this many meetings (a case's trail). */
const TREATMENTS_PER_CASE = 4;
const COMMITTEES = ['Økonomiudvalget', 'Byrådet', 'Børne- og Ungeudvalget', 'Teknik- og Miljøudvalget', 'Social- og Sundhedsudvalget'];
const OUTCOMES: Outcome[] = ['approved', 'recommended', 'noted', 'rejected', 'postponed', 'discussed'];

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
}

function caseOf(meeting: number, item: number): string {
  // Meetings m, m+1, …, m+TREATMENTS-1 share their case numbers (a case moving through committees).
  const serial = Math.floor(meeting / TREATMENTS_PER_CASE) * ITEMS_PER_MEETING + item;
  return `24-${String(serial).padStart(6, '0')}`;
}

async function fill(db: SagssporDB): Promise<void> {
  for (let m = 0; m < MEETINGS; m += 100) {
    const batch: MeetingRows[] = [];
    for (let k = m; k < Math.min(MEETINGS, m + 100); k++) {
      const date = new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
      const items: StoredItemFields[] = [];
      for (let i = 1; i <= ITEMS_PER_MEETING; i++) {
        const c = caseOf(k, i);
        items.push({
          number: i, title: `Punkt ${i} om budget`, closed: false, committees: [], caseNumbers: [c], decision: 'Godkendt.', outcome: OUTCOMES[(k + i) % OUTCOMES.length]!,
          absent: [], sections: ['Beslutning'], attachments: [], history: [], cases: [{ raw: c, format: 'yy-serial', normalized: c, confidence: 'labelled', index: 0 }],
          decisionLabel: null, attachmentDetails: [], references: [],
        });
      }
      batch.push(meetingRows({ url: `https://dagsordener.lejre.dk/vis?m=${k}`, municipality: 'Lejre', source: 'bench', kind: 'referat', committee: COMMITTEES[k % COMMITTEES.length]!, date, time: '16:00', location: null, participants: [], absent: [], warnings: [], seenAt: '2024-01-01T00:00:00.000Z' }, items));
    }
    await db.transaction('rw', [db.meetings, db.items, db.crossReferences], async () => {
      await db.meetings.bulkPut(batch.map((b) => b.meeting));
      await db.items.bulkPut(batch.flatMap((b) => b.items));
    });
  }
}

/** A portal of `count` meetings: the seeds again and again, each copy another day. */
function portalMeetings(count: number): FakeMeeting[] {
  const seeds = ['000_eae494ec270a50b3', '001_3abba9a295665ced', '002_0abf47018edcb002', '003_ba268f17f18e87f4', '004_b54dbf9149e77cfb'].map((n) => [n, seedMeeting(n)] as const);
  const out: FakeMeeting[] = [];
  for (let i = 0; i < count; i++) {
    const [name, m] = seeds[i % seeds.length]!;
    const date = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    out.push(fakeMeetingFrom({ ...m, date } as Meeting, `${name}#${i}`));
  }
  return out;
}

export interface TrailBenchResult {
  items: number;
  relatedLookupMs: number;
  relatedLookupP95Ms: number;
  pageTrailMs: number;
  indexMeetingsPerSec: number;
  indexedMeetings: number;
  indexedItems: number;
  indexSeconds: number;
}

export async function benchTrail(options: Pick<BenchOptions, 'quick' | 'log'>): Promise<TrailBenchResult> {
  const db = new SagssporDB(`sagsspor-bench-trail-${Date.now()}`);
  options.log(`trail: filling ${MEETINGS * ITEMS_PER_MEETING} items …`);
  await fill(db);
  const items = await db.items.count();

  const lookups = options.quick ? 100 : 300;
  const times: number[] = [];
  for (let n = 0; n < lookups + 20; n++) {
    const k = (n * 7919) % MEETINGS;
    const i = 1 + ((n * 31) % ITEMS_PER_MEETING);
    const date = new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    const start = performance.now();
    const r = await relatedForCase(db, {
      municipality: 'Lejre',
      url: `https://dagsordener.lejre.dk/vis?m=${k}`,
      caseNumber: caseOf(k, i),
      current: { meeting: { municipality: 'Lejre', committee: COMMITTEES[k % COMMITTEES.length]!, date, kind: 'referat' }, itemNumber: i },
    });
    const ms = performance.now() - start;
    if (r.items.length === 0) throw new Error('bench: a lookup found nothing');
    if (n >= 20) times.push(ms); // the first ones warm up
  }

  const pageTimes: number[] = [];
  for (let n = 0; n < (options.quick ? 10 : 40); n++) {
    const k = (n * 104729) % MEETINGS;
    const date = new Date(Date.UTC(2020, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    const page = Array.from({ length: ITEMS_PER_MEETING }, (_, j) => ({ number: j + 1, caseNumbers: [caseOf(k, j + 1)] }));
    const start = performance.now();
    await pageTrail(db, { url: `https://dagsordener.lejre.dk/vis?m=${k}`, meeting: { municipality: 'Lejre', committee: COMMITTEES[k % COMMITTEES.length]!, date, kind: 'referat' }, items: page });
    pageTimes.push(performance.now() - start);
  }
  db.close();

  const count = options.quick ? 30 : 100;
  options.log(`trail: indexing ${count} meetings from the fake portal (pause 0) …`);
  const server = await startFakeFirstAgenda(portalMeetings(count));
  const idb = new SagssporDB(`sagsspor-bench-index-${Date.now()}`);
  try {
    await createArchiveJob(idb, { origin: server.origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0 });
    const start = performance.now();
    const job = await runArchiveJob(idb, server.origin, { fetch: (url, init) => fetch(url, init) });
    const seconds = (performance.now() - start) / 1000;
    if (job.failed.length > 0) throw new Error(`bench: ${job.failed.length} meetings failed: ${job.errors[0]?.message}`);
    return {
      items,
      relatedLookupMs: quantile(times, 0.5),
      relatedLookupP95Ms: quantile(times, 0.95),
      pageTrailMs: quantile(pageTimes, 0.5),
      indexMeetingsPerSec: job.indexed / seconds,
      indexedMeetings: job.indexed,
      indexedItems: await idb.items.count(),
      indexSeconds: seconds,
    };
  } finally {
    idb.close();
    await server.close();
  }
}

const fmt = (v: number, d = 2) => v.toFixed(d);

export const trailBench: Bench = {
  name: 'trail',
  async run(options: BenchOptions): Promise<SectionResult> {
    const r = await benchTrail(options);
    return {
      summary: { relatedLookupMs: r.relatedLookupMs, indexMeetingsPerSec: r.indexMeetingsPerSec },
      details: r,
      tables: [
        {
          title: `Case trail (fake-indexeddb in Node: ${r.items} items; fake portal on 127.0.0.1)`,
          header: ['', 'value', 'target'],
          rows: [
            ['related lookup, median ms (relatedLookupMs)', fmt(r.relatedLookupMs), '≤ 5'],
            ['related lookup, p95 ms', fmt(r.relatedLookupP95Ms), ''],
            ['page trail for a 50-item page, median ms', fmt(r.pageTrailMs), ''],
            [`archive indexing, meetings/s (indexMeetingsPerSec; ${r.indexedMeetings} meetings, ${r.indexedItems} items)`, fmt(r.indexMeetingsPerSec, 1), ''],
          ],
        },
      ],
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchTrail({ quick: process.argv.includes('--quick'), log: (m) => console.error(m) })));
}
