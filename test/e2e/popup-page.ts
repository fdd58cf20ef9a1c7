/**
 * The popup as a page for a given tab (popup.html?tab=<id>), at the size Chromium gives the real
 * popup: its own width (420 px) and its content's height up to Chromium's 600 px limit. Used by
 * the end-to-end tests and `npm run demo` for the popup's screenshots.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';

/** Chromium's largest popup. */
const MAX_POPUP = { width: 800, height: 600 };

/** The tab id of a page open in the browser: brought to the front, it is the active tab (no `tabs` permission needed). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

/** Opens the popup for the tab showing `page` (or for no tab). */
export async function openPopupFor(browser: ExtensionBrowser, page: Page | null): Promise<Page> {
  const tab = page === null ? null : await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: MAX_POPUP.height });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html${tab === null ? '' : `?tab=${tab}`}`);
  await popup.waitForSelector('.page-card');
  return popup;
}

/** A screenshot at the popup's own size: its width, and its height up to 600 px, as Chromium shows it. */
export async function screenshotPopup(popup: Page, path: string): Promise<void> {
  const size = await popup.locator('main.popup').evaluate((el) => ({ width: (el as HTMLElement).offsetWidth, height: el.scrollHeight }));
  await popup.setViewportSize({ width: Math.min(size.width, MAX_POPUP.width), height: Math.min(size.height, MAX_POPUP.height) });
  await popup.screenshot({ path });
}
