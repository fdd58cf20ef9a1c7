/**
 * Every selector of every publishing system (`lib/systems/<id>/selectors.ts`), counted on the
 * fixture pages its system expects it on (`<id>/selector-counts.ts`): when a portal changes its markup, or a selector is edited,
 * the count that no longer holds names the selector and the page. Real pages beside the
 * repository (../shared) are counted when that folder is there (test/shared.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../../lib/systems/index.ts';
import { SHARED_DIR, describeShared } from '../../shared.ts';

interface SelectorsModule {
  SELECTORS: Readonly<Record<string, string>>;
  SELECTOR_COUNTS: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

async function selectorsOf(id: string): Promise<SelectorsModule> {
  const [{ SELECTORS }, { SELECTOR_COUNTS }] = await Promise.all([
    import(`../../../lib/systems/${id}/selectors.ts`) as Promise<Pick<SelectorsModule, 'SELECTORS'>>,
    import(`../../../lib/systems/${id}/selector-counts.ts`) as Promise<Pick<SelectorsModule, 'SELECTOR_COUNTS'>>,
  ]);
  return { SELECTORS, SELECTOR_COUNTS };
}

const ROOT = resolve(import.meta.dirname, '../../..');
const SHARED_PREFIX = '../shared/';

const modules = new Map<string, SelectorsModule>();
for (const system of SYSTEMS) modules.set(system.id, await selectorsOf(system.id));

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

const documents = new Map<string, Document>();
function page(path: string): Document {
  let doc = documents.get(path);
  if (!doc) {
    const file = path.startsWith(SHARED_PREFIX) ? join(SHARED_DIR, path.slice(SHARED_PREFIX.length)) : join(ROOT, path);
    // Own windows: the pages link stylesheets and scripts, which are neither loaded nor run.
    const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true, disableJavaScriptEvaluation: true } });
    windows.push(window);
    doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
    documents.set(path, doc);
  }
  return doc;
}

/** Each system's expectations, split by where the page lives. */
function expectations(shared: boolean): [system: string, name: string, selector: string, path: string, count: number][] {
  return [...modules].flatMap(([id, m]) =>
    Object.entries(m.SELECTOR_COUNTS).flatMap(([name, counts]) =>
      Object.entries(counts)
        .filter(([path]) => path.startsWith(SHARED_PREFIX) === shared)
        .map(([path, count]) => [id, name, m.SELECTORS[name]!, path, count] as [string, string, string, string, number]),
    ),
  );
}

describe('each system\'s selectors', () => {
  it('are the ones its system declares, each with a count on at least one fixture', () => {
    for (const system of SYSTEMS) {
      const m = modules.get(system.id)!;
      expect(system.selectors, system.id).toBe(m.SELECTORS);
      expect(Object.keys(m.SELECTOR_COUNTS).sort(), system.id).toEqual(Object.keys(m.SELECTORS).sort());
      for (const [name, counts] of Object.entries(m.SELECTOR_COUNTS)) expect(Object.keys(counts).length, `${system.id}.${name}`).toBeGreaterThan(0);
    }
  });

  it('are each found on some fixture, but for the markup of modules no fixture models yet', () => {
    const unseen = [...modules].flatMap(([id, m]) =>
      Object.entries(m.SELECTOR_COUNTS)
        .filter(([, counts]) => Object.values(counts).every((n) => n === 0))
        .map(([name]) => `${id}.${name}`),
    );
    expect(unseen).toEqual(['generic.unattributedMarkup']);
  });

  for (const [system, name, selector, path, count] of expectations(false)) {
    it(`${system}.${name}: ${count} on ${path}`, () => {
      expect(page(path).querySelectorAll(selector).length).toBe(count);
    });
  }
});

describeShared('each system\'s selectors on the real pages beside the repository', () => {
  for (const [system, name, selector, path, count] of expectations(true)) {
    it(`${system}.${name}: ${count} on ${path}`, () => {
      expect(page(path).querySelectorAll(selector).length).toBe(count);
    });
  }
});
