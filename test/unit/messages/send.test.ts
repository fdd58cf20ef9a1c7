/** The senders of extension pages and the background: both validate the request before it leaves and the reply when it comes back. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { answerContentScriptRequests } from '../../../lib/messages/content-script.ts';
import { MessageError } from '../../../lib/messages/envelope.ts';
import type { MessageListener } from '../../../lib/messages/router.ts';
import { sendToBackground, sendToTab } from '../../../lib/messages/send.ts';
import { freshDb, target } from '../store-helpers.ts';
import { pageSender, testBackground, lejreSummary as summary } from '../sender-helpers.ts';

beforeEach(() => fakeBrowser.reset());

/** The background's listener as the browser calls it for a content script in a tab showing `url`. */
function asTab(listener: MessageListener, url: string): MessageListener {
  return (message, _sender, sendResponse) => listener(message, pageSender(url), sendResponse);
}

describe('sendToBackground', () => {
  it('round-trips through the browser with validated request and reply', async () => {
    browser.runtime.onMessage.addListener(asTab(testBackground(freshDb()), target(4).url));
    const { bookmark, created } = await sendToBackground({ type: 'bookmark-item', target: target(4), note: 'hej' });
    expect(created).toBe(true);
    expect(bookmark.note).toBe('hej');
    const { bookmarks } = await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: target(4).url, meeting: null } });
    expect(bookmarks.map((b) => b.note)).toEqual(['hej']);
  });

  it('refuses a malformed request before sending it', async () => {
    const transport = vi.fn();
    const bad = { type: 'remove-bookmarks', ids: [] } as const;
    await expect(sendToBackground(bad as never, transport)).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(sendToBackground({ type: 'format-disk' } as never, transport)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(transport).not.toHaveBeenCalled();
  });

  it('turns the handler\'s error into a MessageError with its code', async () => {
    browser.runtime.onMessage.addListener(asTab(testBackground(freshDb()), target(4).url));
    const error = await sendToBackground({ type: 'update-bookmark', id: 'missing', note: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'not-found', message: 'no bookmark with id missing' });
  });

  it('rejects a missing or malformed reply', async () => {
    await expect(sendToBackground({ type: 'get-settings' }, async () => undefined)).rejects.toMatchObject({ code: 'no-response' });
    await expect(sendToBackground({ type: 'get-settings' }, async () => ({ ok: true, data: { settings: { locale: 'xx' } } }))).rejects.toMatchObject({
      code: 'invalid-response',
    });
  });
});

describe('sendToTab', () => {
  it('gets the page summary from the content script', async () => {
    const content = answerContentScriptRequests({
      'page-summary': async () => ({ summary }),
      'analyse-page': async () => ({ summary }),
      'reveal-item': async ({ itemNumber }) => ({ found: itemNumber === 3 }),
      'page-command': async ({ command }) => ({ done: command === 'toggle-outline' }),
      'set-annotations': async () => ({ summary }),
    });
    const transport = async (m: unknown) => content(m, {} as Browser.runtime.MessageSender);
    expect(await sendToTab(1, { type: 'page-summary' }, { transport })).toEqual({ summary });
    expect(await sendToTab(1, { type: 'reveal-item', itemNumber: 4, anchor: null }, { transport })).toEqual({ found: false });
    expect(await sendToTab(1, { type: 'page-command', command: 'toggle-outline' }, { transport })).toEqual({ done: true });
    // A command the manifest does not have is refused before it is sent; so is a request a page does not answer.
    await expect(sendToTab(1, { type: 'page-command', command: 'delete-all' } as never, { transport })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(sendToTab(1, { type: 'format-disk' } as never, { transport })).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('validates what a page answers: a summary naming a script address is refused', async () => {
    const transport = async () => ({ ok: true, data: { summary: { ...summary, url: 'javascript:alert(1)' } } });
    await expect(sendToTab(1, { type: 'page-summary' }, { transport })).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('says no-response when no content script is there or it does not answer in time', async () => {
    const refused = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(sendToTab(1, { type: 'page-summary' }, { transport: refused })).rejects.toMatchObject({ code: 'no-response' });
    const silent = () => new Promise<unknown>(() => {});
    await expect(sendToTab(1, { type: 'page-summary' }, { transport: silent, timeoutMs: 20 })).rejects.toMatchObject({ code: 'no-response' });
  });
});
