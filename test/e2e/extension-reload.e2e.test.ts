/**
 * The extension reloaded (as an update does) while a minutes page is open, in Chromium. The
 * old content script stays on the page, cut off from the background. A new copy injected into
 * the same page (as "Analysér denne side" does) takes over: the old copy takes its annotations
 * back, the new one annotates once, answers the popup's questions and stores a bookmark. A page
 * loaded again after the reload works as well. Test build with open roots (Playwright clicks
 * inside Sagsspor's UI).
 */
import { createServer } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, launchWithExtension, OPEN_ROOTS_EXTENSION_DIR, type ExtensionBrowser } from './browser.ts';

let browser: ExtensionBrowser;
let worker: Worker;
/** Chromium's DevTools port: the browser-level protocol, which Playwright does not give for a persistent context. */
let devtoolsPort: number;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** One browser-level DevTools command. */
async function browserCommand(method: string, params: object): Promise<Record<string, unknown>> {
  const { webSocketDebuggerUrl } = (await (await fetch(`http://127.0.0.1:${devtoolsPort}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(webSocketDebuggerUrl);
  try {
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    const reply = new Promise<{ result?: Record<string, unknown>; error?: { message: string } }>((resolve) =>
      socket.addEventListener('message', (event) => resolve(JSON.parse(String(event.data)) as { result?: Record<string, unknown> }), { once: true }),
    );
    socket.send(JSON.stringify({ id: 1, method, params }));
    const { result, error } = await reply;
    if (error !== undefined || result === undefined) throw new Error(`${method}: ${error?.message ?? 'no result'}`);
    return result;
  } finally {
    socket.close();
  }
}

/** The user clicks Sagsspor's toolbar button on the tab showing `page`: the extension may script that tab now (activeTab). */
async function clickToolbarButton(page: Page): Promise<void> {
  const { targetInfos } = (await browserCommand('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { targetId: string; url: string }[] };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (tab === undefined) throw new Error(`no tab shows ${page.url()}`);
  await browserCommand('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
}

/** What Chromium's extensions page (chrome://extensions) may change: what a user changes there. */
interface DeveloperPrivate {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
}

async function extensionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions/');
  return page;
}

beforeAll(async () => {
  devtoolsPort = await freePort();
  browser = await launchWithExtension({ extensionDir: OPEN_ROOTS_EXTENSION_DIR, extraArgs: [`--remote-debugging-port=${devtoolsPort}`] });
  worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  // Chromium keeps an unpacked extension that reloads only in developer mode (else it disables it
  // as an "unsupported developer extension"); the command line loaded it without.
  const settings = await extensionsPage();
  await settings.evaluate(() => (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  await settings.close();
});

afterAll(async () => {
  await browser?.close();
});

interface ChromeApi {
  runtime: { reload(): void };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
}

/** Reload the extension from its service worker; the new worker once it runs. */
async function reloadExtension(): Promise<Worker> {
  const next = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
  // The worker ends while it answers: its evaluation may fail, the reload happens.
  await worker
    .evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      setTimeout(() => chrome.runtime.reload(), 0);
    })
    .catch(() => undefined);
  worker = await next;
  await expect.poll(() => worker.evaluate(() => typeof (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query), { timeout: 10_000 }).toBe('function');
  return worker;
}

/** The id of the tab showing `page` (brought to the front: the active tab). */
async function tabOf(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

/** What the content script in the tab says of the page (its reply envelope), or the error when none answers. */
async function askPage(tabId: number): Promise<unknown> {
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    try {
      return await chrome.tabs.sendMessage(id, { type: 'page-summary' });
    } catch (error) {
      return { error: String(error) };
    }
  }, tabId);
}

async function bookmarkCount(): Promise<number> {
  return worker.evaluate(async () => {
    const open = indexedDB.open('sagsspor');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('bookmarks', 'readonly');
    const count: number = await new Promise((resolve, reject) => {
      const req = tx.objectStore('bookmarks').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return count;
  });
}

/** What Sagsspor has put on the page, counted from the page's own DOM. */
async function marks(page: Page) {
  return page.evaluate(() => ({
    items: document.querySelectorAll('[data-sagsspor-item]').length,
    decisions: document.querySelectorAll('[data-sagsspor-outcome]').length,
    decisionBars: document.querySelectorAll('sagsspor-root[data-sagsspor-part="decision"]').length,
    panels: document.querySelectorAll('sagsspor-root[data-sagsspor-part="panel"]').length,
    caseMarks: document.querySelectorAll('[data-sagsspor-case]').length,
    nested: document.querySelectorAll('[data-sagsspor-outcome] [data-sagsspor-outcome], [data-sagsspor-case] [data-sagsspor-case], .sagsspor-decision .sagsspor-decision').length,
  }));
}

async function bookmarkIn(page: Page, item: number): Promise<void> {
  const button = page.locator(`sagsspor-root[data-sagsspor-for="${item}"] >> button[data-action="bookmark"]`);
  await button.click({ timeout: 10_000 });
  await expect.poll(() => button.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
}

describe('the extension reloaded while a minutes page is open', () => {
  it('a page loaded again after the reload is annotated once and stores a bookmark', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.dynamicMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    const before = await marks(page);
    await reloadExtension();
    await page.reload();
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(before);
    const stored = await bookmarkCount();
    await bookmarkIn(page, 2);
    await expect.poll(bookmarkCount, { timeout: 10_000 }).toBe(stored + 1);
    await page.close();
  });

  it('a new copy injected into the page takes over from the old one: annotations once, and it reaches the background', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.siteUrl + DEMO_PAGES.staticMeeting);
    await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    await page.locator('sagsspor-root >> button[data-action="bookmark"]').first().waitFor({ timeout: 10_000 });
    const before = await marks(page);
    expect(before.decisions).toBeGreaterThan(0);
    expect(before.panels).toBe(1);
    expect(before.nested).toBe(0);
    // The old copy's panel, held from the page's side to see whether it goes.
    const oldPanel = await page.evaluateHandle(() => document.querySelector('sagsspor-root[data-sagsspor-part="panel"]')!);

    await reloadExtension();
    const tabId = await tabOf(page);
    // The old copy no longer hears the extension; its annotations are still on the page.
    expect(await askPage(tabId)).toHaveProperty('error');
    expect(await oldPanel.evaluate((el) => el.isConnected)).toBe(true);

    // The user clicks Sagsspor's button and "Analysér denne side": the popup's analyseTab finds no
    // script that answers and injects the content script again (lib/background/analyse-tab.ts).
    await clickToolbarButton(page);
    await worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    }, tabId);
    await expect.poll(() => askPage(tabId), { timeout: 10_000 }).toMatchObject({ ok: true, data: { summary: { analysed: true, itemCount: before.items, annotationsOn: true } } });
    // The old copy took its own annotations back; the new one's are there once.
    expect(await oldPanel.evaluate((el) => el.isConnected)).toBe(false);
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(before);

    // The new copy talks to the background: a bookmark from the page is stored.
    const stored = await bookmarkCount();
    await bookmarkIn(page, 3);
    await expect.poll(bookmarkCount, { timeout: 10_000 }).toBe(stored + 1);
    expect(await marks(page)).toEqual(before);
    await page.close();
  });
});
