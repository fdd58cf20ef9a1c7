/**
 * Bookmarks end to end in Chromium on the demo site: bookmark two decisions from the page,
 * add a note and a tag in place, find them in the popup (opened as a page) by search and by
 * tag, export, delete everything, import, and see the same again. Also: the service worker
 * stopped mid-session loses nothing, and ten tabs bookmarking at once lose no write.
 * Screenshots of the page, the popup and the options page go to test-results/screenshots/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, launchWithExtension, OPEN_ROOTS_EXTENSION_DIR, screenshotPath, type ExtensionBrowser } from './browser.ts';

let browser: ExtensionBrowser;
let downloads: string;

beforeAll(async () => {
  browser = await launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR });
  downloads = mkdtempSync(join(tmpdir(), 'sagsspor-downloads-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

function bookmarkButton(page: Page, item: number) {
  return page.locator(`sagsspor-root[data-sagsspor-for="${item}"] >> button[data-action="bookmark"]`);
}

async function openMeeting(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.siteUrl + path);
  await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
  return page;
}

async function bookmark(page: Page, item: number): Promise<void> {
  const button = bookmarkButton(page, item);
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
}

async function openPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}

/** The bookmarks the popup lists, as "item. title" lines, in its order. */
async function listed(popup: Page): Promise<string[]> {
  return popup.locator('li.bookmark').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
}

/** The whole store as the extension sees it (through its own export), minus the export's timestamp. */
async function storeDump(): Promise<unknown> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const open = indexedDB.open('sagsspor');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames).sort()) {
      const tx = db.transaction(name, 'readonly');
      const all: unknown[] = await new Promise((resolve, reject) => {
        const req = tx.objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      out[name] = all;
    }
    db.close();
    return out;
  });
}

describe('bookmarks in Chromium', () => {
  it('bookmark, note and tag, find, export, delete all, import: the same store again', async () => {
    const page = await openMeeting(DEMO_PAGES.staticMeeting);
    await bookmark(page, 3);
    await bookmark(page, 6);
    // Note and tag on item 3, in place.
    await page.locator('sagsspor-root[data-sagsspor-for="3"] >> button[data-action="edit-note"]').click();
    await page.locator('sagsspor-root[data-sagsspor-for="3"] >> textarea').fill('Følg op i budgetgruppen');
    await page.locator('sagsspor-root[data-sagsspor-for="3"] >> input[name="tags"]').fill('opfølgning');
    await page.locator('sagsspor-root[data-sagsspor-for="3"] >> button[type="submit"]').click();
    await expect.poll(() => page.locator('sagsspor-root[data-sagsspor-for="3"] >> [data-part="note"]').textContent()).toContain('Følg op i budgetgruppen');
    await page.locator('[data-sagsspor-item="3"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('bookmarks-page') });

    const popup = await openPopup();
    await expect.poll(() => listed(popup), { timeout: 10_000 }).toHaveLength(2);
    // Search over title, decision, case number, note and tag.
    await popup.locator('input[type="search"]').fill('budgetgruppen');
    await expect.poll(() => popup.locator('li.bookmark').count()).toBe(1);
    expect(await popup.locator('li.bookmark').textContent()).toContain('Lærkevej');
    await popup.locator('input[type="search"]').fill('27.24.00-G01-4-24');
    await expect.poll(() => popup.locator('li.bookmark').count()).toBe(1);
    expect(await popup.locator('li.bookmark').textContent()).toContain('Skovbrynet');
    await popup.locator('input[type="search"]').fill('');
    await expect.poll(() => popup.locator('li.bookmark').count()).toBe(2);
    // By tag.
    await popup.locator('details.filters > summary').click();
    await popup.locator('details.filters select').first().selectOption('opfølgning');
    await expect.poll(() => popup.locator('li.bookmark').count()).toBe(1);
    await popup.screenshot({ path: await screenshotPath('bookmarks-popup-tag-filter') });

    const before = await storeDump();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: /Eksportér alt|Export everything/ }).click(),
    ]);
    const exported = join(downloads, 'export.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8')) as { bookmarks: unknown[] };
    expect(file.bookmarks).toHaveLength(2);

    await options.getByRole('button', { name: /Slet alt|Delete everything/ }).click();
    await options.getByRole('button', { name: /Ja, slet alt|Yes, delete everything/ }).click();
    await expect.poll(() => listed(popup)).toHaveLength(0);

    await options.locator('input[type="file"]').setInputFiles(exported);
    await expect.poll(() => options.getByTestId('data-result').textContent()).toMatch(/2/);
    await options.screenshot({ path: await screenshotPath('bookmarks-options-after-import'), fullPage: true });
    expect(await storeDump()).toEqual(before);
    await popup.reload();
    await expect.poll(() => listed(popup), { timeout: 10_000 }).toHaveLength(2);
    await popup.screenshot({ path: await screenshotPath('bookmarks-popup-after-import') });

    // The page shows them as bookmarked on the next visit.
    await page.reload();
    await expect.poll(() => bookmarkButton(page, 3).getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    for (const p of [page, popup, options]) await p.close();
  });

  it('stopping the service worker mid-session loses nothing', async () => {
    const page = await openMeeting(DEMO_PAGES.staticMeeting);
    await bookmark(page, 2);
    const before = (await storeDump()) as { bookmarks: unknown[] };
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The next message starts the worker again, with everything still there.
    await bookmark(page, 5);
    const after = (await storeDump()) as { bookmarks: { itemNumber: number }[] };
    expect(after.bookmarks.length).toBe(before.bookmarks.length + 1);
    expect(after.bookmarks.map((b) => b.itemNumber)).toEqual(expect.arrayContaining([2, 5]));
    await page.close();
  });

  it('ten tabs bookmarking at once lose no write', async () => {
    const count = async () => ((await storeDump()) as { bookmarks: unknown[] }).bookmarks.length;
    // Ten different decisions over the two demo meetings, each in its own tab.
    const targets = [
      ...[1, 2, 3, 4, 5, 6].map((item) => ({ path: DEMO_PAGES.dynamicMeeting, item })),
      ...[1, 4, 7, 8].map((item) => ({ path: DEMO_PAGES.staticMeeting, item })), // 7 is closed: no decision, no button
    ];
    const pages = await Promise.all(targets.map((t) => openMeeting(t.path)));
    // A button shows once the page's bookmarks are loaded; take the items not bookmarked yet.
    const pressed = await Promise.all(
      pages.map(async (p, i) => {
        await p.locator('sagsspor-root >> button[data-action="bookmark"]').first().waitFor({ timeout: 10_000 });
        const button = bookmarkButton(p, targets[i]!.item);
        return (await button.count()) > 0 ? button.getAttribute('aria-pressed') : 'no decision';
      }),
    );
    const fresh = pages.map((p, i) => ({ page: p, item: targets[i]!.item })).filter((_, i) => pressed[i] === 'false');
    expect(fresh.length).toBeGreaterThanOrEqual(8);
    const before = await count();
    await Promise.all(fresh.map(({ page, item }) => bookmarkButton(page, item).click()));
    await expect.poll(count, { timeout: 10_000 }).toBe(before + fresh.length);
    for (const { page, item } of fresh) expect(await bookmarkButton(page, item).getAttribute('aria-pressed')).toBe('true');
    for (const p of pages) await p.close();
  });
});
