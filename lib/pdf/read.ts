/**
 * readPdf: PDF bytes → the parsed meeting, or the reason it cannot be read. Bytes in, result
 * out, pdf.js injected: the same call serves the CLI (Node, legacy build) and the extension's
 * reader page (modern build, its own worker). It never throws; every failure is a `reason`
 * (translated by the UI) with an English `message`.
 */
import type { Meeting, TextBlock } from '../model.ts';
import { parseBlocks } from '../parser/index.ts';
import { extractPage, type PdfjsDocumentParams, type PdfjsLike, type PdfjsLoadingTask } from './extract.ts';
import { layoutPages } from './layout.ts';
import type { PageText } from './types.ts';

/** Why a PDF could not be read. A UI translates by these keys. */
export const PDF_FAILURE_REASONS = ['not-pdf', 'empty', 'encrypted', 'no-text', 'too-large', 'damaged'] as const;
export type PdfFailureReason = (typeof PDF_FAILURE_REASONS)[number];

export type ReadPdfResult =
  | {
      ok: true;
      meeting: Meeting;
      /** Number of pages in the file. */
      pages: number;
      /** The blocks given to the parser; each `ref` is a PdfBlockRef (page of the block). */
      blocks: TextBlock[];
    }
  | { ok: false; reason: PdfFailureReason; message: string };

/** Minutes are rarely above a few MB; a 50 MB file is a scan or a bundle of attachments. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 2000;

export interface ReadPdfOptions {
  /** Name of the document (file name or URL), copied to Meeting.source. Default "document.pdf". */
  source?: string;
  maxBytes?: number;
  maxPages?: number;
  /**
   * Further getDocument parameters, e.g. `standardFontDataUrl` or `verbosity`. An adapter such
   * as loadNodePdfjs() may already have bound them.
   */
  documentParams?: Omit<PdfjsDocumentParams, 'data'>;
  /** Called after each page's text is read (a reader page can show progress). */
  onPage?: (page: number, pages: number) => void;
}

const fail = (reason: PdfFailureReason, message: string): ReadPdfResult => ({ ok: false, reason, message });

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** "%PDF-" in the first kilobyte: PDF readers accept some junk before the header, so do we. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** pdf.js errors cross from its worker as copies; their `name` survives, their class does not. */
function failureOf(error: unknown): ReadPdfResult {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name ?? '') : '';
  const raw = error instanceof Error ? error.message : typeof error === 'object' && error !== null ? String((error as { message?: unknown }).message ?? '') : String(error);
  const detail = raw.trim().replace(/\.$/, '');
  if (name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, 2 = the one given is wrong.
    const wrong = (error as { code?: unknown }).code === 2;
    return fail('encrypted', wrong ? 'The password given for the PDF is not correct.' : 'The PDF is protected by a password, so its text cannot be read.');
  }
  if (name === 'InvalidPDFException') return fail('damaged', `The PDF is damaged and cannot be read${detail ? ` (${detail})` : ''}.`);
  return fail('damaged', `The PDF could not be read${detail ? ` (${detail})` : ''}.`);
}

function hasText(pages: readonly PageText[]): boolean {
  return pages.some((p) => p.items.some((i) => i.str.trim() !== ''));
}

export async function readPdf(bytes: Uint8Array, pdfjs: PdfjsLike, options: ReadPdfOptions = {}): Promise<ReadPdfResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) return fail('empty', 'The file is empty (0 bytes).');
  if (bytes.byteLength > maxBytes) {
    return fail('too-large', `The PDF is ${megabytes(bytes.byteLength)}; files up to ${megabytes(maxBytes)} are read.`);
  }
  if (!hasPdfHeader(bytes)) return fail('not-pdf', 'The file is not a PDF (no "%PDF-" header).');

  let task: PdfjsLoadingTask | null = null;
  try {
    // pdf.js takes ownership of the buffer it is given (it may move it to its worker): pass a
    // copy. `new Uint8Array(x)` copies; a Node Buffer's slice() would not.
    task = pdfjs.getDocument({ ...options.documentParams, data: new Uint8Array(bytes) });
    const doc = await task.promise;
    if (doc.numPages === 0) return fail('empty', 'The PDF has no pages.');
    if (doc.numPages > maxPages) return fail('too-large', `The PDF has ${doc.numPages} pages; files up to ${maxPages} pages are read.`);

    const pages: PageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      pages.push(await extractPage(doc, n));
      options.onPage?.(n, doc.numPages);
    }
    if (!hasText(pages)) return fail('no-text', 'The PDF has no text layer (scanned?), so there is no text to read.');

    const blocks = layoutPages(pages);
    const meeting = parseBlocks(blocks, { source: options.source ?? 'document.pdf' });
    return { ok: true, meeting, pages: doc.numPages, blocks };
  } catch (error) {
    return failureOf(error);
  } finally {
    // Frees pdf.js's worker-side document; a failure here must not hide the result.
    await task?.destroy().catch(() => undefined);
  }
}
