/**
 * Store benchmark: 100,000 stored items and 10,000 bookmarks; how long a case-number lookup
 * (target ≤ 5 ms) and a popup search (target ≤ 50 ms) take. Runs in Node on fake-indexeddb,
 * an in-memory IndexedDB: figures show the cost of our code and indexes, not of a browser's
 * IndexedDB on disk.
 *
 *   node --experimental-strip-types --no-warnings scripts/bench/store.ts
 */
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { SagssporDB } from '../../lib/store/db.ts';
import { bookmarkRow, listBookmarks } from '../../lib/store/bookmarks.ts';
import { lookupCase, meetingRows } from '../../lib/store/meetings.ts';
import { municipalityKey } from '../../lib/store/keys.ts';
import { BookmarkSearch } from '../../lib/store/search.ts';
import type { BookmarkRow, NoteRow, StoredItemFields } from '../../lib/store/schemas.ts';
import type { Outcome } from '../../lib/model.ts';

export interface StoreBenchResult {
  backend: string;
  items: number;
  bookmarks: number;
  /** Median time of one case-number lookup (index query + validation of the rows found). */
  caseLookupMs: number;
  caseLookupP95Ms: number;
  /** Median time of one popup search (text query + filters) over all bookmarks. */
  searchMs: number;
  searchP95Ms: number;
  /** Building the popup's search index once, when the popup opens. */
  searchIndexMs: number;
  /** Reading and validating all bookmarks with their notes, when the popup opens. */
  listBookmarksMs: number;
  setupMs: number;
}

const MEETINGS = 2_000;
const ITEMS_PER_MEETING = 50;
const BOOKMARKS = 10_000;
const MUNICIPALITIES = ['Lejre', 'Kalundborg', 'Ikast-Brande', 'Aarhus', 'Roskilde', 'Viborg', 'Odense', 'Herning'];
const COMMITTEES = ['Økonomiudvalget', 'Byrådet', 'Børne- og Ungeudvalget', 'Teknik- og Miljøudvalget', 'Social- og Sundhedsudvalget'];
const WORDS = ['budget', 'skole', 'høring', 'lokalplan', 'vej', 'daginstitution', 'ældrepleje', 'klima', 'anlæg', 'tilskud', 'udbud', 'regnskab', 'kollektiv', 'trafik', 'bibliotek', 'idræt', 'sundhed', 'beskæftigelse', 'affald', 'vand'];
const OUTCOMES: Outcome[] = ['approved', 'recommended', 'noted', 'rejected', 'postponed', 'discussed'];

/** A small deterministic random number generator, so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)] ?? 0;
}
const round = (n: number) => Math.round(n * 1000) / 1000;

export async function benchStore(): Promise<StoreBenchResult> {
  const random = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const db = new SagssporDB(`sagsspor-bench-${Date.now()}`);
  const t0 = performance.now();

  const caseNumbers: { municipality: string; caseNumber: string }[] = [];
  const bookmarkRows: BookmarkRow[] = [];
  const notes: NoteRow[] = [];
  let serial = 0;
  const batch: ReturnType<typeof meetingRows>[] = [];
  for (let m = 0; m < MEETINGS; m++) {
    const municipality = MUNICIPALITIES[m % MUNICIPALITIES.length]!;
    const day = new Date(Date.UTC(2018, 0, 1) + m * 86_400_000); // one meeting a day: ids never collide
    const year = day.getUTCFullYear();
    const date = day.toISOString().slice(0, 10);
    const committee = COMMITTEES[Math.floor(m / MUNICIPALITIES.length) % COMMITTEES.length]!;
    const url = `https://${municipality.toLowerCase()}.dk/politik/moede/${m}`;
    const items: StoredItemFields[] = [];
    for (let n = 1; n <= ITEMS_PER_MEETING; n++) {
      serial++;
      // A case comes back in several meetings: every 4th item reuses an earlier case number.
      const caseNumber = n % 4 === 0 && serial > 1000 ? `${String(year % 100).padStart(2, '0')}-${String(serial - 1000).padStart(6, '0')}` : `${String(year % 100).padStart(2, '0')}-${String(serial).padStart(6, '0')}`;
      const outcome = pick(OUTCOMES);
      items.push({
        number: n,
        title: `${sentence(3)} ${n}`,
        closed: false,
        committees: [],
        caseNumbers: [caseNumber],
        decision: `${sentence(12)}.`,
        outcome,
        absent: [],
        sections: ['Resumé', 'Indstilling', 'Beslutning'],
        attachments: [],
        history: [],
        cases: [{ raw: caseNumber, format: 'yy-serial', normalized: caseNumber, confidence: 'labelled', index: 0 }],
        decisionLabel: null,
        attachmentDetails: [],
        references: [],
      });
      // The store files a meeting under its site (identity by host): look the case up by that key.
      if (n % 7 === 0) caseNumbers.push({ municipality: municipalityKey(url), caseNumber });
      if (bookmarkRows.length < BOOKMARKS && n % 10 === 0) {
        const text = items[items.length - 1]!.decision ?? '';
        const row = bookmarkRow({
          id: `bm-${serial}`,
          url,
          municipality,
          meetingDate: date,
          meetingCommittee: committee,
          meetingKind: 'referat',
          itemNumber: n,
          itemCommittees: [],
          title: items[items.length - 1]!.title,
          decision: text,
          outcome,
          caseNumbers: [caseNumber],
          anchor: { exact: text.slice(0, 40), prefix: 'Beslutning ', suffix: '', position: { start: 100, end: 140 } },
          tags: random() < 0.5 ? [pick(['Budget', 'Skole', 'Klima', 'Følg op', 'Høring'])] : [],
          createdAt: new Date(Date.UTC(year, 0, 1 + (serial % 300))).toISOString(),
          updatedAt: new Date(Date.UTC(year, 0, 1 + (serial % 300))).toISOString(),
          foundAt: null,
          missingSince: null,
        });
        bookmarkRows.push(row);
        if (random() < 0.3) notes.push({ bookmarkId: row.id, text: `Husk ${sentence(6)}`, updatedAt: row.updatedAt });
      }
    }
    batch.push(meetingRows(
      { url, municipality, source: url, kind: 'referat', committee, date, time: '16:00', location: null, participants: [], absent: [], warnings: [], seenAt: new Date(Date.UTC(year, 0, 1)).toISOString() },
      items,
    ));
    if (batch.length === 100 || m === MEETINGS - 1) {
      await db.transaction('rw', [db.meetings, db.items, db.crossReferences], async () => {
        await db.meetings.bulkPut(batch.map((b) => b.meeting));
        await db.items.bulkPut(batch.flatMap((b) => b.items));
      });
      batch.length = 0;
    }
  }
  await db.bookmarks.bulkPut(bookmarkRows);
  await db.notes.bulkPut(notes);
  const setupMs = performance.now() - t0;

  // Case lookups: warm up, then measure.
  for (let i = 0; i < 20; i++) {
    const c = pick(caseNumbers);
    await lookupCase(db, c.municipality, c.caseNumber);
  }
  const lookupTimes: number[] = [];
  for (let i = 0; i < 300; i++) {
    const c = pick(caseNumbers);
    const start = performance.now();
    const hits = await lookupCase(db, c.municipality, c.caseNumber);
    lookupTimes.push(performance.now() - start);
    if (hits.length === 0) throw new Error(`bench: case ${c.caseNumber} not found`);
  }

  const listStart = performance.now();
  const views = await listBookmarks(db);
  const listBookmarksMs = performance.now() - listStart;
  if (views.length !== bookmarkRows.length) throw new Error('bench: bookmarks missing');

  const indexStart = performance.now();
  const search = new BookmarkSearch(views);
  const searchIndexMs = performance.now() - indexStart;

  const queries: [string, Parameters<BookmarkSearch['search']>[1]][] = [
    ['budget', {}],
    ['skole høring', {}],
    ['lokalpl', {}],
    ['ældrepleje', { outcome: 'approved' }],
    [caseNumbers[500]!.caseNumber, {}],
    ['klima', { tags: ['Klima'] }],
    ['', { committee: 'Byrådet', from: '2020-01-01', to: '2022-12-31' }],
    ['følg op', {}],
    ['trafikk', {}],
    ['vand affald', { from: '2024-01-01' }],
  ];
  for (const [q, f] of queries) search.search(q, f);
  const searchTimes: number[] = [];
  for (let round_ = 0; round_ < 10; round_++) {
    for (const [q, f] of queries) {
      const start = performance.now();
      search.search(q, f);
      searchTimes.push(performance.now() - start);
    }
  }
  const items = await db.items.count();
  db.close();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(db.name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });

  return {
    backend: 'Node + fake-indexeddb (in-memory; not a browser IndexedDB)',
    items,
    bookmarks: views.length,
    caseLookupMs: round(median(lookupTimes)),
    caseLookupP95Ms: round(p95(lookupTimes)),
    searchMs: round(median(searchTimes)),
    searchP95Ms: round(p95(searchTimes)),
    searchIndexMs: round(searchIndexMs),
    listBookmarksMs: round(listBookmarksMs),
    setupMs: Math.round(setupMs),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchStore();
  console.log(`store bench (${r.backend}): ${r.items} items, ${r.bookmarks} bookmarks`);
  console.log(`  caseLookupMs ${r.caseLookupMs} (p95 ${r.caseLookupP95Ms}; target ≤ 5)`);
  console.log(`  searchMs     ${r.searchMs} (p95 ${r.searchP95Ms}; target ≤ 50)`);
  console.log(`  searchIndexMs ${r.searchIndexMs}, listBookmarksMs ${r.listBookmarksMs}, setupMs ${r.setupMs}`);
}
