/**
 * Reading minutes from PDF files. Import from here in extension pages and scripts — never from
 * the content script (lib/page, lib/parser, lib/systems): pdf.js is large and is injected by
 * the caller anyway (lib/pdf/node.ts for Node; the modern build plus its worker in a page).
 */
export { readPdf, PDF_FAILURE_REASONS, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from './read.ts';
export type { PdfFailureReason, ReadPdfOptions, ReadPdfResult } from './read.ts';
export { layoutPages } from './layout.ts';
export { pdfPageOf } from './types.ts';
export type { Line, PageText, PdfBlockRef, PositionedItem } from './types.ts';
export type { PdfjsDocumentParams, PdfjsLike, PdfjsLoadingTask, PdfjsDocument, PdfjsPage, PdfjsTextContent } from './extract.ts';
