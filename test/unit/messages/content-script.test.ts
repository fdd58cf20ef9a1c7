/**
 * The content script's side of the contract: it answers the requests of its map, refusing
 * malformed ones; it reads the background's replies in their envelope; and it carries none of
 * what only the background and the extension pages need (its size budget).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { answerContentScriptRequests, askBackground } from '../../../lib/messages/content-script.ts';
import { MessageError } from '../../../lib/messages/envelope.ts';
import { freshDb, target } from '../store-helpers.ts';
import { extensionSender, pageSender, testBackground, lejreSummary as summary } from '../sender-helpers.ts';

describe('the content script\'s router', () => {
  it('refuses malformed requests (zod/mini), naming the field', async () => {
    const handled = vi.fn(async () => ({ found: true }));
    const router = answerContentScriptRequests({
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
});

describe('the content script\'s reading of the background\'s replies', () => {
  it('reads every full reply the background gives to the requests a page sends', async () => {
    const listener = testBackground(freshDb());
    const transport = async (m: unknown) => listener(m, pageSender(target(3).url));
    const made = await askBackground({ type: 'bookmark-item', target: target(3), tags: ['budget'], note: 'Følg op' }, transport);
    expect(made.bookmark).toMatchObject({ note: 'Følg op', tags: ['budget'] });
    const views = await askBackground({ type: 'list-bookmarks', scope: { kind: 'page', url: target(3).url, meeting: null } }, transport);
    expect(views.bookmarks.map((b) => b.id)).toEqual([made.bookmark.id]);
    const settings = await askBackground({ type: 'get-settings' }, transport);
    expect(settings.settings.locale).toBe('da');
  });

  it('turns the background\'s refusal into a MessageError with its code', async () => {
    const listener = testBackground(freshDb());
    const evil = async (m: unknown) => listener(m, pageSender('https://evil.example/'));
    const error = await askBackground({ type: 'list-bookmarks', scope: { kind: 'all' } }, evil).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a missing answer or a broken envelope', async () => {
    await expect(askBackground({ type: 'get-settings' }, async () => undefined)).rejects.toMatchObject({ code: 'no-response' });
    await expect(askBackground({ type: 'get-settings' }, async () => ({ ok: 'yes' }))).rejects.toMatchObject({ code: 'invalid-response' });
    await expect(askBackground({ type: 'get-settings' }, async () => ({ ok: false, error: { code: 'teapot', message: 'x' } }))).rejects.toMatchObject({
      code: 'invalid-response',
    });
  });
});

describe('what the content script may import', () => {
  it('the message contract, keys and anchors pull in no Dexie and no search index', () => {
    const contract = ['content-script', 'content-to-background', 'envelope', 'extension-page-to-background', 'parts', 'protocol', 'router', 'send', 'to-content-script', 'trail'].map((f) => `lib/messages/${f}.ts`);
    expect([...packagesImportedBy([...contract, 'lib/store/keys.ts', 'lib/page/text-anchor.ts'])].sort()).toEqual(['wxt/browser', 'zod', 'zod/mini']);
  });

  it('the content script pulls in no full Zod, Dexie, search index or pdf.js (its size budget)', () => {
    expect([...packagesImportedBy(['entrypoints/content.ts'])].sort()).toEqual(['preact', 'preact/hooks', 'wxt/browser', 'zod/mini']);
  });

  it('nor what only the manifest, the background or the extension pages need: the host patterns, the request schemas, the store', () => {
    const files = filesImportedBy(['entrypoints/content.ts']);
    expect(files).toContain('lib/messages/to-content-script.ts');
    expect(files).toContain('lib/messages/content-script.ts');
    expect(files).toContain('lib/systems/index.ts');
    // The manifest's match patterns (each system's addresses.ts), not the systems' pages.
    const matchPatterns = ['lib/systems/addresses.ts', 'lib/systems/firstagenda/addresses.ts', 'lib/systems/kk-edoc/addresses.ts', 'lib/systems/polweb/addresses.ts'];
    for (const f of [...matchPatterns, 'lib/messages/content-to-background.ts', 'lib/messages/send.ts', 'lib/model.ts', 'lib/store/db.ts']) expect(files).not.toContain(f);
    expect([...files].filter((f) => f.startsWith('lib/store/tables/') || f.startsWith('lib/background/'))).toEqual([]);
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
