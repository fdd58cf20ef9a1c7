/**
 * The background's message handlers over the store. A factory over a database: nothing is
 * kept in memory between messages, so a stopped and restarted service worker (a fresh set of
 * handlers over the same database) sees everything.
 */
import type { Locale } from './schemas.ts';
import { LocaleMessagesSchema, type BackgroundHandlers } from '../messages.ts';
import type { SagssporDB } from './db.ts';
import { isStorageUnavailable } from './unavailable.ts';
import { MessageError, type Sender } from '../messages-core.ts';
import { addBookmark, listBookmarks, removeBookmarks, reportAnchors, updateBookmark, type BookmarkScope } from './bookmarks.ts';
import { saveMeeting } from './meetings.ts';
import { municipalityKey } from './keys.ts';
import { getSettings, setSetting } from './settings.ts';
import { pageTrail, relatedForCase } from './trail.ts';
import { callerOf, webOrigin, type Caller, type ExtensionIdentity } from './sender.ts';
import { casePagePath } from '../trail/contract.ts';
import { readerPagePath } from '../reader-path.ts';

export interface BackgroundDeps {
  /** Show a number on the action icon for one tab ('' clears it). */
  setBadge?: (tabId: number, text: string) => Promise<void>;
  now?: () => Date;
  /** Read `_locales/<locale>/messages.json` of the extension (the background can; content scripts cannot). */
  localeMessages?: (locale: Locale) => Promise<unknown>;
  /** Open one of the extension's own pages (a path such as `/case.html?…`) in a new tab. */
  openExtensionPage?: (path: string, besideTabId: number | undefined) => Promise<void>;
  /** This extension (`browser.runtime.id` and its page origin): messages from anyone else are refused. */
  self?: ExtensionIdentity;
}

/** The identity tests give their handlers; TEST_SENDERS makes senders that match it. */
export const TEST_EXTENSION: ExtensionIdentity = { id: 'sagsspor-test', origin: 'chrome-extension://sagsspor-test/' };

function forbidden(message: string): MessageError {
  return new MessageError('forbidden', message);
}

/** The caller, or a refusal for a sender that is neither our page nor a content script in a tab. */
function who(sender: Sender, self: ExtensionIdentity): Caller {
  const caller = callerOf(sender, self);
  if (caller === null) throw forbidden('this sender may not use the store');
  return caller;
}

/** A content script may name only addresses of its own origin. */
function ownAddress(caller: Caller, url: string): void {
  if (caller.kind === 'page' && webOrigin(url) !== caller.origin) throw forbidden(`a page may only ask about its own site (${caller.origin})`);
}

/** A content script may touch only bookmarks filed under its own origin. */
async function ownBookmarks(db: SagssporDB, caller: Caller, ids: readonly string[]): Promise<void> {
  if (caller.kind !== 'page') return;
  const rows = await db.bookmarks.bulkGet([...ids]);
  for (const row of rows) if (row !== undefined && webOrigin(row.url) !== caller.origin) throw forbidden('a page may only change its own bookmarks');
}

export function createBackgroundHandlers(db: SagssporDB, deps: BackgroundDeps = {}): BackgroundHandlers {
  return storageErrorsNamed(handlersOver(db, deps));
}

/** A store the browser will not open answers every request with 'storage-unavailable', so pages can say so. */
function storageErrorsNamed(handlers: BackgroundHandlers): BackgroundHandlers {
  const wrapped: Record<string, (request: never, sender: Sender) => Promise<unknown>> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (request: never, sender: Sender) => Promise<unknown>][]) {
    wrapped[type] = async (request, sender) => {
      try {
        return await handler(request, sender);
      } catch (error) {
        if (isStorageUnavailable(error)) throw new MessageError('storage-unavailable', 'the browser will not open Sagsspor\'s storage (IndexedDB); nothing is saved');
        throw error;
      }
    };
  }
  return wrapped as unknown as BackgroundHandlers;
}

function handlersOver(db: SagssporDB, deps: BackgroundDeps): BackgroundHandlers {
  const now = deps.now ?? (() => new Date());
  const self = deps.self ?? TEST_EXTENSION;
  return {
    'report-page': async ({ summary, meeting }, sender) => {
      ownAddress(who(sender, self), summary.url);
      let meetingIdValue: string | null = null;
      if (meeting !== null && summary.analysed && meeting.items.length > 0) {
        meetingIdValue = await saveMeeting(db, summary.url, meeting, now());
      }
      const tabId = sender.tab?.id;
      if (tabId !== undefined && deps.setBadge) {
        await deps.setBadge(tabId, summary.analysed && summary.decisionCount > 0 ? String(summary.decisionCount) : '');
      }
      return { meetingId: meetingIdValue };
    },
    'bookmark-item': async ({ target, tags, note }, sender) => {
      ownAddress(who(sender, self), target.url);
      const opts: { tags?: string[]; note?: string; now: Date } = { now: now() };
      if (tags !== undefined) opts.tags = tags;
      if (note !== undefined) opts.note = note;
      return addBookmark(db, target, opts);
    },
    'update-bookmark': async ({ id, note, tags }, sender) => {
      await ownBookmarks(db, who(sender, self), [id]);
      const patch: { note?: string; tags?: string[] } = {};
      if (note !== undefined) patch.note = note;
      if (tags !== undefined) patch.tags = tags;
      return { bookmark: await updateBookmark(db, id, patch, now()) };
    },
    'remove-bookmarks': async ({ ids }, sender) => {
      await ownBookmarks(db, who(sender, self), ids);
      return { removed: await removeBookmarks(db, ids) };
    },
    'list-bookmarks': async ({ scope }, sender) => {
      const caller = who(sender, self);
      if (caller.kind === 'page') {
        // A page gets its own page's bookmarks, never every bookmark or another meeting's.
        if (scope.kind !== 'page') throw forbidden(`a page may only list its own bookmarks, not '${scope.kind}'`);
        ownAddress(caller, scope.url);
      }
      return { bookmarks: await listBookmarks(db, scope as BookmarkScope) };
    },
    'report-anchors': async ({ results }, sender) => {
      await ownBookmarks(db, who(sender, self), results.map((r) => r.id));
      return { updated: await reportAnchors(db, results, now()) };
    },
    'related-items': async ({ municipality, url, caseNumber, current }, sender) => {
      ownAddress(who(sender, self), url);
      return relatedForCase(db, { municipality, url, caseNumber, current: current ?? null });
    },
    'page-trail': async ({ url, meeting, items, limit }, sender) => {
      ownAddress(who(sender, self), url);
      return pageTrail(db, limit === undefined ? { url, meeting, items } : { url, meeting, items, limit });
    },
    'open-case': async ({ municipalityKey: muni, caseNumber }, sender) => {
      const caller = who(sender, self);
      // A page opens the case view of its own site's cases only.
      if (caller.kind === 'page' && muni !== municipalityKey(caller.url)) throw forbidden('a page may only open its own site\'s cases');
      if (!deps.openExtensionPage) return { opened: false };
      await deps.openExtensionPage(casePagePath(muni, caseNumber), sender.tab?.id);
      return { opened: true };
    },
    'open-reader': async ({ url }, sender) => {
      who(sender, self);
      if (!deps.openExtensionPage) return { opened: false };
      await deps.openExtensionPage(readerPagePath(url), sender.tab?.id);
      return { opened: true };
    },
    'get-settings': async (_request, sender) => {
      who(sender, self);
      return { settings: await getSettings(db) };
    },
    'remember-outline': async ({ open }, sender) => {
      who(sender, self);
      await setSetting(db, 'outlineOpen', open);
      return {};
    },
    'get-locale-messages': async ({ locale }) => {
      if (!deps.localeMessages) throw new Error('no locale files here');
      return { messages: LocaleMessagesSchema.parse(await deps.localeMessages(locale)) };
    },
  };
}
