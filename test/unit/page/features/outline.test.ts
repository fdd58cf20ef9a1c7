// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The outline panel: every item in one panel host with a shadow root; opening and closing is
 * remembered for the next page; a click on an item reveals it; the keyboard commands (events)
 * step through the decisions and open or close it; other features add to it through its slots.
 * Pages: the real Aarhus FirstAgenda page (../shared/fixtures) and the demo site's static
 * meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outline } from '../../../../lib/page/features/outline/Outline.tsx';
import { Slots, type OutlineSlots } from '../../../../lib/page/shared-state.ts';
import { uiRootOf } from '../../../../lib/page/ui-host.ts';
import { describeShared, readShared } from '../../../shared.ts';
import { annotatePage, NO_STORE as services, parse, partRoot, removeAnnotations, SSU_HTML, SSU_URL } from '../page-helpers.ts';

const URL_AARHUS = 'https://dagsordener.aarhus.dk/vis?Referat-Teknisk_Udvalg-d.01-10-2025-kl.15.45&id=a';

afterEach(removeAnnotations);

describeShared('the outline on the Aarhus minutes page', () => {
  const html = readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.html');
  const expected = JSON.parse(readShared('fixtures', 'firstagenda-publication-aarhus', 'example_minutes.expected.json')) as {
    items: { number: string }[];
  };

  function annotated(options: Parameters<typeof annotatePage>[2] = {}) {
    return annotatePage(parse(html), URL_AARHUS, { services, ...options });
  }

  it('puts the outline in one panel host with a shadow root, listing every item', () => {
    const { doc } = annotated({ outlineOpen: true });
    const panel = doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]');
    expect(uiRootOf(panel)).toBeTruthy();
    const buttons = uiRootOf(panel)!.querySelectorAll('nav li button');
    expect(buttons.length).toBe(expected.items.length);
    expect(doc.body.textContent).not.toContain('Punkter'); // nothing of ours in the page's own text
  });

  it('closing and opening the outline is remembered for the next page (click and keyboard command)', async () => {
    const remembered: boolean[] = [];
    const { doc } = annotated({ outlineOpen: true, services: { ...services, rememberOutline: async (open) => void remembered.push(open) } });
    const shadow = uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))!;
    (shadow.querySelector('nav button.close') as HTMLButtonElement).click();
    expect(shadow.querySelector('nav')).toBeNull();
    (shadow.querySelector('button.toggle') as HTMLButtonElement).click();
    expect(shadow.querySelector('nav')).not.toBeNull();
    expect(remembered).toEqual([false, true]);
  });

  it('a page that starts with the outline closed shows only its toggle and remembers nothing until the user acts', () => {
    const remembered: boolean[] = [];
    const { doc } = annotated({ outlineOpen: false, services: { ...services, rememberOutline: async (open) => void remembered.push(open) } });
    const shadow = uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))!;
    expect(shadow.querySelector('nav')).toBeNull();
    expect(shadow.querySelector('button.toggle')?.getAttribute('aria-expanded')).toBe('false');
    expect(remembered).toEqual([]);
  });

});

describe('the outline on a minutes page', () => {
  const flashed = (doc: Document) => [...doc.querySelectorAll('[data-sagsspor-flash]')];

  it('a click on an item reveals it: its box flashes, until the page is taken back', () => {
    const { doc, annotations } = annotatePage(parse(SSU_HTML), SSU_URL, { outlineOpen: true });
    partRoot(doc, 'panel').querySelector<HTMLButtonElement>('nav li button[data-item="3"]')!.click();
    expect(flashed(doc)).toEqual([doc.querySelector('[data-sagsspor-item="3"]')]);
    annotations.remove();
    expect(flashed(doc)).toEqual([]);
  });

  it('steps to the next and the previous decision (the keyboard commands), and opens and closes', () => {
    const { doc, annotations } = annotatePage(parse(SSU_HTML), SSU_URL, { outlineOpen: false });
    const decisions = [...doc.querySelectorAll('[data-sagsspor-outcome]')];
    expect(decisions.length).toBeGreaterThan(1);
    const { events } = annotations.ctx.shared;
    // Nothing is above the top of the view here: the next decision is the first.
    expect(events.emit('step-decision', { direction: 1 })).toBe(true);
    expect(flashed(doc)).toEqual([decisions[0]]);
    // And the previous one, from the top, the last.
    events.emit('step-decision', { direction: -1 });
    expect(flashed(doc)).toContain(decisions.at(-1));
    expect(partRoot(doc, 'panel').querySelector('nav.outline')).toBeNull();
    events.emit('toggle-outline', {});
    expect(partRoot(doc, 'panel').querySelector('nav.outline')).not.toBeNull();
    events.emit('toggle-outline', {});
    expect(partRoot(doc, 'panel').querySelector('nav.outline')).toBeNull();
  });

  it('shows what other features put in its slots, in order, until they are taken back', async () => {
    const { page } = annotatePage(parse(SSU_HTML), SSU_URL);
    const slots = new Slots<OutlineSlots>();
    const host = document.createElement('div');
    render(h(Outline, { meeting: page.meeting, open: true, onToggle: () => undefined, onJump: () => undefined, slots }), host);
    const first = new AbortController();
    const second = new AbortController();
    slots.fill('notices', { order: 20, Component: () => h('p', { 'data-part': 'second' }) }, second.signal);
    slots.fill('notices', { order: 10, Component: () => h('p', { 'data-part': 'first' }) }, first.signal);
    slots.fill('itemMark', { order: 10, Component: ({ item }) => (item.number === 2 ? h('i', { 'data-part': 'mark' }) : null) }, first.signal);
    const parts = () => [...host.querySelectorAll('[data-part]')].map((p) => p.getAttribute('data-part'));
    await vi.waitFor(() => expect(parts()).toEqual(['first', 'second', 'mark']));
    expect(host.querySelector('li button[data-item="2"] .num [data-part="mark"]')).not.toBeNull();
    first.abort();
    await vi.waitFor(() => expect(parts()).toEqual(['second']));
    render(null, host);
  });
});
