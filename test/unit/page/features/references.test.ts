// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * In-page references: "sag nr. 3" becomes a link to item 3 and "bilag 1" a link to that
 * attachment of the same item; a click brings the target into view and flashes it. Titles and
 * the attachment list themselves are left alone. Taken back, the page is as it was.
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { itemsFeature } from '../../../../lib/page/features/items/index.ts';
import { referencesFeature } from '../../../../lib/page/features/references/index.ts';
import { annotatePage, parse, removeAnnotations, SSU_HTML, SSU_URL } from '../page-helpers.ts';

afterEach(removeAnnotations);

function visit() {
  const doc = parse(SSU_HTML);
  const before = doc.documentElement.outerHTML;
  return { before, ...annotatePage(doc, SSU_URL, { features: [itemsFeature, referencesFeature] }) };
}

describe('references', () => {
  it('links "sag nr. 3" to item 3 and "bilag 1" to that attachment, not inside titles or the attachment list', () => {
    const { doc } = visit();
    const toItem = [...doc.querySelectorAll('a[data-sagsspor-ref="item"]')];
    expect(toItem.length).toBeGreaterThanOrEqual(2);
    for (const a of toItem) {
      expect(a.textContent).toMatch(/sag nr\. 3/);
      expect(a.getAttribute('href')).toBe('#sagsspor-item=3');
    }
    const toAttachment = [...doc.querySelectorAll('a[data-sagsspor-ref="attachment"]')];
    expect(toAttachment.length).toBeGreaterThan(0);
    for (const a of toAttachment) {
      expect(a.textContent).toMatch(/bilag \d/i);
      expect(a.closest('h2, .bilag-link, ul')).toBeNull();
    }
  });

  it('a click brings the target into view and flashes it, instead of following the link', () => {
    const { doc } = visit();
    const toItem = doc.querySelector<HTMLAnchorElement>('a[data-sagsspor-ref="item"]')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    toItem.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(doc.querySelector('[data-sagsspor-item="3"]')!.hasAttribute('data-sagsspor-flash')).toBe(true);
    const toAttachment = doc.querySelector<HTMLAnchorElement>('a[data-sagsspor-ref="attachment"]')!;
    toAttachment.click();
    const item = toAttachment.getAttribute('data-sagsspor-in-item');
    const flashed = doc.querySelector(`[data-sagsspor-item="${item}"] .bilag-link[data-sagsspor-flash]`);
    expect(flashed?.textContent).toMatch(new RegExp(`^Bilag ${Number(toAttachment.getAttribute('data-sagsspor-attachment')) + 1}:`));
  });

  it('taken back, the page is as it was', () => {
    const { doc, before, annotations } = visit();
    doc.querySelector<HTMLAnchorElement>('a[data-sagsspor-ref="item"]')!.click();
    annotations.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
