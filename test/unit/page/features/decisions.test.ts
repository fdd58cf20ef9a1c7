// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Decisions: each decision is wrapped and carries its outcome and tone, with a bar on top that
 * says the outcome in words; the wrappers are published for the others
 * (SharedPage.decisionBoxes). The bar offers slots (a frame, actions in its row, details under
 * it) that other features fill; their parts show in order and go when those features stop.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { h, render, type ComponentChildren } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Item } from '../../../../lib/model.ts';
import { OUTCOME_TONE } from '../../../../lib/theme/outcome-palette.ts';
import { DecisionBar } from '../../../../lib/page/features/decisions/DecisionBar.tsx';
import { decisionsFeature } from '../../../../lib/page/features/decisions/index.ts';
import { itemsFeature } from '../../../../lib/page/features/items/index.ts';
import { Slots, type DecisionBarSlots } from '../../../../lib/page/shared-state.ts';
import { annotatePage, parse, partRoot, removeAnnotations, SSU_HTML, SSU_URL, useDanish } from '../page-helpers.ts';

beforeAll(useDanish);
afterEach(removeAnnotations);

describe('decisions', () => {
  it('wraps each decision with its outcome and tone, puts the bar with the outcome in words on it, and publishes the wrappers', () => {
    const doc = parse(SSU_HTML);
    const before = doc.documentElement.outerHTML;
    const { page, annotations } = annotatePage(doc, SSU_URL, { features: [itemsFeature, decisionsFeature] });
    const withDecision = page.items.filter((p) => p.decisionElements.length > 0);
    expect(withDecision.length).toBeGreaterThan(3);
    const boxes = annotations.ctx.shared.decisionBoxes.get();
    for (const { item } of withDecision) {
      const [wrapper] = boxes.get(item.number)!;
      expect(wrapper!.getAttribute('data-sagsspor-outcome')).toBe(item.outcome);
      expect(wrapper!.getAttribute('data-sagsspor-tone')).toBe(OUTCOME_TONE[item.outcome]);
      expect(wrapper!.closest(`[data-sagsspor-item="${item.number}"]`)).not.toBeNull();
      expect(partRoot(doc, 'decision', item.number).querySelector(`.badge[data-outcome="${item.outcome}"]`)).not.toBeNull();
    }
    expect(partRoot(doc, 'decision', 3).querySelector('.badge')?.textContent).toContain('Anbefalet');
    annotations.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(annotations.ctx.shared.decisionBoxes.get().size).toBe(0);
  });

  it('shows the parts other features put in its slots, in order, framed, until those features stop', async () => {
    const item = { number: 3, outcome: 'approved', closed: false } as Item;
    const slots = new Slots<DecisionBarSlots>();
    const host = document.createElement('div');
    render(h(DecisionBar, { item, slots }), host);
    const bookmarks = new AbortController();
    const trail = new AbortController();
    const part = (name: string) => () => h('span', { 'data-part': name });
    slots.fill('actions', { order: 20, Component: part('count') }, trail.signal);
    slots.fill('actions', { order: 10, Component: part('bookmark') }, bookmarks.signal);
    slots.fill('details', { order: 10, Component: part('see-also') }, trail.signal);
    slots.fill('frame', { order: 10, Component: ({ children }: { item: Item; children: ComponentChildren }) => h('div', { 'data-part': 'frame' }, children) }, bookmarks.signal);
    const parts = () => [...host.querySelectorAll('[data-part]')].map((p) => p.getAttribute('data-part'));
    await vi.waitFor(() => expect(parts()).toEqual(['frame', 'bookmark', 'count', 'see-also']));
    // The row keeps the outcome first, the parts after it.
    expect(host.querySelector('[data-part="frame"] .bar .badge + [data-part="bookmark"]')).not.toBeNull();
    bookmarks.abort();
    await vi.waitFor(() => expect(parts()).toEqual(['count', 'see-also']));
    expect(host.querySelector('.badge')).not.toBeNull();
    render(null, host);
  });
});
