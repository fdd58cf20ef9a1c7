// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Bookmarks on the page, against the real background handlers and store (fake-indexeddb):
 * the button beside a decision badge, note and tags in place, bookmarked items shown as such
 * on the next visit, found again by text anchor when the title changed, and listed as
 * "ikke fundet på siden" with their stored decision when the item is gone.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookmarkServices } from '../../../../lib/page/features/bookmarks/state.ts';
import type { SagssporDB } from '../../../../lib/store/db.ts';
import { freshDb } from '../../store-helpers.ts';
import { uiRootOf } from '../../../../lib/page/ui-host.ts';
import { annotatePage, backgroundFor, NO_STORE, parse, partRoot, removeAnnotations, SSU_HTML as HTML, SSU_URL as URL_DEMO } from '../page-helpers.ts';

function servicesFor(db: SagssporDB): BookmarkServices {
  return backgroundFor(db, URL_DEMO).bookmarks;
}

afterEach(removeAnnotations);

function visit(html: string, bookmarks: BookmarkServices) {
  return annotatePage(parse(html), URL_DEMO, { services: { ...NO_STORE, bookmarks } });
}

function bar(doc: Document, n: number): ShadowRoot {
  return partRoot(doc, 'decision', n);
}

async function buttonIn(doc: Document, n: number, action: string): Promise<HTMLButtonElement> {
  return vi.waitFor(() => {
    const b = bar(doc, n).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
    if (!b) throw new Error(`no ${action} button on item ${n}`);
    return b;
  });
}

async function allBookmarks(db: SagssporDB) {
  return db.bookmarks.toArray();
}

describe('bookmarks on a minutes page', () => {
  it('bookmarks a decision from the button beside its badge, with note and tags in place', async () => {
    const db = freshDb();
    const services = servicesFor(db);
    const { doc } = visit(HTML, services);
    const button = await buttonIn(doc, 3, 'bookmark');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    await vi.waitFor(async () => expect(await allBookmarks(db)).toHaveLength(1));
    const [stored] = await allBookmarks(db);
    expect(stored!.itemNumber).toBe(3);
    expect(stored!.title).toBe('Plejeboliger på Lærkevej - udvidelse med 24 boliger');
    expect(stored!.caseNumbers).toEqual(['25-004711']);
    await vi.waitFor(() => expect(bar(doc, 3).querySelector('.bookmarked')).not.toBeNull());
    expect((await buttonIn(doc, 3, 'bookmark')).getAttribute('aria-pressed')).toBe('true');

    (await buttonIn(doc, 3, 'edit-note')).click();
    const form = await vi.waitFor(() => {
      const f = bar(doc, 3).querySelector('form');
      if (!f) throw new Error('no editor yet');
      return f;
    });
    const note = form.querySelector('textarea')!;
    note.value = 'Følg op i budgetgruppen';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const tags = form.querySelector('input')!;
    tags.value = 'opfølgning, budget';
    tags.dispatchEvent(new Event('input', { bubbles: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await allBookmarks(db))[0]!.tags.sort()).toEqual(['budget', 'opfølgning']));
    const [view] = await services.listBookmarks(URL_DEMO, { municipality: null, committee: null, date: null, kind: null });
    expect(view?.note).toBe('Følg op i budgetgruppen');
    await vi.waitFor(() => expect(bar(doc, 3).textContent).toContain('Følg op i budgetgruppen'));
  });

  it('shows a bookmarked item as such on the next visit, and un-bookmarks it', async () => {
    const db = freshDb();
    const services = servicesFor(db);
    const first = visit(HTML, services);
    (await buttonIn(first.doc, 5, 'bookmark')).click();
    await vi.waitFor(async () => expect(await allBookmarks(db)).toHaveLength(1));

    const again = visit(HTML, services);
    await vi.waitFor(async () => expect((await buttonIn(again.doc, 5, 'bookmark')).getAttribute('aria-pressed')).toBe('true'));
    expect(bar(again.doc, 5).querySelector('.bookmarked')).not.toBeNull();
    expect(bar(again.doc, 3).querySelector('.bookmarked')).toBeNull();

    (await buttonIn(again.doc, 5, 'bookmark')).click();
    await vi.waitFor(async () => expect(await allBookmarks(db)).toHaveLength(0));
    await vi.waitFor(() => expect(bar(again.doc, 5).querySelector('.bookmarked')).toBeNull());
  });

  it('finds the item again by its text when the title changed', async () => {
    const db = freshDb();
    const services = servicesFor(db);
    const first = visit(HTML, services);
    (await buttonIn(first.doc, 3, 'bookmark')).click();
    await vi.waitFor(async () => expect(await allBookmarks(db)).toHaveLength(1));

    const retitled = HTML.replace('Plejeboliger på Lærkevej - udvidelse med 24 boliger</h2>', 'Plejeboliger på Lærkevej (revideret)</h2>');
    expect(retitled).not.toBe(HTML);
    const again = visit(retitled, services);
    await vi.waitFor(async () => expect((await buttonIn(again.doc, 3, 'bookmark')).getAttribute('aria-pressed')).toBe('true'));
  });

  it('lists a bookmark whose item is gone as "ikke fundet på siden", with its stored decision, and keeps it', async () => {
    const db = freshDb();
    const services = servicesFor(db);
    const first = visit(HTML, services);
    (await buttonIn(first.doc, 6, 'bookmark')).click();
    await vi.waitFor(async () => expect(await allBookmarks(db)).toHaveLength(1));
    const decision = (await allBookmarks(db))[0]!.decision!;
    expect(decision).toContain('Udsat');

    // The same meeting page without item 6's row.
    const row = /<tr class="punktrow" id="punktrow_[^"]+"><td class="text-center punkt-tabel"><span class="label label-default">6<\/span>[\s\S]*?<\/tr>/;
    const without = HTML.replace(row, '');
    expect(without).not.toBe(HTML);
    const again = visit(without, services);
    const panel = uiRootOf(again.doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))!;
    await vi.waitFor(() => expect(panel.querySelector('[data-part="missing"]')?.textContent).toContain(decision.slice(0, 30)));
    await vi.waitFor(async () => expect((await allBookmarks(db))[0]!.missingSince).not.toBeNull());
    expect(await allBookmarks(db)).toHaveLength(1);
  });

  it('stars a bookmarked item in the outline and publishes which items are bookmarked (the popup counts them)', async () => {
    const db = freshDb();
    const { doc, annotations } = visit(HTML, servicesFor(db));
    const star = (n: number) => partRoot(doc, 'panel').querySelector(`nav li button[data-item="${n}"] .num [role="img"]`);
    (await buttonIn(doc, 4, 'bookmark')).click();
    await vi.waitFor(() => expect([...annotations.ctx.shared.bookmarkedItems.get()]).toEqual([4]));
    await vi.waitFor(() => expect(star(4)).not.toBeNull());
    expect(star(3)).toBeNull();
    (await buttonIn(doc, 4, 'bookmark')).click();
    await vi.waitFor(() => expect(annotations.ctx.shared.bookmarkedItems.get().size).toBe(0));
    await vi.waitFor(() => expect(star(4)).toBeNull());
  });

  it('switched off, it adds nothing to the decision bars or the outline, and asks the store nothing', async () => {
    const asked: string[] = [];
    const services = servicesFor(freshDb());
    const counting: BookmarkServices = { ...services, listBookmarks: async (url, meeting) => (asked.push(url), services.listBookmarks(url, meeting)) };
    const { doc } = annotatePage(parse(HTML), URL_DEMO, { services: { ...NO_STORE, bookmarks: counting }, off: new Set(['bookmarks']) });
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toEqual([]);
    // The decision bar is still there, saying the outcome; only the bookmark's parts are missing.
    expect(bar(doc, 3).querySelector('.badge')).not.toBeNull();
    expect(bar(doc, 3).querySelector('button[data-action="bookmark"]')).toBeNull();
    expect(bar(doc, 3).querySelector('[data-bookmarked]')).toBeNull();
    expect(partRoot(doc, 'panel').querySelector('[data-part="missing"], [data-part="storage-unavailable"]')).toBeNull();
  });
});
