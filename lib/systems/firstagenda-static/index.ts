/**
 * FirstAgenda's older static HTML export (`…/committee_<id>/agenda_<id>/agenda_<id>.html`), as
 * Holbæk still serves it. Recognised by that path; read by the generic adapter (the export has
 * none of the portal's item rows).
 */
import { genericBlocks } from '../generic/blocks.ts';
import { defineSystem } from '../types.ts';
import { SELECTORS } from './selectors.ts';

export const firstAgendaStatic = defineSystem({
  id: 'firstagenda-static',
  name: 'FirstAgenda static HTML export',
  detect: { urls: [/\/committee_\d+\/agenda_\d+/i] },
  blocks: genericBlocks,
  selectors: SELECTORS,
  page: {},
  portals: [['dagsordner.holbaek.dk', 'Holbæk']],
});
