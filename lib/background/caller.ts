/**
 * Who sent a message to the background, from what the browser says about the sender (never
 * from the message itself): one of the extension's own pages (popup, options, case view,
 * reader), or a content script, which may ask only about its own tab's address. Anything else
 * (another extension, a page without a tab) is refused.
 */
import type { Sender } from '../messages/protocol.ts';
import { webOrigin } from '../net/safe-link.ts';

export type ExtensionPageCaller = {
  /** An extension page: `sender.id` is this extension and its address is one of our pages. */
  kind: 'extension-page';
  /** The tab it shows in, when it is a tab (the reader, the case view); not for the popup. */
  tabId: number | undefined;
};

export type ContentScriptCaller = {
  /** A content script: the address of the frame it runs in, and its tab. */
  kind: 'content-script';
  url: string;
  origin: string;
  tabId: number;
};

export type Caller = ExtensionPageCaller | ContentScriptCaller;

export interface ExtensionIdentity {
  /** `browser.runtime.id`. */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  origin: string;
}

export function callerOf(sender: Sender, self: ExtensionIdentity): Caller | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(self.origin)) return { kind: 'extension-page', tabId: sender.tab?.id };
  const tabId = sender.tab?.id;
  const origin = webOrigin(url);
  if (tabId === undefined || origin === null) return null;
  // Chromium also gives `sender.origin`: where it is given, it must agree with the address.
  if (sender.origin !== undefined && sender.origin !== origin) return null;
  return { kind: 'content-script', url, origin, tabId };
}
