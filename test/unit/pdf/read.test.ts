/**
 * readPdf as a caller sees it: bytes in, a result out, never a throw. Files that cannot be read
 * (empty, not a PDF, damaged, truncated, encrypted, scanned without text, too large) each give
 * their `reason` and a clear English message; a pdf.js that misbehaves gives 'damaged'.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  PDF_FAILURE_REASONS,
  pdfPageOf,
  readPdf,
  type PdfjsLike,
  type ReadPdfOptions,
  type ReadPdfResult,
} from '../../../lib/pdf/index.ts';
import { loadNodePdfjs } from '../../../lib/pdf/node.ts';
import { encryptedPdf, imageOnlyPdf, simplePdf } from '../../pdf/bad-pdfs.ts';
import { minutesPdf } from '../../pdf/minutes-pdf.ts';

const MINUTES = `REFERAT Økonomiudvalget d. 12-03-2025

Mødedato Onsdag d. 12. marts 2025 kl. 16:00

Mødested Rådhuset, mødelokale 1

Punkt 1: Godkendelse af dagsorden

Beslutning

Godkendt.

Punkt 2: Regnskab 2024

25-001234

Beslutning

Anbefales.

Sagsfremstilling

Regnskabet viser et overskud.`;

async function read(bytes: Uint8Array, options?: ReadPdfOptions): Promise<ReadPdfResult> {
  return readPdf(bytes, await loadNodePdfjs(), options);
}

function expectFailure(result: ReadPdfResult, reason: (typeof PDF_FAILURE_REASONS)[number], message: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message).toMatch(message);
  expect(result.message).not.toContain('\n'); // one line, printable as it is
}

describe('readPdf on a good file', () => {
  it('gives the meeting, the page count and the blocks with their pages', async () => {
    const bytes = await minutesPdf(MINUTES, { header: ['Økonomiudvalget d. 12-03-2025', 'Referat'], footer: 'referat.pdf' });
    const result = await read(bytes, { source: 'referat.pdf' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages).toBe(3);
    expect(result.meeting).toMatchObject({ source: 'referat.pdf', kind: 'referat', committee: 'Økonomiudvalget', date: '2025-03-12', time: '16:00' });
    expect(result.meeting.items.map((i) => [i.number, i.title, i.decision, i.outcome, i.caseNumbers])).toEqual([
      [1, 'Godkendelse af dagsorden', 'Godkendt.', 'approved', []],
      [2, 'Regnskab 2024', 'Anbefales.', 'recommended', ['25-001234']],
    ]);
    const pageOfItem = (n: number) => pdfPageOf(result.blocks[result.meeting.items[n]!.span.firstBlock]!.ref);
    expect([pageOfItem(0), pageOfItem(1)]).toEqual([2, 3]);
  });

  it('leaves the caller’s bytes alone (pdf.js gets a copy it may take over)', async () => {
    const bytes = await simplePdf(1);
    const before = Buffer.from(bytes);
    const result = await read(bytes);
    expect(result.ok).toBe(true);
    expect(bytes.byteLength).toBe(before.length);
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });

  it('names the document "document.pdf" unless told otherwise', async () => {
    const result = await read(await simplePdf(1));
    expect(result.ok && result.meeting.source).toBe('document.pdf');
  });
});

describe('readPdf on files it cannot read', () => {
  it('zero bytes: empty', async () => {
    expectFailure(await read(new Uint8Array(0)), 'empty', /empty \(0 bytes\)/);
  });

  it('bytes that are not a PDF (random, an HTML page, a ZIP): not-pdf', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) & 255);
    expectFailure(await read(random), 'not-pdf', /not a PDF/);
    expectFailure(await read(new TextEncoder().encode('<!doctype html><title>Referat</title>')), 'not-pdf', /not a PDF/);
    expectFailure(await read(new TextEncoder().encode('PK\u0003\u0004 word/document.xml')), 'not-pdf', /not a PDF/);
  });

  it('a PDF header and nothing usable after it: damaged', async () => {
    expectFailure(await read(new TextEncoder().encode('%PDF-1.7')), 'damaged', /damaged/);
    expectFailure(await read(new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage')), 'damaged', /damaged/);
  });

  it('a truncated PDF (cut at 10 %, 50 % and 90 %): damaged', async () => {
    const bytes = await minutesPdf(MINUTES);
    for (const share of [0.1, 0.5, 0.9]) {
      expectFailure(await read(bytes.slice(0, Math.floor(bytes.length * share))), 'damaged', /damaged/);
    }
  });

  it('an encrypted PDF: encrypted; with its password it reads', async () => {
    const bytes = encryptedPdf('hemmelig', 'Referat af lukket møde');
    expectFailure(await read(bytes), 'encrypted', /protected by a password/);
    expectFailure(await read(bytes, { documentParams: { password: 'forkert' } }), 'encrypted', /password given .* not correct/);
    const opened = await read(bytes, { documentParams: { password: 'hemmelig' } });
    expect(opened.ok && opened.blocks.map((b) => b.text)).toEqual(['Referat af lukket møde']);
  });

  it('a scan without a text layer (a frame and an image on each page): no-text', async () => {
    expectFailure(await read(await imageOnlyPdf(2)), 'no-text', /no text layer \(scanned\?\)/);
  });

  it('pages without anything on them: no-text', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    expectFailure(await read(await doc.save()), 'no-text', /no text layer/);
  });

  it('more pages than the limit: too-large (the limit is an option; 2000 by default)', async () => {
    expect(DEFAULT_MAX_PAGES).toBe(2000);
    expectFailure(await read(await simplePdf(3), { maxPages: 2 }), 'too-large', /3 pages; files up to 2 pages/);
    expect((await read(await simplePdf(3), { maxPages: 3 })).ok).toBe(true);
  });

  it('more bytes than the limit: too-large before pdf.js sees the file (50 MB by default)', async () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
    const pdfjs: PdfjsLike = { getDocument: vi.fn(() => { throw new Error('must not be called'); }) };
    const bytes = await simplePdf(1);
    expectFailure(await readPdf(bytes, pdfjs, { maxBytes: bytes.length - 1 }), 'too-large', /MB; files up to/);
    expect(pdfjs.getDocument).not.toHaveBeenCalled();
  });

  it('every reason is one of the exported, translatable keys', () => {
    expect([...PDF_FAILURE_REASONS].sort()).toEqual(['damaged', 'empty', 'encrypted', 'no-text', 'not-pdf', 'too-large']);
  });
});

describe('readPdf never throws, and always lets pdf.js go', () => {
  const PDF = new TextEncoder().encode('%PDF-1.7 stand-in');

  function fakePdfjs(document: () => Promise<unknown>) {
    const destroy = vi.fn(async () => undefined);
    const pdfjs = { getDocument: vi.fn(() => ({ promise: document(), destroy })) } as unknown as PdfjsLike;
    return { pdfjs, destroy };
  }

  it('getDocument throwing at once: damaged', async () => {
    const pdfjs: PdfjsLike = {
      getDocument: () => {
        throw new TypeError('worker failed to load');
      },
    };
    expectFailure(await readPdf(PDF, pdfjs), 'damaged', /could not be read \(worker failed to load\)/);
  });

  it('a page whose text cannot be read: damaged, and the loading task destroyed', async () => {
    const page = {
      getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
      getTextContent: () => Promise.reject(new Error('Bad FCHECK in flate stream')),
      cleanup: vi.fn(),
    };
    const { pdfjs, destroy } = fakePdfjs(async () => ({ numPages: 1, getPage: async () => page }));
    expectFailure(await readPdf(PDF, pdfjs), 'damaged', /Bad FCHECK/);
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(page.cleanup).toHaveBeenCalled();
  });

  it('a rejection that is not an Error, and a destroy that fails: still a result', async () => {
    const destroy = vi.fn(() => Promise.reject(new Error('already destroyed')));
    const pdfjs = { getDocument: () => ({ promise: Promise.reject('broken'), destroy }) } as unknown as PdfjsLike;
    expectFailure(await readPdf(PDF, pdfjs), 'damaged', /could not be read \(broken\)/);
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it('pdf.js errors are told apart by name (they cross from its worker as copies)', async () => {
    const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error('x'), { name, ...extra });
    const run = (error: unknown) => readPdf(PDF, fakePdfjs(() => Promise.reject(error)).pdfjs);
    expectFailure(await run(named('PasswordException', { code: 1 })), 'encrypted', /protected by a password/);
    expectFailure(await run(named('InvalidPDFException')), 'damaged', /damaged/);
  });

  it('a successful read destroys the loading task too', async () => {
    const page = {
      getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
      getTextContent: async () => ({ items: [{ str: 'Godkendt.', transform: [10, 0, 0, 10, 70, 742], width: 45, height: 10, hasEOL: false }, { type: 'beginMarkedContent' }] }),
      cleanup: () => true,
    };
    const { pdfjs, destroy } = fakePdfjs(async () => ({ numPages: 1, getPage: async () => page }));
    const result = await readPdf(PDF, pdfjs);
    expect(result.ok && result.blocks).toEqual([{ text: 'Godkendt.', ref: { kind: 'pdf', page: 1, endPage: 1, top: 100 } }]);
    expect(destroy).toHaveBeenCalledTimes(1);
  });
});

describe('pdf.js stays out of the content script', () => {
  it('no module the content script imports (lib/page, lib/parser, lib/systems, lib/messages) imports pdf.js or lib/pdf', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const checked = [...files('lib/page'), ...files('lib/parser'), ...files('lib/systems'), ...files('lib/messages')];
    expect(checked.length).toBeGreaterThan(10);
    const offenders = checked.filter((f) => /from ['"](?:pdfjs-dist[^'"]*|[./]*\/pdf\/[^'"]*)['"]|import\(['"](?:pdfjs-dist|[./]*\/pdf\/)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('lib/pdf imports pdf.js only in its Node adapter', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const importing = readdirSync('lib/pdf').filter((f) => /^import [^;]*['"]pdfjs-dist|import\(\s*['"]pdfjs-dist/m.test(readFileSync(`lib/pdf/${f}`, 'utf8')));
    expect(importing).toEqual(['node.ts']);
  });
});
