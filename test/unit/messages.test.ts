import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { freshDb, target } from './store-helpers.ts';
import { LocaleMessagesSchema, PAGE_REPLIES, readReply } from '../../lib/messages-core.ts';
import { answerPageRequests } from '../../lib/page/messaging.ts';
import { createBackgroundHandlers } from '../../lib/store/handlers.ts';
import {
  MessageError,
  handleContentMessage,
  handleMessage,
  sendMessage,
  sendToTab,
  type MessageListener,
  type PageSummary,
} from '../../lib/messages.ts';
import { extensionSender, pageSender } from './sender-helpers.ts';

const summary: PageSummary = {
  url: 'https://dagsordener.lejre.dk/referat/1',
  title: 'Økonomiudvalget',
  analysed: true,
  meeting: { municipality: 'Lejre', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' },
  itemCount: 12,
  decisionCount: 9,
  caseNumberCount: 11,
  bookmarkedCount: 0,
  annotationsOn: true,
};

beforeEach(() => fakeBrowser.reset());

/** The background's listener as the browser calls it for a content script in a tab showing `url`. */
function asTab(listener: MessageListener, url: string): MessageListener {
  return (message, _sender, sendResponse) => listener(message, pageSender(url), sendResponse);
}

describe('the background router', () => {
  const listener = handleMessage(createBackgroundHandlers(freshDb()));
  const sender = extensionSender();

  it('leaves messages that are not Sagsspor\'s to other listeners', () => {
    expect(listener({ type: 'wxt:reload' }, sender)).toBeUndefined();
    expect(listener('ping', sender)).toBeUndefined();
    expect(listener(null, sender)).toBeUndefined();
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
    const db = freshDb();
    const own = handleMessage(createBackgroundHandlers(db));
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
    const db = freshDb();
    const badges: [number, string][] = [];
    const l = handleMessage(createBackgroundHandlers(db, { setBadge: async (tabId, text) => void badges.push([tabId, text]) }));
    const tab = pageSender(summary.url, 7);
    await l({ type: 'report-page', summary, meeting: null }, tab);
    await l({ type: 'report-page', summary: { ...summary, analysed: false, decisionCount: 0 }, meeting: null }, tab);
    expect(badges).toEqual([
      [7, '9'],
      [7, ''],
    ]);
  });
});

describe('sendMessage', () => {
  it('round-trips through the browser with validated request and reply', async () => {
    browser.runtime.onMessage.addListener(asTab(handleMessage(createBackgroundHandlers(freshDb())), target(4).url));
    const { bookmark, created } = await sendMessage({ type: 'bookmark-item', target: target(4), note: 'hej' });
    expect(created).toBe(true);
    expect(bookmark.note).toBe('hej');
    const { bookmarks } = await sendMessage({ type: 'list-bookmarks', scope: { kind: 'page', url: target(4).url, meeting: null } });
    expect(bookmarks.map((b) => b.note)).toEqual(['hej']);
  });

  it('refuses a malformed request before sending it', async () => {
    const transport = vi.fn();
    const bad = { type: 'remove-bookmarks', ids: [] } as const;
    await expect(sendMessage(bad as never, transport)).rejects.toMatchObject({ code: 'invalid-request' });
    expect(transport).not.toHaveBeenCalled();
  });

  it('turns the handler\'s error into a MessageError with its code', async () => {
    browser.runtime.onMessage.addListener(asTab(handleMessage(createBackgroundHandlers(freshDb())), target(4).url));
    const error = await sendMessage({ type: 'update-bookmark', id: 'missing', note: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'not-found', message: 'no bookmark with id missing' });
  });

  it('rejects a missing or malformed reply', async () => {
    await expect(sendMessage({ type: 'get-settings' }, async () => undefined)).rejects.toMatchObject({ code: 'no-response' });
    await expect(sendMessage({ type: 'get-settings' }, async () => ({ ok: true, data: { settings: { locale: 'xx' } } }))).rejects.toMatchObject({
      code: 'invalid-response',
    });
  });
});

describe('the page\'s view of the replies (content-safe contract)', () => {
  it('reads every full reply the background gives to the requests a page sends', async () => {
    const listener = handleMessage(createBackgroundHandlers(freshDb()));
    const transport = async (m: unknown) => listener(m, pageSender(target(3).url));
    const made = await sendMessage({ type: 'bookmark-item', target: target(3), tags: ['budget'], note: 'Følg op' }, transport);
    const views = await sendMessage({ type: 'list-bookmarks', scope: { kind: 'page', url: target(3).url, meeting: null } }, transport);
    const settings = await sendMessage({ type: 'get-settings' }, transport);
    // What the page would receive, envelope and all, read with the page's narrower schemas.
    expect(readReply(PAGE_REPLIES['bookmark-item'], { ok: true, data: made }, 'bookmark-item').bookmark).toMatchObject({
      id: made.bookmark.id,
      note: 'Følg op',
      tags: ['budget'],
    });
    expect(readReply(PAGE_REPLIES['list-bookmarks'], { ok: true, data: views }, 'list-bookmarks').bookmarks).toHaveLength(1);
    expect(readReply(PAGE_REPLIES['get-settings'], { ok: true, data: settings }, 'get-settings').settings.locale).toBe('da');
  });
});

describe('the page\'s reading of replies', () => {
  const settings = { locale: 'da', outlineOpen: true, colours: { positive: '#1a7f37', negative: '#cf222e', neutral: '#59636e', bookmark: '#9a6700' } };

  it('names the field of a malformed reply', () => {
    const bad = { ok: true, data: { settings: { ...settings, locale: 'xx' } } };
    expect(() => readReply(PAGE_REPLIES['get-settings'], bad, 'get-settings')).toThrow(/^invalid answer to 'get-settings': data\.settings\.locale: /);
    expect(() => readReply(PAGE_REPLIES['get-settings'], { ok: true, data: { settings }, extra: 1 }, 'get-settings')).toThrow(/extra: unknown field/);
    expect(() => readReply(PAGE_REPLIES['get-settings'], { ok: 'yes' }, 'get-settings')).toThrow(MessageError);
    expect(() => readReply(PAGE_REPLIES['get-settings'], 'ok', 'get-settings')).toThrow(MessageError);
  });

  it('turns an error envelope into a MessageError with its code, and refuses a malformed one', () => {
    const failed = () => readReply(PAGE_REPLIES['get-settings'], { ok: false, error: { code: 'not-found', message: 'gone' } }, 'get-settings');
    expect(failed).toThrow(expect.objectContaining({ code: 'not-found', message: 'gone' }));
    const bogus = () => readReply(PAGE_REPLIES['get-settings'], { ok: false, error: { code: 'teapot', message: 'x' } }, 'get-settings');
    expect(bogus).toThrow(expect.objectContaining({ code: 'invalid-response' }));
  });

  it('checks a messages.json file field by field (an object of entries)', () => {
    const file = JSON.parse(readFileSync(join(dirname(new URL(import.meta.url).pathname), '../../assets/public/_locales/da/messages.json'), 'utf8')) as unknown;
    expect(LocaleMessagesSchema.safeParse(file).success).toBe(true);
    expect(LocaleMessagesSchema.safeParse({ a: { message: 'x', placeholders: { n: { content: '$1' } } } }).success).toBe(true);
    for (const bad of [[], 'x', null, { a: { text: 'x' } }, { a: 'x' }, { a: { message: 'x', placeholders: { n: 'x' } } }, { a: { message: 'x', placeholders: [] } }]) {
      expect(LocaleMessagesSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('sendToTab and the content router', () => {
  it('gets the page summary from the content script', async () => {
    const content = handleContentMessage({
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

  it('the content script\'s router (zod/mini) refuses malformed requests, naming the field', async () => {
    const handled = vi.fn(async () => ({ found: true }));
    const router = answerPageRequests({
      'page-summary': async () => ({ summary }),
      'analyse-page': async () => ({ summary }),
      'reveal-item': handled,
      'page-command': async () => ({ done: true }),
      'set-annotations': async () => ({ summary }),
    });
    const sender = extensionSender();
    expect(router({ type: 'wxt:reload' }, sender)).toBeUndefined();
    expect(router({ type: 'constructor' }, sender)).toBeUndefined();
    expect(await router({ type: 'reveal-item', itemNumber: 'seven', anchor: null }, sender)).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'itemNumber: expected number, received string' },
    });
    expect(await router({ type: 'page-summary', admin: true }, sender)).toEqual({ ok: false, error: { code: 'invalid-request', message: 'admin: unknown field' } });
    expect(await router({ type: 'page-command', command: 'delete-all' }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handled).not.toHaveBeenCalled();
    expect(await router({ type: 'reveal-item', itemNumber: 7, anchor: null }, sender)).toEqual({ ok: true, data: { found: true } });
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

describe('what the content script may import', () => {
  it('the message contract, keys and anchors pull in no Dexie and no search index', () => {
    expect([...packagesImportedBy(['lib/messages.ts', 'lib/store/keys.ts', 'lib/store/anchor.ts'])].sort()).toEqual(['wxt/browser', 'zod', 'zod/mini']);
  });

  it('the content script pulls in no full Zod, Dexie, search index or pdf.js (its size budget)', () => {
    expect([...packagesImportedBy(['entrypoints/content.ts'])].sort()).toEqual(['preact', 'preact/hooks', 'wxt/browser', 'zod/mini']);
  });

  it('nor what only the manifest or the background needs: the host patterns, the request schemas', () => {
    const files = filesImportedBy(['entrypoints/content.ts']);
    expect(files).toContain('lib/messages-core.ts');
    for (const f of ['lib/hosts.ts', 'lib/trail/requests.ts', 'lib/messages.ts', 'lib/model.ts', 'lib/store/schemas.ts']) expect(files).not.toContain(f);
  });
});

/** Packages reached through the runtime (not type-only) imports and re-exports of `entries`. */
function packagesImportedBy(entries: string[]): Set<string> {
  return runtimeImports(entries).packages;
}

/** Our files reached the same way (entries included). */
function filesImportedBy(entries: string[]): Set<string> {
  return runtimeImports(entries).files;
}

function runtimeImports(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm)) {
      if (m[1]) continue; // type-only imports vanish from the bundle
      const spec = m[2]!;
      if (spec.endsWith('.css?inline')) continue; // a style sheet as text: no code, no imports
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)));
      else packages.add(spec);
    }
  };
  for (const f of entries) visit(f);
  return { files: seen, packages };
}
