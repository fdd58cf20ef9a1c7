/** What the background's handlers need from a real browser: the action badge, the locale files, opening the extension's pages. */
import { browser } from 'wxt/browser';
import type { BackgroundDeps } from './handlers.ts';

export function browserDeps(): BackgroundDeps {
  return {
    localeMessages: async (locale) => {
      const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`));
      if (!response.ok) throw new Error(`no messages for ${locale}`);
      return response.json();
    },
    openExtensionTab: async (path, besideTabId) => {
      const beside = besideTabId === undefined ? undefined : await browser.tabs.get(besideTabId).catch(() => undefined);
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/case.html'), ...(beside ? { index: beside.index + 1, openerTabId: beside.id } : {}) });
    },
    setBadge: async (tabId, text) => {
      try {
        // No count of its own: the tab shows the global badge (unread follows news), as null asks.
        await browser.action.setBadgeText({ tabId, text: text === '' ? (null as unknown as string) : text });
      } catch {
        // The tab closed meanwhile.
      }
    },
  };
}
