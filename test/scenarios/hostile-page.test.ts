// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
/**
 * A hostile FirstAgenda Publication page (test/fixtures/hostile/firstagenda-hostile.html, a
 * MODELLED page in the demo site's markup): titles, decisions, case numbers, section headings,
 * attachment names and "Sagens forløb" entries hold script/HTML/template payloads as text, and
 * one attachment link has a javascript: href. Annotating it must keep every payload text (in
 * the page and in Sagsspor's own UI), create no script, no event-handler attribute and no
 * javascript: link, and switching off must give the page back exactly.
 * The end-to-end version in Chromium is test/e2e/hostile.e2e.test.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../lib/page/controller.ts';
import { setMessages } from '../../lib/i18n/index.ts';
import { HOSTILE_PAYLOADS } from '../fixtures/hostile/payloads.ts';
import { uiRootOf } from '../../lib/page/ui-host.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const HTML = readFileSync(join(HERE, '../fixtures/hostile/firstagenda-hostile.html'), 'utf8');
const URL_LEJRE = 'https://dagsordener.lejre.dk/vis/referat-hostile.html';

setMessages('da', JSON.parse(readFileSync(join(HERE, '../../assets/public/_locales/da/messages.json'), 'utf8')) as Record<string, { message: string }>);

const PAYLOADS = HOSTILE_PAYLOADS;

function load(): Document {
  return new DOMParser().parseFromString(HTML, 'text/html');
}

/** Every element of the document and of every shadow root inside it. */
function allElements(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    const root = uiRootOf(el);
    if (root) out.push(...allElements(root));
  }
  return out;
}

function shadowText(doc: Document): string {
  return Array.from(doc.querySelectorAll('sagsspor-root'))
    .map((h) => uiRootOf(h)?.textContent ?? '')
    .join('\n');
}

const isJsUrl = (href: string | null): boolean => href !== null && /^\s*javascript:/i.test(href);

const controllers: PageController[] = [];
afterEach(() => {
  while (controllers.length > 0) controllers.pop()!.stop();
});

function annotated(doc: Document): PageController {
  const controller = new PageController(doc, () => URL_LEJRE, {
    services: { copyText: async () => true, bookmarks: null, trail: null },
    report: () => undefined,
    outlineOpen: true,
    settleMs: 10,
  });
  controllers.push(controller);
  controller.start();
  return controller;
}

describe('the hostile FirstAgenda page', () => {
  it('is itself inert: every payload is text, the only live hazard is one javascript: attachment href', () => {
    expect(HTML).toMatch(/<!-- Modelled fixture: written for Sagsspor from publishing-systems\.md §2\.1 .*; not a saved real page -->/);
    const doc = load();
    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed').length).toBe(0);
    expect(allElements(doc).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')))).toEqual([]);
    expect(Array.from(doc.querySelectorAll('a[href]')).filter((a) => isJsUrl(a.getAttribute('href'))).map((a) => a.className)).toEqual(['bilag-link']);
    const text = doc.body.textContent ?? '';
    for (const payload of Object.values(PAYLOADS)) expect(text).toContain(payload);
  });

  it('is read as a meeting whose titles keep their payload text', () => {
    const doc = load();
    const controller = annotated(doc);
    const items = controller.annotations!.ctx.page.meeting.items;
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items[0]!.title).toBe(`Godkendelse af dagsorden ${PAYLOADS.script}`);
    expect(items[1]!.title).toBe(`Tilskud til foreninger ${PAYLOADS.svg}`);
    expect(items[3]!.title).toBe(`Orientering: ${PAYLOADS.jsUrl}`);
    expect(items[4]).toMatchObject({ title: PAYLOADS.template, closed: true });
    // The case number inside markup-looking text is still the case number.
    expect(items[1]!.cases.map((c) => [c.normalized, c.format])).toEqual([['25-004433', 'yy-serial']]);
  });

  it('creates no script, no event-handler attribute and no javascript: link; payloads show as text in its UI', () => {
    const doc = load();
    const before = doc.body.textContent;
    const jsLinksBefore = Array.from(doc.querySelectorAll('a[href]')).filter((a) => isJsUrl(a.getAttribute('href'))).length;
    annotated(doc);
    expect(doc.querySelectorAll('[data-sagsspor-item]').length).toBe(6);

    const elements = allElements(doc);
    expect(elements.filter((el) => el.tagName.toLowerCase() === 'script')).toEqual([]);
    expect(elements.flatMap((el) => el.getAttributeNames().filter((n) => n.toLowerCase().startsWith('on')))).toEqual([]);
    expect(elements.filter((el) => ['img', 'svg', 'iframe', 'object', 'embed'].includes(el.tagName.toLowerCase()))).toEqual([]);
    const jsLinks = elements.filter((el) => el.tagName.toLowerCase() === 'a' && isJsUrl(el.getAttribute('href')));
    expect(jsLinks.length).toBe(jsLinksBefore); // the page's own attachment link, nothing of ours
    expect(jsLinks.every((a) => a.matches('a.bilag-link') && a.getRootNode() === doc)).toBe(true);
    // Our in-page links ("bilag 2" → the attachment) point inside the page, never at the attachment's href.
    for (const ref of Array.from(doc.querySelectorAll('a[data-sagsspor-ref]'))) expect(ref.getAttribute('href')).toMatch(/^#/);

    // The page's text is unchanged (our UI lives in shadow roots, which textContent does not read).
    expect(doc.body.textContent).toBe(before);
    // Sagsspor's UI shows the payloads literally: the outline's titles, the Sagens forløb timeline.
    const ui = shadowText(doc);
    expect(ui).toContain(`Godkendelse af dagsorden ${PAYLOADS.script}`);
    expect(ui).toContain(`Tilskud til foreninger ${PAYLOADS.svg}`);
    expect(ui).toContain(PAYLOADS.template);
    expect(ui).toContain(`Ny dagtilbudsstruktur ${PAYLOADS.dollar}`);
    expect(ui).toContain(`Børne- og Ungeudvalget ${PAYLOADS.script}`);
    expect((globalThis as { __sagssporPwned?: unknown }).__sagssporPwned).toBeUndefined();

    // The case number wrapped in markup-looking text: marked, its surroundings left as text.
    const mark = doc.querySelector('span.sagsnummer [data-sagsspor-case="25-004433"]');
    expect(mark?.textContent).toBe('25-004433');
    expect(mark!.closest('span.sagsnummer')!.textContent).toBe('<b onmouseover="window.__sagssporPwned=7">25-004433</b>');
  });

  it('switching off gives the page back exactly', () => {
    const doc = load();
    const before = doc.documentElement.outerHTML;
    const controller = annotated(doc);
    expect(doc.documentElement.outerHTML).not.toBe(before);
    controller.setOn(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
