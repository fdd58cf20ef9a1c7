/**
 * The background's handlers over the store, one per request of lib/messages/content-to-background.ts
 * and lib/messages/extension-page-to-background.ts (BackgroundHandlers does not compile with one
 * missing; the follows' come from lib/follows/handlers.ts, spread in). The router (./router.ts) has validated the request and named the caller; a handler
 * answers a content script only about its own tab's site. A factory over a database: nothing is
 * kept in memory between messages, so a stopped and restarted service worker (a fresh set of
 * handlers over the same database) sees everything.
 */
import { createFollowHandlers, type FollowDeps } from '../follows/handlers.ts';
import { loadSchedule } from '../follows/store.ts';
import { LocaleMessagesSchema } from '../messages/parts.ts';
import { MessageError } from '../messages/envelope.ts';
import { readerPagePath } from '../extension-pages/reader-path.ts';
import { webOrigin } from '../net/safe-link.ts';
import { casePagePath } from '../extension-pages/search-path.ts';
import { addBookmark, listBookmarks, removeBookmarks, reportAnchors, updateBookmark } from '../store/bookmarks.ts';
import type { SagssporDB } from '../store/db.ts';
import { municipalityKey } from '../store/keys.ts';
import { saveMeeting } from '../store/meetings.ts';
import { getSettings, setSetting } from '../store/settings.ts';
import type { Locale } from '../store/tables/settings.ts';
import { pageTrail, relatedForCase } from '../store/trail.ts';
import type { Caller } from './caller.ts';
import type { BackgroundHandlers } from './router.ts';

export interface BackgroundDeps {
  /** Show a number on the action icon for one tab ('' clears it). */
  setBadge?: (tabId: number, text: string) => Promise<void>;
  now?: () => Date;
  /** Read `_locales/<locale>/messages.json` of the extension (the background can; content scripts cannot). */
  localeMessages?: (locale: Locale) => Promise<unknown>;
  /** Open one of the extension's own pages (a path such as `/case.html?…`) in a new tab, beside `besideTabId`. */
  openExtensionTab?: (path: string, besideTabId: number | undefined) => Promise<void>;
  /** The follows' checks, schedule, badge and permissions (lib/follows/background.ts); without them nothing is checked and no portal may be asked. */
  follows?: FollowDeps;
}

/** Follows where no browser runs checks: every portal without access, no check started, the stored schedule. */
function noFollowChecks(db: SagssporDB, now: () => Date): FollowDeps {
  return {
    now,
    grantedOrigins: async () => [],
    startCheck: async () => ({ started: false, running: false }),
    reschedule: async () => (await loadSchedule(db))?.nextAt ?? null,
    refreshBadge: async () => undefined,
    fetch: async () => {
      throw new Error('no portal may be asked here');
    },
  };
}

function forbidden(message: string): MessageError {
  return new MessageError('forbidden', message);
}

/** A content script may name only addresses of its own origin. */
function ownAddress(caller: Caller, url: string): void {
  if (caller.kind === 'content-script' && webOrigin(url) !== caller.origin) throw forbidden(`a page may only ask about its own site (${caller.origin})`);
}

/** A content script may touch only bookmarks filed under its own origin. */
async function ownBookmarks(db: SagssporDB, caller: Caller, ids: readonly string[]): Promise<void> {
  if (caller.kind !== 'content-script') return;
  const rows = await db.bookmarks.bulkGet([...ids]);
  for (const row of rows) if (row !== undefined && webOrigin(row.url) !== caller.origin) throw forbidden('a page may only change its own bookmarks');
}

export function createBackgroundHandlers(db: SagssporDB, deps: BackgroundDeps = {}): BackgroundHandlers {
  const now = deps.now ?? (() => new Date());
  return {
    // "Følg sagen" and the follows' pages (lib/follows/handlers.ts).
    ...createFollowHandlers(db, deps.follows ?? noFollowChecks(db, now)),
    'report-page': async ({ summary, meeting }, caller) => {
      ownAddress(caller, summary.url);
      let meetingIdValue: string | null = null;
      if (meeting !== null && summary.analysed && meeting.items.length > 0) {
        meetingIdValue = await saveMeeting(db, summary.url, meeting, now());
      }
      if (caller.tabId !== undefined && deps.setBadge) {
        await deps.setBadge(caller.tabId, summary.analysed && summary.decisionCount > 0 ? String(summary.decisionCount) : '');
      }
      return { meetingId: meetingIdValue };
    },
    'bookmark-item': async ({ target, tags, note }, caller) => {
      ownAddress(caller, target.url);
      const opts: { tags?: string[]; note?: string; now: Date } = { now: now() };
      if (tags !== undefined) opts.tags = tags;
      if (note !== undefined) opts.note = note;
      return addBookmark(db, target, opts);
    },
    'update-bookmark': async ({ id, note, tags }, caller) => {
      await ownBookmarks(db, caller, [id]);
      const patch: { note?: string; tags?: string[] } = {};
      if (note !== undefined) patch.note = note;
      if (tags !== undefined) patch.tags = tags;
      return { bookmark: await updateBookmark(db, id, patch, now()) };
    },
    'remove-bookmarks': async ({ ids }, caller) => {
      await ownBookmarks(db, caller, ids);
      return { removed: await removeBookmarks(db, ids) };
    },
    'list-bookmarks': async ({ scope }, caller) => {
      if (caller.kind === 'content-script') {
        // A page gets its own page's bookmarks, never every bookmark or another meeting's.
        if (scope.kind !== 'page') throw forbidden(`a page may only list its own bookmarks, not '${scope.kind}'`);
        ownAddress(caller, scope.url);
      }
      return { bookmarks: await listBookmarks(db, scope) };
    },
    'report-anchors': async ({ results }, caller) => {
      await ownBookmarks(db, caller, results.map((r) => r.id));
      return { updated: await reportAnchors(db, results, now()) };
    },
    'related-items': async ({ municipality, url, caseNumber, current }, caller) => {
      ownAddress(caller, url);
      return relatedForCase(db, { municipality, url, caseNumber, current: current ?? null });
    },
    'page-trail': async ({ url, meeting, items, limit }, caller) => {
      ownAddress(caller, url);
      return pageTrail(db, limit === undefined ? { url, meeting, items } : { url, meeting, items, limit });
    },
    'open-case': async ({ municipalityKey: muni, caseNumber }, caller) => {
      // A page opens the case view of its own site's cases only.
      if (caller.kind === 'content-script' && muni !== municipalityKey(caller.url)) throw forbidden('a page may only open its own site\'s cases');
      if (!deps.openExtensionTab) return { opened: false };
      await deps.openExtensionTab(casePagePath(muni, caseNumber), caller.tabId);
      return { opened: true };
    },
    'open-reader': async ({ url }, caller) => {
      if (!deps.openExtensionTab) return { opened: false };
      await deps.openExtensionTab(readerPagePath(url), caller.tabId);
      return { opened: true };
    },
    'get-settings': async () => ({ settings: await getSettings(db) }),
    'remember-outline': async ({ open }) => {
      await setSetting(db, 'outlineOpen', open);
      return {};
    },
    'get-locale-messages': async ({ locale }) => {
      if (!deps.localeMessages) throw new Error('no locale files here');
      return { messages: LocaleMessagesSchema.parse(await deps.localeMessages(locale)) };
    },
  };
}
