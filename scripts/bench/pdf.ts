/**
 * PDF reading benchmark.
 *
 * - `pdfPagesPerSec`: PDF bytes → parsed meeting (readPdf: pdf.js legacy build in Node, layout,
 *   parser) over the five seeds laid out as PDFs by test/pdf/minutes-pdf.ts (made once, before
 *   timing). Pages of all five per second, median of several passes after a warm-up pass.
 * - `pdfPeakMB`: the memory a read of a 100-page PDF adds at its peak, measured in a child
 *   process of its own (scripts/bench/pdf-memory.ts explains the method): the OS's peak resident
 *   set size minus the resident set size before the read. `pdfHeapPeakMB` is the V8 heap +
 *   external + ArrayBuffer peak of the same read, as a cross-check.
 *
 * 1 MB = 1,000,000 bytes. The extension reads PDFs with the modern build and a worker thread;
 * Node's legacy build with its in-thread "fake worker" does the same work in one thread.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import type { Bench, BenchOptions, SectionResult } from '../bench.ts';
import { readPdf } from '../../lib/pdf/read.ts';
import { loadNodePdfjs } from '../../lib/pdf/node.ts';
import { minutesPdf, seedHeader } from '../../test/pdf/minutes-pdf.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS_DIR = join(REPO, '..', 'shared', 'seeds');
const MB = 1_000_000;
const LONG_PAGES = 100;

interface SeedPdf {
  name: string;
  bytes: Uint8Array;
  pages: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function seedPdfs(): Promise<SeedPdf[]> {
  if (!existsSync(SEEDS_DIR)) throw new Error(`bench: the seeds are missing: expected ../shared/seeds beside the repository (${SEEDS_DIR}).`);
  const out: SeedPdf[] = [];
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    const name = file.replace(/\.txt$/, '');
    const bytes = await minutesPdf(text, { header: seedHeader(text), footer: `${name}.pdf` });
    out.push({ name, bytes, pages: (await PDFDocument.load(bytes)).getPageCount() });
  }
  return out;
}

/** Exactly LONG_PAGES pages of minutes: the seeds' pages one after another, as often as needed. */
async function longPdf(seeds: readonly SeedPdf[]): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  for (let i = 0; out.getPageCount() < LONG_PAGES; i++) {
    const source = await PDFDocument.load(seeds[i % seeds.length]!.bytes);
    const wanted = Math.min(source.getPageCount(), LONG_PAGES - out.getPageCount());
    for (const page of await out.copyPages(source, [...Array(wanted).keys()])) out.addPage(page);
  }
  return out.save();
}

export interface PdfBenchResult {
  pdfPagesPerSec: number;
  pdfPeakMB: number;
  pdfHeapPeakMB: number;
  seeds: { name: string; pages: number; kB: number; msPerPass: number }[];
  totalPages: number;
  passMs: number[];
  longPdf: { pages: number; fileMB: number; readMs: number; rssBeforeMB: number; gcExposed: boolean };
}

export async function benchPdf(options: Pick<BenchOptions, 'quick' | 'log'>): Promise<PdfBenchResult> {
  const pdfjs = await loadNodePdfjs();
  options.log('pdf: laying out the seeds as PDFs …');
  const seeds = await seedPdfs();
  const totalPages = seeds.reduce((n, s) => n + s.pages, 0);

  const readAll = async (): Promise<number[]> => {
    const times: number[] = [];
    for (const seed of seeds) {
      const start = performance.now();
      const result = await readPdf(seed.bytes, pdfjs, { source: seed.name });
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(`bench: ${seed.name}: ${result.message}`);
    }
    return times;
  };
  const passes = options.quick ? 3 : 7;
  options.log(`pdf: ${seeds.length} PDFs, ${totalPages} pages; 1 warm-up + ${passes} passes`);
  await readAll();
  const perPass: number[][] = [];
  for (let i = 0; i < passes; i++) perPass.push(await readAll());
  const passMs = perPass.map((t) => t.reduce((a, b) => a + b, 0));

  options.log(`pdf: peak memory of reading a ${LONG_PAGES}-page PDF (child process) …`);
  const dir = mkdtempSync(join(tmpdir(), 'sagsspor-bench-pdf-'));
  try {
    const file = join(dir, 'long.pdf');
    writeFileSync(file, await longPdf(seeds));
    const child = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '--expose-gc', join(REPO, 'scripts/bench/pdf-memory.ts'), file], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`bench: the memory child failed: ${child.stderr}`);
    const m = JSON.parse(child.stdout) as { ok: boolean; pages: number; fileMB: number; rssPeakMB: number; heapPeakMB: number; rssBeforeMB: number; gcExposed: boolean; ms: number };
    if (!m.ok || m.pages !== LONG_PAGES) throw new Error(`bench: the ${LONG_PAGES}-page PDF did not read (${m.pages} pages)`);
    return {
      pdfPagesPerSec: totalPages / (median(passMs) / 1000),
      pdfPeakMB: m.rssPeakMB,
      pdfHeapPeakMB: m.heapPeakMB,
      seeds: seeds.map((s, i) => ({ name: s.name, pages: s.pages, kB: s.bytes.byteLength / 1000, msPerPass: median(perPass.map((t) => t[i]!)) })),
      totalPages,
      passMs,
      longPdf: { pages: m.pages, fileMB: m.fileMB, readMs: m.ms, rssBeforeMB: m.rssBeforeMB, gcExposed: m.gcExposed },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (v: number, d = 1) => v.toFixed(d);

export const pdfBench: Bench = {
  name: 'pdf',
  async run(options: BenchOptions): Promise<SectionResult> {
    const r = await benchPdf(options);
    return {
      summary: { pdfPagesPerSec: r.pdfPagesPerSec, pdfPeakMB: r.pdfPeakMB },
      details: r,
      tables: [
        {
          title: `PDF reading (readPdf in Node: pdf.js legacy build, layout, parser; ${r.seeds.length} seed PDFs, ${r.totalPages} pages)`,
          header: ['', 'value'],
          rows: [
            ['pages per second, bytes → meeting (pdfPagesPerSec)', fmt(r.pdfPagesPerSec)],
            ...r.seeds.map((s) => [`  ${s.name}: ${s.pages} pages, ${fmt(s.kB)} kB, ms per read`, fmt(s.msPerPass)]),
            [`peak memory added by reading ${r.longPdf.pages} pages (${fmt(r.longPdf.fileMB, 2)} MB file), MB RSS (pdfPeakMB)`, fmt(r.pdfPeakMB)],
            ['  the same, V8 heap + external + ArrayBuffers, MB', fmt(r.pdfHeapPeakMB)],
            [`  time of that read, ms`, fmt(r.longPdf.readMs, 0)],
          ],
          notes: ['peak memory: a child process, OS peak RSS after the read minus RSS before it (scripts/bench/pdf-memory.ts)'],
        },
      ],
    };
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchPdf({ quick: process.argv.includes('--quick'), log: (m) => console.error(m) })));
}
