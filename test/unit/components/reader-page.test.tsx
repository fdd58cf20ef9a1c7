// @vitest-environment happy-dom
/**
 * The PDF reader page with its PDF step faked (the text of a real minutes PDF, seed 003 of
 * Lejre, as blocks spread over pages) and the real background handlers and store behind it:
 * the reading view shows every decision with its outcome and links each page to the original;
 * bookmarks go to the same store under the PDF's address; the meeting is indexed; a PDF that
 * cannot be read or fetched says why and stores nothing; only web addresses are fetched.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderPage, type Fetched, type PdfText, type ReaderEnv } from '../../../components/reader/ReaderPage.tsx';
import type { ReadingBlock } from '../../../lib/extension-pages/reading-document.ts';
import { sendToBackground } from '../../../lib/messages/send.ts';
import type { Transport } from '../../../lib/messages/protocol.ts';
import type { PageServices } from '../../../lib/page/feature.ts';
import { parseText, textToBlocks } from '../../../lib/parser/index.ts';
import { localPdfKey } from '../../../lib/extension-pages/reader-path.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { describeShared, readShared } from '../../shared.ts';
import { click, mount, type, unmount, useLocale } from './popup-helpers.tsx';
import { freshDb, snapshot } from '../store-helpers.ts';
import { uiRootOf } from '../../../lib/page/ui-host.ts';
import { extensionSender, testBackground } from '../sender-helpers.ts';

const PDF_URL = 'https://dagsordener.lejre.dk/vis/pdf/dagsorden/5b7e0c1a-1111-4a4a-9a9a-222233334444/?redirectDirectlyToPdf=true';
const SEED = '003_ba268f17f18e87f4';
const BLOCKS_PER_PAGE = 25;

function seedBlocks(): ReadingBlock[] {
  return textToBlocks(readShared('seeds', `${SEED}.txt`)).map((b, i) => ({ text: b.text, page: 1 + Math.floor(i / BLOCKS_PER_PAGE) }));
}

interface Harness {
  env: ReaderEnv;
  db: SagssporDB;
  reported: number;
  fetched: string[];
  access: string[];
}

/** The page's services over the real handlers (the reader sends the same messages as a page). */
function harness(read: (bytes: Uint8Array) => Promise<PdfText>, fetchPdf?: (url: string) => Promise<Fetched>): Harness {
  const db = freshDb();
  const listener = testBackground(db);
  const transport: Transport = async (m) => listener(m, extensionSender('reader.html'));
  // The same requests as lib/page/background-services.ts sends, to the handlers directly.
  const services: PageServices = {
    copyText: async () => true,
    bookmarks: {
      listBookmarks: async (url, meeting) => (await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url, meeting } }, transport)).bookmarks,
      bookmarkItem: async (target) => (await sendToBackground({ type: 'bookmark-item', target }, transport)).bookmark,
      removeBookmark: async (id) => void (await sendToBackground({ type: 'remove-bookmarks', ids: [id] }, transport)),
      updateBookmark: async (id, change) => (await sendToBackground({ type: 'update-bookmark', id, ...change }, transport)).bookmark,
      reportAnchors: async (results) => void (await sendToBackground({ type: 'report-anchors', results }, transport)),
    },
    trail: {
      pageTrail: (url, meeting, items) => sendToBackground({ type: 'page-trail', url, meeting, items }, transport),
      relatedItems: (url, meeting, caseNumber, itemNumber) =>
        sendToBackground({ type: 'related-items', municipality: meeting.municipality, url, caseNumber, current: itemNumber === null ? null : { meeting, itemNumber } }, transport),
      openCase: async () => undefined,
    },
  };
  const h: Harness = {
    db,
    reported: 0,
    fetched: [],
    access: [],
    env: {
      readPdf: read,
      fetchPdf: async (url) => {
        h.fetched.push(url);
        return fetchPdf ? fetchPdf(url) : { ok: true, bytes: new TextEncoder().encode('%PDF-1.7 …') };
      },
      requestAccess: async (origin) => {
        h.access.push(origin);
        return true;
      },
      report: async (summary, meeting) => {
        h.reported++;
        await sendToBackground({ type: 'report-page', summary, meeting }, transport);
      },
      services,
      objectUrl: () => 'blob:chrome-extension://abc/1234',
    },
  };
  return h;
}

let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) await unmount(container);
  container = null;
});

const readSeed = async (): Promise<PdfText> => {
  const blocks = seedBlocks();
  return { ok: true, blocks, pages: blocks[blocks.length - 1]!.page };
};

describeShared('the PDF reader', () => {
  it('shows the minutes as a document: every decision with its outcome, page links to the original, indexed in the store', async () => {
    useLocale('da');
    const h = harness(readSeed);
    container = await mount(<ReaderPage env={h.env} initialUrl={PDF_URL} initialHash="" />);
    const expected = parseText(readShared('seeds', `${SEED}.txt`), { source: PDF_URL });
    const decided = expected.items.filter((i) => i.decision !== null);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThanOrEqual(decided.length));
    expect(h.fetched).toEqual([PDF_URL]);
    // Each item is one article carrying its number, as on pages.
    const numbers = [...document.querySelectorAll('[data-sagsspor-item]')].map((el) => Number(el.getAttribute('data-sagsspor-item')));
    expect(numbers).toEqual(expected.items.map((i) => i.number));
    for (const item of decided) {
      const article = document.querySelector(`[data-sagsspor-item="${item.number}"]`)!;
      expect(article.querySelector('[data-sagsspor-outcome]')?.getAttribute('data-sagsspor-outcome')).toBe(item.outcome);
    }
    // Case numbers are marked with their format.
    const marked = [...document.querySelectorAll('[data-sagsspor-case]')].map((el) => el.getAttribute('data-sagsspor-case'));
    expect(marked).toContain('24-002111');
    // "Side N" links go to that page of the original PDF.
    const pages = [...document.querySelectorAll<HTMLAnchorElement>('.pdf-page a')];
    expect(pages[0]!.getAttribute('href')).toBe(`${PDF_URL}#page=1`);
    expect(pages.at(-1)!.getAttribute('href')).toBe(`${PDF_URL}#page=${seedBlocks().at(-1)!.page}`);
    expect(pages.at(-1)!.textContent).toBe(`Side ${seedBlocks().at(-1)!.page} i PDF`);
    const summary = document.querySelector('[data-testid="reader-summary"]')!.textContent!;
    expect(summary).toContain(`${expected.items.length} punkter`);
    // Indexed as a page visit: the store has the meeting and its items under the PDF's address.
    await vi.waitFor(async () => expect(await h.db.items.count()).toBe(expected.items.length));
    expect((await h.db.meetings.toArray()).map((m) => m.url)).toEqual([PDF_URL]);
  });

  it('a bookmark in a PDF read from disk: asks for that file again, then files it under the same key and shows the item', async () => {
    useLocale('da');
    const h = harness(readSeed);
    const scrolled: string[] = [];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.id);
    });
    container = await mount(<ReaderPage env={h.env} initialUrl={null} initialFile="JAI 6. november.pdf" initialHash="#sagsspor-item=6" />);
    expect(document.querySelector('[data-testid="choose-file-again"]')?.textContent).toContain('»JAI 6. november.pdf«');
    expect(h.fetched).toEqual([]);
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([new TextEncoder().encode('%PDF-1.7 …')], 'JAI 6. november.pdf', { type: 'application/pdf' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await h.db.meetings.toArray()).map((m) => m.url)).toEqual([localPdfKey('JAI 6. november.pdf')]));
    expect(document.querySelector('[data-testid="choose-file-again"]')).toBeNull();
    expect(scrolled).toContain('punkt-6');
    scroll.mockRestore();
  });

  it('bookmarks a decision in the PDF into the same store, under the PDF address', async () => {
    useLocale('da');
    const h = harness(readSeed);
    container = await mount(<ReaderPage env={h.env} initialUrl={PDF_URL} initialHash="" />);
    const expected = parseText(readShared('seeds', `${SEED}.txt`), { source: PDF_URL });
    const item = expected.items.find((i) => i.caseNumbers.includes('24-002111'))!;
    const bookmark = await vi.waitFor(() => {
      const b = uiRootOf(document.querySelector(`sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="${item.number}"]`))
        ?.querySelector<HTMLButtonElement>('button[data-action="bookmark"]');
      if (!b) throw new Error('no bookmark button yet');
      return b;
    });
    bookmark.click();
    await vi.waitFor(async () => expect(await h.db.bookmarks.count()).toBe(1));
    const [row] = await h.db.bookmarks.toArray();
    expect(row).toMatchObject({ url: PDF_URL, itemNumber: item.number, title: item.title, caseNumbers: ['24-002111'] });
  });

  const failures: [string, Extract<PdfText, { ok: false }>, RegExp][] = [
    ['an encrypted PDF', { ok: false, reason: 'encrypted', message: 'PasswordException' }, /krypteret/],
    ['a scanned PDF without text', { ok: false, reason: 'no-text', message: 'no text layer' }, /ingen tekst/],
    ['a damaged PDF', { ok: false, reason: 'damaged', message: 'Invalid PDF structure' }, /beskadiget/],
    ['a file that is not a PDF', { ok: false, reason: 'not-pdf', message: 'no %PDF header' }, /ikke en PDF/],
  ];
  for (const [name, result, words] of failures) {
    it(`${name}: says so, and stores nothing`, async () => {
      useLocale('da');
      const h = harness(async () => result);
      const before = await snapshot(h.db);
      container = await mount(<ReaderPage env={h.env} initialUrl={PDF_URL} initialHash="" />);
      const alert = await vi.waitFor(() => {
        const a = container!.querySelector('[role="alert"]');
        if (!a) throw new Error('no message yet');
        return a;
      });
      expect(alert.textContent).toMatch(words);
      expect(alert.textContent).toContain('Intet er gemt.');
      expect(alert.getAttribute('data-reason')).toBe(result.reason);
      expect(h.reported).toBe(0);
      expect(document.querySelector('[data-testid="reading-document"]')!.childElementCount).toBe(0);
      expect(await snapshot(h.db)).toEqual(before);
    });
  }

  it('a PDF with text but no agenda items: says so, stores nothing', async () => {
    useLocale('da');
    const h = harness(async () => ({ ok: true, pages: 1, blocks: [{ text: 'Årsrapport 2024', page: 1 }, { text: 'Indledning og tal.', page: 1 }] }));
    container = await mount(<ReaderPage env={h.env} initialUrl={PDF_URL} initialHash="" />);
    await vi.waitFor(() => expect(container!.querySelector('[role="alert"]')?.getAttribute('data-reason')).toBe('no-items'));
    expect(h.reported).toBe(0);
    expect(await h.db.meetings.count()).toBe(0);
  });

  it('asks for the site when it may not fetch from it, and fetches after the user grants it', async () => {
    useLocale('da');
    let granted = false;
    const h = harness(readSeed, async () => (granted ? { ok: true, bytes: new Uint8Array([37, 80, 68, 70]) } : { ok: false, reason: 'permission', message: 'no host permission' }));
    h.env.requestAccess = async (origin) => {
      h.access.push(origin);
      granted = true;
      return true;
    };
    container = await mount(<ReaderPage env={h.env} initialUrl={PDF_URL} initialHash="" />);
    const grant = await vi.waitFor(() => {
      const b = container!.querySelector<HTMLButtonElement>('button[data-action="grant"]');
      if (!b) throw new Error('no grant button yet');
      return b;
    });
    expect(container!.textContent).toContain('Sagsspor skal have adgang til dagsordener.lejre.dk');
    await click(grant);
    expect(h.access).toEqual(['https://dagsordener.lejre.dk']);
    await vi.waitFor(() => expect(document.querySelectorAll('[data-sagsspor-item]').length).toBeGreaterThan(0));
    expect(h.fetched).toEqual([PDF_URL, PDF_URL]);
  });

  it('fetches only web addresses typed into the field', async () => {
    useLocale('da');
    const h = harness(readSeed);
    container = await mount(<ReaderPage env={h.env} initialUrl={null} initialHash="" />);
    await type(container.querySelector('input[type="url"]'), 'javascript:alert(1)');
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(container!.querySelector('[role="alert"]')?.getAttribute('data-reason')).toBe('bad-url'));
    expect(h.fetched).toEqual([]);
  });
});
