// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup.tsx';
import type { ActiveTab, PopupEnv } from '../../../lib/extension-pages/popup-env.ts';
import type { PageSummary } from '../../../lib/messages/parts.ts';
import { localPdfKey } from '../../../lib/extension-pages/reader-path.ts';
import { addBookmark, listBookmarks } from '../../../lib/store/bookmarks.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { freshDb, snapshot, target } from '../store-helpers.ts';
import { button, click, mount, type, unmount, useLocale } from './popup-helpers.tsx';

const PAGE = 'https://dagsordener.lejre.dk/referat/1';
/** A page on a site that is not a known portal: Sagsspor does not read it by itself. */
const OTHER_SITE_TAB = { id: 5, url: 'https://lejre.dk/referat/1', title: 'Referat' };
const summary: PageSummary = {
  url: PAGE,
  title: 'Referat',
  analysed: true,
  meeting: { municipality: 'Lejre', committee: 'Økonomiudvalget', date: '2024-03-12', kind: 'referat' },
  itemCount: 12,
  decisionCount: 9,
  caseNumberCount: 10,
  bookmarkedCount: 2,
  annotationsOn: true,
};

function env(over: Partial<PopupEnv> & { tab?: ActiveTab | null } = {}): PopupEnv {
  const tab = over.tab === undefined ? { id: 5, url: PAGE, title: 'Referat' } : over.tab;
  return {
    activeTab: async () => tab,
    pageSummary: async () => summary,
    analyse: async () => summary,
    reveal: async () => true,
    setAnnotations: vi.fn(async (_tabId: number, on: boolean) => ({ ...summary, annotationsOn: on })),
    open: vi.fn(async () => undefined),
    openOptions: vi.fn(async () => undefined),
    allowSite: vi.fn(async () => false),
    openSidePanel: vi.fn(async () => undefined),
    ...over,
  };
}

let db: SagssporDB;
let container: HTMLElement | null = null;

async function seed(): Promise<void> {
  await addBookmark(db, target(1), { tags: ['Skole'], note: 'Ring til forvaltningen' });
  await addBookmark(db, target(2), { tags: ['Budget'] });
  const other = target(3, { url: 'https://dagsordener.lejre.dk/referat/2', date: '2024-05-01', committee: 'Byrådet' });
  other.item.title = 'Ny skolestruktur';
  other.item.outcome = 'rejected';
  other.item.decision = 'Forslaget blev afvist.';
  await addBookmark(db, other);
}

const text = () => container?.textContent ?? '';
const rows = () => [...(container?.querySelectorAll('li.bookmark') ?? [])] as HTMLElement[];
const row = (n: number) => rows().find((r) => r.querySelector('.item-number')?.textContent === `Punkt ${n}`);

beforeEach(async () => {
  useLocale('da');
  db = freshDb();
});
afterEach(async () => {
  if (container) await unmount(container);
  container = null;
});

describe('the current page at a glance', () => {
  it('after hiding the annotations says they are hidden and offers "Vis markeringer igen", not an analysis', async () => {
    const setAnnotations = vi.fn(async (_tabId: number, on: boolean) => ({ ...summary, annotationsOn: on }));
    container = await mount(<Popup db={db} env={env({ setAnnotations })} />);
    const toggle = () => container!.querySelector<HTMLButtonElement>('[data-testid=toggle-annotations]');
    await vi.waitFor(() => expect(toggle()?.textContent).toBe('Skjul markeringer på siden'));
    await click(toggle()!);
    expect(setAnnotations).toHaveBeenCalledWith(5, false);
    await vi.waitFor(() => expect(toggle()?.textContent).toBe('Vis markeringer igen'));
    expect(text()).toContain('Markeringerne er skjult på denne side.');
    expect(text()).toContain('Økonomiudvalget · 12. marts 2024');
    expect(text()).not.toContain('fandt ingen');
    expect(button(container, 'Analysér denne side')).toBeUndefined();
    await click(toggle()!);
    expect(setAnnotations).toHaveBeenLastCalledWith(5, true);
    await vi.waitFor(() => expect(toggle()?.textContent).toBe('Skjul markeringer på siden'));
  });

  it('on a page without minutes says so and offers to analyse it', async () => {
    container = await mount(<Popup db={db} env={env({ pageSummary: async () => ({ ...summary, analysed: false, meeting: null, itemCount: 0, decisionCount: 0 }) })} />);
    await vi.waitFor(() => expect(text()).toContain('Sagsspor fandt ingen dagsorden eller referat på denne side.'));
    expect(button(container, 'Analysér denne side')).toBeDefined();
    expect(container.querySelector('[data-testid=toggle-annotations]')).toBeNull();
  });

  it('on a site it may not read says which, and how to allow it: the permission asked from the click, then the page read', async () => {
    const allowSite = vi.fn(async () => true);
    const analyse = vi.fn(async () => summary);
    container = await mount(<Popup db={db} env={env({ tab: OTHER_SITE_TAB, pageSummary: async () => null, allowSite, analyse })} />);
    await vi.waitFor(() => expect(text()).toContain('Sagsspor læser ikke lejre.dk af sig selv: webstedet er ikke tilladt.'));
    expect(text()).toContain('Indstillinger → Websteder');
    await click(button(container, 'Tillad altid lejre.dk'));
    expect(allowSite).toHaveBeenCalledWith(OTHER_SITE_TAB.url);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=page-counts]')).not.toBeNull());
    expect(analyse).toHaveBeenCalledWith(5);
  });

  it('says when the permission was refused, and still offers one analysis', async () => {
    container = await mount(<Popup db={db} env={env({ tab: OTHER_SITE_TAB, pageSummary: async () => null })} />);
    await vi.waitFor(() => expect(button(container!, 'Tillad altid lejre.dk')).toBeDefined());
    await click(button(container, 'Tillad altid lejre.dk'));
    await vi.waitFor(() => expect(container!.querySelector('[role=alert]')?.textContent).toContain('Tilladelsen blev ikke givet.'));
    expect(button(container, 'Analysér kun denne gang')).toBeDefined();
  });

  it('has a navigation header with the extension\'s pages', async () => {
    container = await mount(<Popup db={db} env={env()} />);
    const nav = container.querySelector('header nav');
    expect(nav?.getAttribute('aria-label')).toBe('Sagsspor');
    expect([...nav!.querySelectorAll('li button')].map((b) => b.textContent)).toEqual(['Søg i alle møder', 'Læs PDF', 'Indeksér arkiv', 'Sidepanel', 'Indstillinger']);
  });

  it('on a PDF in the browser\'s viewer offers to open it in Sagsspor\'s reader instead of analysing', async () => {
    const pdf = 'https://dagsordener.lejre.dk/vis/pdf/dagsorden/0c6f1e2a-1b7e-4c1e-9a0e-2f4d3c5b6a7e/?redirectDirectlyToPdf=true';
    const open = vi.fn(async () => undefined);
    const pageSummary = vi.fn(async () => summary);
    container = await mount(<Popup db={db} env={env({ tab: { id: 7, url: pdf, title: 'Referat' }, open, pageSummary })} />);
    await vi.waitFor(() => expect(text()).toContain('Denne side er en PDF'));
    expect(text()).not.toContain('Analysér denne side');
    expect(pageSummary).not.toHaveBeenCalled();
    await click(container.querySelector<HTMLButtonElement>('button[data-action="open-pdf"]')!);
    expect(open).toHaveBeenCalledWith(expect.stringContaining(`/reader.html?url=${encodeURIComponent(pdf)}`));
  });

  it('opens the reader from its header link, for a PDF on disk or typed in', async () => {
    const open = vi.fn(async () => undefined);
    container = await mount(<Popup db={db} env={env({ open })} />);
    await click(button(container, 'Læs PDF')!);
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/\/reader\.html$/));
  });

  it('shows the meeting, its items, decisions and how many are bookmarked', async () => {
    await seed();
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=page-counts]')?.textContent).toBe('Punkter: 12 · Beslutninger: 9 · Bogmærket: 2'));
    expect(text()).toContain('Økonomiudvalget · 12. marts 2024');
  });

  it('offers one analysis where the content script did not answer, and shows the result', async () => {
    const analyse = vi.fn(async () => summary);
    container = await mount(<Popup db={db} env={env({ tab: OTHER_SITE_TAB, pageSummary: async () => null, analyse })} />);
    await vi.waitFor(() => expect(text()).toContain('Sagsspor læser ikke lejre.dk af sig selv'));
    await click(button(container, 'Analysér kun denne gang'));
    await vi.waitFor(() => expect(container!.querySelector('[data-testid=page-counts]')).not.toBeNull());
    expect(analyse).toHaveBeenCalledWith(5);
  });

  it('says when the analysis failed, and when the page cannot be read at all', async () => {
    container = await mount(<Popup db={db} env={env({ pageSummary: async () => null, analyse: async () => null })} />);
    await vi.waitFor(() => expect(button(container!, 'Analysér kun denne gang')).toBeDefined());
    await click(button(container, 'Analysér kun denne gang'));
    await vi.waitFor(() => expect(text()).toContain('Siden kunne ikke analyseres.'));
    await unmount(container);
    container = await mount(<Popup db={db} env={env({ tab: { id: 1, url: 'chrome://extensions', title: '' } })} />);
    await vi.waitFor(() => expect(text()).toContain('Sagsspor kan ikke køre på denne side.'));
  });
});

describe('bookmarks', () => {
  it('are grouped by meeting, newest meeting first', async () => {
    await seed();
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    const headings = [...container.querySelectorAll('.meeting-group h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Byrådet · 1. maj 2024 · Lejre', 'Økonomiudvalget · 12. marts 2024 · Lejre']);
  });

  it('can be searched and filtered', async () => {
    await seed();
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    await type(container.querySelector('input[type=search]'), 'forvaltningen');
    await vi.waitFor(() => expect(rows().map((r) => r.querySelector('.item-number')?.textContent)).toEqual(['Punkt 1']));
    await type(container.querySelector('input[type=search]'), '');
    const outcome = [...container.querySelectorAll('select')].find((s) => s.querySelector('option[value=rejected]'));
    await type(outcome, 'rejected', 'change');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(text()).toContain('Ny skolestruktur');
    expect(container.querySelector('[data-testid=shown-count]')?.textContent).toBe('Viser 1 af 3');
  });

  it('open another page as a deep link to the item', async () => {
    await seed();
    const e = env();
    container = await mount(<Popup db={db} env={e} />);
    await vi.waitFor(() => expect(row(3)).toBeDefined());
    await click(button(row(3)!, 'Åbn'));
    expect(e.open).toHaveBeenCalledWith('https://dagsordener.lejre.dk/referat/2#sagsspor-item=3');
  });

  it('a bookmark in a PDF opens in Sagsspor\'s reader at the item', async () => {
    const pdf = 'https://dagsordener.lejre.dk/vis/pdf/dagsorden/5b7e0c1a-1111-4a4a-9a9a-222233334444/?redirectDirectlyToPdf=true';
    await addBookmark(db, target(7, { url: pdf }));
    const e = env();
    container = await mount(<Popup db={db} env={e} />);
    await vi.waitFor(() => expect(row(7)).toBeDefined());
    await click(button(row(7)!, 'Åbn'));
    const opened = (e.open as unknown as { mock: { calls: string[][] } }).mock.calls[0]![0]!;
    expect(opened).toMatch(/\/reader\.html\?url=([^#]+)#sagsspor-item=7$/);
    expect(decodeURIComponent(/url=([^#]+)/.exec(opened)![1]!)).toBe(pdf);
  });

  it('a bookmark in a PDF read from disk opens the reader asking for that file, at the item', async () => {
    await addBookmark(db, target(4, { url: localPdfKey('Referat ØU.pdf') }));
    const e = env();
    container = await mount(<Popup db={db} env={e} />);
    await vi.waitFor(() => expect(row(4)).toBeDefined());
    await click(button(row(4)!, 'Åbn'));
    expect(e.open).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`/reader\\.html\\?file=${encodeURIComponent('Referat ØU.pdf').replace(/\./g, '\\.')}#sagsspor-item=4$`)));
  });

  it('on the open page, say when the item is not found and show the stored text', async () => {
    await seed();
    const reveal = vi.fn(async () => false);
    const e = env({ reveal });
    container = await mount(<Popup db={db} env={e} />);
    await vi.waitFor(() => expect(row(2)).toBeDefined());
    await click(button(row(2)!, 'Åbn'));
    await vi.waitFor(() => expect(row(2)!.textContent).toContain('Punktet blev ikke fundet på siden. Her er den gemte tekst.'));
    expect(row(2)!.textContent).toContain('ikke fundet på siden');
    expect(row(2)!.querySelector('details.decision')?.hasAttribute('open')).toBe(true);
    expect(row(2)!.querySelector('details.decision p')?.textContent).toBe('Godkendt.');
    expect(e.open).not.toHaveBeenCalled();
    expect(reveal).toHaveBeenCalledWith(5, 2, expect.objectContaining({ exact: 'Godkendt.' }));
    const stored = (await listBookmarks(db)).find((b) => b.itemNumber === 2)!;
    expect(stored.missingSince).not.toBeNull();
  });

  it('delete with undo restores the bookmark and its note exactly', async () => {
    await seed();
    const before = await snapshot(db);
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(row(1)).toBeDefined());
    await click(button(row(1)!, 'Slet'));
    await vi.waitFor(() => expect(row(1)).toBeUndefined());
    expect(await db.bookmarks.count()).toBe(2);
    expect(text()).toContain('Slettet (1)');
    await click(button(container, 'Fortryd'));
    await vi.waitFor(() => expect(row(1)).toBeDefined());
    expect(row(1)!.textContent).toContain('Ring til forvaltningen');
    expect(await snapshot(db)).toEqual(before);
  });

  it('the undo offer ends after a while and the delete stays', async () => {
    await seed();
    container = await mount(<Popup db={db} env={env()} undoMs={400} />);
    await vi.waitFor(() => expect(row(1)).toBeDefined());
    await click(button(row(1)!, 'Slet'));
    await vi.waitFor(() => expect(text()).toContain('Slettet (1)'));
    await vi.waitFor(() => expect(button(container!, 'Fortryd')).toBeUndefined());
    expect(await db.bookmarks.count()).toBe(2);
  });

  it('tag several at once', async () => {
    await seed();
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(rows()).toHaveLength(3));
    await click(row(1)!.querySelector('input[type=checkbox]'));
    await click(row(3)!.querySelector('input[type=checkbox]'));
    await vi.waitFor(() => expect(text()).toContain('Valgt: 2'));
    await type(container.querySelector('.bulk input[type=text]'), 'Følg op');
    await click(button(container, 'Tilføj mærke'));
    await vi.waitFor(async () => {
      const tagged = (await listBookmarks(db)).filter((b) => b.tags.includes('Følg op')).map((b) => b.itemNumber);
      expect(tagged.sort()).toEqual([1, 3]);
    });
    await vi.waitFor(() => expect(row(3)!.querySelector('.tags')?.textContent).toContain('Følg op'));
  });

  it('edit note and tags in place', async () => {
    await seed();
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(row(2)).toBeDefined());
    await click(button(row(2)!, 'Note og mærker'));
    await type(row(2)!.querySelector('textarea'), 'Ny note');
    await type(row(2)!.querySelector('form input[type=text]'), 'Budget, Anlæg');
    await click(button(row(2)!, 'Gem'));
    await vi.waitFor(async () => {
      const b = (await listBookmarks(db)).find((x) => x.itemNumber === 2)!;
      expect([b.note, b.tags]).toEqual(['Ny note', ['Budget', 'Anlæg']]);
    });
  });

  it('show markup in titles and notes as text, never as HTML', async () => {
    const t = target(7);
    t.item.title = '<img src=x onerror="window.hacked=1">';
    await addBookmark(db, t, { note: '<script>window.hacked=2</script><b>fed</b>' });
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(row(7)).toBeDefined());
    expect(row(7)!.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect(row(7)!.textContent).toContain('<script>window.hacked=2</script><b>fed</b>');
    expect(container.querySelector('img, script, b')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('say so when there are no bookmarks yet', async () => {
    container = await mount(<Popup db={db} env={env()} />);
    await vi.waitFor(() => expect(text()).toContain('Ingen bogmærker endnu.'));
  });
});
