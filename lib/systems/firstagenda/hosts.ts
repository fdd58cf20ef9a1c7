/**
 * Every FirstAgenda Publication portal Sagsspor knows, by its real host (a name guessed from a
 * municipality's could be registered by anyone): the compiled host list, the portals seen outside
 * it, and the demo site.
 */
import type { Portal } from '../types.ts';
import { FIRSTAGENDA_PUBLICATION_PORTALS } from './portals.ts';

/** FirstAgenda Publication portals seen outside the compiled list, with their municipality. */
export const FIRSTAGENDA_DOCUMENTED_PORTALS: readonly Portal[] = [
  ['dagsordener-referater.hvidovre.dk', 'Hvidovre'],
  ['dagsordner.albertslund.dk', 'Albertslund'],
  ['udvalg.kolding.dk', 'Kolding'],
];

/**
 * The demo site of the fictional Sagsby Kommune (`npm run demo`, the end-to-end tests), in
 * FirstAgenda's markup. Its host is under `.test`, a name reserved for testing (RFC 6761) that
 * no one can register.
 */
export const DEMO_PORTAL = ['dagsordener.sagsby.test', 'Sagsby'] as const;

/** The portals with their municipality (not the demo). */
export const FIRSTAGENDA_PORTALS: readonly Portal[] = [...FIRSTAGENDA_PUBLICATION_PORTALS, ...FIRSTAGENDA_DOCUMENTED_PORTALS];

/** The portals' hosts, sorted, each once. */
export function firstAgendaHosts(): string[] {
  return [...new Set(FIRSTAGENDA_PORTALS.map(([host]) => host))].sort();
}
