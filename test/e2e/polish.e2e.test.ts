/**
 * Issue 16's surfaces in Debian's Chromium with the built extension: the icon, the welcome page
 * on install, the popup's honest states, keyboard use of the page. Screenshots land in test-results/screenshots/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PAGES, EXTENSION_DIR, OPEN_ROOTS_EXTENSION_DIR, REPO_DIR, launchWithExtension, screenshotPath, type ExtensionBrowser } from './browser.ts';
import { openPopupFor, screenshotPopup, tabIdOf } from './popup-page.ts';
import { contrastViolations } from './axe.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  // The test build with open shadow roots: Playwright clicks inside Sagsspor's UI, and axe checks
  // its contrast, only where it can reach in (the release build's roots are closed).
  browser = await launchWithExtension({ keepWelcome: true, extensionDir: OPEN_ROOTS_EXTENSION_DIR });
});

afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icon', () => {
  it('is in the manifest for the extension and its toolbar button, each PNG at its size, and shows on light and dark toolbars', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      icons?: Record<string, string>;
      action?: { default_icon?: Record<string, string> };
    };
    for (const icons of [manifest.icons, manifest.action?.default_icon]) {
      expect(Object.keys(icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
      for (const [size, file] of Object.entries(icons ?? {})) {
        expect(pngSize(readFileSync(join(EXTENSION_DIR, file)))).toEqual({ width: Number(size), height: Number(size) });
      }
    }
    // The icon as Chromium loads it from the extension, on a light and a dark toolbar.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 200, height: 80 });
    const base = `chrome-extension://${browser.extensionId}/`;
    await page.goto(`${base}popup.html`);
    await page.setContent(
      ['#f1f3f4', '#202124']
        .map((bg) => `<div style="background:${bg};padding:4px;display:flex;gap:8px;align-items:center">${[16, 32]
          .map((s) => `<img src="${base}icon/${s}.png" width="${s}" height="${s}">`)
          .join('')}</div>`)
        .join(''),
    );
    const loaded = await page.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth));
    expect(loaded).toEqual([16, 32, 16, 32]);
    await page.screenshot({ path: await screenshotPath('icon-toolbars') });
    await page.close();
  });
});

describe('first run', () => {
  it('opens the welcome page on install: what it does, a searchable list of portals, how to add a site, privacy, shortcuts', async () => {
    const welcome = browser.welcome;
    expect(welcome?.url()).toBe(`chrome-extension://${browser.extensionId}/welcome.html`);
    const page = welcome!;
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Velkommen til Sagsspor');
    const text = await page.locator('main').innerText();
    for (const heading of ['Hvad Sagsspor gør', 'Kommuner, der virker med det samme', 'Et andet websted', 'Intet forlader browseren', 'Tastaturgenveje']) {
      expect(text).toContain(heading);
    }
    // The shortcuts as the browser has them (here it assigns Alt+Shift+O; a key it did not assign shows as "ingen").
    const shortcuts = await page.locator('.shortcuts').innerText();
    expect(shortcuts).toContain('Alt+Shift+O');
    expect(shortcuts).toMatch(/Vis eller skjul|oversigt/i);
    const rows = page.locator('.portal-list li');
    const all = await rows.count();
    expect(all).toBeGreaterThan(50);
    await page.screenshot({ path: await screenshotPath('welcome'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: await screenshotPath('welcome-dark'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('searchbox').fill('lejre kommune');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.innerText()).toContain('dagsordener.lejre.dk');
    expect(await page.getByTestId('portal-count').innerText()).toBe(`Viser 1 kommune af ${all}`);
    await page.getByRole('searchbox').fill('Sagsby');
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Ingen kendt portal for den kommune.');
  });

  it('can be opened again from the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const link = options.getByRole('link', { name: 'Vis velkomstsiden igen' });
    expect(await link.getAttribute('href')).toBe('/welcome.html');
    await options.close();
  });
});

describe('the popup tells the page\'s real state', () => {
  it('annotated, then hidden with "Vis markeringer igen", then annotated again; light and dark, at the popup\'s own size', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const popup = await openPopupFor(browser, page);
    const state = () => popup.locator('.page-card [data-state]').getAttribute('data-state');
    await expect.poll(state, { timeout: 10_000 }).toBe('annotated');
    expect(await popup.locator('.page-card').innerText()).toContain('Social- og Sundhedsudvalget');
    await screenshotPopup(popup, await screenshotPath('popup-annotated'));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshotPopup(popup, await screenshotPath('popup-annotated-dark'));
    await popup.emulateMedia({ colorScheme: 'light' });
    // Nothing in the popup scrolls sideways.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

    await popup.getByRole('button', { name: 'Skjul markeringer på siden' }).click();
    await expect.poll(state).toBe('hidden');
    expect(await popup.getByRole('button', { name: 'Vis markeringer igen' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Analysér denne side' }).count()).toBe(0);
    expect(await page.locator('[data-sagsspor-outcome], sagsspor-root').count()).toBe(0);
    await screenshotPopup(popup, await screenshotPath('popup-hidden'));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await screenshotPopup(popup, await screenshotPath('popup-hidden-dark'));
    await popup.emulateMedia({ colorScheme: 'light' });

    // Opened again (as a user would), the popup still knows the page is hidden, not "no minutes".
    await popup.reload();
    await expect.poll(state, { timeout: 10_000 }).toBe('hidden');
    await popup.getByRole('button', { name: 'Vis markeringer igen' }).click();
    await expect.poll(state).toBe('annotated');
    await expect.poll(() => page.locator('[data-sagsspor-outcome]').count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

/** The share of the viewport whose topmost element is Sagsspor's UI (a `sagsspor-root` host), sampled every 8 px. */
function sagssporShare(): number {
  let ours = 0;
  let all = 0;
  for (let y = 4; y < innerHeight; y += 8) {
    for (let x = 4; x < innerWidth; x += 8) {
      all++;
      if (document.elementFromPoint(x, y)?.closest('sagsspor-root')) ours++;
    }
  }
  return ours / all;
}

describe('the side panel', () => {
  it('is in the manifest, and shows the active tab\'s meeting: outline with outcomes, a click shows the item and its trail inline', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { side_panel?: { default_path: string }; permissions: string[] };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.permissions).toContain('sidePanel');
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 800 });
    // The other meeting of case 25-004711 is read first, so the trail has somewhere else to show.
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const tab = await tabIdOf(browser, page);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tab}`);
    const rows = panel.locator('.side-outline li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(8);
    expect(await panel.locator('.side-outline .badge[data-outcome]').count()).toBe(8);
    await panel.screenshot({ path: await screenshotPath('side-panel'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: await screenshotPath('side-panel-dark'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.locator('.side-outline button[data-item="3"]').click();
    await expect.poll(() => panel.locator('#side-trail').count()).toBe(1);
    await expect.poll(() => panel.locator('.card').innerText(), { timeout: 10_000 }).toContain('Hele forløbet for sag 25-004711');
    // Inline, under item 3: the same case in Økonomiudvalget's meeting, a link to that exact item.
    const trail = panel.locator('.side-outline li:has(button[data-item="3"]) #side-trail');
    expect(await trail.count()).toBe(1);
    const elsewhere = trail.locator('[data-list="elsewhere"] li');
    await expect.poll(() => elsewhere.count(), { timeout: 10_000 }).toBe(1);
    expect(await elsewhere.innerText()).toContain('Økonomiudvalget · 12. marts 2025 · punkt 2');
    expect(await elsewhere.locator('a').getAttribute('href')).toBe(`${browser.siteUrl}${DEMO_PAGES.dynamicMeeting}#sagsspor-item=2`);
    await trail.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: await screenshotPath('side-panel-trail') });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: await screenshotPath('side-panel-trail-dark') });
    expect(await contrastViolations(panel), 'side panel trail, dark').toEqual([]);
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await contrastViolations(panel), 'side panel trail, light').toEqual([]);
    // (A real side panel sits beside the page; here the page is a tab of its own, brought forward to paint its scroll.)
    await page.bringToFront();
    await expect.poll(() => page.evaluate(() => {
      const top = document.querySelector('[data-sagsspor-item="3"]')!.getBoundingClientRect().top;
      return top >= -2 && top < innerHeight / 2;
    })).toBe(true);
    await panel.close();
    await page.close();
  });
});

describe('search across everything', () => {
  it('"sag …" in the address bar and "Find sagen i Sagsspor" open the search; a short case number finds both demo meetings', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { omnibox?: { keyword: string }; permissions: string[] };
    expect(manifest.omnibox?.keyword).toBe('sag');
    expect(manifest.permissions).toContain('contextMenus');
    // Both demo meetings are read (and stored) by visiting them.
    const page = await browser.context.newPage();
    for (const path of [DEMO_PAGES.staticMeeting, DEMO_PAGES.dynamicMeeting]) {
      await page.goto(browser.siteUrl + path);
      await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    }
    const search = await browser.context.newPage();
    await search.setViewportSize({ width: 1000, height: 800 });
    const hits = search.locator('.search-hits li');
    await expect.poll(async () => {
      await search.goto(`chrome-extension://${browser.extensionId}/case.html?q=25-4711`);
      await search.waitForSelector('.count', { timeout: 10_000 });
      return hits.count();
    }, { timeout: 20_000 }).toBe(2);
    expect(await search.locator('.search-hits a', { hasText: '25-004711' }).count()).toBeGreaterThan(0);
    await search.screenshot({ path: await screenshotPath('search-short-case-number'), fullPage: true });
    await search.emulateMedia({ colorScheme: 'dark' });
    await search.screenshot({ path: await screenshotPath('search-short-case-number-dark'), fullPage: true });
    await search.emulateMedia({ colorScheme: 'light' });
    // Empty: the meetings read most recently.
    await search.goto(`chrome-extension://${browser.extensionId}/case.html`);
    await expect.poll(() => search.locator('[data-testid=recent-meetings] li').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await search.screenshot({ path: await screenshotPath('search-empty-recent') });
    await search.close();
    await page.close();
  });
});

describe('the page on first view', () => {
  it('at 1280×800, Sagsspor\'s UI covers at most 10 % of the viewport: the outline is a small tab in the corner', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const toggle = page.locator('sagsspor-root[data-sagsspor-part="panel"] >> button.toggle');
    await expect.poll(() => toggle.count()).toBe(1);
    const share = await page.evaluate(sagssporShare);
    console.log(`Sagsspor UI on first view at 1280×800: ${(share * 100).toFixed(1)} % of the viewport`);
    expect(share).toBeLessThanOrEqual(0.1);
    // The tab sits in the bottom right corner, whole, inside the viewport.
    const box = (await toggle.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.x).toBeGreaterThan(1280 / 2);
    expect(box.y).toBeGreaterThan(800 / 2);
    // The site's own "Hent hele referatet" is not covered.
    const hent = page.getByText('Hent hele referatet').first();
    if ((await hent.count()) > 0) {
      const covered = await hent.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top !== null && top.closest('sagsspor-root[data-sagsspor-part="panel"]') !== null;
      });
      expect(covered).toBe(false);
    }
    await page.screenshot({ path: await screenshotPath('first-view-1280x800') });
    await page.close();
  });
});

/** The background colour Sagsspor's decision bar is drawn on (its own surface, or none). */
async function decisionSurface(page: Page): Promise<string> {
  return page.locator('sagsspor-root[data-sagsspor-part="decision"]').first().evaluate((host) => getComputedStyle(host).backgroundColor);
}

describe('dark mode that reads', () => {
  it('axe finds 0 contrast violations on the annotated demo page, in light and in dark', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
      await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
      await page.waitForSelector('sagsspor-root[data-sagsspor-part="history"]', { state: 'attached', timeout: 15_000 });
      expect(await contrastViolations(page), scheme).toEqual([]);
      // In dark, the bar has a dark surface of its own; in light, none (the site shows through).
      expect(await decisionSurface(page)).toBe(scheme === 'dark' ? 'rgb(21, 27, 35)' : 'rgba(0, 0, 0, 0)');
      await page.screenshot({ path: await screenshotPath(`demo-annotated-${scheme}`), fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  it('the options\' theme reaches the page: "Mørk" on a light system, "Lys" on a dark one', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const theme = options.locator('select').filter({ has: options.locator('option[value=dark]') });
    const page = await browser.context.newPage();
    for (const [chosen, system, surface] of [['dark', 'light', 'rgb(21, 27, 35)'], ['light', 'dark', 'rgba(0, 0, 0, 0)']] as const) {
      await theme.selectOption(chosen);
      await page.emulateMedia({ colorScheme: system });
      await expect.poll(async () => {
        await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
        await page.waitForSelector('sagsspor-root[data-sagsspor-part="decision"]', { state: 'attached', timeout: 15_000 });
        return decisionSurface(page);
      }, { timeout: 20_000 }).toBe(surface);
      expect(await contrastViolations(page), `${chosen} on ${system}`).toEqual([]);
      await page.screenshot({ path: await screenshotPath(`demo-theme-${chosen}-on-${system}-system`) });
    }
    await theme.selectOption('system');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
    await options.close();
  });
});

describe('keyboard and screen readers on the page', () => {
  it('the note editor takes focus, closes on Escape and gives focus back to its button; case marks announce their card', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const bar = 'sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="3"]';
    const star = page.locator(`${bar} >> button[data-action="bookmark"]`);
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    // The star is decoration: the button's name is its words.
    expect((await star.evaluate((b) => b.querySelector('[aria-hidden="true"]')?.textContent ?? '')).trim()).toBe('★');
    const edit = page.locator(`${bar} >> button[data-action="edit-note"]`);
    await edit.focus();
    await page.keyboard.press('Enter');
    const note = page.locator(`${bar} >> textarea`);
    const focused = (el: Element) => (el.getRootNode() as Document | ShadowRoot).activeElement === el;
    await expect.poll(() => note.evaluate(focused), { timeout: 5_000 }).toBe(true);
    await page.keyboard.type('Følg op');
    await page.keyboard.press('Escape');
    await expect.poll(() => note.count()).toBe(0);
    await expect.poll(() => edit.evaluate(focused)).toBe(true);

    const mark = page.locator('[data-sagsspor-case="25-004711"]').first();
    expect(await mark.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await mark.getAttribute('role')).toBe('button');
    await page.close();
  });
});

describe('every extension page, light and dark', () => {
  it('renders with its heading in both schemes (screenshots for a person to look at)', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    // The case view of the demo's shared case, as the search links it (its meetings were read above).
    await page.goto(`chrome-extension://${browser.extensionId}/case.html?q=25-004711`);
    const caseLink = page.locator('.search-hits a', { hasText: 'Sag 25-004711' }).first();
    await expect.poll(() => caseLink.count(), { timeout: 10_000 }).toBe(1);
    const casePath = (await caseLink.getAttribute('href'))!.replace(/^.*\/(case\.html\?)/, '$1');
    const pages = [
      ['options', 'options.html', 'indstillinger'],
      ['archive', 'archive.html', 'Indeksér en kommunes arkiv'],
      ['case', casePath, '25-004711'],
      ['search', 'case.html', 'Søg i alle møder'],
      ['reader', 'reader.html', ''],
    ] as const;
    for (const [name, path, heading] of pages) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
        await page.waitForSelector('h1', { timeout: 10_000 });
        expect(await page.locator('h1').first().innerText(), `${name} ${scheme}`).toContain(heading);
        await page.screenshot({ path: await screenshotPath(`page-${name}-${scheme}`), fullPage: true });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });
});
