/** URLs of Sagsspor's own pages (case view, search, archive), for links and `tabs.create`. */
import { browser } from 'wxt/browser';

export function extensionPageUrl(path: string): string {
  // Typed for the pages WXT knew at the last prepare; any extension path is fine here.
  return (browser.runtime.getURL as (p: string) => string)(path);
}

/** The archive page, offered for the portal of the page the user is on (when it is a web page). */
export function archivePageUrl(pageUrl: string | null): string {
  const origin = pageUrl && /^https?:/i.test(pageUrl) ? new URL(pageUrl).origin : null;
  return extensionPageUrl(origin ? `/archive.html?origin=${encodeURIComponent(origin)}` : '/archive.html');
}
