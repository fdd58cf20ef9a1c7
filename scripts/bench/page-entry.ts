/**
 * Bundled into a page by scripts/bench/page.ts (window.SagssporBench): times our reading and
 * highlighting against mark.js (loaded beside it as window.Mark) on the same DOM, and detection
 * on a page that is not minutes.
 */
import { annotate } from '../../lib/page/annotate.ts';
import { detectMinutes } from '../../lib/systems/detect.ts';
import type { PageServices } from '../../lib/page/feature.ts';
import { readPage } from '../../lib/page/read-page.ts';
import { PAGE_FEATURES } from '../../lib/page/annotate.ts';

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
  unmark(options?: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

const services: PageServices = { copyText: async () => true, bookmarks: null, trail: null };
/** Highlighting: item containers, decisions with their badges, case-number marks. */
const HIGHLIGHT = PAGE_FEATURES.filter((f) => f.id === 'items' || f.id === 'decisions' || f.id === 'case-numbers');
const URL_FOR_PAGE = 'https://dagsordener.aarhus.dk/vis';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function highlightOnce() {
  const detection = detectMinutes(document, URL_FOR_PAGE);
  const page = readPage(document, URL_FOR_PAGE, detection);
  if (page === null) throw new Error('the page was not read as minutes');
  return annotate(document, URL_FOR_PAGE, page, { detection, services, features: HIGHLIGHT });
}

export interface PageBenchApi {
  compareWithMarkjs(runs: number): { oursMs: number; markjsMs: number; marks: { decisions: number; caseNumbers: number; markjsStrings: number; markjsMarks: number } };
  detectTiming(runs: number): { medianMs: number; firstMs: number; elements: number };
}

export function compareWithMarkjs(runs: number): ReturnType<PageBenchApi['compareWithMarkjs']> {
  const page = readPage(document, URL_FOR_PAGE, detectMinutes(document, URL_FOR_PAGE))!;
  // The same strings for mark.js: each decision's paragraphs and each case number as written.
  const strings = [
    ...page.meeting.items.flatMap((i) => (i.decision ?? '').split('\n')).filter((s) => s.trim() !== ''),
    ...page.meeting.items.flatMap((i) => i.cases.map((c) => c.raw)),
  ];
  const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
  const marker = new Mark(document.body);
  const markOptions = { separateWordSearch: false, acrossElements: true, diacritics: false, className: 'markjs' };
  const ours: number[] = [];
  const theirs: number[] = [];
  let counts = { decisions: 0, caseNumbers: 0, markjsMarks: 0 };
  for (let i = 0; i < runs + 5; i++) {
    let t = performance.now();
    const annotations = highlightOnce();
    const oursMs = performance.now() - t;
    counts.decisions = document.querySelectorAll('[data-sagsspor-outcome]').length;
    counts.caseNumbers = document.querySelectorAll('[data-sagsspor-case]').length;
    annotations.remove();
    t = performance.now();
    marker.mark(strings, markOptions);
    const markMs = performance.now() - t;
    counts.markjsMarks = document.querySelectorAll('mark.markjs').length;
    marker.unmark({ className: 'markjs' });
    if (i >= 5) {
      ours.push(oursMs);
      theirs.push(markMs);
    }
  }
  counts = { ...counts };
  return { oursMs: median(ours), markjsMs: median(theirs), marks: { ...counts, markjsStrings: strings.length } };
}

export function detectTiming(runs: number): ReturnType<PageBenchApi['detectTiming']> {
  const times: number[] = [];
  let kind = '';
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    kind = detectMinutes(document, 'https://www.example-nyheder.dk/forside').kind;
    times.push(performance.now() - t);
  }
  if (kind !== 'none') throw new Error(`the news page was taken for minutes (${kind})`);
  return { medianMs: median(times), firstMs: times[0]!, elements: document.getElementsByTagName('*').length };
}
