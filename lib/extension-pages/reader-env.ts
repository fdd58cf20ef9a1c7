/**
 * The reader's environment in the extension: fetching with the site's permission (asked for
 * when missing), the store through the background's messages, and pdf.js with its worker
 * bundled into the extension (never loaded from the web, never in a content script).
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messages/send.ts';
import { backgroundServices } from '../page/background-services.ts';
import type { Fetched, PdfText, ReaderEnv } from '../../components/reader/ReaderPage.tsx';
import { readLimited, TooLargeError, withBackoff } from '../net/polite-fetch.ts';

/** Larger files are refused before they are downloaded in full (the PDF reader's own limit applies after). */
const MAX_FETCH_BYTES = 64 * 1024 * 1024;

async function hasAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return false;
  }
}

export async function fetchPdf(url: string): Promise<Fetched> {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return { ok: false, reason: 'bad-url', message: url.slice(0, 200) };
  }
  let response: Response;
  try {
    // 429 and 5xx are tried again after Retry-After or a growing pause, a few times at most.
    response = await withBackoff(() => fetch(url, { credentials: 'include', redirect: 'follow' }), { sleep: pause, retries: 2 });
  } catch (error) {
    // A refused cross-origin read looks like a network error; without the site's permission that is what it is.
    if (!(await hasAccess(origin))) return { ok: false, reason: 'permission', message: `no access to ${origin}` };
    return { ok: false, reason: 'network', message: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { ok: false, reason: 'http', message: `HTTP ${response.status} ${response.statusText}`.trim() };
  try {
    // Read chunk by chunk: a body over the limit is cancelled as soon as it passes it, chunked or not.
    return { ok: true, bytes: await readLimited(response, MAX_FETCH_BYTES) };
  } catch (error) {
    if (error instanceof TooLargeError) return { ok: false, reason: 'http', message: `${error.message}, more than the reader takes` };
    return { ok: false, reason: 'network', message: error instanceof Error ? error.message : String(error) };
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function browserReaderEnv(readPdf: (bytes: Uint8Array) => Promise<PdfText>): ReaderEnv {
  return {
    readPdf,
    fetchPdf,
    requestAccess: async (origin) => {
      try {
        return await browser.permissions.request({ origins: [`${origin}/*`] });
      } catch {
        return false;
      }
    },
    report: async (summary, meeting) => {
      await sendToBackground({ type: 'report-page', summary, meeting });
    },
    // The reader always shows its outline; closing it there is not a choice for web pages.
    services: { ...backgroundServices(sendToBackground), rememberOutline: undefined },
    objectUrl: (file) => URL.createObjectURL(file),
  };
}
