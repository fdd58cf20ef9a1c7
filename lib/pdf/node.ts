/**
 * pdf.js for Node (CLI, tests, bench) — never for the extension. The legacy build runs in Node
 * without a worker thread (pdf.js uses its "fake worker" in the same thread) and needs the path
 * of its standard fonts for PDFs that use the 14 standard fonts without embedding them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfjsDocumentParams, PdfjsLike } from './extract.ts';

let loaded: Promise<PdfjsLike> | null = null;

/** The legacy build with Node's parameters bound (standard fonts, errors-only logging). */
export function loadNodePdfjs(): Promise<PdfjsLike> {
  loaded ??= (async () => {
    const mod: typeof PdfjsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const standardFontDataUrl = `${join(root, 'standard_fonts')}/`;
    // The module fits PdfjsLike as it is: this assignment is tsc's check of extract.ts.
    const pdfjs: PdfjsLike = mod;
    return {
      getDocument: (params: PdfjsDocumentParams) => pdfjs.getDocument({ standardFontDataUrl, verbosity: 0, ...params }),
    };
  })();
  return loaded;
}
