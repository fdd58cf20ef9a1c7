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
 * Links that lead to a minutes PDF: files ending in .pdf, and FirstAgenda Publication's PDF
 * routes (`/vis/pdf/{dagsorden,dagsordenpunkt,bilag}/<id>`). Match patterns for the context menu.
 */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/vis/pdf/*', '*://*/Vis/Pdf/*'];

/**
 * FirstAgenda Publication's whole-meeting PDF for the id on its "Hent hele referatet" button
 * (`#hentHeledagsorden[data-id]`), by the site's own route (publishing-systems.md §2.1).
 */
export function firstAgendaMeetingPdf(origin: string, id: string): string | null {
  if (!/^[0-9a-f-]{8,64}$/i.test(id)) return null;
  return `${origin}/vis/pdf/dagsorden/${id}/?redirectDirectlyToPdf=true`;
}

/** A web address that serves a PDF rather than a page: bookmarks on it open in the reader. */
export function isPdfAddress(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && (/\.pdf$/i.test(u.pathname) || /\/vis\/pdf\//i.test(u.pathname));
  } catch {
    return false;
  }
}
