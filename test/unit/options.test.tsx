// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../components/Options.tsx';
import type { OptionsEnv } from '../../components/options-env.ts';
import { originPattern } from '../../components/site-patterns.ts';
import { addBookmark } from '../../lib/store/bookmarks.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { exportAll, serialiseExport } from '../../lib/store/transfer.ts';
import { freshDb, snapshot, target } from './store-helpers.ts';
import { button, click, mount, type, unmount, useLocale } from './popup-helpers.tsx';

let db: SagssporDB;
let container: HTMLElement | null = null;
let granted: string[];

function makeEnv(): OptionsEnv & { downloads: { name: string; content: string; mime: string }[] } {
  const downloads: { name: string; content: string; mime: string }[] = [];
  return {
    downloads,
    permissions: {
      getAll: async () => ({ origins: [...granted] }),
      request: vi.fn(async ({ origins }: { origins: string[] }) => {
        granted.push(...origins);
        return true;
      }),
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        granted = granted.filter((o) => !origins.includes(o));
        return true;
      }),
    },
    builtInOrigins: () => ['*://dagsordener.aarhus.dk/*'],
    download: (name, content, mime) => void downloads.push({ name, content, mime }),
    storageStatus: async () => ({ persisted: true, usage: 2 * 1024 * 1024, quota: null }),
    loadLocale: async (locale) => useLocale(locale),
  };
}

const text = () => container?.textContent ?? '';
const fixedNow = () => new Date('2024-06-01T10:00:00Z');

async function chooseFile(content: string): Promise<void> {
  const input = container!.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([content], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(async () => {
  useLocale('da');
  db = freshDb();
  granted = ['*://dagsordener.aarhus.dk/*', '*://lejre.dk/*'];
  await addBookmark(db, target(1), { tags: ['Skole'], note: 'note' });
  await addBookmark(db, target(2));
});
afterEach(async () => {
  if (container) await unmount(container);
  container = null;
  document.documentElement.removeAttribute('data-theme');
});

describe('sites', () => {
  it('turns what people type into a site pattern', () => {
    expect(originPattern('dagsordener.aarhus.dk')).toBe('*://dagsordener.aarhus.dk/*');
    expect(originPattern(' https://www.Kalundborg.dk/politik/referater?x=1 ')).toBe('*://www.kalundborg.dk/*');
    expect(originPattern('*.lejre.dk')).toBe('*://*.lejre.dk/*');
    expect(originPattern('ærø.dk')).toBe('*://xn--r-3fa9c.dk/*');
    expect(originPattern('hello')).toBeNull();
    expect(originPattern('*')).toBeNull();
    expect(originPattern('')).toBeNull();
  });

  it('lists granted sites, adds one through a permission request and removes one', async () => {
    const env = makeEnv();
    container = await mount(<Options db={db} env={env} />);
    // The built-in portal is summed up in one line, not listed as a removable site.
    await vi.waitFor(() => expect(container!.querySelectorAll('.site-list li')).toHaveLength(1));
    expect(text()).toContain('1 kendte mødesider er indbygget');
    expect([...container.querySelectorAll('.site-list li')].some((li) => li.textContent?.includes('aarhus'))).toBe(false);

    await type(container.querySelector('form input[type=text]'), 'https://www.kalundborg.dk/politik');
    await click(button(container, 'Tilføj websted'));
    expect(env.permissions.request).toHaveBeenCalledWith({ origins: ['*://www.kalundborg.dk/*'] });
    await vi.waitFor(() => expect(text()).toContain('Sagsspor kører nu på www.kalundborg.dk.'));
    expect(container.querySelectorAll('.site-list li')).toHaveLength(2);

    const lejre = [...container.querySelectorAll('.site-list li')].find((li) => li.textContent?.includes('lejre'))!;
    await click(button(lejre, 'Fjern'));
    await vi.waitFor(() => expect(text()).toContain('Sagsspor kører ikke længere på lejre.dk.'));
    expect(env.permissions.remove).toHaveBeenCalledWith({ origins: ['*://lejre.dk/*'] });
  });

  it('says what to type when the address is not a site, and asks for nothing', async () => {
    const env = makeEnv();
    container = await mount(<Options db={db} env={env} />);
    await vi.waitFor(() => expect(container!.querySelector('form input[type=text]')).not.toBeNull());
    await type(container.querySelector('form input[type=text]'), 'referater');
    await click(button(container, 'Tilføj websted'));
    await vi.waitFor(() => expect(text()).toContain('Skriv en webadresse, fx dagsordener.aarhus.dk.'));
    expect(env.permissions.request).not.toHaveBeenCalled();
  });
});

describe('appearance and language', () => {
  it('stores the theme and applies it to the page', async () => {
    container = await mount(<Options db={db} env={makeEnv()} />);
    await vi.waitFor(() => expect(text()).toContain('Farvetema'));
    const theme = [...container.querySelectorAll('select')].find((s) => s.querySelector('option[value=dark]'));
    await type(theme, 'dark', 'change');
    await vi.waitFor(async () => expect((await getSettings(db)).theme).toBe('dark'));
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    const outline = container.querySelector('input[type=checkbox]') as HTMLInputElement;
    // Closed by default (it would cover the page); ticked, every page starts with it open.
    expect(outline.checked).toBe(false);
    await click(outline);
    await vi.waitFor(async () => expect((await getSettings(db)).outlineOpen).toBe(true));
  });

  it('switches the pages to English and remembers it', async () => {
    container = await mount(<Options db={db} env={makeEnv()} />);
    await vi.waitFor(() => expect(text()).toContain('Websteder'));
    const language = [...container.querySelectorAll('select')].find((s) => s.querySelector('option[value=en]'));
    await type(language, 'en', 'change');
    await vi.waitFor(() => expect(container!.querySelector('h2')?.textContent).toBe('Sites'));
    expect(text()).toContain('Export everything (JSON)');
    expect((await getSettings(db)).locale).toBe('en');
  });
});

describe('data', () => {
  it('exports everything as JSON and bookmarks as CSV', async () => {
    const env = makeEnv();
    container = await mount(<Options db={db} env={env} now={fixedNow} />);
    await vi.waitFor(() => expect(button(container!, 'Eksportér alt (JSON)')).toBeDefined());
    await click(button(container, 'Eksportér alt (JSON)'));
    await vi.waitFor(() => expect(env.downloads).toHaveLength(1));
    expect(env.downloads[0]!.name).toBe('sagsspor-eksport-2024-06-01.json');
    expect(JSON.parse(env.downloads[0]!.content)).toMatchObject({ format: 'sagsspor-export', version: 3 });
    await vi.waitFor(() => expect(text()).toContain('Eksporteret: 2 bogmærker og 0 møder'));
    await click(button(container, 'Eksportér bogmærker til Excel (CSV)'));
    await vi.waitFor(() => expect(env.downloads).toHaveLength(2));
    expect(env.downloads[1]!.name).toBe('sagsspor-bogmaerker-2024-06-01.csv');
    expect(env.downloads[1]!.content.startsWith('\uFEFFKommune;Udvalg;')).toBe(true);
  });

  it('refuses a malformed import, says where, and changes nothing', async () => {
    const file = await exportAll(db);
    (file.bookmarks[1]!.tags as unknown[]) = [42];
    const before = await snapshot(db);
    container = await mount(<Options db={db} env={makeEnv()} />);
    await vi.waitFor(() => expect(container!.querySelector('input[type=file]')).not.toBeNull());
    await chooseFile(JSON.stringify(file));
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=data-result]')?.textContent).toContain('Filen indeholder en fejl. Intet er ændret.'));
    // The plain words first; the developer's detail only under "Tekniske detaljer".
    const result = container.querySelector('[data-testid=data-result]')!;
    expect(result.querySelector('p')?.textContent).toBe('Filen indeholder en fejl. Intet er ændret.');
    const details = result.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Tekniske detaljer');
    expect(details?.textContent).toContain('bookmarks[1].tags[0]: expected string, received number');
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports a valid file and reports what it merged', async () => {
    const other = freshDb();
    await addBookmark(other, target(1), { tags: ['Budget'] });
    await addBookmark(other, target(5));
    const text_ = serialiseExport(await exportAll(other));
    container = await mount(<Options db={db} env={makeEnv()} />);
    await vi.waitFor(() => expect(container!.querySelector('input[type=file]')).not.toBeNull());
    await chooseFile(text_);
    await vi.waitFor(() => expect(text()).toContain('Importeret: 1 nyt bogmærke, 1 flettet, 0 møder, 1 nyt mærke, 0 nye se også-henvisninger.'));
    expect(await db.bookmarks.count()).toBe(3);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=data-counts]')?.textContent).toContain('Gemt: 3 bogmærker'));
  });

  it('deletes everything only after confirmation', async () => {
    container = await mount(<Options db={db} env={makeEnv()} />);
    await vi.waitFor(() => expect(button(container!, 'Slet alt …')).toBeDefined());
    await click(button(container, 'Slet alt …'));
    await vi.waitFor(() => expect(text()).toContain('Det sletter 2 bogmærker, 1 note, 0 møder og alle indstillinger.'));
    await click(button(container, 'Annullér'));
    expect(await db.bookmarks.count()).toBe(2);
    await click(button(container, 'Slet alt …'));
    await click(button(container, 'Ja, slet alt'));
    await vi.waitFor(() => expect(text()).toContain('Alt er slettet.'));
    const all = await snapshot(db);
    expect(Object.values(all).every((rows) => rows.length === 0)).toBe(true);
  });
});
