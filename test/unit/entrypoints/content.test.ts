// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html","settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The content script (entrypoints/content.ts) with WXT's context: one copy annotates the page;
 * a newer copy starting on the same page (the extension updated, or "Analysér" injected it
 * again) invalidates the older one, which takes its annotations back and stops answering, and
 * the page is annotated once, by the newer. (In Chromium: test/e2e/extension-reload.e2e.test.ts.)
 * Page: the demo site's static meeting (test/demo-site, modelled FirstAgenda markup).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '../../../entrypoints/content.ts';
import { SSU_HTML } from '../page/page-helpers.ts';

const contexts: ContentScriptContext[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.innerHTML = SSU_HTML.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  // The background is not there: the settings and the page report go unanswered.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  while (contexts.length > 0) contexts.pop()!.abort('test done');
  vi.restoreAllMocks();
});

async function run(): Promise<ContentScriptContext> {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  await contentScript.main(ctx);
  return ctx;
}

const marks = () => ({
  decisions: document.querySelectorAll('[data-sagsspor-outcome]').length,
  panels: document.querySelectorAll('sagsspor-root[data-sagsspor-part="panel"]').length,
  nested: document.querySelectorAll('[data-sagsspor-outcome] [data-sagsspor-outcome], [data-sagsspor-case] [data-sagsspor-case]').length,
});

describe('the content script', () => {
  it('a newer copy takes over: the older one takes its annotations back and stops listening; the page is annotated once', async () => {
    const removed = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    const before = document.documentElement.outerHTML;
    const first = await run();
    const once = marks();
    expect(once.decisions).toBeGreaterThan(0);
    expect(once.panels).toBe(1);
    const firstPanel = document.querySelector('sagsspor-root[data-sagsspor-part="panel"]');

    // The newer copy's context announces itself as it is made: the older one stops at once.
    const second = new ContentScriptContext('content');
    contexts.push(second);
    expect(first.isValid).toBe(false);
    expect(removed).toHaveBeenCalledTimes(1);
    expect(document.documentElement.outerHTML).toBe(before);

    await contentScript.main(second);
    expect(marks()).toEqual(once);
    expect(firstPanel?.isConnected).toBe(false);
    expect(second.isValid).toBe(true);
  });

  it('an invalidated copy that was still starting never annotates', async () => {
    const ctx = new ContentScriptContext('content');
    contexts.push(ctx);
    const started = contentScript.main(ctx);
    ctx.abort('the extension went away');
    await started;
    expect(marks().decisions).toBe(0);
  });
});
