// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The case card: a case number clicked or keyed (the case-numbers feature's 'open-case-card'
 * event) opens a card in the panel with its format, normalised number, copy, and the same case
 * in other meetings from the store; Escape or a click outside closes it. Against the real
 * background handlers and store (fake-indexeddb) on the demo site's two meetings, which share
 * case 25-004711 (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../store-helpers.ts';
import { annotatePage, backgroundFor, NO_STORE, OKU_URL, okuDocument, parse, partRoot, removeAnnotations, SHARED_CASE, SSU_HTML, SSU_URL, useDanish, visitReported, waitForIn } from '../page-helpers.ts';

beforeAll(useDanish);
afterEach(removeAnnotations);

describe('the case card', () => {
  it('lists the other meeting’s item in the case card, newest first, with a link that opens that item', async () => {
    const db = freshDb();
    const wired = backgroundFor(db, SSU_URL);
    await visitReported(parse(SSU_HTML), SSU_URL, wired);
    const second = await visitReported(okuDocument(), OKU_URL, wired);

    const mark = second.doc.querySelector<HTMLElement>(`[data-sagsspor-item="2"] [data-sagsspor-case="${SHARED_CASE}"]`);
    expect(mark).not.toBeNull();
    mark!.click();
    const panel = () => partRoot(second.doc, 'panel');
    const list = await waitForIn<HTMLUListElement>(panel, 'ul[data-list="elsewhere"]');
    const entries = [...list.querySelectorAll('li')];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.textContent).toContain('Social- og Sundhedsudvalget');
    expect(entries[0]!.textContent).toContain('Plejeboliger på Lærkevej - udvidelse med 24 boliger');
    expect(entries[0]!.querySelector('a')!.getAttribute('href')).toBe(`${SSU_URL}#sagsspor-item=3`);
    // The same item on the page itself is not "elsewhere".
    expect(list.textContent).not.toContain('anlægsbevilling');

    (await waitForIn<HTMLButtonElement>(panel, '.card button[data-action="open-case"]')).click();
    await vi.waitFor(() => expect(wired.opened.map((o) => o.caseNumber)).toEqual([SHARED_CASE]));
  });


  it('opens from the keyboard with the number and its format, copies the number, and closes on Escape', async () => {
    const copied: string[] = [];
    const { doc } = annotatePage(parse(SSU_HTML), SSU_URL, { services: { ...NO_STORE, copyText: async (text) => (copied.push(text), true) } });
    const mark = doc.querySelector<HTMLElement>(`[data-sagsspor-case="${SHARED_CASE}"]`)!;
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const card = await waitForIn<HTMLElement>(() => partRoot(doc, 'panel'), '.card[role="dialog"]');
    expect(card.querySelector('[data-field="normalized"]')?.textContent).toBe(SHARED_CASE);
    expect(card.querySelector('[data-field="format"]')?.textContent).toBeTruthy();
    // No store here: nothing elsewhere, and no way to the case view.
    await vi.waitFor(() => expect(card.querySelector('[data-empty="elsewhere"]')).not.toBeNull());
    expect(card.querySelector('button[data-action="open-case"]')).toBeNull();
    card.querySelector<HTMLButtonElement>('.bar button.icon-btn')!.click();
    await vi.waitFor(() => expect(copied).toEqual([SHARED_CASE]));
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(partRoot(doc, 'panel').querySelector('.card')).toBeNull());
  });

  it('closes on a click outside it, and another key than Enter or space opens nothing', async () => {
    const { doc } = annotatePage(parse(SSU_HTML), SSU_URL);
    const mark = doc.querySelector<HTMLElement>(`[data-sagsspor-case="${SHARED_CASE}"]`)!;
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(partRoot(doc, 'panel').querySelector('.card')).toBeNull();
    mark.click();
    await waitForIn(() => partRoot(doc, 'panel'), '.card');
    doc.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    await vi.waitFor(() => expect(partRoot(doc, 'panel').querySelector('.card')).toBeNull());
  });

  it('switched off, a click on a case number opens nothing (no feature takes the request)', async () => {
    const { doc, annotations } = annotatePage(parse(SSU_HTML), SSU_URL, { off: new Set(['case-card'] as const) });
    const mark = doc.querySelector<HTMLElement>(`[data-sagsspor-case="${SHARED_CASE}"]`)!;
    mark.click();
    await new Promise((r) => setTimeout(r, 20));
    expect(partRoot(doc, 'panel').querySelector('.card')).toBeNull();
    expect(annotations.ctx.shared.events.emit('open-case-card', { mark })).toBe(false);
  });
});
