/**
 * The release build (closed shadow roots) in Chromium: a note bookmarked on a real portal host,
 * typed into Sagsspor's own field, is readable by no page JavaScript. The same meeting served
 * by a second matched host finds nothing of it (shadow roots, text, attributes, the note is not
 * even sent there), and the real page's own scripts cannot read it either, nor hear it typed.
 *
 * Sagsspor's buttons sit in closed roots that Playwright's locators cannot reach: the test
 * reaches them the way DevTools does (CDP `DOM.getDocument` with `pierce`), which no page can.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, DEMO_SITE_DIR, launchWithExtension, screenshotPath, type ExtensionBrowser } from './browser.ts';

const REAL_HOST = 'dagsordener.lejre.dk';
const OTHER_HOST = 'dagsordener.aarhus.dk';
const SECRET = 'HEMMELIG borgerens CPR 010203-1234';
const ITEM = 3;

let browser: ExtensionBrowser;

beforeAll(async () => {
  // The real build (closed roots); both hosts serve the same demo meeting.
  browser = await launchWithExtension({
    extraSites: [
      { host: REAL_HOST, dir: DEMO_SITE_DIR },
      { host: OTHER_HOST, dir: DEMO_SITE_DIR },
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  nodeValue?: string;
}

/** Every node of the page, closed shadow roots included (DevTools' view, not the page's). */
async function piercedTree(cdp: CDPSession): Promise<CdpNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return root;
}

function attr(node: CdpNode, name: string): string | null {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? '';
  return null;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** The element inside the decision host of ITEM's closed root that matches `test`. */
async function inDecisionRoot(cdp: CDPSession, test: (n: CdpNode) => boolean): Promise<CdpNode | null> {
  const root = await piercedTree(cdp);
  for (const n of walk(root)) {
    if (n.nodeName.toLowerCase() === 'sagsspor-root' && attr(n, 'data-sagsspor-part') === 'decision' && attr(n, 'data-sagsspor-for') === String(ITEM)) {
      for (const inner of walk({ ...n, children: [] })) if (inner !== n && test(inner)) return inner;
    }
  }
  return null;
}

async function clickNode(cdp: CDPSession, node: CdpNode): Promise<void> {
  const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as { object: { objectId: string } };
  await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.scrollIntoView(); this.click(); }' });
}

async function waitForNode(cdp: CDPSession, test: (n: CdpNode) => boolean): Promise<CdpNode> {
  for (let i = 0; i < 150; i++) {
    const node = await inDecisionRoot(cdp, test);
    if (node) return node;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no such element in the decision bar');
}

const button = (action: string) => (n: CdpNode) => n.nodeName === 'BUTTON' && attr(n, 'data-action') === action;

/** All text of a closed root's subtree, as the harness sees it. */
function textOf(node: CdpNode): string {
  return [...walk(node)].map((n) => (n.nodeName === '#text' ? (n.nodeValue ?? '') : '')).join('');
}

/** Everything a page script can read: shadow roots it can reach, text, markup, attributes, and what its listeners heard. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll('sagsspor-root'));
    const attributes = Array.from(document.querySelectorAll('*'))
      .flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`))
      .join('\n');
    return {
      hosts: hosts.length,
      openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
      shadowText: hosts.map((h) => h.shadowRoot?.textContent ?? '').join(''),
      text: document.body.innerText,
      markup: document.documentElement.outerHTML,
      attributes,
      heard: ((window as unknown as { __heard?: string[] }).__heard ?? []).join(''),
    };
  });
}

async function openMeeting(host: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  // The page's own script listening for every key and input, as a hostile page would.
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']) {
      document.addEventListener(type, (e) => heard.push((e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''));
    }
  });
  await page.goto(`https://${host}${DEMO_PAGES.staticMeeting}`);
  await page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
  const cdp = await browser.context.newCDPSession(page);
  return { page, cdp };
}

describe('a bookmarked note in Chromium, release build', () => {
  it('is readable by no page script, on its own host or on another host serving the same meeting', async () => {
    const real = await openMeeting(REAL_HOST);
    await clickNode(real.cdp, await waitForNode(real.cdp, button('bookmark')));
    await clickNode(real.cdp, await waitForNode(real.cdp, button('edit-note')));
    const textarea = await waitForNode(real.cdp, (n) => n.nodeName === 'TEXTAREA');
    await real.cdp.send('DOM.focus', { nodeId: textarea.nodeId });
    await real.page.keyboard.type(SECRET);
    await clickNode(real.cdp, await waitForNode(real.cdp, (n) => n.nodeName === 'BUTTON' && attr(n, 'type') === 'submit'));
    // Saved: the note shows in Sagsspor's bar (seen through DevTools' eyes only).
    await expect.poll(async () => textOf((await inDecisionRoot(real.cdp, (n) => n.nodeName === 'DIV' && attr(n, 'data-part') === 'note')) ?? { nodeId: 0, nodeName: '' }), { timeout: 10_000 }).toContain(SECRET);
    await real.page.locator(`sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="${ITEM}"]`).scrollIntoViewIfNeeded();
    await real.page.screenshot({ path: await screenshotPath('closed-ui-real-host') });

    // The real page's own scripts: no root to open, no note in text, markup or attributes, no keys heard.
    const seen = await pageView(real.page);
    expect(seen.hosts).toBeGreaterThan(3);
    expect(seen.openRoots).toBe(0);
    for (const view of [seen.shadowText, seen.text, seen.markup, seen.attributes, seen.heard]) expect(view).not.toContain('HEMMELIG');
    expect(seen.heard).toBe('');

    // After a reload the note comes back, still unreadable by the page.
    await real.page.reload();
    await real.page.waitForSelector('[data-sagsspor-outcome]', { timeout: 15_000 });
    await expect.poll(async () => textOf((await inDecisionRoot(real.cdp, (n) => n.nodeName === 'DIV' && attr(n, 'data-part') === 'note')) ?? { nodeId: 0, nodeName: '' }), { timeout: 10_000 }).toContain(SECRET);
    const again = await pageView(real.page);
    for (const view of [again.shadowText, again.text, again.markup, again.attributes]) expect(view).not.toContain('HEMMELIG');

    // A second matched host serving the same meeting: annotated, but the note never reaches it.
    const other = await openMeeting(OTHER_HOST);
    const bookmarkThere = await waitForNode(other.cdp, button('bookmark'));
    expect(attr(bookmarkThere, 'aria-pressed')).toBe('false');
    const everything = [...walk(await piercedTree(other.cdp))].map((n) => `${n.nodeValue ?? ''} ${(n.attributes ?? []).join(' ')}`).join('\n');
    expect(everything).not.toContain('HEMMELIG');
    const elsewhere = await pageView(other.page);
    expect(elsewhere.hosts).toBeGreaterThan(3);
    expect(elsewhere.openRoots).toBe(0);
    for (const view of [elsewhere.shadowText, elsewhere.text, elsewhere.markup, elsewhere.attributes]) expect(view).not.toContain('HEMMELIG');
    await other.page.locator(`sagsspor-root[data-sagsspor-part="decision"][data-sagsspor-for="${ITEM}"]`).scrollIntoViewIfNeeded();
    await other.page.screenshot({ path: await screenshotPath('closed-ui-other-host') });
  });
});
