/**
 * The content script: on the known minutes hosts (lib/systems/addresses.ts; its `matches` are set in
 * wxt.config.ts, so that the patterns stay out of this bundle), on sites the user granted,
 * and where the popup's "Analysér denne side" injects it. It reads the page with the shared
 * parser and annotates it (lib/page); the store lives in the background, reached only through
 * the typed messages. A page that is not minutes is left untouched.
 */
import { browser } from 'wxt/browser';
import { setMessages } from '../lib/i18n.ts';
import type { PageSummary } from '../lib/messages/parts.ts';
import { answerContentScriptRequests, askBackground } from '../lib/messages/content-script.ts';
import type { Meeting } from '../lib/model.ts';
import { PageController } from '../lib/page/controller.ts';
import { backgroundServices } from '../lib/page/background-services.ts';

function report(summary: PageSummary, meeting: Meeting | null): void {
  askBackground({ type: 'report-page', summary, meeting }).catch((error: unknown) => {
    console.warn('[sagsspor] the background did not take the page', error);
  });
}

async function settings() {
  try {
    return (await askBackground({ type: 'get-settings' })).settings;
  } catch {
    return null;
  }
}

export default defineContentScript({
  runAt: 'document_idle',
  async main() {
    // Injected twice (popup "Analysér" on a page that already has us): the first one answers.
    const flag = '__sagssporContentScript';
    const scope = globalThis as unknown as Record<string, unknown>;
    if (scope[flag] === true) return;
    scope[flag] = true;

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
      return new PageController(document, () => location.href, {
        services: backgroundServices(),
        report,
        outlineOpen: chosen?.outlineOpen ?? false,
        // The options' theme (system, light, dark) travels with the colours to the page's styles.
        colours: chosen ? { ...chosen.colours, theme: chosen.theme ?? 'system' } : undefined,
      });
    })();
    browser.runtime.onMessage.addListener(
      answerContentScriptRequests({
        'page-summary': async () => ({ summary: (await ready).summary() }),
        'analyse-page': async () => ({ summary: (await ready).analyse() }),
        'reveal-item': async ({ itemNumber }) => ({ found: (await ready).reveal(itemNumber) }),
        'page-command': async ({ command }) => ({ done: (await ready).command(command) }),
        'set-annotations': async ({ on }) => ({ summary: (await ready).setOn(on) }),
      }),
    );
    (await ready).start();
  },
});
