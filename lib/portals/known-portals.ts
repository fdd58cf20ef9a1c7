/**
 * The minutes portals Sagsspor knows by host, each with its municipality: a page on one of these
 * hosts belongs to that municipality, whatever its text says (lib/store/keys.ts). Any other
 * site is keyed by its own origin. The publishing systems name their hosts (`portals` in
 * lib/systems/<id>/index.ts); the manifest's matches are made of the same hosts.
 */
import { DEMO_PORTAL, FIRSTAGENDA_PORTALS } from '../systems/firstagenda/hosts.ts';
import { SYSTEMS } from '../systems/index.ts';

/** Every known portal host (lower case) and the municipality it belongs to. */
export const KNOWN_PORTALS: ReadonlyMap<string, string> = new Map([...SYSTEMS.flatMap((s) => s.portals ?? []), DEMO_PORTAL]);

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
 * The FirstAgenda Publication portals as a list by municipality, without the demo: the welcome
 * page's searchable list and the archive page's lookup of a municipality's name (the archive
 * reads the portal's API).
 */
export const KNOWN_PORTAL_LIST: readonly KnownPortal[] = FIRSTAGENDA_PORTALS
  .map(([host, municipality]) => ({ municipality, host }))
  // One portal per municipality: the compiled list's, before a documented one.
  .filter((p, i, all) => all.findIndex((q) => q.municipality === p.municipality) === i)
  .sort((a, b) => a.municipality.localeCompare(b.municipality, 'da'));
