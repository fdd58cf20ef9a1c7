/**
 * The portal to ask about a municipality: the site itself (a key that is an origin), the portal
 * of the pages read of it (the latest), or its known FirstAgenda portal (lib/known-portals.ts).
 * Used by the background to follow by municipality, and by the case view to ask for the portal's
 * permission before it follows (straight from the click).
 */
import { KNOWN_PORTALS } from '../known-portals.ts';
import type { SagssporDB } from '../store/db.ts';
import { normaliseMunicipality, siteOfKey } from '../store/keys.ts';
import { portalOfPage } from './identity.ts';
import { findPortal } from '../portal-lookup.ts';

/** The portal to ask about a municipality: its site (a key that is an origin), the pages read of it, or its known portal. */
export async function portalForKey(db: SagssporDB, key: string): Promise<string | null> {
  if (siteOfKey(key) !== null) return portalOfPage(`${key}/`);
  const meetings = await db.meetings.where('municipalityKey').equals(key).toArray();
  const latest = meetings.filter((m) => /^https?:/i.test(m.url)).sort((a, b) => b.seenAt.localeCompare(a.seenAt))[0];
  if (latest !== undefined) {
    const portal = portalOfPage(latest.url);
    if (portal !== null) return portal;
  }
  for (const [host, municipality] of KNOWN_PORTALS) if (normaliseMunicipality(municipality) === key) return portalOfPage(`https://${host}/`);
  return null;
}


/**
 * The portal a person typed: a municipality's name ("lejre", "Lejre Kommune": its known portal),
 * a host or an address (its origin; https when no scheme is given). Null when it is neither.
 */
export function portalOfInput(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return null;
  const known = findPortal(typed);
  if (known !== null) return `https://${known.host}`;
  if (!/[./:]/.test(typed)) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname.includes('.')) return null;
    return portalOfPage(u.href);
  } catch {
    return null;
  }
}
