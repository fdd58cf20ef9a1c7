/**
 * Page annotations in Debian's Chromium with the built extension: the real Aarhus FirstAgenda
 * page under its real host name (dagsordener.aarhus.dk → 127.0.0.1) and the demo site. Saves
 * screenshots (annotated page, outline open, case card open) to test-results/screenshots/.
 */
import { copyFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTCOME_LABELS } from '../../lib/parser/outcome.ts';
import { describeShared, sharedAvailable, sharedPath, readShared } from '../shared.ts';
import { DEMO_PAGES, launchWithExtension, OPEN_ROOTS_EXTENSION_DIR, screenshotPath, type ExtensionBrowser } from './browser.ts';

const AARHUS_HOST = 'dagsordener.aarhus.dk';
const AARHUS_PATH = '/vis/referat-teknisk-udvalg-2025-10-01.html';

let browser: ExtensionBrowser;
let aarhusDir: string | null = null;

beforeAll(async () => {
  const extraSites = [];
  if (sharedAvailable) {
    // The saved page as the real site serves it, under its path and host name (a copy in a temp dir).
    aarhusDir = mkdtempSync(join(tmpdir(), 'sagsspor-aarhus-'));
    mkdirSync(join(aarhusDir, 'vis'));
    copyFileSync(sharedPath('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html'), join(aarhusDir, AARHUS_PATH));
    extraSites.push({ host: AARHUS_HOST, dir: aarhusDir });
  }
  browser = await launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR, extraSites });
});

afterAll(async () => {
  await browser?.close();
  if (aarhusDir) rmSync(aarhusDir, { recursive: true, force: true });
});

/** Text inside the panel's shadow root. */
function panelText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('sagsspor-root[data-sagsspor-part="panel"]')?.shadowRoot?.textContent ?? '');
}

/** Open a demo meeting until it is annotated, and close it: reading a meeting stores it (the background indexes what is read). */
async function readMeeting(path: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(browser.siteUrl + path);
  await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
  await page.close();
}

/** The slice of the extension API the worker-side helper uses. */
interface ChromeTabs {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<{ ok: boolean } | undefined>;
  };
}

/** Ask the page's content script, as the popup does, to switch its annotations off or on. */
async function setAnnotations(page: Page, on: boolean): Promise<void> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0]!;
  await worker.evaluate(async (on) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    const reply = await chrome.tabs.sendMessage(tab.id, { type: 'set-annotations', on });
    if (!reply?.ok) throw new Error(JSON.stringify(reply));
  }, on);
}

/** Every outcome in Danish words: the page speaks the options' language, Danish by default, whatever the browser's. */
const OUTCOME_WORDS = new RegExp(Object.values(OUTCOME_LABELS).map((l) => l.da).join('|'));

describeShared('the real Aarhus page in Chromium', () => {
  const expected = JSON.parse(readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.expected.json')) as {
    items: { number: string; case_number: string | null; decision: string }[];
  };

  it('every decision carries its outcome, every case number is marked, the outline lists every item', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://${AARHUS_HOST}${AARHUS_PATH}`);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const withDecision = expected.items.filter((i) => i.decision !== '');
    expect(await page.locator('[data-sagsspor-outcome]').count()).toBe(withDecision.length);
    for (const item of expected.items) {
      const row = page.locator(`tr.punktrow[data-sagsspor-item="${item.number}"]`);
      expect(await row.count(), `item ${item.number}`).toBe(1);
      if (item.case_number) {
        expect(await row.locator(`[data-sagsspor-case="${item.case_number.toUpperCase()}"][data-sagsspor-format="emn"]`).count()).toBeGreaterThan(0);
      }
    }
    // The badge says the outcome in words, in Danish (the default language; this Chromium runs in English).
    const badge = await page.evaluate(() => document.querySelector('[data-sagsspor-outcome] sagsspor-root')?.shadowRoot?.textContent ?? '');
    expect(badge).toMatch(OUTCOME_WORDS);
    // The outline starts as a small tab unless the user chose otherwise: open it.
    const toggle = page.locator('sagsspor-root[data-sagsspor-part="panel"] >> button.toggle');
    if ((await toggle.count()) > 0) await toggle.click();
    await expect.poll(() => panelText(page)).toContain(expected.items[0]!.number);
    await page.screenshot({ path: await screenshotPath('aarhus-annotated-outline-open') });

    // The outline jumps: click the last item.
    const last = expected.items[expected.items.length - 1]!;
    await page.locator(`sagsspor-root[data-sagsspor-part="panel"] >> nav li button[data-item="${last.number}"]`).click();
    await expect.poll(() => page.evaluate((n) => {
      const row = document.querySelector(`[data-sagsspor-item="${n}"]`)!.getBoundingClientRect();
      return row.top < innerHeight && row.bottom > 0;
    }, last.number)).toBe(true);

    // The case card opens on a click, with the number, its format and "elsewhere".
    const mark = page.locator('[data-sagsspor-case]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect.poll(() => panelText(page)).toMatch(/Ikke set i andre møder endnu|punkt \d/);
    expect(await panelText(page)).toContain('EMN-');
    await page.screenshot({ path: await screenshotPath('aarhus-case-card') });
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('switching off restores the page; on again annotates it again', async () => {
    const page = await browser.context.newPage();
    const url = `https://${AARHUS_HOST}${AARHUS_PATH}`;
    await page.goto(url);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    await setAnnotations(page, false);
    const off = await page.evaluate(() => document.documentElement.outerHTML);
    expect(off).not.toMatch(/sagsspor/i);
    await setAnnotations(page, true);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 5_000 });
    await setAnnotations(page, false);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(off);
    await page.close();
  });
});

describe('the demo site in Chromium', () => {
  it('annotates the static meeting; a deep link scrolls to the item', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${browser.siteUrl}${DEMO_PAGES.staticMeeting}#sagsspor-item=6`);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    expect(await page.locator('tr.punktrow[data-sagsspor-item]').count()).toBe(8);
    expect(await page.locator('[data-sagsspor-case]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => {
      const row = document.querySelector('[data-sagsspor-item="6"]')!.getBoundingClientRect();
      return row.top >= -2 && row.top < innerHeight / 2;
    })).toBe(true);
    await page.screenshot({ path: await screenshotPath('demo-static-annotated') });
    // The action icon's badge shows the page's number of decisions.
    await page.bringToFront();
    const badge = () =>
      browser.context.serviceWorkers()[0]!.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: ChromeTabs['tabs']; action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        };
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
      });
    const decisions = await page.locator('[data-sagsspor-outcome]').count();
    await expect.poll(badge).toBe(String(decisions));
    await page.close();
  });

  it('the outline starts closed as a small tab; the user\'s choice (open, closed) is kept for the next page', async () => {
    const panel = (page: Page) => page.locator('sagsspor-root[data-sagsspor-part="panel"]');
    const startsAs = async (page: Page, path: string, open: boolean) =>
      expect.poll(async () => {
        await page.goto(browser.siteUrl + path);
        await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
        return (await panel(page).locator('nav').count()) === (open ? 1 : 0) && (await panel(page).locator('button.toggle').count()) === (open ? 0 : 1);
      }, { timeout: 20_000 }).toBe(true);
    // (A fresh profile's first page starts closed: test/e2e/polish.e2e.test.ts. Here an earlier
    // test may have opened it, so close it first if so.)
    const first = await browser.context.newPage();
    await first.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await first.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    if ((await panel(first).locator('nav button.close').count()) > 0) await panel(first).locator('nav button.close').click();
    await startsAs(first, DEMO_PAGES.staticMeeting, false);
    await panel(first).locator('button.toggle').click();
    await expect.poll(() => panel(first).locator('nav li').count()).toBe(8);
    await first.close();

    const second = await browser.context.newPage();
    await startsAs(second, DEMO_PAGES.dynamicMeeting, true);
    await panel(second).locator('nav button.close').click();
    await expect.poll(() => panel(second).locator('button.toggle').count()).toBe(1);
    await second.close();

    const next = await browser.context.newPage();
    await startsAs(next, DEMO_PAGES.staticMeeting, false);
    // Opened again (as the other tests expect it).
    await panel(next).locator('button.toggle').click();
    await expect.poll(() => panel(next).locator('nav li').count()).toBe(8);
    await next.close();
  });

  it('"Åbn referatet i Sagsspor" beside "Hent hele referatet" opens the meeting\'s PDF in the reader, with the page\'s decisions', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const onPage = await page.locator('[data-sagsspor-outcome]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sagsspor-outcome')));
    const button = page.locator('sagsspor-root >> button[data-action="open-reader"]');
    expect(await button.count()).toBe(1);
    const opened = browser.context.waitForEvent('page');
    await button.click();
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toContain(`chrome-extension://${browser.extensionId}/reader.html?url=`);
    const items = reader.locator('[data-sagsspor-item]');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(8);
    await expect
      .poll(() => reader.locator('[data-sagsspor-outcome]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sagsspor-outcome'))))
      .toEqual(onPage);
    await reader.screenshot({ path: await screenshotPath('demo-meeting-pdf-in-reader') });
    await reader.close();
    await page.close();
  });

  it('annotates the meeting whose rows arrive by script, once', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    expect(await page.locator('tr.punktrow[data-sagsspor-item]').count()).toBe(7);
    // Settled: one panel, one bar per decision, however many times the page changed.
    await page.waitForTimeout(800);
    expect(await page.locator('sagsspor-root[data-sagsspor-part="panel"]').count()).toBe(1);
    const decisions = await page.locator('[data-sagsspor-outcome]').count();
    expect(await page.locator('sagsspor-root[data-sagsspor-part="decision"]').count()).toBe(decisions);
    await page.screenshot({ path: await screenshotPath('demo-dynamic-annotated'), fullPage: true });
    await page.close();
  });

  it('the case card on the second meeting lists the first meeting\'s item with the same case; its link opens that item', async () => {
    await readMeeting(DEMO_PAGES.staticMeeting);

    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-case="25-004711"]', { timeout: 15_000 });
    const mark = page.locator('span.sagsnummer [data-sagsspor-case="25-004711"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const link = page.locator('sagsspor-root[data-sagsspor-part="panel"] >> [data-list="elsewhere"] a');
    await expect.poll(() => link.count(), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await link.first().textContent()).toContain('Plejeboliger på Lærkevej - udvidelse med 24 boliger');
    expect(await panelText(page)).toContain('Social- og Sundhedsudvalget');
    await page.screenshot({ path: await screenshotPath('demo-case-card-elsewhere') });
    await link.first().click();
    await page.waitForURL(/referat-social-og-sundhedsudvalget-2025-03-04\.html#sagsspor-item=3$/);
    await page.waitForSelector('[data-sagsspor-item="3"][data-sagsspor-flash]', { timeout: 10_000 });
    await expect.poll(() => page.evaluate(() => {
      const row = document.querySelector('[data-sagsspor-item="3"]')!.getBoundingClientRect();
      return row.top >= -2 && row.top < innerHeight / 2;
    })).toBe(true);
    await page.screenshot({ path: await screenshotPath('demo-case-link-landed') });
    await page.close();
  });

  it('the decision says how many other treatments its case has; the case view opens from the card with the whole trail', async () => {
    await readMeeting(DEMO_PAGES.staticMeeting);

    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-case="25-004711"]', { timeout: 15_000 });
    // The decision bar of item 2 (same case as the first meeting's item 3).
    const count = page.locator('sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="2"] >> button[data-action="open-case"]');
    await expect.poll(() => count.count(), { timeout: 10_000 }).toBe(1);
    expect(await count.textContent()).toBe('1 anden behandling');
    // "Sagens forløb": the entry of 4 March is the first meeting's item, a link to it.
    const history = page.locator('sagsspor-root[data-sagsspor-part="history"][data-sagsspor-for="2"] >> li[data-resolved] a');
    await expect.poll(() => history.count(), { timeout: 10_000 }).toBe(1);
    expect(await history.getAttribute('href')).toMatch(/referat-social-og-sundhedsudvalget-2025-03-04\.html#sagsspor-item=3$/);
    await count.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshotPath('demo-trail-on-decision') });

    const mark = page.locator('span.sagsnummer [data-sagsspor-case="25-004711"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const openCase = page.locator('sagsspor-root[data-sagsspor-part="panel"] >> .card button[data-action="open-case"]');
    await expect.poll(() => openCase.count(), { timeout: 5_000 }).toBe(1);
    const [casePage] = await Promise.all([browser.context.waitForEvent('page', { timeout: 10_000 }), openCase.click()]);
    await casePage.waitForLoadState();
    expect(casePage.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/case\\.html\\?m=.+&c=25-004711$`));
    await casePage.waitForSelector('h1', { timeout: 10_000 });
    const text = await casePage.locator('body').innerText();
    expect(text).toContain('25-004711');
    // Both treatments, across two committees, with their decisions.
    expect(text).toContain('Social- og Sundhedsudvalget');
    expect(text).toContain('Økonomiudvalget');
    expect(text).toContain('Plejeboliger på Lærkevej - udvidelse med 24 boliger');
    expect(text).toContain('Plejeboliger på Lærkevej - anlægsbevilling');
    await casePage.setViewportSize({ width: 1100, height: 900 });
    await casePage.screenshot({ path: await screenshotPath('demo-case-view'), fullPage: true });
    await casePage.close();
    await page.close();
  });
});
