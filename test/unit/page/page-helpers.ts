/**
 * Shared by the page tests: the demo site's two meetings (test/demo-site, modelled FirstAgenda
 * markup), annotating a page as the content script does, the page services wired to the real
 * background handlers and store (fake-indexeddb), and finding Sagsspor's UI in a page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { setMessages } from '../../../lib/i18n/index.ts';
import { sendToBackground } from '../../../lib/messages/send.ts';
import { annotate, type AnnotateOptions, type Annotations } from '../../../lib/page/annotate.ts';
import { detectMinutes } from '../../../lib/systems/detect.ts';
import type { PageServices } from '../../../lib/page/feature.ts';
import { meetingRefOf } from '../../../lib/page/meeting-ref.ts';
import type { BookmarkServices } from '../../../lib/page/features/bookmarks/state.ts';
import type { TrailServices } from '../../../lib/page/features/trail/state.ts';
import { readPage, type PageMeeting } from '../../../lib/page/read-page.ts';
import { uiRootOf } from '../../../lib/page/ui-host.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { pageSender, testBackground } from '../sender-helpers.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SITE = join(HERE, '../../demo-site/vis');

/** Social- og Sundhedsudvalget, 4 March 2025: all 8 rows in the HTML. */
export const SSU_URL = 'http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html';
export const SSU_HTML = readFileSync(join(SITE, 'referat-social-og-sundhedsudvalget-2025-03-04.html'), 'utf8');
/** Økonomiudvalget, 12 March 2025: its 7 rows arrive by script. */
export const OKU_URL = 'http://dagsordener.sagsby.test/vis/referat-oekonomiudvalget-2025-03-12.html';
export const OKU_HTML = readFileSync(join(SITE, 'referat-oekonomiudvalget-2025-03-12.html'), 'utf8');
/** The case both meetings treat (SSU item 3, ØU item 2). */
export const SHARED_CASE = '25-004711';

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The ØU page with its rows in place: what its script does, on the markup (happy-dom's parser drops table rows inside a template). */
export function okuDocument(): Document {
  const rows = /<template id="demo-punkter">([\s\S]*?)<\/template>/.exec(OKU_HTML)?.[1];
  if (rows === undefined || !OKU_HTML.includes('<tbody></tbody>')) throw new Error('the demo page changed: no row template or empty tbody');
  return parse(OKU_HTML.replace('<tbody></tbody>', `<tbody>${rows}</tbody>`));
}

/** The page speaks Danish by default; the texts asserted are the ones users read. */
export function useDanish(): void {
  setMessages('da', JSON.parse(readFileSync(join(HERE, '../../../assets/public/_locales/da/messages.json'), 'utf8')) as Record<string, { message: string }>);
}

/** Services without a store: the features that need one stay away. */
export const NO_STORE: PageServices = { copyText: async () => true, bookmarks: null, trail: null };

const open: Annotations[] = [];

/** Take back every page annotated since the last call (afterEach). */
export function removeAnnotations(): void {
  while (open.length > 0) open.pop()!.remove();
}

/** Detect, read and annotate a page as the content script does; taken back by `removeAnnotations`. */
export function annotatePage(doc: Document, url: string, options: Partial<AnnotateOptions> = {}): { doc: Document; page: PageMeeting; annotations: Annotations } {
  const detection = options.detection ?? detectMinutes(doc, url);
  const page = readPage(doc, url, detection);
  if (page === null) throw new Error(`${url} was not read as minutes`);
  const annotations = annotate(doc, url, page, { services: NO_STORE, ...options, detection });
  open.push(annotations);
  return { doc, page, annotations };
}

/** The page services over the real background handlers and a store, as the content script in a tab showing `url`. */
export function backgroundFor(db: SagssporDB, url: string) {
  const opened: { municipalityKey: string; caseNumber: string }[] = [];
  const listener = testBackground(db);
  const transport = async (m: unknown) => listener(m, pageSender(url));
  const bookmarks: BookmarkServices = {
    listBookmarks: async (url, meeting) => (await sendToBackground({ type: 'list-bookmarks', scope: { kind: 'page', url, meeting } }, transport)).bookmarks,
    bookmarkItem: async (target) => (await sendToBackground({ type: 'bookmark-item', target }, transport)).bookmark,
    removeBookmark: async (id) => void (await sendToBackground({ type: 'remove-bookmarks', ids: [id] }, transport)),
    updateBookmark: async (id, change) => (await sendToBackground({ type: 'update-bookmark', id, ...change }, transport)).bookmark,
    reportAnchors: async (results) => void (await sendToBackground({ type: 'report-anchors', results }, transport)),
  };
  const trail: TrailServices = {
    pageTrail: (url, meeting, items) => sendToBackground({ type: 'page-trail', url, meeting, items }, transport),
    relatedItems: (url, meeting, caseNumber, itemNumber) =>
      sendToBackground({ type: 'related-items', municipality: meeting.municipality, url, caseNumber, current: itemNumber === null ? null : { meeting, itemNumber } }, transport),
    openCase: async (municipalityKey, caseNumber) => void opened.push({ municipalityKey, caseNumber }),
  };
  return { bookmarks, trail, transport, opened };
}

/** The background of one store: the services the page gets from it, and who opened which case view. */
export type Wired = ReturnType<typeof backgroundFor>;

/** Visit a page as the content script does: read, annotate, report the meeting to the store. */
export async function visitReported(doc: Document, url: string, wired: Wired, options: Partial<AnnotateOptions> = {}) {
  const visited = annotatePage(doc, url, { services: { ...NO_STORE, trail: wired.trail }, ...options });
  const m = visited.page.meeting;
  const summary = {
    url,
    title: doc.title,
    analysed: true,
    meeting: meetingRefOf(m),
    itemCount: m.items.length,
    decisionCount: m.items.filter((i) => i.decision !== null).length,
    caseNumberCount: 0,
    bookmarkedCount: 0,
    annotationsOn: true,
  };
  await sendToBackground({ type: 'report-page', summary, meeting: m }, wired.transport);
  return visited;
}

/** The shadow root of our UI `part` (for item `item`), or an error when there is none. */
export function partRoot(doc: Document, part: string, item?: number): ShadowRoot {
  const host = doc.querySelector(`sagsspor-root[data-sagsspor-part="${part}"]${item === undefined ? '' : `[data-sagsspor-for="${item}"]`}`);
  const root = uiRootOf(host);
  if (!root) throw new Error(`no ${part} UI${item === undefined ? '' : ` for item ${item}`}`);
  return root;
}

/** The first element matching `selector` under `root()`, once there is one. */
export async function waitForIn<T extends Element>(root: () => ParentNode, selector: string): Promise<T> {
  return vi.waitFor(() => {
    const el = root().querySelector<T>(selector);
    if (!el) throw new Error(`nothing matches ${selector} yet`);
    return el;
  });
}
