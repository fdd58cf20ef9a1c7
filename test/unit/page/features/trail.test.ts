// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The case trail on the page, against the real background handlers and store (fake-indexeddb):
 * the demo site's two meetings share case 25-004711 (Social- og Sundhedsudvalget 4 March 2025,
 * item 3; Økonomiudvalget 12 March 2025, item 2). After a visit to the first, the second shows
 * "1 anden behandling" on the decision (the trail's part in the decision bar's slots), and a
 * manual "se også" link shows on both pages. The case card and the "Sagens forløb" links are
 * tested with their features (case-card.test.ts, history.test.ts).
 * Pages: test/demo-site (modelled FirstAgenda markup, see its README).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotations } from '../../../../lib/page/annotate.ts';
import type { TrailServices } from '../../../../lib/page/features/trail/state.ts';
import { meetingRefOf } from '../../../../lib/page/meeting-ref.ts';
import { addLink } from '../../../../lib/store/links.ts';
import { freshDb } from '../../store-helpers.ts';
import {
  annotatePage,
  backgroundFor,
  NO_STORE,
  OKU_URL,
  okuDocument,
  parse,
  partRoot,
  removeAnnotations,
  SHARED_CASE,
  SSU_HTML,
  SSU_URL,
  useDanish,
  visitReported,
  waitForIn,
} from '../page-helpers.ts';

beforeAll(useDanish);
afterEach(removeAnnotations);

describe('the case trail on a minutes page', () => {
  it('counts the other treatments on the decision and opens the case view from there', async () => {
    const db = freshDb();
    const wired = backgroundFor(db, SSU_URL);
    const first = await visitReported(parse(SSU_HTML), SSU_URL, wired);
    // Nothing else is known yet: no count on the first page.
    await vi.waitFor(() => expect(first.annotations.ctx.shared.trail.get()?.municipalityKey ?? null).not.toBeNull());
    expect(partRoot(first.doc, 'decision', 3).querySelector('[data-action="open-case"]')).toBeNull();

    const second = await visitReported(okuDocument(), OKU_URL, wired);
    const count = await waitForIn<HTMLButtonElement>(() => partRoot(second.doc, 'decision', 2), 'button[data-action="open-case"]');
    expect(count.textContent).toBe('1 anden behandling');
    // Items of other cases say nothing.
    expect(partRoot(second.doc, 'decision', 3).querySelector('[data-action="open-case"]')).toBeNull();
    count.click();
    await vi.waitFor(() => expect(wired.opened).toEqual([{ municipalityKey: second.annotations.ctx.shared.trail.get()?.municipalityKey, caseNumber: SHARED_CASE }]));
  });

  it('shows a manual "se også" link on both items', async () => {
    const db = freshDb();
    const wired = backgroundFor(db, SSU_URL);
    const first = await visitReported(parse(SSU_HTML), SSU_URL, wired);
    const second = await visitReported(okuDocument(), OKU_URL, wired);
    const ref = (a: Annotations) => meetingRefOf(a.ctx.page.meeting);
    await addLink(db, { url: SSU_URL, meeting: ref(first.annotations), itemNumber: 4 }, { url: OKU_URL, meeting: ref(second.annotations), itemNumber: 3 }, 'Samme budgetramme');

    const again1 = await visitReported(parse(SSU_HTML), SSU_URL, wired);
    const again2 = await visitReported(okuDocument(), OKU_URL, wired);
    const seeAlso1 = await waitForIn<HTMLElement>(() => partRoot(again1.doc, 'decision', 4), '[data-part="see-also"]');
    expect(seeAlso1.textContent).toContain('Økonomiudvalget');
    expect(seeAlso1.textContent).toContain('Regnskab 2024 - foreløbigt resultat');
    expect(seeAlso1.querySelector('a')!.getAttribute('href')).toBe(`${OKU_URL}#sagsspor-item=3`);
    expect(seeAlso1.querySelector('[title]')!.getAttribute('title')).toBe('Samme budgetramme');
    const seeAlso2 = await waitForIn<HTMLElement>(() => partRoot(again2.doc, 'decision', 3), '[data-part="see-also"]');
    expect(seeAlso2.querySelector('a')!.getAttribute('href')).toBe(`${SSU_URL}#sagsspor-item=4`);
    expect(seeAlso2.textContent).toContain('Kvalitetsstandard for personlig og praktisk hjælp 2025');
  });

  it('keeps the page annotated when the store cannot be reached: no count, a plain timeline, the card says so', async () => {
    const failing: TrailServices = {
      pageTrail: async () => Promise.reject(new Error('no background')),
      relatedItems: async () => Promise.reject(new Error('no background')),
      openCase: async () => undefined,
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { doc, annotations } = annotatePage(okuDocument(), OKU_URL, { services: { ...NO_STORE, trail: failing } });
    expect(annotations.failed).toEqual([]);
    expect(doc.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThan(0);
    doc.querySelector<HTMLElement>(`[data-sagsspor-case="${SHARED_CASE}"]`)!.click();
    const panel = () => partRoot(doc, 'panel');
    await vi.waitFor(() => expect(panel().querySelector('.card')?.textContent).toContain('kunne ikke slå sagen op'));
    expect(partRoot(doc, 'history', 2).querySelector('a')).toBeNull();
    expect(partRoot(doc, 'decision', 2).querySelector('[data-action="open-case"]')).toBeNull();
    warn.mockRestore();
  });

  it('switched off, it asks the store nothing and adds nothing to the decision bars', async () => {
    const db = freshDb();
    const wired = backgroundFor(db, SSU_URL);
    await visitReported(parse(SSU_HTML), SSU_URL, wired);
    const asked: string[] = [];
    const counting: TrailServices = { ...wired.trail, pageTrail: (url, meeting, items) => (asked.push(url), wired.trail.pageTrail(url, meeting, items)) };
    const { doc, annotations } = annotatePage(okuDocument(), OKU_URL, { services: { ...NO_STORE, trail: counting }, off: new Set(['trail'] as const) });
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toEqual([]);
    expect(annotations.ctx.shared.trail.get()).toBeNull();
    expect(partRoot(doc, 'decision', 2).querySelector('[data-action="open-case"], [data-part="see-also"]')).toBeNull();
  });
});
