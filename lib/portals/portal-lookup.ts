/**
 * A municipality's name as people type it ("lejre", "Lejre Kommune", "alleroed") → its known
 * FirstAgenda portal (lib/portals/known-portals.ts). Addresses are not names: they give null here.
 */
import { hostSlug } from './host-municipality.ts';
import { KNOWN_PORTAL_LIST as KNOWN_PORTALS, type KnownPortal } from './known-portals.ts';

/** "  Lejre Kommune " → "lejre"; "Allerød" and "alleroed" alike. */
function nameKey(text: string): string {
  return hostSlug(text.trim().replace(/\s+kommune$/i, '').trim());
}

export function findPortal(text: string): KnownPortal | null {
  if (/[./:]/.test(text)) return null;
  const key = nameKey(text);
  if (key === '') return null;
  const byKey = (k: string) => KNOWN_PORTALS.find((p) => hostSlug(p.municipality) === k);
  // "Nordfyns Kommune": the genitive of the name.
  return byKey(key) ?? (key.endsWith('s') ? byKey(key.slice(0, -1)) : undefined) ?? null;
}

/** Portals whose municipality or host contains the text (the welcome page's search); all for none. */
export function searchPortals(text: string): KnownPortal[] {
  const key = nameKey(text);
  const plain = text.trim().toLowerCase();
  if (key === '') return [...KNOWN_PORTALS];
  return KNOWN_PORTALS.filter((p) => hostSlug(p.municipality).includes(key) || p.municipality.toLowerCase().includes(plain) || p.host.includes(plain));
}
