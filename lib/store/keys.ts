/**
 * Keys that survive URL changes. Pure functions, no Dexie and no browser API, so the content
 * script may import them too.
 *
 * - municipality key: from the page's address, never from its text. A known portal host
 *   (lib/portals/known-portals.ts) gives its municipality's name, lower-case, without " Kommune"; any
 *   other web site its origin (`https://example.dk`); a PDF read from disk `local-file`.
 *   Text that names a municipality is a display label only.
 * - case key: `<municipality key>|<normalised case number>` (the items' and bookmarks' multi-entry index).
 * - meeting id: `<municipality key>|<date>|<committee slug>`; an undated meeting falls back to its page.
 * - bookmark identity: `<municipality key>|<case number>|<meeting date>|<item number>`; an item
 *   without a case number adds the committee, so item 5 of two committees on the same day differ.
 * - page key: the URL without scheme, fragment, `www.` and trailing slash.
 */
import { portalMunicipality } from '../portals/known-portals.ts';

/** "Lejre Kommune" → "lejre"; "  Ikast-Brande " → "ikast-brande". */
export function normaliseMunicipality(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s+kommune$/i, '')
    .toLocaleLowerCase('da');
}

/** The host of a URL, lower-case, without `www.`; '' when the URL cannot be read. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The key of everything read from disk (the reader's `file:///<name>` keys): one place, not a site. */
export const LOCAL_FILE_KEY = 'local-file';

/** Whose a page is, from its address alone: see the municipality key above. */
export function municipalityKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  if (u.protocol === 'file:') return LOCAL_FILE_KEY;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'unknown';
  const portal = portalMunicipality(u.hostname);
  return portal !== null ? normaliseMunicipality(portal) : u.origin;
}

/** A municipality key that is a site's origin rather than a municipality ("fra <host>"), as its host; else null. */
export function siteOfKey(key: string): string | null {
  if (key === LOCAL_FILE_KEY) return null;
  try {
    const u = new URL(key);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : null;
  } catch {
    return null;
  }
}

/** Case numbers as the model defines `normalized`: trimmed, upper-case letters, no inner spaces. */
export function normaliseCaseNumber(raw: string): string {
  return raw.normalize('NFC').trim().toUpperCase().replace(/\s+/g, '');
}

export function caseKey(municipality: string, normalisedCase: string): string {
  return `${municipality}|${normalisedCase}`;
}

/** The case number of a case key (the part after the municipality). */
export function caseNumberOfKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}

/** "Økonomiudvalget " → "økonomiudvalget"; inner runs of spaces and punctuation become one '-'. */
export function slug(text: string | null): string {
  if (text === null) return '';
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** `https://www.Example.dk/a/b/?id=3#x` → `example.dk/a/b?id=3`. Unreadable URLs are kept as given, without fragment. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    const port = u.port ? `:${u.port}` : '';
    const path = u.pathname.replace(/\/+$/, '');
    return `${host}${port}${path}${u.search}`;
  } catch {
    return url.split('#')[0] ?? url;
  }
}

/** The URL without its fragment. */
export function stripFragment(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

/** The deep link to an item: the stored URL with `#sagsspor-item=<number>` as its fragment. */
export function deepLink(url: string, itemNumber: number): string {
  return `${stripFragment(url)}#sagsspor-item=${itemNumber}`;
}

/** The item number of a deep link's fragment, or null. Accepts the fragment with or without '#'. */
export function itemNumberFromFragment(fragment: string): number | null {
  const m = /(?:^#?|&)sagsspor-item=(\d{1,6})(?:&|$)/.exec(fragment);
  return m ? Number(m[1]) : null;
}

export interface MeetingKeyParts {
  date: string | null;
  committee: string | null;
}

export function meetingId(meeting: MeetingKeyParts, url: string): string {
  const muni = municipalityKey(url);
  if (meeting.date === null) return `${muni}|undated|${pageKey(url)}`;
  return `${muni}|${meeting.date}|${slug(meeting.committee)}`;
}

export function itemId(meetingIdValue: string, itemNumber: number): string {
  return `${meetingIdValue}|#${itemNumber}`;
}

export interface IdentityParts {
  municipality: string; // key form
  caseNumber: string | null; // normalised
  meetingDate: string | null;
  itemNumber: number;
  committee: string | null;
}

export function bookmarkIdentity(p: IdentityParts): string {
  const base = `${p.municipality}|${p.caseNumber ?? '-'}|${p.meetingDate ?? '-'}|${p.itemNumber}`;
  return p.caseNumber === null ? `${base}|${slug(p.committee)}` : base;
}

/** A random id for bookmarks (stable for the bookmark's whole life, across export and import). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Tag names: trimmed, inner whitespace collapsed. */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Tags as a user types them, in the popup and on the page alike: separated by commas,
 * semicolons or line breaks ("Budget; Skole, " → ["Budget", "Skole"]), each once.
 */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map(normaliseTag).filter((s) => s !== ''))];
}
