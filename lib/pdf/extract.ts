/**
 * Drives pdf.js: pages → positioned text runs (PageText). pdf.js is injected, never imported,
 * through the few members used here, so that:
 * - Node (CLI, tests, bench) passes the legacy build, which runs without a worker thread;
 * - the extension's reader page passes the modern build with its bundled worker;
 * - nothing the content script imports pulls in pdf.js.
 * The real module fits these interfaces as it is (lib/pdf/node.ts assigns it, so tsc checks).
 */
import type { PageText, PositionedItem } from './types.ts';

export interface PdfjsTextItem {
  str: string;
  /** Text space → user space: [a, b, c, d, e, f]; (e, f) is the run's baseline origin. */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** Marked-content entries carry no text (present only with includeMarkedContent). */
export interface PdfjsMarkedContent {
  type: string;
}

export interface PdfjsTextContent {
  items: (PdfjsTextItem | PdfjsMarkedContent)[];
}

export interface PdfjsViewport {
  width: number;
  height: number;
  /** User space → viewport (y down, page rotation applied). */
  transform: number[];
}

export interface PdfjsPage {
  getViewport(params: { scale: number }): PdfjsViewport;
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<PdfjsTextContent>;
  /** Frees the page's parsed resources; a 100-page file would otherwise keep them all. */
  cleanup(): unknown;
}

export interface PdfjsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
}

export interface PdfjsLoadingTask {
  promise: Promise<PdfjsDocument>;
  /** pdf.js 6: destroy the loading task, not the document proxy. */
  destroy(): Promise<void>;
}

/** getDocument parameters readPdf may pass; the rest are the caller's (see ReadPdfOptions). */
export interface PdfjsDocumentParams {
  data: Uint8Array;
  password?: string;
  /** Where pdf.js finds the 14 standard fonts; Node needs it (a path ending in "/"). */
  standardFontDataUrl?: string;
  cMapUrl?: string;
  cMapPacked?: boolean;
  wasmUrl?: string;
  iccUrl?: string;
  /** 0 = errors only: pdf.js warnings must not reach a CLI's output. */
  verbosity?: number;
  stopAtErrors?: boolean;
  useSystemFonts?: boolean;
  useWorkerFetch?: boolean;
}

/** The part of the pdf.js module that is used; the module namespace of pdfjs-dist fits as it is. */
export interface PdfjsLike {
  getDocument(params: PdfjsDocumentParams): PdfjsLoadingTask;
}

/** [a b c d e f] × [a' b' c' d' e' f']: the matrix product pdf.js calls Util.transform. */
function multiply(m1: readonly number[], m2: readonly number[]): number[] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

function isTextItem(item: PdfjsTextItem | PdfjsMarkedContent): item is PdfjsTextItem {
  return typeof (item as Partial<PdfjsTextItem>).str === 'string' && Array.isArray((item as Partial<PdfjsTextItem>).transform);
}

/**
 * A run in page coordinates (viewport at scale 1: points, y down, rotation applied), or null
 * for text that does not run left to right (a sideways margin note would cut through lines).
 */
export function positionItem(item: PdfjsTextItem, viewport: PdfjsViewport, page: number): PositionedItem | null {
  const m = multiply(viewport.transform, item.transform);
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  if (!(a > 0) || Math.abs(b) > 0.05 * a) return null;
  const fontSize = Math.hypot(c, d) || item.height;
  return { str: item.str, x: e, y: f, width: item.width, fontSize, page, hasEOL: item.hasEOL ?? false };
}

/** Text runs of page `pageNumber`; the page's resources are freed afterwards. */
export async function extractPage(doc: PdfjsDocument, pageNumber: number): Promise<PageText> {
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PositionedItem[] = [];
    for (const item of content.items) {
      if (!isTextItem(item) || item.str === '') continue;
      const positioned = positionItem(item, viewport, pageNumber);
      if (positioned) items.push(positioned);
    }
    return { page: pageNumber, width: viewport.width, height: viewport.height, items };
  } finally {
    page.cleanup();
  }
}
