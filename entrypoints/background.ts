/**
 * The background service worker: owns the store and answers the content scripts' messages
 * (lib/background). Every listener is registered synchronously at the top of main (MV3 restarts
 * the worker for an event only if the listener is registered again at once), and nothing that
 * matters is kept in memory: each message reads and writes the database.
 */
import { browser } from 'wxt/browser';
import { browserDeps } from '../lib/background/browser-deps.ts';
import { createBackgroundHandlers } from '../lib/background/handlers.ts';
import { createMenus, onCommand, onMenuClick, openSearch } from '../lib/background/menus.ts';
import { backgroundRouter } from '../lib/background/router.ts';
import { syncSiteScripts } from '../lib/background/site-scripts.ts';
import { openDb } from '../lib/store/db.ts';
import { installFollows } from '../lib/follows/background.ts';

const BADGE_COLOUR = '#1a7f37';

export default defineBackground(() => {
  const db = openDb();
  // Follows: their alarms, badge and notifications (lib/follows/background.ts); their messages go to the one router below.
  const follows = installFollows(db);

  // Who may ask: our own pages, and content scripts about their own tab's site only.
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener(backgroundRouter(createBackgroundHandlers(db, { ...browserDeps(), follows }), { self }));

  // A new page load in a tab: its old count no longer applies until its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading' && changeInfo.url !== undefined) {
      void browser.action.setBadgeText({ tabId, text: null as unknown as string }).catch(() => undefined);
    }
  });

  browser.omnibox?.onInputEntered.addListener((text) => openSearch(text));
  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.commands.onCommand.addListener(onCommand);

  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());
  browser.runtime.onInstalled.addListener((details) => {
    // First run: the welcome page (what Sagsspor does, which portals work, how to add a site).
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    createMenus();
    void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
    void syncSiteScripts();
  });
  browser.runtime.onStartup.addListener(() => {
    void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => undefined);
    void syncSiteScripts();
  });
});
