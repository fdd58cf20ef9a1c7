/**
 * Bring an item (or any element of it) into view and flash it. A folded-in item (the site's
 * accordion) is opened with the site's own toggle, as a reader would. The flash is an
 * attribute set for a while through a journal, so taking the page back takes it too.
 */
import type { DomJournal } from './dom-journal.ts';
import type { Store } from './shared-state.ts';

const FLASH_MS = 1600;
const FLASH_ATTRIBUTE = 'data-sagsspor-flash';

function unfold(container: Element): void {
  const toggle = container.querySelector('[aria-expanded="false"][aria-controls]');
  if (toggle instanceof HTMLElement) toggle.click();
}

/** Flash `el` (reveal.css); a second flash of the same element starts the animation again. */
export function flash(el: Element, journal: DomJournal): void {
  journal.setAttributeFor(el, FLASH_ATTRIBUTE, '', FLASH_MS);
}

export interface Reveal {
  /** Reveal item `n`; false when the page has no such item. */
  item(n: number): boolean;
  /** Reveal an element of an item (its container unfolded first). */
  element(el: Element, container: Element | null): void;
  flash(el: Element): void;
}

/** Revealing on one page: the items as `boxes` holds them when asked, flashes through `journal`. */
export function pageReveal(boxes: Store<ReadonlyMap<number, Element>>, journal: DomJournal): Reveal {
  const reveal: Reveal = {
    item(n) {
      const container = boxes.get().get(n);
      if (!container || !container.isConnected) return false;
      reveal.element(container, container);
      return true;
    },
    element(el, container) {
      if (container) unfold(container);
      const smooth = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      flash(el, journal);
    },
    flash: (el) => flash(el, journal),
  };
  return reveal;
}

/** `#sagsspor-item=7` → 7. */
export function itemFromHash(hash: string): number | null {
  const m = /(?:^#|[&#])sagsspor-item=(\d{1,4})\b/.exec(hash);
  return m ? Number(m[1]) : null;
}
