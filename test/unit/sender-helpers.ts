/** Senders as the browser describes them, for handlers made with the test identity (TEST_EXTENSION). */
import type { Sender } from '../../lib/messages-core.ts';
import { TEST_EXTENSION } from '../../lib/store/handlers.ts';

/** One of the extension's own pages (popup, options, case view, reader). */
export function extensionSender(page = 'popup.html'): Sender {
  return { id: TEST_EXTENSION.id, url: `${TEST_EXTENSION.origin}${page}` };
}

/** The content script in a tab showing `url`. */
export function pageSender(url: string, tabId = 7): Sender {
  return { id: TEST_EXTENSION.id, url, origin: new URL(url).origin, tab: { id: tabId, url } as Sender['tab'] };
}
