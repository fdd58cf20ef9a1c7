/**
 * Sagsspor's annotations on a site that is dark itself: the demo site with a dark stylesheet
 * (test/fixtures/dark-site/sagsby-dark.css, hand-written), served as the demo host from a
 * temporary copy. Whatever the options' theme (System with a dark or a light system, Mørk,
 * Lys), axe-core finds 0 colour-contrast violations on the annotated page. Open-roots test
 * build, so axe sees inside Sagsspor's UI. Screenshots in test-results/screenshots/.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastViolations } from './axe.ts';
import { DEMO_PAGES, DEMO_SITE_DIR, OPEN_ROOTS_EXTENSION_DIR, REPO_DIR, launchWithExtension, screenshotPath, type ExtensionBrowser } from './browser.ts';

const DARK_CSS = join(REPO_DIR, 'test', 'fixtures', 'dark-site', 'sagsby-dark.css');
const SITE_CSS = '<link href="/dist/css/sagsby.css" rel="stylesheet">';

/** A copy of the demo site whose pages load the dark stylesheet after their own. */
function darkDemoSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sagsspor-dark-site-'));
  cpSync(DEMO_SITE_DIR, dir, { recursive: true });
  cpSync(DARK_CSS, join(dir, 'dist', 'css', 'sagsby-dark.css'));
  const pages = ['index.html', ...readdirSync(join(dir, 'vis')).filter((n) => n.endsWith('.html')).map((n) => join('vis', n))];
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    if (!html.includes(SITE_CSS)) throw new Error(`the demo page ${page} changed: no ${SITE_CSS}`);
    writeFileSync(join(dir, page), html.replace(SITE_CSS, `${SITE_CSS}\n        <link href="/dist/css/sagsby-dark.css" rel="stylesheet">`));
  }
  return dir;
}

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

let browser: ExtensionBrowser;
let siteDir: string;

beforeAll(async () => {
  siteDir = darkDemoSite();
  browser = await launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR, siteDir });
});

afterAll(async () => {
  await browser?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

/** Open a demo meeting and wait until its annotations, the "Sagens forløb" timeline included, are there. */
async function annotated(page: Page, path: string): Promise<void> {
  await page.goto(browser.siteUrl + path);
  await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
  await page.waitForSelector('sagsspor-root[data-sagsspor-part="history"]', { state: 'attached', timeout: 15_000 });
}

describe('annotations on a dark site', () => {
  it('the site is dark: light text on a dark page, before Sagsspor adds anything', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    const colours = await page.evaluate(() => ({ page: getComputedStyle(document.querySelector('.container')!).backgroundColor, text: getComputedStyle(document.body).color }));
    expect(luminance(colours.page)).toBeLessThan(0.05);
    expect(luminance(colours.text)).toBeGreaterThan(0.6);
    await page.close();
  });

  it('axe finds 0 contrast violations with the theme System (dark and light system), Mørk and Lys', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const theme = options.locator('select').filter({ has: options.locator('option[value=dark]') });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const cases = [
      ['system', 'dark'],
      ['system', 'light'],
      ['dark', 'light'],
      ['light', 'dark'],
    ] as const;
    for (const [chosen, system] of cases) {
      await theme.selectOption(chosen);
      await page.emulateMedia({ colorScheme: system });
      // The page reads the theme when it annotates: open the meeting until it shows the chosen one.
      const wanted = chosen === 'system' ? system : chosen;
      await expect
        .poll(async () => {
          await annotated(page, DEMO_PAGES.dynamicMeeting);
          return page.locator('sagsspor-root[data-sagsspor-part="decision"]').first().evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.badge')!).color);
        }, { timeout: 20_000 })
        .toBe(wanted === 'dark' ? 'rgb(240, 246, 252)' : 'rgb(31, 35, 40)');
      expect(await contrastViolations(page), `theme ${chosen}, system ${system}`).toEqual([]);
      await page.screenshot({ path: await screenshotPath(`dark-site-theme-${chosen}-on-${system}-system`), fullPage: true });
    }
    await theme.selectOption('system');
    await page.close();
    await options.close();
  });
});
