// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Where the browser will not open IndexedDB (Firefox private windows, a broken profile), the
 * extension pages and the page UI say so, in the user's language, and nothing pretends to
 * have saved. The broken store is modelled by an IndexedDB factory whose `open` throws the
 * InvalidStateError Firefox gives in private windows.
 */
import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openExtensionPage } from '../../../lib/extension-pages/extension-page.ts';
import { MessageError } from '../../../lib/messages/envelope.ts';
import { sendToBackground } from '../../../lib/messages/send.ts';
import { annotate, type Annotations } from '../../../lib/page/annotate.ts';
import type { BookmarkServices } from '../../../lib/page/features/bookmarks/state.ts';
import { detectMinutes } from '../../../lib/systems/detect.ts';
import { readPage } from '../../../lib/page/read-page.ts';
import { uiRootOf } from '../../../lib/page/ui-host.ts';
import { addBookmark } from '../../../lib/store/bookmarks.ts';
import { SagssporDB } from '../../../lib/store/db.ts';
import { target } from '../store-helpers.ts';
import { pageSender, testBackground } from '../sender-helpers.ts';
import { useLocale } from './popup-helpers.tsx';

const brokenIndexedDb = {
  open() {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  },
  deleteDatabase() {
    throw new DOMException('not allowed', 'InvalidStateError');
  },
  cmp: (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0),
} as unknown as IDBFactory;
const dbOptions = { indexedDB: brokenIndexedDb, IDBKeyRange };

const HTML = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../demo-site/vis/referat-social-og-sundhedsudvalget-2025-03-04.html'), 'utf8');
const URL_DEMO = 'http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html';

const open: Annotations[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()!.remove();
  document.body.innerHTML = '';
});

describe('no IndexedDB', () => {
  it('the popup, options and other extension pages say so first, in Danish and in English, and no write succeeds', async () => {
    for (const [locale, words] of [['da', /kan ikke gemme/], ['en', /cannot save/]] as const) {
      useLocale(locale);
      document.body.innerHTML = '<div id="app"></div>';
      const db = await openExtensionPage({ dbOptions });
      const notice = document.querySelector('[data-storage-unavailable]');
      expect(notice?.getAttribute('role')).toBe('alert');
      expect(notice?.textContent).toMatch(words);
      expect(document.body.firstElementChild).toBe(notice);
      await expect(addBookmark(db, target(1))).rejects.toBeTruthy();
    }
  });

  it('the background answers every request with storage-unavailable, not with a pretend success', async () => {
    const db = new SagssporDB(`broken-${Math.random()}`, dbOptions);
    const listener = testBackground(db);
    const transport = async (m: unknown) => listener(m, pageSender(target(1).url));
    await expect(sendToBackground({ type: 'bookmark-item', target: target(1) }, transport)).rejects.toMatchObject({ code: 'storage-unavailable' });
    await expect(sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: target(1).url, meeting: null } }, transport)).rejects.toMatchObject({ code: 'storage-unavailable' });
  });

  it('the page shows no bookmark button and its outline says why', async () => {
    useLocale('da');
    const refused = () => Promise.reject(new MessageError('storage-unavailable', 'nothing is saved'));
    const services: BookmarkServices = { listBookmarks: refused, bookmarkItem: refused, removeBookmark: refused, updateBookmark: refused, reportAnchors: refused };
    const doc = new DOMParser().parseFromString(HTML, 'text/html');
    const detection = detectMinutes(doc, URL_DEMO);
    const page = readPage(doc, URL_DEMO, detection)!;
    open.push(annotate(doc, URL_DEMO, page, { detection, services: { copyText: async () => true, bookmarks: services, trail: null } }));
    const panel = () => uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'));
    await vi.waitFor(() => expect(panel()?.querySelector('[data-part="storage-unavailable"]')?.textContent).toMatch(/kan ikke gemme/));
    const bar = uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="3"]'))!;
    expect(bar.querySelector('button[data-action="bookmark"]')).toBeNull();
  });
});
