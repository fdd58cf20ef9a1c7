/**
 * The background's message handlers over the store. A factory over a database: nothing is
 * kept in memory between messages, so a stopped and restarted service worker (a fresh set of
 * handlers over the same database) sees everything.
 */
import type { Locale } from './schemas.ts';
import { LocaleMessagesSchema, type BackgroundHandlers } from '../messages.ts';
import type { SagssporDB } from './db.ts';
import {
  addBookmark,
  countBookmarks,
  listBookmarks,
  removeBookmarks,
  reportAnchors,
  restoreBookmarks,
  tagBookmarks,
  updateBookmark,
  type BookmarkScope,
} from './bookmarks.ts';
import { municipalityKey } from './keys.ts';
import { lookupCase, saveMeeting } from './meetings.ts';
import { getSettings, setSetting } from './settings.ts';
import { addLink, linksOfItem, removeLink } from './links.ts';
import { pageTrail, relatedForCase } from './trail.ts';
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
}

export function createBackgroundHandlers(db: SagssporDB, deps: BackgroundDeps = {}): BackgroundHandlers {
  const now = deps.now ?? (() => new Date());
  return {
    'report-page': async ({ summary, meeting }, sender) => {
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
    'bookmark-item': async ({ target, tags, note }) => {
      const opts: { tags?: string[]; note?: string; now: Date } = { now: now() };
      if (tags !== undefined) opts.tags = tags;
      if (note !== undefined) opts.note = note;
      return addBookmark(db, target, opts);
    },
    'update-bookmark': async ({ id, note, tags }) => {
      const patch: { note?: string; tags?: string[] } = {};
      if (note !== undefined) patch.note = note;
      if (tags !== undefined) patch.tags = tags;
      return { bookmark: await updateBookmark(db, id, patch, now()) };
    },
    'remove-bookmarks': async ({ ids }) => ({ removed: await removeBookmarks(db, ids) }),
    'restore-bookmarks': async ({ backups }) => ({ restored: await restoreBookmarks(db, backups, now()) }),
    'tag-bookmarks': async ({ ids, add, remove }) => ({ updated: await tagBookmarks(db, ids, add, remove, now()) }),
    'list-bookmarks': async ({ scope }) => ({ bookmarks: await listBookmarks(db, scope as BookmarkScope) }),
    'get-counts': async ({ scope }) => countBookmarks(db, scope as BookmarkScope),
    'report-anchors': async ({ results }) => ({ updated: await reportAnchors(db, results, now()) }),
    'lookup-case': async ({ municipality, url, caseNumber }) => {
      const items = await lookupCase(db, municipalityKey(municipality, url), caseNumber);
      const meetings = await db.meetings.bulkGet([...new Set(items.map((i) => i.meetingId))]);
      const urls = new Map(meetings.filter((m) => m !== undefined).map((m) => [m.id, m.url]));
      return {
        items: items.map((i) => ({
          meetingId: i.meetingId,
          meetingDate: i.meetingDate,
          committee: i.meetingCommittee,
          url: urls.get(i.meetingId) ?? null,
          itemNumber: i.number,
          title: i.title,
          decision: i.decision,
          outcome: i.outcome,
        })),
      };
    },
    'related-items': async ({ municipality, url, caseNumber, current }) =>
      relatedForCase(db, { municipality, url, caseNumber, current: current ?? null }),
    'page-trail': async ({ url, meeting, items, limit }) => pageTrail(db, limit === undefined ? { url, meeting, items } : { url, meeting, items, limit }),
    'add-link': async ({ from, to, note }) => ({ link: await addLink(db, from, to, note ?? '', now()) }),
    'remove-link': async ({ id }) => ({ removed: await removeLink(db, id) }),
    'list-links': async ({ item }) => ({ links: await linksOfItem(db, item) }),
    'open-case': async ({ municipalityKey: muni, caseNumber }, sender) => {
      if (!deps.openExtensionPage) return { opened: false };
      await deps.openExtensionPage(casePagePath(muni, caseNumber), sender.tab?.id);
      return { opened: true };
    },
    'open-reader': async ({ url }, sender) => {
      if (!deps.openExtensionPage) return { opened: false };
      await deps.openExtensionPage(readerPagePath(url), sender.tab?.id);
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
