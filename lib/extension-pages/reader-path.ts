import { PDF_ROUTE_PATTERNS, isPdfRoute } from '../systems/addresses.ts';

/**
 * Where the reader files a PDF read from disk: a file has no web address, so its name stands
 * in (bookmarks made in it are found by that key).
 */
export function localPdfKey(fileName: string): string {
  return `file:///${encodeURIComponent(fileName)}`;
}

/** The file name of a key made by localPdfKey, or null for any other address. */
export function localPdfName(key: string): string | null {
  if (!key.startsWith('file:///')) return null;
  try {
    return decodeURIComponent(key.slice('file:///'.length));
  } catch {
    return null;
  }
}

/** The reader asking for a file read before (the browser cannot reopen it by itself): `reader.html?file=<name>`. */
export function readerFilePath(fileName: string): string {
  return `/reader.html?file=${encodeURIComponent(fileName)}`;
}

/** The PDF reader page for a PDF's web address: `reader.html?url=<address>`. */
export function readerPagePath(pdfUrl: string): string {
  return `/reader.html?url=${encodeURIComponent(pdfUrl)}`;
}

/**
 * Links that lead to a minutes PDF: files ending in .pdf, and the publishing systems' PDF routes
 * (FirstAgenda's `/vis/pdf/{dagsorden,dagsordenpunkt,bilag}/<id>`). Match patterns for the context menu.
 */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', ...PDF_ROUTE_PATTERNS];

/** A web address that serves a PDF rather than a page: bookmarks on it open in the reader. */
export function isPdfAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && (/\.pdf$/i.test(u.pathname) || isPdfRoute(u.pathname));
  } catch {
    return false;
  }
}
