/**
 * A hostile page in Debian's Chromium with the built extension: the MODELLED FirstAgenda page
 * test/fixtures/hostile/firstagenda-hostile.html under a real FirstAgenda host name
 * (dagsordener.lejre.dk → 127.0.0.1), whose titles, decisions, case numbers, section headings,
 * attachment names and "Sagens forløb" entries hold script/HTML/template payloads as text, and
 * one of whose attachment links has a javascript: href. After reading and annotating it and
 * clicking through the outline, a case card, an in-page "bilag" link, a bookmark and the case
 * view: no payload ran (window.__sagssporPwned stays undefined in the page's main world), no
 * dialog opened, the title is unchanged, the payloads show as text in Sagsspor's UI, and no
 * javascript: URL ever became a link of ours. Screenshot: test-results/screenshots/hostile-*.png.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITE_DIR, REPO_DIR, launchWithExtension, OPEN_ROOTS_EXTENSION_DIR, screenshotPath, type ExtensionBrowser } from './browser.ts';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile/payloads.ts';

const HOST = 'dagsordener.lejre.dk';
const PATH = '/vis/referat-hostile.html';
const FIXTURE = join(REPO_DIR, 'test', 'fixtures', 'hostile', 'firstagenda-hostile.html');

const PAYLOAD = HOSTILE_PAYLOADS;
/** The page's <title> as the browser parses it (the source has it HTML-escaped). */
const TITLE = `Børne- og Ungeudvalget - ${PAYLOAD.script}`;

let browser: ExtensionBrowser;
let siteDir: string;

beforeAll(async () => {
  // The fixture as the site would serve it, with the demo site's stylesheet for the screenshot.
  siteDir = mkdtempSync(join(tmpdir(), 'sagsspor-hostile-'));
  mkdirSync(join(siteDir, 'vis'));
  mkdirSync(join(siteDir, 'dist', 'css'), { recursive: true });
  copyFileSync(FIXTURE, join(siteDir, PATH));
  copyFileSync(join(DEMO_SITE_DIR, 'dist', 'css', 'sagsby.css'), join(siteDir, 'dist', 'css', 'sagsby.css'));
  browser = await launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR, extraSites: [{ host: HOST, dir: siteDir }] });
});

afterAll(async () => {
  await browser?.close();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

function panelText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('sagsspor-root[data-sagsspor-part="panel"]')?.shadowRoot?.textContent ?? '');
}

/** In the page's main world: what the payloads would have changed, and what our UI holds. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const ours = all.filter((el) => el.getRootNode() !== document || el.closest('sagsspor-root, [data-sagsspor-case], [data-sagsspor-ref], .sagsspor-item, .sagsspor-decision') !== null);
    const jsHref = (el: Element) => el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '');
    return {
      pwned: (window as unknown as { __sagssporPwned?: unknown }).__sagssporPwned,
      title: document.title,
      scripts: all.filter((el) => el.tagName === 'SCRIPT').length,
      handlerAttributes: all.flatMap((el) => el.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on'))),
      injected: all.filter((el) => ['IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName.toUpperCase())).length,
      ourJsLinks: ours.filter(jsHref).length,
      pageJsLinks: all.filter((el) => jsHref(el) && el.matches('a.bilag-link') && el.getRootNode() === document).length,
      shadowText: Array.from(document.querySelectorAll('sagsspor-root')).map((h) => h.shadowRoot?.textContent ?? '').join('\n'),
    };
  });
}

describe('a hostile minutes page in Chromium', () => {
  it('runs no payload, opens no dialog, keeps the title, shows payloads as text and links no javascript: URL', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`https://${HOST}${PATH}`);
    expect(await page.title()).toBe(TITLE);

    await page.waitForSelector('sagsspor-root', { state: 'attached', timeout: 15_000 });
    await expect.poll(() => page.locator('tr.punktrow[data-sagsspor-item]').count(), { timeout: 15_000 }).toBe(6);
    expect(await page.locator('[data-sagsspor-outcome]').count()).toBe(5);

    // The outline lists the titles literally, payloads and all.
    const outline = page.locator('sagsspor-root[data-sagsspor-part="panel"] >> nav li button[data-item]');
    if ((await outline.count()) === 0) await page.locator('sagsspor-root[data-sagsspor-part="panel"] >> button.toggle').click();
    await expect.poll(() => outline.count()).toBe(6);
    const outlineText = await panelText(page);
    expect(outlineText).toContain(`Godkendelse af dagsorden ${PAYLOAD.script}`);
    expect(outlineText).toContain(`Tilskud til foreninger ${PAYLOAD.svg}`);
    expect(outlineText).toContain(`Ny dagtilbudsstruktur ${PAYLOAD.dollar}`);
    expect(outlineText).toContain(`Orientering: ${PAYLOAD.jsUrl}`);
    expect(outlineText).toContain(PAYLOAD.template);

    // Click through: the outline jumps to item 4, then to item 2.
    await page.locator('sagsspor-root[data-sagsspor-part="panel"] >> nav li button[data-item="4"]').click();
    await page.locator('sagsspor-root[data-sagsspor-part="panel"] >> nav li button[data-item="2"]').click();
    await expect.poll(() => page.evaluate(() => {
      const row = document.querySelector('[data-sagsspor-item="2"]')!.getBoundingClientRect();
      return row.top < innerHeight && row.bottom > 0;
    })).toBe(true);

    // "bilag 2" in item 2's text leads to the attachment whose href is javascript:, without following it.
    const bilag2 = page.locator('[data-sagsspor-item="2"] a[data-sagsspor-ref="attachment"][data-sagsspor-target="2"]').first();
    expect(await bilag2.getAttribute('href')).toBe('#');
    await bilag2.click();
    expect(page.url()).toBe(`https://${HOST}${PATH}`);

    // Bookmark item 2's decision (the store gets the hostile title and decision as data).
    const bookmark = page.locator('sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="2"] >> button[data-action="bookmark"]');
    if ((await bookmark.count()) > 0) {
      await bookmark.click();
      await expect.poll(() => bookmark.getAttribute('aria-pressed'), { timeout: 5_000 }).toBe('true');
    }

    // The case number inside markup-looking text opens the case card.
    const mark = page.locator('span.sagsnummer [data-sagsspor-case="25-004433"]');
    expect(await mark.textContent()).toBe('25-004433');
    expect(await page.locator('[data-sagsspor-item="2"] span.sagsnummer').textContent()).toBe('<b onmouseover="window.__sagssporPwned=7">25-004433</b>');
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect.poll(() => panelText(page)).toContain('25-004433');
    await page.screenshot({ path: await screenshotPath('hostile-card-open') });

    const state = await inspect(page);
    expect(state.pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(state.title).toBe(TITLE);
    expect(state.scripts).toBe(0);
    expect(state.handlerAttributes).toEqual([]);
    expect(state.injected).toBe(0);
    expect(state.ourJsLinks).toBe(0);
    expect(state.pageJsLinks).toBe(1); // the page's own, untouched
    // "Sagens forløb" entries and decisions in our UI, as text.
    expect(state.shadowText).toContain(`Børne- og Ungeudvalget ${PAYLOAD.script}`);
    expect(state.shadowText).toContain(`Økonomiudvalget ${PAYLOAD.svg}`);

    // The case view (an extension page) shows the treatment; the attachments are text, never javascript: links.
    const openCase = page.locator('sagsspor-root[data-sagsspor-part="panel"] >> .card button[data-action="open-case"]');
    await expect.poll(() => openCase.count(), { timeout: 5_000 }).toBe(1);
    const [casePage] = await Promise.all([browser.context.waitForEvent('page', { timeout: 10_000 }), openCase.click()]);
    await casePage.waitForLoadState();
    await casePage.waitForSelector('h1', { timeout: 10_000 });
    await expect.poll(() => casePage.evaluate(() => document.body.textContent ?? ''), { timeout: 10_000 }).toContain(`Tilskud til foreninger ${PAYLOAD.svg}`);
    const caseView = await casePage.evaluate(() => ({
      text: document.body.textContent ?? '',
      jsLinks: Array.from(document.querySelectorAll('a[href]')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      pwned: (window as unknown as { __sagssporPwned?: unknown }).__sagssporPwned,
    }));
    expect(caseView.jsLinks).toBe(0);
    expect(caseView.pwned).toBeUndefined();
    expect(caseView.text).toContain(`Bilag 2: Fordeling ${PAYLOAD.svg}.pdf`);
    await casePage.setViewportSize({ width: 1100, height: 900 });
    await casePage.screenshot({ path: await screenshotPath('hostile-case-view'), fullPage: true });
    await casePage.close();

    // Back on the page: still nothing ran, after everything.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    const after = await inspect(page);
    expect(after.pwned).toBeUndefined();
    expect(after.title).toBe(TITLE);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: await screenshotPath('hostile-annotated'), fullPage: true });
    await page.close();
  });
});
