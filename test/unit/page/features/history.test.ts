// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * "Sagens forløb" as a timeline after the item's history section, its entries in date order;
 * an entry the store knows as a treatment links to it once the trail feature publishes the
 * trail. Against the real background handlers and store (fake-indexeddb) on the demo site's two
 * meetings (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../store-helpers.ts';
import { annotatePage, backgroundFor, OKU_URL, okuDocument, parse, partRoot, removeAnnotations, SHARED_CASE, SSU_HTML, SSU_URL, useDanish, visitReported, waitForIn } from '../page-helpers.ts';

beforeAll(useDanish);
afterEach(removeAnnotations);

describe('the history timeline', () => {
  it('links a "Sagens forløb" entry to the stored treatment, and leaves an unknown one as text', async () => {
    const db = freshDb();
    const wired = backgroundFor(db, SSU_URL);
    await visitReported(parse(SSU_HTML), SSU_URL, wired);
    const second = await visitReported(okuDocument(), OKU_URL, wired);

    const timeline = () => partRoot(second.doc, 'history', 2);
    const link = await waitForIn<HTMLAnchorElement>(timeline, 'li[data-resolved] a');
    expect(link.getAttribute('href')).toBe(`${SSU_URL}#sagsspor-item=3`);
    expect(link.textContent).toBe('Social- og Sundhedsudvalget');
    const entries = [...timeline().querySelectorAll('li')];
    expect(entries).toHaveLength(2);
    const january = entries.find((li) => li.textContent?.includes('2025') && !li.hasAttribute('data-resolved'));
    expect(january?.querySelector('a')).toBeNull();
    expect(january?.textContent).toContain('Social- og Sundhedsudvalget');
  });


  it('sits right after the item’s history section, oldest entry first, plain text without a store', () => {
    const { doc, page } = annotatePage(okuDocument(), OKU_URL);
    const entry = page.items.find((p) => p.item.number === 2)!;
    const host = doc.querySelector('sagsspor-root[data-sagsspor-part="history"][data-sagsspor-for="2"]')!;
    expect(host.previousSibling).toBe(entry.historyElements.at(-1));
    const when = [...partRoot(doc, 'history', 2).querySelectorAll('li .when')].map((w) => w.textContent ?? '');
    expect(when).toHaveLength(entry.item.history.length);
    const dates = [...entry.item.history].map((h) => h.date).sort();
    expect(dates[0]! < dates.at(-1)!).toBe(true);
    expect(when[0]).toMatch(/2025/);
    expect(partRoot(doc, 'history', 2).querySelector('a')).toBeNull();
  });

  it('switched off, no timeline; the rest of the page is annotated', () => {
    const { doc } = annotatePage(okuDocument(), OKU_URL, { off: new Set(['history'] as const) });
    expect(doc.querySelector('sagsspor-root[data-sagsspor-part="history"]')).toBeNull();
    expect(doc.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThan(0);
  });
});
