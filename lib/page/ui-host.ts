/**
 * Where Sagsspor's own UI lives on a page: `<sagsspor-root>` elements, each with a *closed*
 * shadow root, so the page's CSS and scripts neither style nor read into it (`host.shadowRoot`
 * is null for the page; the roots are kept here, in the content script's own world). Keys,
 * input and composition events typed into the UI stop at the root, so the page's own
 * listeners on the document never see a note being typed. One fixed host holds the panels
 * (outline, case card); small inline hosts sit beside decisions and titles. Page text reaches
 * the UI only as text (Preact text nodes), never as HTML.
 */
import { render, type ComponentChild } from 'preact';
import type { DomJournal } from './dom-journal.ts';
import { ATTR } from './attributes.ts';

export const ROOT_TAG = 'sagsspor-root';

export interface PageUi {
  /** The panel host's shadow root (outline, cards). */
  panel: ShadowRoot;
  /**
   * A new inline host with its own shadow root, for item `forItem` when given; the caller
   * inserts it through its journal.
   */
  inlineHost(part: string, forItem?: number): { host: HTMLElement; root: ShadowRoot };
  /** A place of a feature's own in the panel (outline, case card), emptied and removed when `signal` aborts. */
  panelSlot(signal: AbortSignal): HTMLElement;
}

/** The style sheets of a page: `page` for our marks in the page's own document, `ui` inside our shadow roots. */
export interface PageCss {
  page: string;
  ui: string;
}

/** One constructed sheet shared by every shadow root of a page; a <style> where constructable sheets are missing. */
function shadowStyler(doc: Document, css: string): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    sheet = null;
  }
  return (root) => {
    if (sheet !== null) {
      root.adoptedStyleSheets = [sheet];
      return;
    }
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  };
}

/** Closed, except in the end-to-end test build (`WXT_OPEN_ROOTS=1`, see wxt.config.ts). */
const ROOT_MODE: ShadowRootMode = import.meta.env?.WXT_OPEN_ROOTS === '1' ? 'open' : 'closed';

/** Each host's closed root, for our own code (and tests in the same world); the page cannot reach this map. */
const roots = new WeakMap<Element, ShadowRoot>();

/** The shadow root of one of our hosts, or null for any other element. */
export function uiRootOf(host: Element | null | undefined): ShadowRoot | null {
  return host ? (roots.get(host) ?? null) : null;
}

/**
 * Events that carry what the user types or would tell the page where the focus is in our UI:
 * stopped at the shadow root (as WXT's `createShadowRootUi({ isolateEvents })` does), so they
 * never bubble out to the host, the document or the window.
 */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
  'select',
  'focusin',
  'focusout',
] as const;

function makeHost(doc: Document, part: string, style: (root: ShadowRoot) => void): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(ROOT_TAG);
  host.setAttribute(ATTR.part, part);
  const root = host.attachShadow({ mode: ROOT_MODE });
  roots.set(host, root);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
  style(root);
  return { host, root };
}

/**
 * Styles for our wrappers in the page (decision highlight, case marks, flash): a document-level
 * constructed sheet, which is not part of the page's markup, so the serialised page stays as
 * it was. Falls back to a <style> in <head> through the journal. Returns what takes it away.
 */
function addMarkStyles(doc: Document, journal: DomJournal, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    journal.insert(style, doc.head ?? doc.documentElement, null);
    return () => undefined;
  }
}

/** The page UI and what takes away the part the journal does not hold (the constructed sheet). */
export function createPageUi(doc: Document, journal: DomJournal, css: PageCss): { ui: PageUi; dispose: () => void } {
  const dispose = addMarkStyles(doc, journal, css.page);
  const style = shadowStyler(doc, css.ui);
  const panelHost = makeHost(doc, 'panel', style);
  journal.insert(panelHost.host, doc.body ?? doc.documentElement, null);
  const ui: PageUi = {
    panel: panelHost.root,
    inlineHost: (part, forItem) => {
      const made = makeHost(doc, part, style);
      if (forItem !== undefined) made.host.setAttribute('data-sagsspor-for', String(forItem));
      return made;
    },
    panelSlot: (signal) => {
      const slot = doc.createElement('div');
      panelHost.root.append(slot);
      signal.addEventListener(
        'abort',
        () => {
          render(null, slot);
          slot.remove();
        },
        { once: true },
      );
      return slot;
    },
  };
  return { ui, dispose };
}

/** Render `content` into one of our roots (or a slot in one) until `signal` aborts. */
export function mount(content: ComponentChild, into: ShadowRoot | Element, signal: AbortSignal): void {
  if (signal.aborted) return;
  render(content, into);
  signal.addEventListener('abort', () => render(null, into), { once: true });
}
