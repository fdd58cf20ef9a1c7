/**
 * PDF layout: positioned text runs of every page → the parser's TextBlocks. Pure and
 * synchronous (no pdf.js here), so it is tested on hand-built runs.
 *   runs → lines (lines.ts) → without headers, footers, page numbers (furniture.ts)
 *        → paragraphs, list items, table rows (paragraphs.ts)
 * Each block's `ref` is a PdfBlockRef: the page it starts on, for links into the PDF.
 */
import type { TextBlock } from '../model.ts';
import { removeFurniture } from './furniture.ts';
import { pageLines } from './lines.ts';
import { linesToBlocks } from './paragraphs.ts';
import type { PageText } from './types.ts';

export function layoutPages(pages: readonly PageText[]): TextBlock[] {
  const ordered = [...pages].sort((a, b) => a.page - b.page);
  const lined = ordered.map((p) => ({ page: p.page, width: p.width, height: p.height, lines: pageLines(p) }));
  return linesToBlocks(removeFurniture(lined));
}
