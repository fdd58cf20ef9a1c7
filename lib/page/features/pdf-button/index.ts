/**
 * Beside FirstAgenda's "Hent hele referatet" button: "Åbn referatet i Sagsspor", which opens the
 * meeting's PDF in Sagsspor's reader (the whole document, with page links to the original).
 */
import { t } from '../../../i18n.ts';
import { firstAgendaMeetingPdf } from '../../../reader-path.ts';
import type { PageFeature } from '../../feature.ts';
import css from './pdf-button.css?inline';

export const pdfButtonFeature: PageFeature = {
  id: 'pdf-button',
  // The button and the PDF route are FirstAgenda Publication's.
  applies: ({ detection }) => detection.kind === 'firstagenda',
  css: { ui: css },
  apply(ctx, { journal, signal }) {
    const openReader = ctx.services.openReader;
    const download = ctx.doc.querySelector('#hentHeledagsorden[data-id]');
    if (!openReader || !download?.parentNode) return;
    let origin: string;
    try {
      origin = new URL(ctx.url).origin;
    } catch {
      return;
    }
    const pdfUrl = firstAgendaMeetingPdf(origin, download.getAttribute('data-id') ?? '');
    if (pdfUrl === null) return;
    const { host, root } = ctx.ui.inlineHost('pdf-button');
    journal.insert(host, download.parentNode, download.nextSibling);
    const button = ctx.doc.createElement('button');
    button.type = 'button';
    button.className = 'icon-btn';
    button.setAttribute('data-action', 'open-reader');
    button.textContent = `📄 ${t('reader_openPdf')}`;
    button.addEventListener('click', () => void openReader(pdfUrl).catch(() => undefined), { signal });
    root.append(button);
  },
};
