/**
 * The Firefox build in Debian's Firefox ESR (Puppeteer over WebDriver BiDi, see
 * firefox-browser.ts): the add-on installs, the demo page gets its outcome badges (the same
 * outcomes the parser reads from the page in Node), a page filled by script too, and the
 * background stores what was read (the second meeting's decision counts the first one's
 * treatment of the shared case).
 *
 * Firefox's WebDriver BiDi does not show or open extension pages (moz-extension://; Mozilla bug
 * 1755014), so the popup, the side bar and the other extension pages are tested in Chromium only.
 *
 * Without Firefox the test is skipped with a message, except under CI=true, where it fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeetingOf } from '../demo-site/meeting-pdf.ts';
import { DEMO_PAGES, DEMO_SITE_DIR, screenshotPath } from './browser.ts';
import { FIREFOX_ADDON_ID, FIREFOX_OPEN_ROOTS_EXTENSION_DIR, firefoxAvailable, firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-browser.ts';

const NAME = 'the Firefox build in Firefox ESR';

/** What the parser reads from a demo page in Node: item number → outcome, for items with a decision. */
async function expectedOutcomes(path: string): Promise<Record<string, string>> {
  const html = readFileSync(join(DEMO_SITE_DIR, path), 'utf8');
  const read = await demoMeetingOf(html, path);
  if (read === null) throw new Error(`${path} is not a demo meeting`);
  const out: Record<string, string> = {};
  for (const item of read.meeting.items) if (item.decision !== null) out[item.number] = item.outcome;
  return out;
}

/** Item number → outcome as the page shows them: each decision wrapper inside its item's row. */
function outcomesOnPage(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-sagsspor-outcome]', (els) =>
    Object.fromEntries(els.map((el) => [el.closest('[data-sagsspor-item]')?.getAttribute('data-sagsspor-item') ?? '?', el.getAttribute('data-sagsspor-outcome') ?? ''])),
  );
}

function firefoxTests(): void {
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  }, 120_000);

  afterAll(async () => {
    await firefox?.close();
  });

  it('installs the add-on and annotates the demo meeting: every decision has its outcome badge, the outcomes the parser reads', async () => {
    expect(firefox.addonId).toBe(FIREFOX_ADDON_ID);
    const expected = await expectedOutcomes(DEMO_PAGES.staticMeeting);
    // The demo meeting has several kinds of outcome; a page with none would prove nothing.
    expect(new Set(Object.values(expected)).size).toBeGreaterThanOrEqual(4);
    const page = await firefox.browser.newPage();
    await page.goto(firefox.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 20_000 });
    expect(await outcomesOnPage(page)).toEqual(expected);
    // Sagsspor's UI is on the page, in closed shadow roots as in Chromium: one panel, a badge host per decision.
    const hosts = await page.$$eval('sagsspor-root', (els) => ({
      panels: els.filter((e) => e.getAttribute('data-sagsspor-part') === 'panel').length,
      decisions: els.filter((e) => e.getAttribute('data-sagsspor-part') === 'decision').length,
      open: els.filter((e) => e.shadowRoot !== null).length,
    }));
    expect(hosts).toEqual({ panels: 1, decisions: Object.keys(expected).length, open: 0 });
    expect(await page.$$eval('[data-sagsspor-case="25-004711"]', (els) => els.length)).toBeGreaterThan(0);
    await page.screenshot({ path: await screenshotPath('firefox-demo-static'), fullPage: true });
    await page.close();
  });

  it('annotates the meeting whose rows arrive by script', async () => {
    const expected = await expectedOutcomes(DEMO_PAGES.dynamicMeeting);
    const page = await firefox.browser.newPage();
    await page.goto(firefox.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 20_000 });
    await expect.poll(() => outcomesOnPage(page), { timeout: 10_000 }).toEqual(expected);
    await page.screenshot({ path: await screenshotPath('firefox-demo-dynamic'), fullPage: true });
    await page.close();
  });

  it('the background stores what was read: the second meeting\'s decision says its case was treated in the first (open-roots build)', async () => {
    // The same build with open roots, so the test can read the decision bar's words.
    await firefox.reinstall(FIREFOX_OPEN_ROOTS_EXTENSION_DIR);
    expect(firefox.addonId).toBe(FIREFOX_ADDON_ID);
    const first = await firefox.browser.newPage();
    await first.goto(firefox.siteUrl + DEMO_PAGES.staticMeeting);
    await first.waitForSelector('[data-sagsspor-outcome]', { timeout: 20_000 });
    // The badge says the outcome in Danish words.
    const badge = await first.$eval('[data-sagsspor-outcome="approved"] sagsspor-root', (host) => host.shadowRoot?.textContent ?? '');
    expect(badge).toContain('Godkendt');
    await first.close();

    const page = await firefox.browser.newPage();
    await page.goto(firefox.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-case="25-004711"]', { timeout: 20_000 });
    // Item 2 shares case 25-004711 with the first meeting's item 3.
    const trailCount = () =>
      page.evaluate(
        () =>
          document
            .querySelector('sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="2"]')
            ?.shadowRoot?.querySelector('button[data-action="open-case"]')?.textContent ?? null,
      );
    await expect.poll(trailCount, { timeout: 15_000 }).toBe('1 anden behandling');
    await page.screenshot({ path: await screenshotPath('firefox-demo-trail') });
    await page.close();
  });
}

if (firefoxAvailable()) {
  describe(NAME, firefoxTests);
} else if (process.env.CI === 'true') {
  describe(NAME, () => {
    it('needs Firefox ESR', () => {
      throw new Error(`Firefox is missing at ${firefoxPath()}; CI must have it (.ci/run installs firefox-esr)`);
    });
  });
} else {
  console.warn(`[skipped] ${NAME}: no Firefox at ${firefoxPath()} (apt-get install firefox-esr, or set FIREFOX)`);
  describe.skip(NAME, firefoxTests);
}
