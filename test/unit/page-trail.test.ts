// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The case trail on the page, against the real background handlers and store (fake-indexeddb):
 * the demo site's two meetings share case 25-004711 (Social- og Sundhedsudvalget 4 March 2025,
 * item 3; Økonomiudvalget 12 March 2025, item 2). After a visit to the first, the second shows
 * "1 anden behandling" on the decision, its case card lists the first meeting's item with a
 * link to that exact item, its "Sagens forløb" entry of 4 March links to the stored item (the
 * entry of 14 January, never read, stays text), and a manual "se også" link shows on both pages.
 * Pages: test/demo-site (modelled FirstAgenda markup, see its README).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setMessages } from '../../lib/i18n.ts';
import { handleMessage, sendMessage, type Transport } from '../../lib/messages.ts';
import { annotate, type Annotations } from '../../lib/page/annotate.ts';
import { detectMinutes } from '../../lib/page/detect.ts';
import { readPage } from '../../lib/page/read-page.ts';
import type { TrailServices } from '../../lib/page/features/trail/state.ts';
import type { PageServices } from '../../lib/page/feature.ts';
import { meetingRefOf } from '../../lib/page/meeting-ref.ts';
import { createBackgroundHandlers } from '../../lib/store/handlers.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import { freshDb } from './store-helpers.ts';
import { uiRootOf } from '../../lib/page/ui-host.ts';
import { addLink } from '../../lib/store/links.ts';
import { pageSender } from './sender-helpers.ts';

const SITE = join(dirname(fileURLToPath(import.meta.url)), '../demo-site/vis');
const SSU_URL = 'http://dagsordener.sagsby.test/vis/referat-social-og-sundhedsudvalget-2025-03-04.html';
const OKU_URL = 'http://dagsordener.sagsby.test/vis/referat-oekonomiudvalget-2025-03-12.html';
const SSU_HTML = readFileSync(join(SITE, 'referat-social-og-sundhedsudvalget-2025-03-04.html'), 'utf8');
/**
 * The Økonomiudvalget page fills its rows by script from a template; do what its script does,
 * on the markup (happy-dom's parser drops table rows inside a template).
 */
function okuDocument(): Document {
  const html = readFileSync(join(SITE, 'referat-oekonomiudvalget-2025-03-12.html'), 'utf8');
  const rows = /<template id="demo-punkter">([\s\S]*?)<\/template>/.exec(html)?.[1];
  if (rows === undefined || !html.includes('<tbody></tbody>')) throw new Error('the demo page changed: no row template or empty tbody');
  return new DOMParser().parseFromString(html.replace('<tbody></tbody>', `<tbody>${rows}</tbody>`), 'text/html');
}
const CASE = '25-004711';

interface Wired {
  services: PageServices;
  transport: Transport;
  opened: { municipalityKey: string; caseNumber: string }[];
}

function wire(db: SagssporDB): Wired {
  const opened: Wired['opened'] = [];
  const listener = handleMessage(createBackgroundHandlers(db));
  const transport: Transport = async (m) => listener(m, pageSender(SSU_URL));
  const trail: TrailServices = {
    pageTrail: (url, meeting, items) => sendMessage({ type: 'page-trail', url, meeting, items }, transport),
    relatedItems: (url, meeting, caseNumber, itemNumber) =>
      sendMessage({ type: 'related-items', municipality: meeting.municipality, url, caseNumber, current: itemNumber === null ? null : { meeting, itemNumber } }, transport),
    openCase: async (municipalityKey, caseNumber) => void opened.push({ municipalityKey, caseNumber }),
  };
  return { services: { copyText: async () => true, bookmarks: null, trail }, transport, opened };
}

beforeAll(() => {
  // The page speaks Danish by default; the texts asserted are the ones users read.
  setMessages('da', JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../assets/public/_locales/da/messages.json'), 'utf8')));
});

const open: Annotations[] = [];
afterEach(() => {
  while (open.length > 0) open.pop()!.remove();
});

/** Visit a page as the content script does: read, annotate, report to the store. */
async function visit(doc: Document, url: string, wired: Wired) {
  const detection = detectMinutes(doc, url);
  const page = readPage(doc, url, detection);
  if (page === null) throw new Error(`${url} was not read as minutes`);
  const annotations = annotate(doc, url, page, { detection, services: wired.services });
  open.push(annotations);
  const m = page.meeting;
  const summary = {
    url,
    title: doc.title,
    analysed: true,
    meeting: { municipality: m.municipality, committee: m.committee, date: m.date, kind: m.kind },
    itemCount: m.items.length,
    decisionCount: m.items.filter((i) => i.decision !== null).length,
    caseNumberCount: 0,
    bookmarkedCount: 0,
    annotationsOn: true,
  };
  await sendMessage({ type: 'report-page', summary, meeting: m }, wired.transport);
  return { doc, annotations, page };
}

function shadowOf(doc: Document, part: string, item: number): ShadowRoot {
  const host = doc.querySelector(`sagsspor-root[data-sagsspor-part="${part}"][data-sagsspor-for="${item}"]`);
  const root = uiRootOf(host);
  if (!root) throw new Error(`no ${part} UI for item ${item}`);
  return root;
}

async function waitForIn<T extends Element>(root: () => ParentNode, selector: string): Promise<T> {
  return vi.waitFor(() => {
    const el = root().querySelector<T>(selector);
    if (!el) throw new Error(`nothing matches ${selector} yet`);
    return el;
  });
}

describe('the case trail on a minutes page', () => {
  it('counts the other treatments on the decision and opens the case view from there', async () => {
    const db = freshDb();
    const wired = wire(db);
    const first = await visit(new DOMParser().parseFromString(SSU_HTML, 'text/html'), SSU_URL, wired);
    // Nothing else is known yet: no count on the first page.
    await vi.waitFor(() => expect(first.annotations.ctx.shared.trail.get()?.municipalityKey ?? null).not.toBeNull());
    expect(shadowOf(first.doc, 'decision', 3).querySelector('[data-action="open-case"]')).toBeNull();

    const second = await visit(okuDocument(), OKU_URL, wired);
    const count = await waitForIn<HTMLButtonElement>(() => shadowOf(second.doc, 'decision', 2), 'button[data-action="open-case"]');
    expect(count.textContent).toBe('1 anden behandling');
    // Items of other cases say nothing.
    expect(shadowOf(second.doc, 'decision', 3).querySelector('[data-action="open-case"]')).toBeNull();
    count.click();
    await vi.waitFor(() => expect(wired.opened).toEqual([{ municipalityKey: second.annotations.ctx.shared.trail.get()?.municipalityKey, caseNumber: CASE }]));
  });

  it('lists the other meeting’s item in the case card, newest first, with a link that opens that item', async () => {
    const db = freshDb();
    const wired = wire(db);
    await visit(new DOMParser().parseFromString(SSU_HTML, 'text/html'), SSU_URL, wired);
    const second = await visit(okuDocument(), OKU_URL, wired);

    const mark = second.doc.querySelector<HTMLElement>(`[data-sagsspor-item="2"] [data-sagsspor-case="${CASE}"]`);
    expect(mark).not.toBeNull();
    mark!.click();
    const panel = () => uiRootOf(second.doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))!;
    const list = await waitForIn<HTMLUListElement>(panel, 'ul[data-list="elsewhere"]');
    const entries = [...list.querySelectorAll('li')];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.textContent).toContain('Social- og Sundhedsudvalget');
    expect(entries[0]!.textContent).toContain('Plejeboliger på Lærkevej - udvidelse med 24 boliger');
    expect(entries[0]!.querySelector('a')!.getAttribute('href')).toBe(`${SSU_URL}#sagsspor-item=3`);
    // The same item on the page itself is not "elsewhere".
    expect(list.textContent).not.toContain('anlægsbevilling');

    (await waitForIn<HTMLButtonElement>(panel, '.card button[data-action="open-case"]')).click();
    await vi.waitFor(() => expect(wired.opened.map((o) => o.caseNumber)).toEqual([CASE]));
  });

  it('links a "Sagens forløb" entry to the stored treatment, and leaves an unknown one as text', async () => {
    const db = freshDb();
    const wired = wire(db);
    await visit(new DOMParser().parseFromString(SSU_HTML, 'text/html'), SSU_URL, wired);
    const second = await visit(okuDocument(), OKU_URL, wired);

    const timeline = () => shadowOf(second.doc, 'history', 2);
    const link = await waitForIn<HTMLAnchorElement>(timeline, 'li[data-resolved] a');
    expect(link.getAttribute('href')).toBe(`${SSU_URL}#sagsspor-item=3`);
    expect(link.textContent).toBe('Social- og Sundhedsudvalget');
    const entries = [...timeline().querySelectorAll('li')];
    expect(entries).toHaveLength(2);
    const january = entries.find((li) => li.textContent?.includes('2025') && !li.hasAttribute('data-resolved'));
    expect(january?.querySelector('a')).toBeNull();
    expect(january?.textContent).toContain('Social- og Sundhedsudvalget');
  });

  it('shows a manual "se også" link on both items', async () => {
    const db = freshDb();
    const wired = wire(db);
    const first = await visit(new DOMParser().parseFromString(SSU_HTML, 'text/html'), SSU_URL, wired);
    const second = await visit(okuDocument(), OKU_URL, wired);
    const ref = (a: Annotations) => meetingRefOf(a.ctx.page.meeting);
    await addLink(db, { url: SSU_URL, meeting: ref(first.annotations), itemNumber: 4 }, { url: OKU_URL, meeting: ref(second.annotations), itemNumber: 3 }, 'Samme budgetramme');

    const again1 = await visit(new DOMParser().parseFromString(SSU_HTML, 'text/html'), SSU_URL, wired);
    const again2 = await visit(okuDocument(), OKU_URL, wired);
    const seeAlso1 = await waitForIn<HTMLElement>(() => shadowOf(again1.doc, 'decision', 4), '[data-part="see-also"]');
    expect(seeAlso1.textContent).toContain('Økonomiudvalget');
    expect(seeAlso1.textContent).toContain('Regnskab 2024 - foreløbigt resultat');
    expect(seeAlso1.querySelector('a')!.getAttribute('href')).toBe(`${OKU_URL}#sagsspor-item=3`);
    expect(seeAlso1.querySelector('[title]')!.getAttribute('title')).toBe('Samme budgetramme');
    const seeAlso2 = await waitForIn<HTMLElement>(() => shadowOf(again2.doc, 'decision', 3), '[data-part="see-also"]');
    expect(seeAlso2.querySelector('a')!.getAttribute('href')).toBe(`${SSU_URL}#sagsspor-item=4`);
    expect(seeAlso2.textContent).toContain('Kvalitetsstandard for personlig og praktisk hjælp 2025');
  });

  it('keeps the page annotated when the store cannot be reached: no count, a plain timeline, the card says so', async () => {
    const failing: TrailServices = {
      pageTrail: async () => Promise.reject(new Error('no background')),
      relatedItems: async () => Promise.reject(new Error('no background')),
      openCase: async () => undefined,
    };
    const doc = okuDocument();
    const detection = detectMinutes(doc, OKU_URL);
    const page = readPage(doc, OKU_URL, detection)!;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const annotations = annotate(doc, OKU_URL, page, { detection, services: { copyText: async () => true, bookmarks: null, trail: failing } });
    open.push(annotations);
    expect(annotations.failed).toEqual([]);
    expect(doc.querySelectorAll('[data-sagsspor-outcome]').length).toBeGreaterThan(0);
    doc.querySelector<HTMLElement>(`[data-sagsspor-case="${CASE}"]`)!.click();
    const panel = () => uiRootOf(doc.querySelector('sagsspor-root[data-sagsspor-part="panel"]'))!;
    await vi.waitFor(() => expect(panel().querySelector('.card')?.textContent).toContain('kunne ikke slå sagen op'));
    expect(shadowOf(doc, 'history', 2).querySelector('a')).toBeNull();
    expect(shadowOf(doc, 'decision', 2).querySelector('[data-action="open-case"]')).toBeNull();
    warn.mockRestore();
  });
});
