/**
 * The PDF reader in Debian's Chromium with the built extension. The PDF is made in the test from
 * a real minutes text (seed 003, Lejre JAI 6 November 2024) laid out as FirstAgenda prints
 * minutes (test/pdf/minutes-pdf.ts) and served from 127.0.0.1 under a minutes host name.
 * Open it by its address in the reader's URL field, see the decisions, bookmark one, find it in the popup; a file
 * that is not a PDF says so and stores nothing. Screenshots go to test-results/screenshots/.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseText } from '../../lib/parser/index.ts';
import type { Meeting } from '../../lib/model.ts';
import { minutesPdf, seedHeader } from '../pdf/minutes-pdf.ts';
import { describeShared, readShared, sharedAvailable } from '../shared.ts';
import { launchWithExtension, OPEN_ROOTS_EXTENSION_DIR, screenshotPath, type ExtensionBrowser } from './browser.ts';

const HOST = 'dagsordener.lejre.dk';
const PDF_PATH = '/vis/pdf/referat-jai-2024-11-06.pdf';
const SEED = '003_ba268f17f18e87f4';

let browser: ExtensionBrowser;
let siteDir: string | null = null;
let expected: Meeting;

beforeAll(async () => {
  if (!sharedAvailable) return;
  const text = readShared('seeds', `${SEED}.txt`);
  expected = parseText(text, { source: SEED });
  siteDir = mkdtempSync(join(tmpdir(), 'sagsspor-pdf-site-'));
  mkdirSync(join(siteDir, 'vis', 'pdf'), { recursive: true });
  writeFileSync(join(siteDir, PDF_PATH), await minutesPdf(text, { header: seedHeader(text), footer: 'Lejre Kommune' }));
  writeFileSync(join(siteDir, 'not-a-pdf.pdf'), '<html><body>Siden findes ikke</body></html>');
  browser = await launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR, extraSites: [{ host: HOST, dir: siteDir }] });
});

afterAll(async () => {
  await browser?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

async function openReader(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await page.waitForSelector('input[type="url"]');
  return page;
}

describeShared('the PDF reader in Chromium', () => {
  it('opens a minutes PDF by its address, shows the decisions, bookmarks one, and the popup finds it', async () => {
    const page = await openReader();
    await page.fill('input[type="url"]', `https://${HOST}${PDF_PATH}`);
    await page.click('button[type="submit"]');
    // A known minutes host: the extension may read it (its content script runs there), no question asked.
    // (The question for any other site is tested in test/unit/components/reader-page.test.tsx.)
    const items = page.locator('[data-sagsspor-item]');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(expected.items.length);
    expect(await page.locator('button[data-action="grant"]').count()).toBe(0);
    const decided = expected.items.filter((i) => i.decision !== null);
    expect(await page.locator('[data-sagsspor-outcome]').count()).toBeGreaterThanOrEqual(decided.length);
    for (const item of decided) {
      expect(await page.locator(`[data-sagsspor-item="${item.number}"] [data-sagsspor-outcome]`).first().getAttribute('data-sagsspor-outcome')).toBe(item.outcome);
    }
    expect(await page.locator('[data-sagsspor-case="24-002111"]').count()).toBeGreaterThan(0);
    const pageLink = page.locator('.pdf-page a').first();
    expect(await pageLink.getAttribute('href')).toBe(`https://${HOST}${PDF_PATH}#page=1`);
    await page.screenshot({ path: await screenshotPath('reader-document') });

    const target = expected.items.find((i) => i.caseNumbers.includes('24-002111'))!;
    const button = page.locator(`sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="${target.number}"] >> button[data-action="bookmark"]`);
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: await screenshotPath('reader-bookmarked') });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('kvartalsplaner');
    await expect.poll(() => popup.locator('li.bookmark').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('li.bookmark').textContent()).toContain(target.title);
    await popup.screenshot({ path: await screenshotPath('reader-bookmark-in-popup') });
    await popup.close();
    await page.close();
  });

  it('a file that is not a PDF: says so, and nothing is stored', async () => {
    const page = await openReader();
    const countsBefore = await storeCounts();
    await page.locator('input[type="file"]').setInputFiles({ name: 'referat.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>Siden findes ikke</html>') });
    const alert = page.locator('[role="alert"]');
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    expect(await alert.getAttribute('data-reason')).toBe('not-pdf');
    expect(await alert.textContent()).toContain('Intet er gemt.');
    expect(await storeCounts()).toEqual(countsBefore);
    await page.screenshot({ path: await screenshotPath('reader-not-a-pdf') });
    await page.close();
  });
});

/** Rows per table of the extension's store, read in the background. */
async function storeCounts(): Promise<Record<string, number>> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const open = indexedDB.open('sagsspor');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<number>((resolve) => {
        const req = db.transaction(name).objectStore(name).count();
        req.onsuccess = () => resolve(req.result);
      });
    }
    db.close();
    return out;
  });
}
