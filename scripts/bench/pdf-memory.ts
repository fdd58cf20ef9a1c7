/**
 * Child process of the PDF bench (scripts/bench/pdf.ts): reads ONE PDF file with readPdf and
 * prints its memory figures as JSON. A process of its own, so that nothing else the bench did
 * is in its memory. Run with --expose-gc.
 *
 * Method:
 * - rssPeakMB: the operating system's peak resident set size of this process after the read
 *   (process.resourceUsage().maxRSS) minus the resident set size just before it (after the
 *   modules, pdf.js and the file are loaded and a GC). What the read adds at its worst: pdf.js's
 *   parsed objects, the text content of each page, our lines and blocks, the parse.
 * - heapPeakMB: the largest V8 heap + external + ArrayBuffer memory seen while reading (sampled
 *   every millisecond and after every page, as pdf.js yields between pages), minus the same
 *   before. A cross-check of the first, without the allocator's slack.
 */
import { readFileSync } from 'node:fs';
import { readPdf } from '../../lib/pdf/read.ts';
import { loadNodePdfjs } from '../../lib/pdf/node.ts';

const MB = 1_000_000;
const file = process.argv[2];
if (!file) throw new Error('usage: pdf-memory.ts <file.pdf>');

const gc = (globalThis as { gc?: () => void }).gc;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

const pdfjs = await loadNodePdfjs();
const bytes = new Uint8Array(readFileSync(file));
// Warm pdf.js (its fake worker loads on the first document) so that loading code is not counted.
await readPdf(new TextEncoder().encode('%PDF-1.4\n%%EOF'), pdfjs);
gc?.();
gc?.();
const rssBefore = process.memoryUsage().rss;
const heapBefore = used();
let heapPeak = heapBefore;
const timer = setInterval(() => {
  heapPeak = Math.max(heapPeak, used());
}, 1);
const start = performance.now();
const result = await readPdf(bytes, pdfjs, { source: file, onPage: () => (heapPeak = Math.max(heapPeak, used())) });
const ms = performance.now() - start;
clearInterval(timer);
heapPeak = Math.max(heapPeak, used());
const rssPeak = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes

console.log(
  JSON.stringify({
    ok: result.ok,
    pages: result.ok ? result.pages : 0,
    fileMB: bytes.byteLength / MB,
    rssPeakMB: Math.max(0, rssPeak - rssBefore) / MB,
    heapPeakMB: Math.max(0, heapPeak - heapBefore) / MB,
    rssBeforeMB: rssBefore / MB,
    gcExposed: gc !== undefined,
    ms,
  }),
);
