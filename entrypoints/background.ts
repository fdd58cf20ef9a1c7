/**
 * The background service worker: owns the store and answers the content scripts' messages.
 * Every listener is registered synchronously at the top of main (MV3 restarts the worker for
 * an event only if the listener is registered again at once), and nothing that matters is
 * kept in memory: each message reads and writes the database.
 */
import { browser } from 'wxt/browser';
import { analyseTab } from '../lib/analyse-tab.ts';
import { handleMessage, PAGE_COMMANDS, sendToTab } from '../lib/messages.ts';
import { openDb } from '../lib/store/db.ts';
import { createBackgroundHandlers } from '../lib/store/handlers.ts';
import { PDF_LINK_PATTERNS, readerPagePath } from '../lib/reader-path.ts';
import { openSidePanel } from '../components/side-panel-open.ts';
import { searchPagePath } from '../lib/search-path.ts';
import { installFollows } from '../lib/follows/background.ts';

const BADGE_COLOUR = '#1a7f37';
const SITES_SCRIPT_ID = 'sagsspor-granted-sites';
const ANALYSE_MENU_ID = 'sagsspor-analyse-page';
const READER_MENU_ID = 'sagsspor-open-pdf';
const FIND_CASE_MENU_ID = 'sagsspor-find-case';

/**
 * Run the content script on the sites the user granted in the options (optional host
 * permissions), besides the sites of the manifest. Called on every permission change and start.
 */
async function syncSiteScripts(): Promise<void> {
  try {
    const builtIn = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []));
    const { origins = [] } = await browser.permissions.getAll();
    const wanted = origins.filter((o) => !builtIn.has(o) && o !== '<all_urls>' && o !== '*://*/*').sort();
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
    if (wanted.length === 0) {
      if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
      return;
    }
    const script = { id: SITES_SCRIPT_ID, matches: wanted, js: ['content-scripts/content.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
    if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    console.warn('[sagsspor] could not register the content script for granted sites', error);
  }
}

export default defineBackground(() => {
  const db = openDb();
  // Follows: their messages, alarms, badge and notifications (lib/follows/background.ts).
  installFollows(db);

  browser.runtime.onMessage.addListener(
    handleMessage(
      createBackgroundHandlers(db, {
        // Who may ask: our own pages, and content scripts about their own tab's site only.
        self: { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
        localeMessages: async (locale) => {
          const response = await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`));
          if (!response.ok) throw new Error(`no messages for ${locale}`);
          return response.json();
        },
        openExtensionPage: async (path, besideTabId) => {
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
      }),
    ),
  );

  // A new page load in a tab: its old count no longer applies until its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading' && changeInfo.url !== undefined) {
      void browser.action.setBadgeText({ tabId, text: null as unknown as string }).catch(() => undefined);
    }
  });

  // "Analysér denne side" from the page's context menu (activeTab, as from the popup).
  // "Find sagen i Sagsspor" on selected text, and the omnibox keyword "sag …": the search page.
  const openSearch = (text: string) => void browser.tabs.create({ url: browser.runtime.getURL(searchPagePath(text) as '/case.html') });
  browser.omnibox?.onInputEntered.addListener((text) => openSearch(text));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === FIND_CASE_MENU_ID && typeof info.selectionText === 'string') openSearch(info.selectionText);
    if (info.menuItemId === ANALYSE_MENU_ID && tab?.id !== undefined) void analyseTab(tab.id);
    // "Åbn i Sagsspor" on a link to a PDF: the reader fetches it (asking for the site if needed).
    if (info.menuItemId === READER_MENU_ID && info.linkUrl && /^https?:\/\//i.test(info.linkUrl)) {
      void browser.tabs.create({ url: browser.runtime.getURL(readerPagePath(info.linkUrl) as '/reader.html'), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
    }
  });

  // Keyboard commands act on the page in the active tab (its content script does the work).
  browser.commands.onCommand.addListener((name, tab) => {
    // A keyboard command is a user action: the side panel may open from it.
    if (name === 'open-side-panel') {
      if (tab?.windowId !== undefined) void openSidePanel({ windowId: tab.windowId }).catch(() => undefined);
      return;
    }
    const command = PAGE_COMMANDS.find((c) => c === name);
    if (command === undefined || tab?.id === undefined) return;
    void sendToTab(tab.id, { type: 'page-command', command }).catch(() => undefined);
  });

  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener((details) => {
    // First run: the welcome page (what Sagsspor does, which portals work, how to add a site).
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    browser.contextMenus.create({ id: FIND_CASE_MENU_ID, title: browser.i18n.getMessage('menu_findCase'), contexts: ['selection'] }, () => void browser.runtime.lastError);
    browser.contextMenus.create({ id: ANALYSE_MENU_ID, title: browser.i18n.getMessage('menu_analysePage'), contexts: ['page'] }, () => void browser.runtime.lastError);
    browser.contextMenus.create(
      { id: READER_MENU_ID, title: browser.i18n.getMessage('menu_openInSagsspor'), contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS },
      () => void browser.runtime.lastError,
    );
    void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
    void syncSiteScripts();
  });
  browser.runtime.onStartup.addListener(() => {
    void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
    void syncSiteScripts();
  });
});
