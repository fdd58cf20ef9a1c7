/**
 * Where each system runs by itself, by system: the manifest's content-script matches
 * (wxt.config.ts) and the PDF routes the reader opens (lib/extension-pages/reader-path.ts). Kept apart from ./index.ts so that the host lists stay out of the
 * content script. Every system of the registry must have its line (the Record's type says so).
 */
import type { SystemId } from './index.ts';
import type { SystemAddresses } from './types.ts';
import { firstAgendaStaticAddresses } from './firstagenda-static/addresses.ts';
import { firstAgendaAddresses } from './firstagenda/addresses.ts';
import { genericAddresses } from './generic/addresses.ts';
import { kkEdocAddresses } from './kk-edoc/addresses.ts';
import { os2webAddresses } from './os2web/addresses.ts';
import { polwebAddresses } from './polweb/addresses.ts';

export const SYSTEM_ADDRESSES: Readonly<Record<SystemId, SystemAddresses>> = {
  firstagenda: firstAgendaAddresses,
  'firstagenda-static': firstAgendaStaticAddresses,
  os2web: os2webAddresses,
  'kk-edoc': kkEdocAddresses,
  polweb: polwebAddresses,
  generic: genericAddresses,
};

const ALL = Object.values(SYSTEM_ADDRESSES);

/** Content-script match patterns: every system's, each once. */
export const MINUTES_MATCHES: string[] = [...new Set(ALL.flatMap((a) => a.matches))];

/** Match patterns of the systems' PDF routes (for the context menu's "Åbn i Sagsspor"). */
export const PDF_ROUTE_PATTERNS: readonly string[] = ALL.flatMap((a) => a.pdfRoutes?.patterns ?? []);

/** Whether a path is one of a system's PDF routes. */
export function isPdfRoute(path: string): boolean {
  return ALL.some((a) => a.pdfRoutes?.path.test(path) ?? false);
}
