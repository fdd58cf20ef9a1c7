// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Deep links: a page opened at `…#sagsspor-item=3` scrolls to item 3 and flashes it, and so
 * does a later change of the hash; taken back, it listens no more. In the test window's own
 * document (it listens on the window). Page: the demo site's static meeting (test/demo-site).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deepLinkFeature } from '../../../../lib/page/features/deep-link/index.ts';
import { itemsFeature } from '../../../../lib/page/features/items/index.ts';
import { annotatePage, removeAnnotations, SSU_HTML, SSU_URL } from '../page-helpers.ts';

afterEach(() => {
  removeAnnotations();
  window.location.hash = '';
});

function flashedItems(): string[] {
  return [...document.querySelectorAll('[data-sagsspor-item][data-sagsspor-flash]')].map((el) => el.getAttribute('data-sagsspor-item') ?? '');
}

describe('deep links', () => {
  it('reveals the item the address names, on load and when the hash changes, until taken back', () => {
    document.documentElement.innerHTML = SSU_HTML.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    window.location.hash = '#sagsspor-item=3';
    const { annotations } = annotatePage(document, SSU_URL, { features: [itemsFeature, deepLinkFeature] });
    expect(flashedItems()).toEqual(['3']);
    window.location.hash = '#sagsspor-item=5';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(flashedItems().sort()).toEqual(['3', '5']);
    annotations.remove();
    expect(flashedItems()).toEqual([]);
    window.location.hash = '#sagsspor-item=6';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(flashedItems()).toEqual([]);
  });
});
