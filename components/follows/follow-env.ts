/**
 * What the follows' pages (popup, side panel, options, case view) need from the browser, behind
 * one interface so tests can stand in for it: the follows' messages to the background, the
 * permissions a check needs (a portal's host, notifications) and asking for them, opening links.
 */
import { browser } from 'wxt/browser';
import { originCovered, accessPattern } from '../../lib/follows/access.ts';
import { sendFollowMessage, type FollowReplyOf, type FollowRequestOf, type FollowType } from '../../lib/follows/messages.ts';
import { refusedAddress, safeLink } from '../../lib/safe-link.ts';
import type { Transport } from '../../lib/messages-core.ts';

export interface Permissions {
  /** Host patterns granted (permissions.getAll().origins). */
  origins: string[];
  notifications: boolean;
}

export interface FollowEnv {
  /** The raw channel to the background (the case buttons' client uses it). */
  transport: Transport;
  send<T extends FollowType>(request: FollowRequestOf<T> & { type: T }): Promise<FollowReplyOf<T>>;
  permissions(): Promise<Permissions>;
  /** Ask the browser (straight from a click): granted or not. */
  request(wanted: { origins: string[]; notifications: boolean }): Promise<boolean>;
  /** Calls back when permissions change; returns the unsubscribe. */
  onPermissionsChanged(callback: () => void): () => void;
  /** Open a web address or one of Sagsspor's pages in a new tab. */
  open(url: string): Promise<void>;
}

/**
 * Ask for what checking these portals needs and is not granted yet (and notifications, when
 * they are wanted and not allowed): null when nothing is missing. Call it first in a click.
 */
export function requestMissing(env: FollowEnv, granted: Permissions | null, portals: readonly string[], notify: boolean): Promise<boolean> | null {
  const origins = portals.filter((p) => !originCovered(p, granted?.origins ?? [])).map(accessPattern);
  const notifications = notify && granted?.notifications !== true;
  if (origins.length === 0 && !notifications) return null;
  return env.request({ origins: [...new Set(origins)], notifications });
}

/** A FollowEnv's messages over a transport (the browser's runtime, or a test's router). */
export function followMessaging(transport: Transport): Pick<FollowEnv, 'transport' | 'send'> {
  return {
    transport,
    send: <T extends FollowType>(request: FollowRequestOf<T> & { type: T }) => sendFollowMessage<T>(request, transport),
  };
}

export function browserFollowEnv(): FollowEnv {
  return {
    ...followMessaging((message) => browser.runtime.sendMessage(message)),
    async permissions() {
      const all = await browser.permissions.getAll();
      return { origins: all.origins ?? [], notifications: (all.permissions ?? []).includes('notifications') };
    },
    async request({ origins, notifications }) {
      return browser.permissions.request({ origins, ...(notifications ? { permissions: ['notifications'] } : {}) });
    },
    onPermissionsChanged(callback) {
      const listener = () => callback();
      browser.permissions.onAdded.addListener(listener);
      browser.permissions.onRemoved.addListener(listener);
      return () => {
        browser.permissions.onAdded.removeListener(listener);
        browser.permissions.onRemoved.removeListener(listener);
      };
    },
    async open(url) {
      const safe = safeLink(url, browser.runtime.getURL('/'));
      if (safe === null) throw new Error(refusedAddress(url));
      await browser.tabs.create({ url: safe });
    },
  };
}
