/**
 * The content script: on the known minutes hosts (lib/systems/addresses.ts; its `matches` are set in
 * wxt.config.ts, so that the patterns stay out of this bundle), on sites the user granted,
 * and where the popup's "Analysér denne side" injects it. It reads the page with the shared
 * parser and annotates it (lib/page); the store lives in the background, reached only through
 * the typed messages. A page that is not minutes is left untouched.
 *
 * One copy runs per page. WXT's context (`ctx`) is invalidated when a newer copy of this
 * script starts on the page (the extension was updated or reloaded and injected again, or
 * "Analysér" injected it twice) or when this copy finds its extension gone: then it stops,
 * takes every change back and stops answering, and the newer copy takes over.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setMessages } from '../lib/i18n/index.ts';
import type { PageSummary } from '../lib/messages/parts.ts';
import { answerContentScriptRequests, askBackground } from '../lib/messages/content-script.ts';
import type { Meeting } from '../lib/model.ts';
import { PageController } from '../lib/page/controller.ts';
import { backgroundServices } from '../lib/page/background-services.ts';

async function settings() {
  try {
    return (await askBackground({ type: 'get-settings' })).settings;
  } catch {
    return null;
  }
}

export default defineContentScript({
  runAt: 'document_idle',
  async main(ctx: ContentScriptContext) {
    let controller: PageController | null = null;
    ctx.onInvalidated(() => controller?.stop());

    const report = (summary: PageSummary, meeting: Meeting | null): void => {
      askBackground({ type: 'report-page', summary, meeting }).catch((error: unknown) => {
        // The extension was updated or removed under us: `isInvalid` notices and stops this copy.
        if (ctx.isInvalid) return;
        console.warn('[sagsspor] the background did not take the page', error);
      });
    };

    // Listen at once, before any await: "Analysér denne side" injects us and asks right away.
    const ready = (async () => {
      const chosen = await settings();
      // The page speaks the language chosen in the options (Danish by default), as the popup does.
      if (chosen) {
        try {
          setMessages(chosen.locale, (await askBackground({ type: 'get-locale-messages', locale: chosen.locale })).messages);
        } catch {
          // The browser's own language then.
        }
      }
      controller = new PageController(document, () => location.href, {
        services: backgroundServices(),
        report,
        outlineOpen: chosen?.outlineOpen ?? false,
        // The options' theme (system, light, dark) travels with the colours to the page's styles.
        colours: chosen ? { ...chosen.colours, theme: chosen.theme ?? 'system' } : undefined,
      });
      return controller;
    })();
    const listener = answerContentScriptRequests({
      'page-summary': async () => ({ summary: (await ready).summary() }),
      'analyse-page': async () => ({ summary: (await ready).analyse() }),
      'reveal-item': async ({ itemNumber }) => ({ found: (await ready).reveal(itemNumber) }),
      'page-command': async ({ command }) => ({ done: (await ready).command(command) }),
      'set-annotations': async ({ on }) => ({ summary: (await ready).setOn(on) }),
    });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The extension is gone: nothing to remove the listener from.
      }
    });
    const started = await ready;
    if (ctx.isValid) started.start();
  },
});
