/**
 * The context menus, the omnibox keyword and the keyboard commands: "Analysér denne side" on a
 * page, "Find sagen i Sagsspor" on selected text and "sag …" in the address bar (the search
 * page), "Åbn i Sagsspor" on a link to a PDF (the reader), and the commands, which act on the
 * page in the active tab (its content script does the work).
 */
import { browser, type Browser } from 'wxt/browser';
import { analyseTab } from './analyse-tab.ts';
import { sendToTab } from '../messages/send.ts';
import { PAGE_COMMANDS } from '../messages/to-content-script.ts';
import { PDF_LINK_PATTERNS, readerPagePath } from '../extension-pages/reader-path.ts';
import { searchPagePath } from '../extension-pages/search-path.ts';
import { openSidePanel } from '../extension-pages/side-panel-open.ts';

const ANALYSE_MENU_ID = 'sagsspor-analyse-page';
const READER_MENU_ID = 'sagsspor-open-pdf';
const FIND_CASE_MENU_ID = 'sagsspor-find-case';

/** Created once, on install and update (the browser keeps them). */
export function createMenus(): void {
  browser.contextMenus.create({ id: FIND_CASE_MENU_ID, title: browser.i18n.getMessage('menu_findCase'), contexts: ['selection'] }, () => void browser.runtime.lastError);
  browser.contextMenus.create({ id: ANALYSE_MENU_ID, title: browser.i18n.getMessage('menu_analysePage'), contexts: ['page'] }, () => void browser.runtime.lastError);
  browser.contextMenus.create(
    { id: READER_MENU_ID, title: browser.i18n.getMessage('menu_openInSagsspor'), contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS },
    () => void browser.runtime.lastError,
  );
}

/** The search page for what the user typed or selected. */
export function openSearch(text: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(searchPagePath(text) as '/case.html') });
}

export function onMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): void {
  if (info.menuItemId === FIND_CASE_MENU_ID && typeof info.selectionText === 'string') openSearch(info.selectionText);
  // "Analysér denne side" from the page's context menu (activeTab, as from the popup).
  if (info.menuItemId === ANALYSE_MENU_ID && tab?.id !== undefined) void analyseTab(tab.id);
  // "Åbn i Sagsspor" on a link to a PDF: the reader fetches it (asking for the site if needed).
  if (info.menuItemId === READER_MENU_ID && info.linkUrl && /^https?:\/\//i.test(info.linkUrl)) {
    void browser.tabs.create({ url: browser.runtime.getURL(readerPagePath(info.linkUrl) as '/reader.html'), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  }
}

export function onCommand(name: string, tab: Browser.tabs.Tab | undefined): void {
  // A keyboard command is a user action: the side panel may open from it.
  if (name === 'open-side-panel') {
    if (tab?.windowId !== undefined) void openSidePanel({ windowId: tab.windowId }).catch(() => undefined);
    return;
  }
  const command = PAGE_COMMANDS.find((c) => c === name);
  if (command === undefined || tab?.id === undefined) return;
  void sendToTab(tab.id, { type: 'page-command', command }).catch(() => undefined);
}
