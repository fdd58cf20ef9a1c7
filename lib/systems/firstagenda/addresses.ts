/** Where FirstAgenda Publication runs by itself, and its PDF routes. */
import type { SystemAddresses } from '../types.ts';
import { DEMO_PORTAL, firstAgendaHosts } from './hosts.ts';

export const firstAgendaAddresses: SystemAddresses = {
  // The demo is served over http on the test machine; the portals only over https.
  matches: [`*://${DEMO_PORTAL[0]}/*`, ...firstAgendaHosts().map((host) => `https://${host}/*`)],
  // `/vis/pdf/{dagsorden,dagsordenpunkt,bilag}/<id>` (both spellings are in use): PDFs without a .pdf ending.
  pdfRoutes: { patterns: ['*://*/vis/pdf/*', '*://*/Vis/Pdf/*'], path: /\/vis\/pdf\//i },
};
