/**
 * The background's handlers of the follows' messages: "Følg sagen" (`case-follow`,
 * `follow-case`, `unfollow-case`, lib/messages/content-to-background.ts) and everything the
 * extension's own pages ask (lib/messages/extension-page-to-background.ts). They join the
 * background's handlers (lib/background/handlers.ts), so one router answers: it has validated
 * the request and named the caller, and refused a content script the extension pages'
 * requests. A factory over a database and the browser's pieces: nothing is kept in memory
 * between messages, so a restarted service worker answers the same.
 *
 * A minutes page (content script) may follow, unfollow and ask about cases of its own site
 * only: the address it gives must be of its own origin (identity from the host, never the text).
 */
import type { FetchLike } from '../systems/firstagenda/archive/api.ts';
import { fetchCommittees } from '../systems/firstagenda/archive/indexer.ts';
import type { Caller, ExtensionPageCaller } from '../background/caller.ts';
import { KNOWN_PORTALS, portalMunicipality } from '../portals/known-portals.ts';
import type { ContentToBackground } from '../messages/content-to-background.ts';
import { MessageError } from '../messages/envelope.ts';
import type { ExtensionPageToBackground } from '../messages/extension-page-to-background.ts';
import type { FollowInput, Place } from '../messages/follows.ts';
import type { HandlersOf } from '../messages/protocol.ts';
import { webOrigin } from '../net/safe-link.ts';
import type { SagssporDB } from '../store/db.ts';
import { municipalityKey, normaliseMunicipality, normaliseCaseNumber, LOCAL_FILE_KEY } from '../store/keys.ts';
import { originCovered } from './access.ts';
import { followIdentity, portalOfPage } from './identity.ts';
import type { FollowSettings, FollowTarget, FollowView, RunReason } from './model.ts';
import { portalForKey } from './portal.ts';
import { addFollow, getFollow, listNews, loadFollowSettings, loadSchedule, markNewsRead, removeFollow, renameFollow, saveFollowSettings, unreadCount } from './store.ts';
import { loadFollowViews } from './views.ts';

/** The follows' requests a page may send ("Følg sagen"). */
type CaseFollowType = 'case-follow' | 'follow-case' | 'unfollow-case';
/** The follows' requests of the extension's own pages. */
type FollowPageType = 'follow' | 'unfollow' | 'rename-follow' | 'list-follows' | 'check-follows' | 'list-news' | 'mark-news-read' | 'follow-settings' | 'portal-committees';

/** One handler per follows request (the background's handler map spreads them in, lib/background/handlers.ts). */
export type FollowHandlers = HandlersOf<Pick<ContentToBackground, CaseFollowType>, Caller> & HandlersOf<Pick<ExtensionPageToBackground, FollowPageType>, ExtensionPageCaller>;

export interface FollowDeps {
  now?: () => Date;
  /** Host patterns the browser grants (permissions.getAll().origins). */
  grantedOrigins(): Promise<string[]>;
  /** Start a check in the background (not waited for); whether one started and whether one is running. */
  startCheck(reason: RunReason, only?: readonly string[]): Promise<{ started: boolean; running: boolean }>;
  /** The interval changed: set the alarm again; the next check's time. */
  reschedule(): Promise<string | null>;
  /** The unread count changed (entries marked read, a follow removed). */
  refreshBadge(): Promise<void>;
  /** For a portal's committee list. */
  fetch: FetchLike;
}

function forbidden(message: string): MessageError {
  return new MessageError('forbidden', message);
}

/** A page may only name an address of its own site. */
function ownAddress(caller: Caller, url: string): void {
  if (caller.kind === 'content-script' && webOrigin(url) !== caller.origin) throw forbidden(`a page may only follow cases of its own site (${caller.origin})`);
}

/** The municipality as people say it, for a key: a known portal's municipality; null for a site. */
function municipalityOfKey(key: string): string | null {
  for (const municipality of KNOWN_PORTALS.values()) if (normaliseMunicipality(municipality) === key) return municipality;
  return null;
}

interface ResolvedPlace {
  municipalityKey: string;
  municipality: string | null;
  portal: string | null;
}

async function resolvePlace(db: SagssporDB, place: Place, caller: Caller): Promise<ResolvedPlace> {
  if ('url' in place) {
    ownAddress(caller, place.url);
    const key = municipalityKey(place.url);
    if (key === 'unknown' || key === LOCAL_FILE_KEY) throw new MessageError('invalid', 'only cases of a web site can be followed (not of a file read from disk)');
    const host = new URL(place.url).hostname;
    return { municipalityKey: key, municipality: portalMunicipality(host), portal: portalOfPage(place.url) };
  }
  if (caller.kind === 'content-script') throw forbidden('a page names its own address, not a municipality');
  return { municipalityKey: place.municipalityKey, municipality: municipalityOfKey(place.municipalityKey), portal: await portalForKey(db, place.municipalityKey) };
}

async function targetOf(db: SagssporDB, input: FollowInput, caller: Caller): Promise<FollowTarget> {
  switch (input.kind) {
    case 'case': {
      const place = await resolvePlace(db, input.place, caller);
      const caseNumber = normaliseCaseNumber(input.caseNumber);
      if (caseNumber === '') throw new MessageError('invalid', 'no case number');
      return { kind: 'case', ...place, caseNumber };
    }
    case 'committee': {
      if (caller.kind === 'content-script') throw forbidden('a page may only follow cases');
      const place = await resolvePlace(db, input.place, caller);
      return { kind: 'committee', ...place, committee: input.committee.trim(), committeeId: input.committeeId };
    }
    case 'search': {
      if (caller.kind === 'content-script') throw forbidden('a page may only follow cases');
      const words = input.words.trim().replace(/\s+/g, ' ');
      if (words === '') throw new MessageError('invalid', 'no words to search for');
      if (input.place === null) return { kind: 'search', municipalityKey: null, municipality: null, portal: null, words, outcomes: [...new Set(input.outcomes)] };
      return { kind: 'search', ...(await resolvePlace(db, input.place, caller)), words, outcomes: [...new Set(input.outcomes)] };
    }
  }
}

export function createFollowHandlers(db: SagssporDB, deps: FollowDeps): FollowHandlers {
  const now = () => (deps.now ?? (() => new Date()))();
  const viewOf = async (id: string): Promise<FollowView> => {
    const view = (await loadFollowViews(db, await deps.grantedOrigins(), now())).find((v) => v.id === id);
    if (view === undefined) throw new MessageError('not-found', 'no such follow');
    return view;
  };
  const follow = async (input: FollowInput, name: string | null, caller: Caller) => {
    const target = await targetOf(db, input, caller);
    const { follow: row, created } = await addFollow(db, target, name, now());
    // The portal's first listing is taken now: what it has today is not news.
    if (created && target.portal !== null) await deps.startCheck('baseline', [target.portal]);
    return { follow: await viewOf(row.id), created };
  };
  const unfollow = async (id: string) => {
    const removed = await removeFollow(db, id);
    await deps.refreshBadge();
    return { removed };
  };
  return {
    'case-follow': async ({ place, caseNumber }, caller) => {
      const { municipalityKey: key } = await resolvePlace(db, place, caller);
      const identity = followIdentity({ kind: 'case', municipalityKey: key, municipality: null, portal: null, caseNumber });
      const views = await loadFollowViews(db, await deps.grantedOrigins(), now());
      return { follow: views.find((v) => v.identity === identity) ?? null };
    },
    // A page's follow has no name of its own: it is named by its case.
    'follow-case': async ({ place, caseNumber }, caller) => follow({ kind: 'case', caseNumber, place }, null, caller),
    'unfollow-case': async ({ id }, caller) => {
      const found = await getFollow(db, id);
      if (found === null) return { removed: false };
      if (caller.kind === 'content-script' && !(found.target.kind === 'case' && found.target.municipalityKey === municipalityKey(caller.url))) throw forbidden('a page may only unfollow cases of its own site');
      return unfollow(id);
    },
    follow: async ({ target, name }, caller) => follow(target, name ?? null, caller),
    unfollow: async ({ id }) => ((await getFollow(db, id)) === null ? { removed: false } : unfollow(id)),
    'rename-follow': async ({ id, name }) => {
      await renameFollow(db, id, name, now());
      return { follow: await viewOf(id) };
    },
    'list-follows': async () => ({ follows: await loadFollowViews(db, await deps.grantedOrigins(), now()) }),
    'check-follows': async () => deps.startCheck('manual'),
    'list-news': async ({ limit }) => ({ news: await listNews(db, limit), unread: await unreadCount(db) }),
    'mark-news-read': async ({ ids }) => {
      const updated = await markNewsRead(db, ids, now());
      await deps.refreshBadge();
      return { updated, unread: await unreadCount(db) };
    },
    'follow-settings': async ({ change }) => {
      const before = await loadFollowSettings(db);
      let settings: FollowSettings = before;
      if (change !== undefined) {
        const patch: Partial<FollowSettings> = {};
        if (change.intervalHours !== undefined) patch.intervalHours = change.intervalHours;
        if (change.notify !== undefined) patch.notify = change.notify;
        if (change.pauseMs !== undefined) patch.pauseMs = change.pauseMs;
        settings = await saveFollowSettings(db, patch);
      }
      const nextCheckAt = settings.intervalHours !== before.intervalHours ? await deps.reschedule() : ((await loadSchedule(db))?.nextAt ?? null);
      return { settings, nextCheckAt };
    },
    'portal-committees': async ({ portal }) => {
      if (!originCovered(portal, await deps.grantedOrigins())) throw forbidden(`no access to ${new URL(portal).host}`);
      const choices = await fetchCommittees(deps.fetch, portal, { timeoutMs: 30_000 });
      return { committees: choices.map((c) => ({ id: c.id, name: c.name })) };
    },
  };
}
