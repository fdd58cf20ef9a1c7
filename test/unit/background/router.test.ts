/**
 * The background's router: which messages it takes, how it answers (sendResponse or a
 * promise), that it validates requests and its own replies, and that a request of the
 * extension pages' map is refused from a content script before its handler runs.
 */
import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { routeToBackground } from '../../../lib/background/router.ts';
import { CONTENT_TO_BACKGROUND } from '../../../lib/messages/content-to-background.ts';
import { EXTENSION_PAGE_TO_BACKGROUND } from '../../../lib/messages/extension-page-to-background.ts';
import { freshDb } from '../store-helpers.ts';
import { extensionSender, pageSender, TEST_EXTENSION, testBackground, lejreSummary as summary } from '../sender-helpers.ts';

describe('the background router', () => {
  const listener = testBackground(freshDb());
  const sender = extensionSender();

  it('leaves messages that are not Sagsspor\'s to other listeners', () => {
    expect(listener({ type: 'wxt:reload' }, sender)).toBeUndefined();
    expect(listener('ping', sender)).toBeUndefined();
    expect(listener(null, sender)).toBeUndefined();
    expect(listener({ type: 'constructor' }, sender)).toBeUndefined();
  });

  it('answers a malformed request with an error naming the field', async () => {
    const reply = await listener({ type: 'update-bookmark', id: 'x', tags: ['ok', 7] }, sender);
    expect(reply).toEqual({ ok: false, error: { code: 'invalid-request', message: 'tags[1]: expected string, received number' } });
    const extra = await listener({ type: 'get-settings', admin: true }, sender);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'admin: unknown field' } });
  });

  it('replies through sendResponse and returns true when given sendResponse (fake browser, Firefox)', async () => {
    const sendResponse = vi.fn();
    expect(listener({ type: 'get-settings' }, sender, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ ok: true, data: { settings: { locale: 'da' } } });
  });

  it('remembers the outline the user closed on a page as the next page\'s start', async () => {
    const own = testBackground(freshDb());
    expect(await own({ type: 'remember-outline', open: false }, sender)).toEqual({ ok: true, data: {} });
    expect(await own({ type: 'get-settings' }, sender)).toMatchObject({ ok: true, data: { settings: { outlineOpen: false } } });
    expect(await own({ type: 'remember-outline', open: 'no' }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('returns a promise of the reply without sendResponse (Chromium)', async () => {
    const reply = listener({ type: 'list-bookmarks', scope: { kind: 'all' } }, sender);
    expect(reply).toBeInstanceOf(Promise);
    expect(await reply).toEqual({ ok: true, data: { bookmarks: [] } });
  });

  it('sets the action badge of the reporting tab to its number of decisions', async () => {
    const badges: [number, string][] = [];
    const l = testBackground(freshDb(), { setBadge: async (tabId, text) => void badges.push([tabId, text]) });
    const tab = pageSender(summary.url, 7);
    await l({ type: 'report-page', summary, meeting: null }, tab);
    await l({ type: 'report-page', summary: { ...summary, analysed: false, decisionCount: 0 }, meeting: null }, tab);
    expect(badges).toEqual([
      [7, '9'],
      [7, ''],
    ]);
  });

  it('refuses every request of a sender that is not this extension, even one that asks nothing of the store', async () => {
    const stranger = { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' };
    expect(await listener({ type: 'get-locale-messages', locale: 'da' }, stranger)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('knows each request type in one direction only', () => {
    const content = Object.keys(CONTENT_TO_BACKGROUND);
    for (const type of Object.keys(EXTENSION_PAGE_TO_BACKGROUND)) expect(content).not.toContain(type);
    const twice = { ping: { request: z.strictObject({}), reply: z.strictObject({}) } };
    const handler = async () => ({});
    expect(() => routeToBackground({ fromContentScripts: twice, fromExtensionPages: twice }, { ping: handler }, { self: TEST_EXTENSION })).toThrow(/both directions/);
  });
});

describe('the two directions to the background', () => {
  const fromContentScripts = {
    'where-am-i': { request: z.strictObject({}), reply: z.strictObject({ kind: z.string() }) },
  };
  const fromExtensionPages = {
    'wipe-everything': { request: z.strictObject({}), reply: z.strictObject({ wiped: z.boolean() }) },
  };
  function router(wipe: () => Promise<{ wiped: boolean }>) {
    return routeToBackground(
      { fromContentScripts, fromExtensionPages },
      { 'where-am-i': async (_request, caller) => ({ kind: caller.kind }), 'wipe-everything': wipe },
      { self: TEST_EXTENSION },
    );
  }

  it('refuses a content script a request of the extension pages\' map before its handler runs', async () => {
    const wipe = vi.fn(async () => ({ wiped: true }));
    const listener = router(wipe);
    expect(await listener({ type: 'wipe-everything' }, pageSender('https://dagsordener.lejre.dk/referat/1'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(wipe).not.toHaveBeenCalled();
    expect(await listener({ type: 'wipe-everything' }, extensionSender('options.html'))).toEqual({ ok: true, data: { wiped: true } });
    expect(wipe).toHaveBeenCalledOnce();
  });

  it('answers both kinds of caller in the content scripts\' map, telling the handler which one asks', async () => {
    const listener = router(async () => ({ wiped: false }));
    expect(await listener({ type: 'where-am-i' }, pageSender('https://dagsordener.lejre.dk/referat/1'))).toEqual({ ok: true, data: { kind: 'content-script' } });
    expect(await listener({ type: 'where-am-i' }, extensionSender())).toEqual({ ok: true, data: { kind: 'extension-page' } });
  });

  it('sends no reply that breaks the contract: the content script trusts what it gets', async () => {
    const listener = router(async () => ({ wiped: 'yes' }) as unknown as { wiped: boolean });
    expect(await listener({ type: 'wipe-everything' }, extensionSender())).toEqual({
      ok: false,
      error: { code: 'invalid-response', message: 'wiped: expected boolean, received string' },
    });
  });
});
