/**
 * reader.html: a minutes PDF read with pdf.js (the modern build; its worker is bundled into the
 * extension and loaded from the extension's own origin), shown as a document the page
 * features annotate. `?url=<pdf address>` opens that PDF at once; `#sagsspor-item=N` scrolls to N.
 */
import { render } from 'preact';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import '../../components/styles.css';
import { openExtensionPage } from '../../lib/extension-pages/extension-page.ts';
import { browserReaderEnv } from '../../lib/extension-pages/reader-env.ts';
import { ReaderPage, type PdfText } from '../../components/reader/ReaderPage.tsx';
import { t } from '../../lib/i18n/index.ts';
import { readPdf, pdfPageOf, type PdfjsLike } from '../../lib/pdf/index.ts';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

/** pdf.js as readPdf takes it, quiet (warnings about fonts do not matter for text). */
const extensionPdfjs: PdfjsLike = {
  getDocument: (params) => pdfjs.getDocument({ ...params, verbosity: 0 }),
};

async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const result = await readPdf(bytes, extensionPdfjs);
  if (!result.ok) return result;
  return { ok: true, pages: result.pages, blocks: result.blocks.map((b) => ({ ...b, page: pdfPageOf(b.ref) ?? 1 })) };
}

async function main(): Promise<void> {
  await openExtensionPage();
  document.title = `${t('reader_title')} – Sagsspor`;
  const params = new URLSearchParams(location.search);
  render(
    <ReaderPage env={browserReaderEnv(readPdfText)} initialUrl={params.get('url')} initialFile={params.get('file')} initialHash={location.hash} />,
    document.getElementById('app')!,
  );
}

void main();
