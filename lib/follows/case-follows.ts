/**
 * "Følg sagen" on a minutes page, in the PDF reader and in the case view: whether a case is
 * followed, follow it, stop. One object per page, shared by every button there (the decision
 * bar and the case card of the same case agree), asking the background through the follows'
 * messages. The page's own address names the case's place (a page may follow only its own
 * site's cases); the case view names a municipality key. Light: zod/mini only, no Dexie.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { readReply, type Transport } from '../messages-core.ts';
import { normaliseCaseNumber } from '../store/keys.ts';
import { PAGE_FOLLOW_REPLIES, type PageFollow, type PageFollowRequestType } from './page-contract.ts';

/** What the button needs; a fake in tests. */
export interface CaseFollowClient {
  /** The follow of this case, or null when it is not followed. */
  state(place: CasePlace, caseNumber: string): Promise<PageFollow | null>;
  follow(place: CasePlace, caseNumber: string): Promise<PageFollow>;
  unfollow(place: CasePlace, caseNumber: string, follow: PageFollow): Promise<void>;
  /** Called when any case's state changed through this client. */
  subscribe(listener: () => void): () => void;
}

/** A page's address, or (extension pages) a municipality key. */
export type CasePlace = { url: string } | { municipalityKey: string };

const placeKey = (place: CasePlace, caseNumber: string) => `${'url' in place ? place.url : place.municipalityKey}\u0000${caseNumber}`;

async function ask<T extends PageFollowRequestType>(transport: Transport, type: T, request: Record<string, unknown>): Promise<z.output<(typeof PAGE_FOLLOW_REPLIES)[T]>> {
  return readReply(PAGE_FOLLOW_REPLIES[type], await transport({ type, ...request }), type) as z.output<(typeof PAGE_FOLLOW_REPLIES)[T]>;
}

export function caseFollowClient(transport: Transport = (message) => browser.runtime.sendMessage(message)): CaseFollowClient {
  const known = new Map<string, Promise<PageFollow | null>>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  return {
    state(place, caseNumber) {
      const key = placeKey(place, caseNumber);
      let found = known.get(key);
      if (found === undefined) {
        // A page asks by its address; the case view asks for everything and picks (a page may not).
        found = ('url' in place
          ? ask(transport, 'list-follows', { scope: { kind: 'case', url: place.url, caseNumber } }).then((r) => r.follows[0] ?? null)
          : ask(transport, 'list-follows', { scope: 'all' }).then((r) => r.follows.find((f) => f.target.kind === 'case' && f.target.municipalityKey === place.municipalityKey && f.target.caseNumber === normaliseCaseNumber(caseNumber)) ?? null)
        ).catch((error: unknown) => {
          known.delete(key);
          throw error;
        });
        known.set(key, found);
      }
      return found;
    },
    async follow(place, caseNumber) {
      const { follow } = await ask(transport, 'follow', { target: { kind: 'case', caseNumber, place } });
      known.set(placeKey(place, caseNumber), Promise.resolve(follow));
      changed();
      return follow;
    },
    async unfollow(place, caseNumber, follow) {
      await ask(transport, 'unfollow', { id: follow.id });
      known.set(placeKey(place, caseNumber), Promise.resolve(null));
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
