/**
 * Following a case end to end in Chromium. The demo site and its FirstAgenda portal (the fake
 * portal serving the demo's pages beside its JSON API) share the demo's host. The user follows
 * case 25-004711 from a decision bar on a demo page; the portal publishes the Byråd's agenda
 * with that case; "Tjek nu" in the popup; the badge counts it, the "Nyt" list shows it, and its
 * deep link opens the portal's page at the item. The agenda then comes as minutes: the same
 * entry, now with the decision. A failing portal says why in words. After a browser restart
 * the follow, its state and the news are still there. Screenshots in test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOST, DEMO_PAGES, DEMO_SITE_DIR, launchWithExtension, OPEN_ROOTS_EXTENSION_DIR, REPO_DIR, screenshotPath, type ExtensionBrowser } from './browser.ts';
import { openPopupFor, screenshotPopup } from './popup-page.ts';
import { fakeMeetingOf, startFakeFirstAgenda, type FakeServer } from '../fake-firstagenda/server.ts';
import { byraadetAgenda, byraadetMinutes, daysFrom, FOLLOWED_CASE, oekonomiAgenda } from '../fixtures/follows/sagsby-meetings.ts';

const NOW = new Date();
const MEETING_DATE = daysFrom(NOW, 7);

let portal: FakeServer;
let browser: ExtensionBrowser;
let profile: string;

async function launch(): Promise<ExtensionBrowser> {
  return launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR, mappedHosts: [{ host: DEMO_HOST, port: portal.port }], profileDir: profile });
}

beforeAll(async () => {
  // The portal lists an earlier meeting with the case: there before the follow, so not news.
  portal = await startFakeFirstAgenda([fakeMeetingOf(oekonomiAgenda(daysFrom(NOW, -10)))], { staticDir: DEMO_SITE_DIR });
  profile = await mkdtemp(join(tmpdir(), 'sagsspor-follows-profile-'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await rm(profile, { recursive: true, force: true });
});

async function worker(): Promise<Worker> {
  return browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
}

/** The action's badge for every tab without a count of its own. */
async function globalBadge(): Promise<string> {
  return (await worker()).evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

/** axe-core's colour-contrast violations on a page, one line per element. */
async function contrastViolations(page: Page): Promise<string[]> {
  // An extension page's policy refuses injected script tags; evaluating through the debugger is allowed.
  await page.evaluate(readFileSync(join(REPO_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`));
  });
}

async function openManage(popup: Page): Promise<void> {
  const details = popup.locator('[data-testid=follows-manage]');
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
}

describe('following a case from a demo page to the news of a newly published meeting', () => {
  let meetingPage: Page;
  let popup: Page;

  it('follows the case from the decision bar; the portal is listed at once, and nothing is news yet', async () => {
    meetingPage = await browser.context.newPage();
    await meetingPage.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await meetingPage.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const button = meetingPage.locator('sagsspor-root[data-sagsspor-for="3"][data-sagsspor-part="decision"] >> button[data-action="follow-case"]');
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toContain('Følg sagen');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    expect(await button.textContent()).toContain('Følger sagen');
    // The portal is a known one (the demo's content script host): no permission is missing.
    expect(await meetingPage.locator('sagsspor-root[data-sagsspor-for="3"][data-sagsspor-part="decision"] >> [data-follow-note]').count()).toBe(0);
    await meetingPage.locator('sagsspor-root[data-sagsspor-for="3"][data-sagsspor-part="decision"]').scrollIntoViewIfNeeded();
    await meetingPage.screenshot({ path: await screenshotPath('follows-1-follow-on-page') });

    popup = await openPopupFor(browser, meetingPage);
    await openManage(popup);
    const follow = popup.locator('li.follow[data-kind=case]');
    await expect.poll(() => follow.locator('strong').textContent(), { timeout: 10_000 }).toBe(`Sag ${FOLLOWED_CASE} · Sagsby`);
    // The first check lists the portal (the Økonomiudvalg's agenda was there already): ok, nothing new.
    await expect.poll(() => follow.locator('[data-field=last-check]').textContent(), { timeout: 20_000 }).toMatch(/Sidst tjekket .*: ok, intet nyt/);
    expect(await follow.locator('[data-field=access]').textContent()).toBe(`Adgang til ${DEMO_HOST}: givet`);
    expect(await follow.locator('[data-field=next-check]').textContent()).toMatch(/^Næste tjek: .+ kl\. \d\d[.:]\d\d$/);
    expect(await popup.locator('[data-testid=news]').textContent()).toContain('Intet nyt endnu');
    expect(portal.requests.filter((p) => p.startsWith('/api/'))).toEqual(['/api/agenda/udvalgsliste']);
    expect(await globalBadge()).toBe('');
  });

  it('the portal publishes the Byråd\'s agenda with the case; "Tjek nu" makes one entry, a badge and a deep link to the item', async () => {
    portal.publish(fakeMeetingOf(byraadetAgenda(MEETING_DATE)));
    await popup.locator('[data-action=check-now]').first().click();
    const entry = popup.locator('li.news-entry');
    await expect.poll(() => entry.count(), { timeout: 20_000 }).toBe(1);
    expect(await entry.getAttribute('data-unread')).toBe('');
    expect(await entry.locator('.news-change').textContent()).toBe('På dagsordenen');
    expect(await entry.locator('.news-title').textContent()).toContain('Plejeboliger på Lærkevej - udvidelse med 24 boliger');
    expect(await entry.locator('.news-place').textContent()).toMatch(/^Byrådet · .+ · punkt 3/);
    expect(await popup.locator('[data-testid=news-count]').textContent()).toBe('1');
    await expect.poll(() => globalBadge(), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => popup.locator('li.follow [data-field=last-check]').textContent()).toMatch(/: 1 nyt$/);
    await screenshotPopup(popup, await screenshotPath('follows-2-popup-news'));
    // The news and the follow's state read in light and in dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await contrastViolations(popup), colorScheme).toEqual([]);
    }
    await popup.emulateMedia({ colorScheme: 'light' });

    // Checking again finds nothing new: still one entry.
    await popup.locator('[data-action=check-now]').first().click();
    await expect.poll(() => popup.locator('li.follow [data-field=last-check]').textContent(), { timeout: 20_000 }).toMatch(/: ok, intet nyt$/);
    expect(await entry.count()).toBe(1);

    // The entry opens the portal's page at the item, and is read.
    const opened = browser.context.waitForEvent('page');
    await entry.locator('[data-action=open-news]').click();
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(new RegExp(`^http://${DEMO_HOST.replace(/\./g, '\\.')}/vis\\?Dagsorden-Byraadet-d\\.\\d\\d-\\d\\d-\\d{4}-kl\\.17\\.00&id=[0-9a-f-]+#sagsspor-item=3$`));
    const item = page.locator('[data-sagsspor-item="3"]');
    await item.waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toContain('Plejeboliger på Lærkevej');
    await expect
      .poll(async () => {
        const box = await item.boundingBox();
        const viewport = page.viewportSize()!;
        return box !== null && box.y >= 0 && box.y < viewport.height;
      }, { timeout: 10_000 })
      .toBe(true);
    await page.screenshot({ path: await screenshotPath('follows-3-deep-link-at-item') });
    await expect.poll(() => entry.getAttribute('data-unread'), { timeout: 10_000 }).toBeNull();
    await expect.poll(() => globalBadge(), { timeout: 10_000 }).toBe('');
    await page.close();
  });

  it('the agenda comes as minutes: the same entry, now with the decision', async () => {
    portal.publish(fakeMeetingOf(byraadetMinutes(MEETING_DATE)));
    await popup.locator('[data-action=check-now]').first().click();
    const entry = popup.locator('li.news-entry');
    await expect.poll(() => entry.locator('.news-change').textContent(), { timeout: 20_000 }).toBe('Nu med beslutning: Godkendt');
    expect(await entry.count()).toBe(1);
    expect(await entry.getAttribute('data-unread')).toBe('');
    await expect.poll(() => globalBadge(), { timeout: 10_000 }).toBe('1');
    await screenshotPopup(popup, await screenshotPath('follows-4-popup-now-with-decision'));
  });

  it('a portal that fails says why in words', async () => {
    portal.setFault('/api/agenda/udvalgsliste', { kind: 'status', status: 500 });
    await popup.locator('[data-action=check-now]').first().click();
    await openManage(popup);
    await expect
      .poll(() => popup.locator('li.follow [data-field=last-check]').textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`fejlede: ${DEMO_HOST.replace(/\./g, '\\.')} havde en fejl på serveren$`));
    await screenshotPopup(popup, await screenshotPath('follows-5-popup-failure'));
    portal.setFault('/api/agenda/udvalgsliste', null);
  });

  it('the follow, its state and the news survive a browser restart', async () => {
    await browser.close();
    browser = await launch();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#follows`);
    const follow = options.locator('#follows li.follow[data-kind=case]');
    await expect.poll(() => follow.locator('strong').textContent(), { timeout: 15_000 }).toBe(`Sag ${FOLLOWED_CASE} · Sagsby`);
    expect(await follow.locator('[data-field=last-check]').textContent()).toMatch(/fejlede: .* havde en fejl på serveren$/);
    const entry = options.locator('#follows li.news-entry');
    expect(await entry.count()).toBe(1);
    expect(await entry.locator('.news-change').textContent()).toBe('Nu med beslutning: Godkendt');
    await expect.poll(() => globalBadge(), { timeout: 10_000 }).toBe('1');
    await options.locator('#follows').screenshot({ path: await screenshotPath('follows-6-options-after-restart') });
  });
});
