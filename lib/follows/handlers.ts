/**
 * The background's handlers of the follows' messages (lib/follows/messages.ts). A factory over
 * a database and the browser's pieces: nothing is kept in memory between messages, so a
 * restarted service worker answers the same.
 *
 * Who may ask: a minutes page (content script) may follow, unfollow and ask about cases of its
 * own site (the address it gives must be of its own origin; identity from the host, never the
 * text); everything else only the extension's own pages.
 */
import type { FetchLike } from '../archive/api.ts';
import { fetchCommittees } from '../archive/indexer.ts';
import { KNOWN_PORTALS, portalMunicipality } from '../known-portals.ts';
import { MessageError, type Sender } from '../messages-core.ts';
import type { SagssporDB } from '../store/db.ts';
import { municipalityKey, normaliseCaseNumber, normaliseMunicipality, LOCAL_FILE_KEY } from '../store/keys.ts';
import { callerOf, webOrigin, type Caller, type ExtensionIdentity } from '../store/sender.ts';
import { isStorageUnavailable } from '../store/unavailable.ts';
import { followIdentity, portalOfPage } from './identity.ts';
import { portalForKey } from './portal.ts';
import type { FollowHandlers, FollowInput, Place } from './messages.ts';
import type { FollowSettings, FollowTarget, FollowView, RunReason } from './model.ts';
import { addFollow, getFollow, listNews, loadSchedule, markNewsRead, removeFollow, renameFollow, saveFollowSettings, loadFollowSettings, unreadCount, FollowError } from './store.ts';
import { loadFollowViews } from './views.ts';
import { originCovered } from './access.ts';

export interface FollowDeps {
  /** This extension: messages from anyone else are refused. */
  self: ExtensionIdentity;
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

function who(sender: Sender, self: ExtensionIdentity): Caller {
  const caller = callerOf(sender, self);
  if (caller === null) throw forbidden('this sender may not follow anything');
  return caller;
}

function extensionOnly(sender: Sender, self: ExtensionIdentity): void {
  if (who(sender, self).kind !== 'extension') throw forbidden('only Sagsspor\'s own pages may do this');
}

/** A page may only name an address of its own site. */
function ownAddress(caller: Caller, url: string): void {
  if (caller.kind === 'page' && webOrigin(url) !== caller.origin) throw forbidden(`a page may only follow cases of its own site (${caller.origin})`);
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
  if (caller.kind === 'page') throw forbidden('a page names its own address, not a municipality');
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
      if (caller.kind === 'page') throw forbidden('a page may only follow cases');
      const place = await resolvePlace(db, input.place, caller);
      return { kind: 'committee', ...place, committee: input.committee.trim(), committeeId: input.committeeId };
    }
    case 'search': {
      if (caller.kind === 'page') throw forbidden('a page may only follow cases');
      const words = input.words.trim().replace(/\s+/g, ' ');
      if (words === '') throw new MessageError('invalid', 'no words to search for');
      if (input.place === null) return { kind: 'search', municipalityKey: null, municipality: null, portal: null, words, outcomes: [...new Set(input.outcomes)] };
      return { kind: 'search', ...(await resolvePlace(db, input.place, caller)), words, outcomes: [...new Set(input.outcomes)] };
    }
  }
}

export function createFollowHandlers(db: SagssporDB, deps: FollowDeps): FollowHandlers {
  return storageErrorsNamed(handlersOver(db, deps));
}

/** A store the browser will not open answers every request with 'storage-unavailable'. */
function storageErrorsNamed(handlers: FollowHandlers): FollowHandlers {
  const wrapped: Record<string, (request: never, sender: Sender) => Promise<unknown>> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (request: never, sender: Sender) => Promise<unknown>][]) {
    wrapped[type] = async (request, sender) => {
      try {
        return await handler(request, sender);
      } catch (error) {
        if (isStorageUnavailable(error)) throw new MessageError('storage-unavailable', 'the browser will not open Sagsspor\'s storage (IndexedDB); nothing is saved');
        if (error instanceof FollowError) throw new MessageError(error.code, error.message);
        throw error;
      }
    };
  }
  return wrapped as unknown as FollowHandlers;
}

function handlersOver(db: SagssporDB, deps: FollowDeps): FollowHandlers {
  const now = () => (deps.now ?? (() => new Date()))();
  const viewOf = async (id: string): Promise<FollowView> => {
    const view = (await loadFollowViews(db, await deps.grantedOrigins(), now())).find((v) => v.id === id);
    if (view === undefined) throw new MessageError('not-found', 'no such follow');
    return view;
  };
  return {
    follow: async ({ target: input, name }, sender) => {
      const caller = who(sender, deps.self);
      const target = await targetOf(db, input, caller);
      const { follow, created } = await addFollow(db, target, caller.kind === 'page' ? null : (name ?? null), now());
      // The portal's first listing is taken now: what it has today is not news.
      if (created && target.portal !== null) await deps.startCheck('baseline', [target.portal]);
      return { follow: await viewOf(follow.id), created };
    },
    unfollow: async ({ id }, sender) => {
      const caller = who(sender, deps.self);
      const follow = await getFollow(db, id);
      if (follow === null) return { removed: false };
      if (caller.kind === 'page' && !(follow.target.kind === 'case' && follow.target.municipalityKey === municipalityKey(caller.url))) throw forbidden('a page may only unfollow cases of its own site');
      const removed = await removeFollow(db, id);
      await deps.refreshBadge();
      return { removed };
    },
    'rename-follow': async ({ id, name }, sender) => {
      extensionOnly(sender, deps.self);
      await renameFollow(db, id, name, now());
      return { follow: await viewOf(id) };
    },
    'list-follows': async ({ scope }, sender) => {
      const caller = who(sender, deps.self);
      const views = await loadFollowViews(db, await deps.grantedOrigins(), now());
      if (scope === 'all') {
        if (caller.kind === 'page') throw forbidden('a page may only ask about its own cases');
        return { follows: views };
      }
      ownAddress(caller, scope.url);
      const key = municipalityKey(scope.url);
      const identity = followIdentity({ kind: 'case', municipalityKey: key, municipality: null, portal: null, caseNumber: scope.caseNumber });
      return { follows: views.filter((v) => v.identity === identity) };
    },
    'check-follows': async (_request, sender) => {
      extensionOnly(sender, deps.self);
      return deps.startCheck('manual');
    },
    'list-news': async ({ limit }, sender) => {
      extensionOnly(sender, deps.self);
      return { news: await listNews(db, limit), unread: await unreadCount(db) };
    },
    'mark-news-read': async ({ ids }, sender) => {
      extensionOnly(sender, deps.self);
      const updated = await markNewsRead(db, ids, now());
      await deps.refreshBadge();
      return { updated, unread: await unreadCount(db) };
    },
    'follow-settings': async ({ change }, sender) => {
      extensionOnly(sender, deps.self);
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
    'portal-committees': async ({ portal }, sender) => {
      extensionOnly(sender, deps.self);
      if (!originCovered(portal, await deps.grantedOrigins())) throw forbidden(`no access to ${new URL(portal).host}`);
      const choices = await fetchCommittees(deps.fetch, portal, { timeoutMs: 30_000 });
      return { committees: choices.map((c) => ({ id: c.id, name: c.name })) };
    },
  };
}
