/**
 * The built extension in Debian's Chromium against the fictional demo site (test/demo-site).
 * Each page is also saved as a screenshot under test-results/screenshots/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, launchWithExtension, screenshotPath, type ExtensionBrowser } from './browser.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built extension in Chromium', () => {
  it('has a live service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(worker).toBeDefined();
    // Evaluating in it proves the worker is running, not just registered.
    expect(await worker!.evaluate(() => location.protocol)).toBe('chrome-extension:');
  });

  it('renders the popup', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 500 });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('body').innerText()).toContain('Sagsspor');
    await page.screenshot({ path: await screenshotPath('popup') });
    await page.close();
  });

  it('mounts its root on a minutes page (static rows)', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    expect(await page.locator('tr.punktrow').count()).toBe(8);
    await page.waitForSelector('sagsspor-root', { state: 'attached', timeout: 10_000 });
    // One panel host for the outline and cards; the small hosts beside decisions are its kin.
    expect(await page.locator('sagsspor-root[data-sagsspor-part="panel"]').count()).toBe(1);
    // The release build's roots are closed: the page's own scripts reach none of them.
    expect(await page.evaluate(() => [...document.querySelectorAll('sagsspor-root')].every((h) => h.shadowRoot === null))).toBe(true);
    await page.screenshot({ path: await screenshotPath('demo-meeting-static'), fullPage: true });
    await page.close();
  });

  it('mounts its root on a minutes page whose rows arrive by script', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('sagsspor-root', { state: 'attached', timeout: 10_000 });
    await page.waitForSelector('tr.punktrow');
    expect(await page.locator('tr.punktrow').count()).toBe(7);
    expect(await page.locator('sagsspor-root[data-sagsspor-part="panel"]').count()).toBe(1);
    await page.screenshot({ path: await screenshotPath('demo-meeting-dynamic'), fullPage: true });
    await page.close();
  });

  it('leaves the listing page alone', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.index);
    expect(await page.locator('a.searchresult').count()).toBe(2);
    // The content script runs at document_idle; give it that long before looking for absence.
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.locator('sagsspor-root').count()).toBe(0);
    await page.screenshot({ path: await screenshotPath('demo-index'), fullPage: true });
    await page.close();
  });
});
