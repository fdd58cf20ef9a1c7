/** Senders as the browser describes them, and the background's router as the tests run it (with the test identity, TEST_EXTENSION). */
import type { PageSummary } from '../../lib/messages/parts.ts';
import type { Sender } from '../../lib/messages/protocol.ts';
import type { ExtensionIdentity } from '../../lib/background/caller.ts';
import { createBackgroundHandlers, type BackgroundDeps } from '../../lib/background/handlers.ts';
import { backgroundRouter } from '../../lib/background/router.ts';
import type { MessageListener } from '../../lib/messages/router.ts';
import type { SagssporDB } from '../../lib/store/db.ts';

/** The extension as the tests' senders name it. */
export const TEST_EXTENSION: ExtensionIdentity = { id: 'sagsspor-test', origin: 'chrome-extension://sagsspor-test/' };

/** The background's onMessage listener over `db`, as the background registers it. */
export function testBackground(db: SagssporDB, deps: BackgroundDeps = {}): MessageListener {
  return backgroundRouter(createBackgroundHandlers(db, deps), { self: TEST_EXTENSION });
}

/** One of the extension's own pages (popup, options, case view, reader). */
export function extensionSender(page = 'popup.html'): Sender {
  return { id: TEST_EXTENSION.id, url: `${TEST_EXTENSION.origin}${page}` };
}

/** The content script in a tab showing `url`. */
export function pageSender(url: string, tabId = 7): Sender {
  return { id: TEST_EXTENSION.id, url, origin: new URL(url).origin, tab: { id: tabId, url } as Sender['tab'] };
}

/** What a content script reports of a Lejre minutes page. */
export const lejreSummary: PageSummary = {
  url: 'https://dagsordener.lejre.dk/referat/1',
  title: 'Økonomiudvalget',
  analysed: true,
  meeting: { municipality: 'Lejre', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' },
  itemCount: 12,
  decisionCount: 9,
  caseNumberCount: 11,
  bookmarkedCount: 0,
  annotationsOn: true,
};
