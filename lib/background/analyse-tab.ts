/**
 * "Analysér denne side": read the page in a tab as minutes now, injecting the content script
 * where it is not running (the user's click on the action or the context menu granted
 * activeTab for that tab). Used by the popup and the background's context menu.
 */
import { browser } from 'wxt/browser';
import { MessageError } from '../messages/envelope.ts';
import { sendToTab } from '../messages/send.ts';
import type { PageSummary } from '../messages/parts.ts';

async function ask(tabId: number): Promise<PageSummary | null> {
  try {
    return (await sendToTab(tabId, { type: 'analyse-page' }, { timeoutMs: 5000 })).summary;
  } catch (error) {
    if (!(error instanceof MessageError)) console.warn('[sagsspor]', error);
    return null;
  }
}

export async function analyseTab(tabId: number): Promise<PageSummary | null> {
  const direct = await ask(tabId);
  if (direct) return direct;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (error) {
    console.warn('[sagsspor] could not inject the content script', error);
    return null;
  }
  return ask(tabId);
}
