// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Where Sagsspor's UI lives on a page (lib/page/ui-host.ts): hosts with closed shadow roots,
 * styled by the shared sheets, filled only with text, and taken away through the journal.
 *
 * Attack: the page's own scripts read what Sagsspor shows beside a decision (notes, tags) or
 * listen to the keys typed into a note. Sagsspor's roots are closed, nothing private sits in
 * the page's DOM or attributes, and typed keys and input never reach the page's listeners.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import type { BookmarkServices } from '../../../lib/page/features/bookmarks/state.ts';
import { DomJournal } from '../../../lib/page/dom-journal.ts';
import { createPageUi, mount, ROOT_TAG, uiRootOf } from '../../../lib/page/ui-host.ts';
import type { PageBookmark } from '../../../lib/store/tables/bookmarks.ts';
import { annotatePage, NO_STORE, parse, removeAnnotations, SSU_HTML as HTML, SSU_URL as URL_DEMO } from './page-helpers.ts';

const SECRET_NOTE = 'HEMMELIG: borgerens CPR 010203-1234';
const SECRET_TAG = 'fortroligt-tag';

afterEach(removeAnnotations);

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
  const { doc } = annotatePage(parse(HTML), URL_DEMO, { services: { ...NO_STORE, bookmarks: servicesWithSecret() } });
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

describe('the UI host', () => {
  function fresh() {
    const doc = parse('<!doctype html><html><head></head><body><p>Sidens egen tekst</p></body></html>');
    const before = doc.documentElement.outerHTML;
    const journal = new DomJournal();
    const sheetsBefore = doc.adoptedStyleSheets.length;
    const made = createPageUi(doc, journal, { page: '[data-x]{color:red}', ui: '.chip{color:blue}' });
    return { doc, before, journal, sheetsBefore, ...made };
  }

  it('puts one panel host in the page, its root closed to the page and known to us', () => {
    const { doc, ui } = fresh();
    const hosts = doc.querySelectorAll(`${ROOT_TAG}[data-sagsspor-part="panel"]`);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(uiRootOf(hosts[0])).toBe(ui.panel);
    expect(uiRootOf(doc.body)).toBeNull();
    expect(uiRootOf(null)).toBeNull();
  });

  it('makes inline hosts for an item, which the caller places; page text reaches them only as text', () => {
    const { doc, ui, journal } = fresh();
    const { host, root } = ui.inlineHost('decision', 4);
    expect(host.getAttribute('data-sagsspor-part')).toBe('decision');
    expect(host.getAttribute('data-sagsspor-for')).toBe('4');
    expect(host.isConnected).toBe(false);
    journal.insert(host, doc.body, null);
    const stop = new AbortController();
    mount(h('p', null, '<b>fed</b> & tekst'), root, stop.signal);
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toBe('<b>fed</b> & tekst');
    stop.abort();
    expect(root.textContent).toBe('');
  });

  it('styles the page’s document with one sheet of ours and every root with the shared one; all goes with the journal and dispose', () => {
    const { doc, ui, journal, dispose, before, sheetsBefore } = fresh();
    expect(doc.adoptedStyleSheets).toHaveLength(sheetsBefore + 1);
    const uiRules = [...ui.panel.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('');
    expect(uiRules).toContain('.chip');
    expect(ui.inlineHost('history').root.adoptedStyleSheets[0]).toBe(ui.panel.adoptedStyleSheets[0]);
    journal.undo();
    dispose();
    expect(doc.adoptedStyleSheets).toHaveLength(sheetsBefore);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
