// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Items: the element holding each item carries `data-sagsspor-item` (closed items also
 * `data-sagsspor-closed` and a "Lukket punkt" chip after the title), and the feature publishes
 * the boxes for the others (SharedPage.itemBoxes). On a FirstAgenda page the box is the item's
 * row; on a page that lays items out flat, a wrapper it takes back exactly.
 * Pages: the demo site's static meeting (test/demo-site) and a hand-written flat agenda in the
 * form of a municipal CMS page (below).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { itemsFeature } from '../../../../lib/page/features/items/index.ts';
import { annotatePage, parse, partRoot, removeAnnotations, SSU_HTML, SSU_URL, useDanish } from '../page-helpers.ts';

const FLAT = `<!doctype html><html><head><title>Referat - Teknik- og Miljøudvalget</title></head><body><article>
<h2>Referat fra Teknik- og Miljøudvalget den 9. april 2026</h2>
<h3>1. Vejplan 2027-2030</h3>
<p>Forvaltningen har udarbejdet forslag til vejplan.</p>
<h4>Beslutning</h4><p>Anbefales.</p>
<h3>2. Status på affaldssortering</h3>
<h4>Beslutning</h4><p>Taget til efterretning.</p>
</article></body></html>`;
const FLAT_URL = 'https://www.sydby.dk/politik/dagsordener-og-referater/?agendaId=12';

beforeAll(useDanish);
afterEach(removeAnnotations);

describe('items', () => {
  it('marks each FirstAgenda item row with its number, a closed item also as closed with a chip, and publishes the boxes', () => {
    const { doc, page, annotations } = annotatePage(parse(SSU_HTML), SSU_URL, { features: [itemsFeature] });
    const rows = [...doc.querySelectorAll('tr.punktrow')];
    expect(rows.map((r) => r.getAttribute('data-sagsspor-item'))).toEqual(page.meeting.items.map((i) => String(i.number)));
    const closed = page.meeting.items.filter((i) => i.closed).map((i) => i.number);
    expect(closed.length).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('[data-sagsspor-closed]')].map((r) => Number(r.getAttribute('data-sagsspor-item')))).toEqual(closed);
    expect(partRoot(doc, 'closed', closed[0]).textContent).toBe('Lukket punkt');
    const boxes = annotations.ctx.shared.itemBoxes.get();
    expect([...boxes.keys()]).toEqual(page.meeting.items.map((i) => i.number));
    expect(boxes.get(3)).toBe(doc.querySelector('[data-sagsspor-item="3"]'));
  });

  it('boxes items laid out flat in a wrapper each, and takes it all back: the page as it was, no boxes published', () => {
    const doc = parse(FLAT);
    const before = doc.documentElement.outerHTML;
    const { annotations } = annotatePage(doc, FLAT_URL, { features: [itemsFeature] });
    const wrappers = [...doc.querySelectorAll('div.sagsspor-item[data-sagsspor-item]')];
    expect(wrappers.map((w) => w.getAttribute('data-sagsspor-item'))).toEqual(['1', '2']);
    expect(wrappers[1]!.textContent).toContain('Taget til efterretning.');
    expect(wrappers[1]!.textContent).not.toContain('Anbefales.');
    annotations.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(annotations.ctx.shared.itemBoxes.get().size).toBe(0);
  });
});
