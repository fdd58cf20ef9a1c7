/**
 * Run the content script on the sites the user granted in the options (optional host
 * permissions), besides the sites of the manifest. Called on every permission change and start.
 */
import { browser } from 'wxt/browser';

const SITES_SCRIPT_ID = 'sagsspor-granted-sites';

export async function syncSiteScripts(): Promise<void> {
  try {
    const builtIn = new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []));
    const { origins = [] } = await browser.permissions.getAll();
    const wanted = origins.filter((o) => !builtIn.has(o) && o !== '<all_urls>' && o !== '*://*/*').sort();
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
    if (wanted.length === 0) {
      if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
      return;
    }
    const script = { id: SITES_SCRIPT_ID, matches: wanted, js: ['content-scripts/content.js'], runAt: 'document_idle' as const, persistAcrossSessions: true };
    if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    console.warn('[sagsspor] could not register the content script for granted sites', error);
  }
}
