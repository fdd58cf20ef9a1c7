/**
 * `npm run bench` — performance figures, as a table or (`-- --json`) as ONE JSON object on stdout.
 *
 *   npm run bench                    table
 *   npm run bench -- --json          {"parseMBps":…, "parseVsBaseline":…, "adversarialMsPerMB":…, …}
 *   npm run bench -- --quick         fewer, shorter samples (a smoke run, not for comparing)
 *   npm run bench -- --only=parser   one section
 *
 * Each benchmark is a section (BENCHES below): it returns headline figures, which go to the top
 * level of the JSON object, plus details and tables. Store lookups or PDF pages/s are added as
 * further sections without touching the rest.
 *
 * 1 MB = 1,000,000 bytes of UTF-8. Timings are medians of several samples after a warm-up, so
 * that a noisy, shared 2-core machine gives stable figures; the parser is also compared with a
 * baseline measured in the same run (one case-number regex over each line), which cancels most
 * of the machine's speed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseText } from '../lib/parser/index.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SEEDS_DIR = join(REPO, '..', 'shared', 'seeds');
const MB = 1_000_000;

// ---------------------------------------------------------------- harness

export interface BenchOptions {
  quick: boolean;
  /** Progress goes to stderr, so stdout stays one JSON object under --json. */
  log(message: string): void;
}

export interface Table {
  title: string;
  header: string[];
  rows: string[][];
  notes?: string[];
}

export interface SectionResult {
  /** Headline figures, merged into the top level of the JSON output. */
  summary: Record<string, number | null>;
  details: unknown;
  tables: Table[];
}

export interface Bench {
  name: string;
  run(options: BenchOptions): Promise<SectionResult>;
}

export interface Timing {
  medianMs: number;
  samplesMs: number[];
}

/** Work done inside timed loops lands here, so the engine cannot drop it as unused. */
let sink = 0;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds per call of fn, averaged over as many calls as fit in minMs (at least one). */
function timeOnce(fn: () => void, minMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls += 1;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

/**
 * Warm up every function, then take samples round-robin (a, b, a, b …) so that a burst of load
 * from a neighbour hits all of them alike; report each one's median.
 */
export function measureTogether(fns: (() => void)[], warmupMs: number, samples: number, minSampleMs: number): Timing[] {
  for (const fn of fns) timeOnce(fn, warmupMs);
  const taken: number[][] = fns.map(() => []);
  for (let i = 0; i < samples; i++) fns.forEach((fn, j) => taken[j]!.push(timeOnce(fn, minSampleMs)));
  return taken.map((samplesMs) => ({ medianMs: median(samplesMs), samplesMs }));
}

const fmt = (value: number | null, digits = 1): string => (value === null ? '—' : value.toFixed(digits));

// ---------------------------------------------------------------- parser section

interface Input {
  name: string;
  text: string;
  bytes: number;
}

function readSeeds(): Input[] {
  if (!existsSync(SEEDS_DIR)) {
    console.error(`bench: the seeds are missing: expected ../shared/seeds beside the repository (${SEEDS_DIR}).`);
    process.exit(2);
  }
  const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) {
    console.error(`bench: no .txt seeds in ${SEEDS_DIR}.`);
    process.exit(2);
  }
  return files.map((f) => {
    const text = readFileSync(join(SEEDS_DIR, f), 'utf8');
    return { name: f.replace(/\.txt$/, ''), text, bytes: Buffer.byteLength(text) };
  });
}

function parseAll(inputs: Input[]): void {
  for (const input of inputs) sink += parseText(input.text, { source: input.name }).items.length;
}

/** The baseline: the least a parser must do — split into lines, look for case numbers. */
function baselineAll(inputs: Input[]): void {
  const caseNumber = /\b\d{2}-\d{6}\b/g;
  for (const input of inputs) {
    for (const line of input.text.split('\n')) {
      caseNumber.lastIndex = 0;
      while (caseNumber.exec(line) !== null) sink += 1;
    }
  }
}

/** Repeat `unit` (or units made by `make(i)`) until the text is `bytes` long (all ASCII). */
function fill(bytes: number, make: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = make(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes);
}

function wrap(text: string, width: number): string {
  return text.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n');
}

/**
 * Inputs built to hit worst cases: many items, long runs that look almost like numbers, one
 * heading over and over. Built on demand (`build`), as each is parsed in its own worker.
 */
function adversarialInputs(): { name: string; description: string; build: () => string }[] {
  const counting = () => fill(MB, (i) => `${i + 1}-`);
  const zeros = () => fill(MB, () => '00.');
  const digits = () => fill(MB, () => '1234567890');
  const lines = (text: string) => wrap(text, 79).slice(0, MB);
  return [
    { name: 'punkt-lines', description: '"Punkt 1:" on every line', build: () => fill(MB, () => 'Punkt 1:\n') },
    { name: 'punkt-paragraphs', description: '"Punkt 1:" paragraphs', build: () => fill(MB, () => 'Punkt 1:\n\n') },
    { name: 'counting-dashes', description: '"1-2-3-4-…", no newline', build: counting },
    { name: 'counting-dashes-lines', description: '"1-2-3-4-…", 80 per line', build: () => lines(counting()) },
    { name: 'dotted-zeros', description: '"00.00.00.…", no newline', build: zeros },
    { name: 'dotted-zeros-lines', description: '"00.00.00.…", 80 per line', build: () => lines(zeros()) },
    { name: 'dashes', description: '"------…", no newline', build: () => '-'.repeat(MB) },
    { name: 'dashes-lines', description: '"------…", 80 per line', build: () => fill(MB, () => '-'.repeat(79) + '\n') },
    { name: 'digits', description: '"1234567890…", no newline', build: digits },
    { name: 'digits-lines', description: '"1234567890…", 80 per line', build: () => lines(digits()) },
    {
      name: 'case-number-soup',
      description: 'case and KLE numbers back to back',
      build: () => fill(MB, (i) => (i % 20 === 19 ? '\n' : '24-002111 00.00.00-G01-2-23 ')),
    },
    { name: 'heading-lines', description: '"Beslutning" on every line', build: () => fill(MB, () => 'Beslutning\n') },
    { name: 'heading-paragraphs', description: '"Beslutning" paragraphs', build: () => fill(MB, () => 'Beslutning\n\n') },
  ];
}

interface AdversarialTask {
  kind: 'adversarial';
  name: string;
  runs: number;
  maxMs: number;
}

interface AdversarialResult {
  name: string;
  description: string;
  bytes: number;
  msPerMB: number;
  runs: number;
  /** true when the parse did not finish within the time limit; msPerMB is then a lower bound. */
  timedOut: boolean;
}

/**
 * Each adversarial input is parsed in a worker thread, so a parse that never ends (catastrophic
 * backtracking, a quadratic loop) is stopped at the limit instead of hanging the bench.
 */
function runAdversarial(name: string, runs: number, limitMs: number): Promise<{ ms: number[]; bytes: number } | null> {
  return new Promise((resolve, reject) => {
    const task: AdversarialTask = { kind: 'adversarial', name, runs, maxMs: limitMs / 4 };
    const worker = new Worker(new URL(import.meta.url), { workerData: task });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, limitMs);
    worker.once('message', (result: { ms: number[]; bytes: number }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Worker side: one warm-up parse, then up to `runs` timed parses (fewer if they are slow). */
function adversarialWorker(task: AdversarialTask): void {
  const input = adversarialInputs().find((i) => i.name === task.name);
  if (!input) throw new Error(`unknown input ${task.name}`);
  const text = input.build();
  const parse = () => {
    const start = performance.now();
    sink += parseText(text, { source: input.name }).items.length;
    return performance.now() - start;
  };
  const times: number[] = [];
  const first = parse(); // warm-up, not counted unless it is the only one that fits
  let spent = first;
  while (times.length < task.runs && spent < task.maxMs) {
    const ms = parse();
    times.push(ms);
    spent += ms;
  }
  parentPort!.postMessage({ ms: times.length > 0 ? times : [first], bytes: Buffer.byteLength(text) });
}

const parserBench: Bench = {
  name: 'parser',
  async run({ quick, log }) {
    const seeds = readSeeds();
    const totalBytes = seeds.reduce((sum, s) => sum + s.bytes, 0);
    const [warmupMs, samples, minSampleMs] = quick ? [300, 5, 100] : [1500, 11, 300];

    log(`parser: ${seeds.length} seeds, ${(totalBytes / 1000).toFixed(1)} kB; ${samples} samples of ≥ ${minSampleMs} ms`);
    const [parse, baseline] = measureTogether([() => parseAll(seeds), () => baselineAll(seeds)], warmupMs, samples, minSampleMs);
    const parseMBps = totalBytes / MB / (parse!.medianMs / 1000);
    const baselineMBps = totalBytes / MB / (baseline!.medianMs / 1000);
    const seedMsPerMB = parse!.medianMs / (totalBytes / MB);

    log('parser: per seed');
    const perSeed = seeds.map((seed) => {
      const [t] = measureTogether([() => parseAll([seed])], warmupMs / 5, quick ? 3 : 5, minSampleMs / 3);
      return { name: seed.name, bytes: seed.bytes, msPerMB: t!.medianMs / (seed.bytes / MB), medianMs: t!.medianMs };
    });

    const adversarial: AdversarialResult[] = [];
    const limitMs = quick ? 20_000 : 60_000;
    for (const input of adversarialInputs()) {
      log(`parser: adversarial ${input.name}`);
      const result = await runAdversarial(input.name, quick ? 3 : 7, limitMs);
      const bytes = result?.bytes ?? MB; // each input is built to 1 MB
      adversarial.push({
        name: input.name,
        description: input.description,
        bytes,
        msPerMB: (result === null ? limitMs : median(result.ms)) / (bytes / MB),
        runs: result?.ms.length ?? 0,
        timedOut: result === null,
      });
    }
    const worst = adversarial.reduce((a, b) => (b.msPerMB > a.msPerMB ? b : a));

    return {
      summary: {
        parseMBps,
        parseVsBaseline: parse!.medianMs / baseline!.medianMs,
        adversarialMsPerMB: worst.msPerMB,
        seedMsPerMB,
        baselineMBps,
      },
      details: {
        mb: '1 MB = 1,000,000 bytes of UTF-8',
        parseVsBaselineMeans: 'parse time / baseline time on the same seeds (how many times slower than one regex pass over the lines)',
        seeds: { count: seeds.length, bytes: totalBytes, parse, baseline, perSeed },
        adversarial,
        worstAdversarial: worst.name,
        settings: { warmupMs, samples, minSampleMs, adversarialLimitMs: limitMs },
      },
      tables: [
        {
          title: `Parser on the ${seeds.length} seeds (${(totalBytes / 1000).toFixed(1)} kB, median of ${samples})`,
          header: ['', 'ms/pass', 'MB/s', 'ms/MB'],
          rows: [
            ['parser (parseText)', fmt(parse!.medianMs, 2), fmt(parseMBps), fmt(seedMsPerMB)],
            ['baseline (lines + 1 regex)', fmt(baseline!.medianMs, 2), fmt(baselineMBps), fmt(baseline!.medianMs / (totalBytes / MB))],
            ...perSeed.map((s) => [`  ${s.name}`, fmt(s.medianMs, 2), fmt(s.bytes / MB / (s.medianMs / 1000)), fmt(s.msPerMB)]),
          ],
          notes: [`parser ÷ baseline: ${fmt(parse!.medianMs / baseline!.medianMs)}× the baseline's time`],
        },
        {
          title: 'Parser on adversarial inputs (1 MB each)',
          header: ['input', 'ms/MB', 'runs', 'note'],
          rows: [
            ...adversarial.map((a) => [`${a.name}: ${a.description}`, fmt(a.msPerMB), String(a.runs), a.timedOut ? `TIMED OUT (> ${limitMs / 1000} s)` : '']),
            ['max (adversarialMsPerMB)', fmt(worst.msPerMB), '', worst.name],
            ['seeds, for comparison (seedMsPerMB)', fmt(seedMsPerMB), '', ''],
          ],
        },
      ],
    };
  },
};

// ---------------------------------------------------------------- main

/** Add store lookups, PDF pages/s … here (a section may live in scripts/bench/<name>.ts and import the types and measureTogether from this file). */
const storeBench: Bench = {
  name: 'store',
  async run(options) {
    options.log('store: filling 100,000 items and 10,000 bookmarks (fake-indexeddb in Node) …');
    const { benchStore } = await import('./bench/store.ts');
    const r = await benchStore();
    return {
      summary: { caseLookupMs: r.caseLookupMs, searchMs: r.searchMs },
      details: r,
      tables: [
        {
          title: `Store (${r.backend}: ${r.items} items, ${r.bookmarks} bookmarks)`,
          header: ['', 'median ms', 'p95 ms', 'target'],
          rows: [
            ['case-number lookup (caseLookupMs)', fmt(r.caseLookupMs, 2), fmt(r.caseLookupP95Ms, 2), '≤ 5'],
            ['popup search (searchMs)', fmt(r.searchMs, 2), fmt(r.searchP95Ms, 2), '≤ 50'],
            ['search index build, once per popup', fmt(r.searchIndexMs, 1), '', ''],
            ['list all bookmarks, once per popup', fmt(r.listBookmarksMs, 1), '', ''],
          ],
        },
      ],
    };
  },
};

const pageBench: Bench = {
  name: 'page',
  async run(options) {
    options.log('page: the Aarhus page in Chromium, our highlighting against mark.js …');
    const { benchPage } = await import('./bench/page.ts');
    const r = await benchPage(options);
    return {
      summary: {
        highlightVsMarkjs: r.highlightVsMarkjs,
        detectNonMinutesMs: r.detectNonMinutesMs,
        detectNonMinutesTitledMs: r.detectNonMinutesTitledMs,
        contentScriptKB: r.contentScriptKB,
      },
      details: r,
      tables: [
        {
          title: `Page annotations in Chromium (${r.page})`,
          header: ['', 'value', 'target'],
          rows: [
            ['read + highlight decisions and case numbers, median ms', fmt(r.highlightMs, 2), ''],
            ['mark.js marking the same strings, median ms', fmt(r.markjsMs, 2), ''],
            ['highlightVsMarkjs', fmt(r.highlightVsMarkjs), '≤ 0.5'],
            [`detection on a ${r.nonMinutesPage.elements}-element page that is not minutes, ms (median over fresh loads)`, fmt(r.detectNonMinutesMs, 3), '≤ 1'],
            ['  the same page titled "… dagsorden …" (markup and headings read)', fmt(r.detectNonMinutesTitledMs, 3), ''],
            ['content script, minified KB (contentScriptKB)', fmt(r.contentScriptKB, 1), '≤ 60'],
          ],
          notes: [
            `marked: ${r.marks.decisions} decisions and ${r.marks.caseNumbers} case numbers; mark.js: ${r.marks.markjsMarks} marks for ${r.marks.markjsStrings} strings`,
          ],
        },
      ],
    };
  },
};

const BENCHES: Bench[] = [parserBench, storeBench, pageBench, (await import('./bench/trail.ts')).trailBench, (await import('./bench/pdf.ts')).pdfBench, (await import('./bench/follows.ts')).followBench];

function printTable(table: Table): void {
  const widths = table.header.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(`\n${table.title}`);
  console.log(line(table.header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table.rows) console.log(line(row));
  for (const note of table.notes ?? []) console.log(note);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const options: BenchOptions = { quick: args.includes('--quick'), log: (m) => console.error(m) };
  const benches = only === undefined ? BENCHES : BENCHES.filter((b) => b.name === only);
  if (benches.length === 0) {
    console.error(`bench: no section "${only}" (have: ${BENCHES.map((b) => b.name).join(', ')})`);
    process.exit(2);
  }

  const output: Record<string, unknown> = {};
  const sections: Record<string, unknown> = {};
  const tables: Table[] = [];
  for (const bench of benches) {
    const result = await bench.run(options);
    Object.assign(output, result.summary);
    sections[bench.name] = result.details;
    tables.push(...result.tables);
  }
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    quick: options.quick,
  };

  if (json) {
    console.log(JSON.stringify({ ...output, sections, meta }));
  } else {
    for (const table of tables) printTable(table);
    console.log(`\nNode ${meta.node}, ${meta.cpus} CPUs${options.quick ? ', --quick (not for comparing)' : ''}; 1 MB = 10^6 bytes.`);
  }
  if (sink === -1) console.error('unreachable'); // keeps `sink` observably used
}

if (isMainThread) {
  await main();
} else {
  adversarialWorker(workerData as AdversarialTask);
}
