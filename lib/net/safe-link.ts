/**
 * Which stored addresses may become a link or a new tab. Stored addresses come from pages and
 * import files and could be anything (`javascript:`, `data:`, …): only web addresses leave as
 * links, plus the extension's own pages when the caller names its origin. Everything that opens
 * an address in the popup, options, case view, reader and page UI goes through `safeLink`.
 * No Zod, no browser API: the content script uses it too.
 */

/**
 * The address itself when it is http(s), or one of `ownOrigin`'s pages or object URLs (the
 * reader's `blob:` view of a file read from disk), else null.
 */
export function safeLink(link: string | null | undefined, ownOrigin?: string): string | null {
  if (typeof link !== 'string') return null;
  if (/^https?:\/\//i.test(link)) {
    try {
      const u = new URL(link);
      return u.protocol === 'http:' || u.protocol === 'https:' ? link : null;
    } catch {
      return null;
    }
  }
  if (ownOrigin !== undefined && ownOrigin !== '' && (link.startsWith(ownOrigin) || link.startsWith(`blob:${ownOrigin}`))) return link;
  return null;
}

/** The reader's keys for PDFs read from disk (lib/extension-pages/reader-path.ts `localPdfKey`): `file:///<encoded name>`. */
const LOCAL_FILE_KEY = /^file:\/\/\/[^/?#\\]+$/;

/**
 * An address the store accepts for a meeting or bookmark: a web address, or the reader's key
 * of a PDF read from disk (never opened as such: the reader asks for the file again).
 */
export function isStorableAddress(url: string): boolean {
  return safeLink(url) !== null || LOCAL_FILE_KEY.test(url);
}

/** The message for an address the store refuses. */
export function refusedAddress(url: string): string {
  return `only web addresses (http: or https:) can be stored, not "${url.slice(0, 60)}"`;
}

/** The web origin of an address (`https://host[:port]`), or null for anything that is not http(s). */
export function webOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
