/**
 * The minutes portals Sagsspor knows by host, each with its municipality: a page on one of these
 * hosts belongs to that municipality, whatever its text says (lib/store/keys.ts). Any other
 * site is keyed by its own origin. The same hosts are the manifest's matches (lib/hosts.ts).
 */
import { FIRSTAGENDA_PUBLICATION_PORTALS } from './portal-hosts.ts';

/** Portals seen outside the compiled list, with their municipality (publishing-systems.md). */
export const DOCUMENTED_PORTALS: readonly (readonly [string, string])[] = [
  ['dagsordener-referater.hvidovre.dk', 'Hvidovre'],
  ['dagsordner.albertslund.dk', 'Albertslund'],
  ['udvalg.kolding.dk', 'Kolding'],
  ['dagsordner.holbaek.dk', 'Holbæk'],
];

/**
 * The demo site of the fictional Sagsby Kommune (`npm run demo`, the end-to-end tests). Its
 * host is under `.test`, a name reserved for testing (RFC 6761) that no one can register.
 */
export const DEMO_PORTAL = ['dagsordener.sagsby.test', 'Sagsby'] as const;

/** Every known portal host (lower case) and the municipality it belongs to. */
export const KNOWN_PORTALS: ReadonlyMap<string, string> = new Map([
  ...FIRSTAGENDA_PUBLICATION_PORTALS,
  ...DOCUMENTED_PORTALS,
  DEMO_PORTAL,
  // København's minutes on kk.dk (eDoc, documented in publishing-systems.md).
  ['kk.dk', 'København'],
  ['www.kk.dk', 'København'],
]);


/** The municipality of a known portal host (`www.` or not), or null. */
export function portalMunicipality(host: string): string | null {
  const h = host.toLowerCase();
  return KNOWN_PORTALS.get(h) ?? KNOWN_PORTALS.get(h.replace(/^www\./, '')) ?? null;
}

export interface KnownPortal {
  municipality: string;
  host: string;
}

/**
 * The known portals as a list by municipality, without the demo: the welcome page's searchable
 * list and the archive page's lookup of a municipality's name.
 */
export const KNOWN_PORTAL_LIST: readonly KnownPortal[] = [...FIRSTAGENDA_PUBLICATION_PORTALS, ...DOCUMENTED_PORTALS]
  .map(([host, municipality]) => ({ municipality, host }))
  // One portal per municipality: the compiled list's, before a documented one.
  .filter((p, i, all) => all.findIndex((q) => q.municipality === p.municipality) === i)
  .sort((a, b) => a.municipality.localeCompare(b.municipality, 'da'));
