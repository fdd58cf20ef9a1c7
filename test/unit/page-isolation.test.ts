// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Attack: the page's own scripts read what Sagsspor shows beside a decision (notes, tags) or
 * listen to the keys typed into a note. Sagsspor's roots are closed, nothing private sits in
 * the page's DOM or attributes, and typed keys and input never reach the page's listeners.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, type Annotations } from '../../lib/page/annotate.ts';
import type { BookmarkServices } from '../../lib/page/features/bookmarks/state.ts';
import { detectMinutes } from '../../lib/page/detect.ts';
import { readPage } from '../../lib/page/read-page.ts';
import { ROOT_TAG, uiRootOf } from '../../lib/page/ui-host.ts';
import type { PageBookmark } from '../../lib/messages-core.ts';

const HTML = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../demo-site/vis/referat-social-og-sundhedsudvalget-2025-03-04.html'), 'utf8');
const URL_DEMO = 'http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html';
const SECRET_NOTE = 'HEMMELIG: borgerens CPR 010203-1234';
const SECRET_TAG = 'fortroligt-tag';

const open: Annotations[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()!.remove();
});

/** One bookmark on item 3 carrying a private note and tag, and an editor that accepts anything. */
function servicesWithSecret(): BookmarkServices {
  let bookmark: PageBookmark | null = null;
  return {
    listBookmarks: async () => (bookmark === null ? [] : [bookmark]),
    bookmarkItem: async (target) => {
      bookmark = { id: 'b1', itemNumber: target.item.number, title: target.item.title, decision: target.item.decision, anchor: target.anchor, note: SECRET_NOTE, tags: [SECRET_TAG] };
      return bookmark;
    },
    removeBookmark: async () => undefined,
    updateBookmark: async (_id, change) => ({ ...bookmark!, ...(change.note !== undefined ? { note: change.note } : {}), ...(change.tags !== undefined ? { tags: change.tags } : {}) }),
    reportAnchors: async () => undefined,
  };
}

async function bookmarkedPage() {
  const doc = new DOMParser().parseFromString(HTML, 'text/html');
  const detection = detectMinutes(doc, URL_DEMO);
  const page = readPage(doc, URL_DEMO, detection)!;
  const annotations = annotate(doc, URL_DEMO, page, { detection, services: { copyText: async () => true, bookmarks: servicesWithSecret(), trail: null } });
  open.push(annotations);
  const root = () => uiRootOf(doc.querySelector(`${ROOT_TAG}[data-sagsspor-part="decision"][data-sagsspor-for="3"]`));
  const button = (action: string) =>
    vi.waitFor(() => {
      const b = root()?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
      if (!b) throw new Error(`no ${action} button yet`);
      return b;
    });
  (await button('bookmark')).click();
  await vi.waitFor(() => expect(root()!.textContent).toContain(SECRET_NOTE));
  return { doc, root, button };
}

describe('a page cannot read or overhear what Sagsspor shows', () => {
  it('finds no shadow root, no note and no tag by walking its own DOM and attributes', async () => {
    const { doc } = await bookmarkedPage();
    const hosts = Array.from(doc.querySelectorAll(ROOT_TAG));
    expect(hosts.length).toBeGreaterThan(3);
    // What the page's JavaScript sees: element.shadowRoot is null for every one of ours.
    for (const host of hosts) expect(host.shadowRoot).toBeNull();
    const serialised = doc.documentElement.outerHTML;
    const attributes = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`)).join('\n');
    for (const secret of [SECRET_NOTE, SECRET_TAG, 'bookmarked']) {
      expect(serialised).not.toContain(secret);
      expect(doc.body.textContent).not.toContain(secret);
      expect(attributes).not.toContain(secret);
    }
    // Our attributes in the page are only the documented contract and our own bookkeeping.
    const ours = new Set(attributes.split('\n').map((a) => a.split('=')[0]!).filter((n) => n.startsWith('data-sagsspor-')));
    for (const name of ours) {
      expect(['data-sagsspor-item', 'data-sagsspor-closed', 'data-sagsspor-outcome', 'data-sagsspor-tone', 'data-sagsspor-case', 'data-sagsspor-format', 'data-sagsspor-part', 'data-sagsspor-for', 'data-sagsspor-ref', 'data-sagsspor-target', 'data-sagsspor-in-item', 'data-sagsspor-attachment']).toContain(name);
    }
  });

  it('does not let the page hear the keys and input of a note being typed', async () => {
    const { doc, root, button } = await bookmarkedPage();
    const heard: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionupdate']) {
      doc.addEventListener(type, (e) => heard.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`));
      doc.defaultView!.addEventListener(type, (e) => heard.push(`window ${type}:${(e as KeyboardEvent).key ?? ''}`));
    }
    (await button('edit-note')).click();
    const textarea = await vi.waitFor(() => {
      const t = root()!.querySelector('textarea');
      if (!t) throw new Error('no editor yet');
      return t;
    });
    const win = doc.defaultView!;
    for (const key of 'CPR') {
      textarea.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      textarea.dispatchEvent(new win.KeyboardEvent('keypress', { key, bubbles: true, composed: true }));
      textarea.dispatchEvent(new win.InputEvent('beforeinput', { data: key, bubbles: true, composed: true }));
      textarea.value += key;
      textarea.dispatchEvent(new win.InputEvent('input', { data: key, bubbles: true, composed: true }));
      textarea.dispatchEvent(new win.KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
    textarea.dispatchEvent(new win.CompositionEvent('compositionupdate', { data: 'ø', bubbles: true, composed: true }));
    expect(heard).toEqual([]);
    // Our own field still got every character.
    expect(textarea.value).toContain('CPR');
  });
});
