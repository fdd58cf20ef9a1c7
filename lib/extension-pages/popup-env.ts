/**
 * What the popup needs from the browser, behind one interface so tests can stand in for it:
 * the active tab, the content script's answers, opening pages.
 */
import { browser } from 'wxt/browser';
import { analyseTab } from '../background/analyse-tab.ts';
import { originPattern } from './site-patterns.ts';
import { openSidePanel } from './side-panel-open.ts';
import { MessageError } from '../messages/envelope.ts';
import { sendToTab } from '../messages/send.ts';
import type { PageSummary } from '../messages/parts.ts';
import type { TextAnchor } from '../messages/parts.ts';
import { refusedAddress, safeLink } from '../net/safe-link.ts';

export interface ActiveTab {
  id: number;
  url: string;
  title: string;
}

export interface PopupEnv {
  activeTab(): Promise<ActiveTab | null>;
  /** The content script's summary of the page; null when nothing answers. */
  pageSummary(tabId: number): Promise<PageSummary | null>;
  /** Run the analysis on the page now (injecting the content script if it is not there); null when it cannot. */
  analyse(tabId: number): Promise<PageSummary | null>;
  /** Scroll to an item on the open page: true found, false not on the page, null no answer. */
  reveal(tabId: number, itemNumber: number, anchor: TextAnchor | null): Promise<boolean | null>;
  /** Show or hide the annotations on the page; its new summary, or null when nothing answers. */
  setAnnotations(tabId: number, on: boolean): Promise<PageSummary | null>;
  /** Open a URL in a new tab. */
  open(url: string): Promise<void>;
  openOptions(): Promise<void>;
  /** Open the side panel for the tab (straight from a click). */
  openSidePanel(tabId: number): Promise<void>;
  /** Ask for permission to read the tab's site from now on (must run straight from a click): granted or not. */
  allowSite(url: string): Promise<boolean>;
}

/** The host shown to the user for a tab's address ("dagsordener.lejre.dk"), or the address itself. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Pages where no extension may run a content script. */
export function canRunOn(url: string): boolean {
  return /^(https?|file):/i.test(url) && !/^https?:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)/i.test(url);
}

async function quietly<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (error) {
    if (!(error instanceof MessageError)) console.warn('[sagsspor]', error);
    return null;
  }
}

export function browserPopupEnv(): PopupEnv {
  return {
    async activeTab() {
      // popup.html?tab=<id> (the popup opened as a page, by the demo and tests) shows that tab.
      // Without the click's activeTab grant the tab's address is hidden: the page's own script says it.
      const asked = Number(new URL(location.href).searchParams.get('tab') ?? '');
      if (Number.isInteger(asked) && asked > 0) {
        const tab = await browser.tabs.get(asked).catch(() => null);
        if (!tab || tab.id === undefined) return null;
        const summary = tab.url ? null : await this.pageSummary(tab.id);
        return { id: tab.id, url: tab.url || summary?.url || '', title: tab.title || summary?.title || '' };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!tab || tab.id === undefined) return null;
      return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
    },
    async pageSummary(tabId) {
      return (await quietly(sendToTab(tabId, { type: 'page-summary' }, { timeoutMs: 1500 })))?.summary ?? null;
    },
    analyse: analyseTab,
    async setAnnotations(tabId, on) {
      return (await quietly(sendToTab(tabId, { type: 'set-annotations', on }, { timeoutMs: 3000 })))?.summary ?? null;
    },
    async reveal(tabId, itemNumber, anchor) {
      return (await quietly(sendToTab(tabId, { type: 'reveal-item', itemNumber, anchor }, { timeoutMs: 2000 })))?.found ?? null;
    },
    async open(url) {
      // Only web addresses and the extension's own pages open; anything else stored is never opened.
      const safe = safeLink(url, browser.runtime.getURL('/'));
      if (safe === null) throw new Error(refusedAddress(url));
      await browser.tabs.create({ url: safe });
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    openSidePanel: (tabId) => openSidePanel({ tabId }),
    async allowSite(url) {
      const pattern = originPattern(url);
      // The background registers the content script for the granted site (permissions.onAdded).
      return pattern !== null && (await browser.permissions.request({ origins: [pattern] }));
    },
  };
}
