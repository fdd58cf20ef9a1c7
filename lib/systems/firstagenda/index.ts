/**
 * FirstAgenda Publication, the portal most municipalities publish on (dagsordener.<kommune>.dk):
 * recognised by the portal's ids, else by its item rows; read by its own adapter; the item's
 * table row is its box on the page, attachments are the marked links, and the page offers the
 * whole meeting as one PDF. Its JSON API has an archive client of its own (./archive/).
 */
import { defineSystem } from '../types.ts';
import { firstAgendaBlocks } from './blocks.ts';
import { firstAgendaSignature } from './detect.ts';
import { FIRSTAGENDA_PORTALS } from './hosts.ts';
import { meetingPdfOnPage } from './pdf.ts';
import { SELECTORS } from './selectors.ts';

export const firstAgenda = defineSystem({
  id: 'firstagenda',
  name: 'FirstAgenda Publication',
  detect: { signature: firstAgendaSignature, markup: SELECTORS.itemRowMarkup },
  blocks: firstAgendaBlocks,
  selectors: SELECTORS,
  page: {
    itemBox: (title) => title.closest(SELECTORS.itemRow),
    attachmentsMarked: true,
    meetingPdf: meetingPdfOnPage,
  },
  portals: FIRSTAGENDA_PORTALS,
});
