/**
 * Beside the page's own download of the whole meeting (FirstAgenda's "Hent hele referatet"; the
 * system says where, lib/systems/types.ts `meetingPdf`): "Åbn referatet i Sagsspor", which opens
 * the meeting's PDF in Sagsspor's reader (the whole document, with page links to the original).
 */
import { t } from '../../../i18n/index.ts';
import { systemById } from '../../../systems/index.ts';
import type { PageFeature } from '../../feature.ts';
import css from './pdf-button.css?inline';

export const pdfButtonFeature: PageFeature = {
  id: 'pdf-button',
  // Only where the page's publishing system says where its whole-meeting PDF is (FirstAgenda Publication).
  applies: ({ detection }) => detection.kind === 'meeting' && systemById(detection.system).page.meetingPdf !== undefined,
  css: { ui: css },
  apply(ctx, { journal, signal }) {
    const openReader = ctx.services.openReader;
    const pdf = ctx.page.system.page.meetingPdf?.(ctx.doc, ctx.url) ?? null;
    const download = pdf?.beside;
    if (!openReader || !pdf || !download?.parentNode) return;
    const pdfUrl = pdf.url;
    const { host, root } = ctx.ui.inlineHost('pdf-button');
    journal.insert(host, download.parentNode, download.nextSibling);
    const button = ctx.doc.createElement('button');
    button.type = 'button';
    button.className = 'icon-btn';
    button.setAttribute('data-action', 'open-reader');
    button.append(documentIcon(ctx.doc), t('reader_openPdf'));
    button.addEventListener('click', () => void openReader(pdfUrl).catch(() => undefined), { signal });
    root.append(button);
  },
};

/**
 * A page drawn in CSS (pdf-button.css), not an emoji: an emoji needs a colour-emoji font, which
 * many Linux desktops lack (it showed as an empty box there).
 */
function documentIcon(doc: Document): HTMLElement {
  const icon = doc.createElement('span');
  icon.className = 'doc-icon';
  icon.setAttribute('aria-hidden', 'true');
  return icon;
}
