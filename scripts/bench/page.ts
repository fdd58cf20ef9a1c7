/**
 * Page benchmark, in Debian's Chromium (no extension: the same code, bundled and put in a page):
 *   - highlightVsMarkjs: reading the Aarhus page (adapter + parser) and highlighting every
 *     decision and case number, against mark.js marking the same strings on the same DOM in
 *     the same run (target ≤ 0.5);
 *   - detectNonMinutesMs: detection on a large page that is not minutes (target ≤ 1 ms);
 *   - contentScriptKB: the minified size of the built content script (target ≤ 60 KB).
 *
 *   node --experimental-strip-types --no-warnings scripts/bench/page.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { chromium } from 'playwright-core';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const AARHUS = join(REPO, '..', 'shared', 'fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html');
const DEMO = join(REPO, 'test', 'demo-site', 'vis', 'referat-social-og-sundhedsudvalget-2025-03-04.html');
const CONTENT_JS = join(REPO, '.output', 'chrome-mv3', 'content-scripts', 'content.js');

export interface PageBenchResult {
  page: string;
  highlightMs: number;
  markjsMs: number;
  highlightVsMarkjs: number;
  marks: { decisions: number; caseNumbers: number; markjsStrings: number; markjsMarks: number };
  /** Median over fresh page loads of the one detection a page load runs. */
  detectNonMinutesMs: number;
  /** The same on a page whose title speaks of "dagsorden" (the markup and headings are read). */
  detectNonMinutesTitledMs: number;
  nonMinutesPage: { elements: number; bytes: number };
  contentScriptKB: number;
}

/** The page features' style sheets, imported as text (`x.css?inline`) as Vite does in the extension's build. */
const cssAsText = {
  name: 'css-as-text',
  resolveId(source: string, importer: string | undefined) {
    return source.endsWith('.css?inline') && importer !== undefined ? join(dirname(importer), source) : null;
  },
  load(id: string) {
    return id.endsWith('.css?inline') ? `export default ${JSON.stringify(readFileSync(id.slice(0, -'?inline'.length), 'utf8'))};` : null;
  },
};

/** Our page code as one script for a page: `window.SagssporBench`. */
async function bundleForPage(): Promise<string> {
  const entry = join(REPO, 'scripts', 'bench', 'page-entry.ts');
  const bundle = await rolldown({
    input: entry,
    platform: 'browser',
    logLevel: 'silent',
    plugins: [cssAsText],
    transform: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'SagssporBench', minify: true });
  await bundle.close();
  return output[0].code;
}

/**
 * A large page that is not minutes: a news front page of 3,000 articles. With `title` speaking
 * of "dagsorden", detection must look at the page's markup and headings, not only its title.
 */
function nonMinutesHtml(title: string): string {
  const parts: string[] = [`<!doctype html><html lang="da"><head><title>${title}</title></head><body><header><nav>`];
  for (let i = 0; i < 60; i++) parts.push(`<a href="/sektion/${i}">Sektion ${i}</a>`);
  parts.push('</nav></header><main>');
  for (let i = 0; i < 3000; i++) {
    parts.push(
      `<article><h2>Nyhed ${i}: Byrådet i ${i % 98} drøfter budget</h2><p class="byline">Af redaktionen, 12-03-2025 kl. 10:${String(i % 60).padStart(2, '0')}</p>`,
      `<p>Brødtekst ${i} med beløb på ${i * 1000} kr., telefon 70 10 ${String(i % 100).padStart(2, '0')} 00 og sag ${i}/2025.</p><a href="/nyhed/${i}">Læs mere</a></article>`,
    );
  }
  parts.push('</main><footer>Kontakt</footer></body></html>');
  return parts.join('');
}

function contentScriptKB(): number {
  if (!existsSync(CONTENT_JS)) {
    const wxt = join(REPO, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
    const built = spawnSync(process.execPath, [wxt, 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  return statSync(CONTENT_JS).size / 1000;
}

export async function benchPage(options: { quick: boolean }): Promise<PageBenchResult> {
  const pagePath = existsSync(AARHUS) ? AARHUS : DEMO;
  const html = readFileSync(pagePath, 'utf8');
  const ours = await bundleForPage();
  const markjs = readFileSync(join(REPO, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // The saved page without its scripts and styles from the network: only its DOM matters here.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html.replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: ours });
    await page.addScriptTag({ content: markjs });
    const runs = options.quick ? 15 : 60;
    const compared = await page.evaluate((runs) => {
      const bench = (window as unknown as { SagssporBench: import('./page-entry.ts').PageBenchApi }).SagssporBench;
      return bench.compareWithMarkjs(runs);
    }, runs);

    // Each sample on a freshly loaded page: the browser caches lookups within a page, and
    // detection runs once per page load.
    const detectOn = async (html: string): Promise<{ ms: number; elements: number }> => {
      const samples: number[] = [];
      let elements = 0;
      for (let i = 0; i < (options.quick ? 5 : 15); i++) {
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        await page.addScriptTag({ content: ours });
        const d = await page.evaluate(() => {
          const bench = (window as unknown as { SagssporBench: import('./page-entry.ts').PageBenchApi }).SagssporBench;
          return bench.detectTiming(1);
        });
        samples.push(d.firstMs);
        elements = d.elements;
      }
      samples.sort((a, b) => a - b);
      return { ms: samples[samples.length >> 1]!, elements };
    };
    const plain = nonMinutesHtml('Nyheder fra hele landet');
    const typical = await detectOn(plain);
    const titled = await detectOn(nonMinutesHtml('Nyheder: politik og dagsorden i kommunerne'));

    return {
      page: pagePath.replace(REPO, '').replace(/^.*shared/, '../shared'),
      highlightMs: compared.oursMs,
      markjsMs: compared.markjsMs,
      highlightVsMarkjs: compared.oursMs / compared.markjsMs,
      marks: compared.marks,
      detectNonMinutesMs: typical.ms,
      detectNonMinutesTitledMs: titled.ms,
      nonMinutesPage: { elements: typical.elements, bytes: plain.length },
      contentScriptKB: contentScriptKB(),
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchPage({ quick: process.argv.includes('--quick') }), null, 2));
}
