/**
 * "Følg sagen" on a minutes page, in the PDF reader and in the case view: whether a case is
 * followed, follow it, stop. One object per page, shared by every button there (the decision
 * bar and the case card of the same case agree), asking the background (`case-follow`,
 * `follow-case`, `unfollow-case` of lib/messages/content-to-background.ts). The page's own
 * address names the case's place (a page may follow only its own site's cases); the case view
 * names a municipality key. Light: no schemas, no Dexie (the content script imports it).
 */
import type { askBackground } from '../messages/content-script.ts';
import type { PageFollow, Place } from '../messages/follows.ts';

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
export type CasePlace = Place;

const placeKey = (place: CasePlace, caseNumber: string) => `${'url' in place ? place.url : place.municipalityKey}\u0000${caseNumber}`;

/** Sends one request to the background: the content script's `askBackground`, or an extension page's `sendToBackground`. */
export type AskBackground = typeof askBackground;

export function caseFollowClient(ask: AskBackground): CaseFollowClient {
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
        found = ask({ type: 'case-follow', place, caseNumber }).then((r) => r.follow).catch((error: unknown) => {
          known.delete(key);
          throw error;
        });
        known.set(key, found);
      }
      return found;
    },
    async follow(place, caseNumber) {
      const { follow } = await ask({ type: 'follow-case', place, caseNumber });
      known.set(placeKey(place, caseNumber), Promise.resolve(follow));
      changed();
      return follow;
    },
    async unfollow(place, caseNumber, follow) {
      await ask({ type: 'unfollow-case', id: follow.id });
      known.set(placeKey(place, caseNumber), Promise.resolve(null));
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
