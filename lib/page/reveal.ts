/**
 * Bring an item (or any element of it) into view and flash it. A folded-in item (the site's
 * accordion) is opened with the site's own toggle, as a reader would.
 */
import { ATTR } from './attributes.ts';

const FLASH_MS = 1600;

function unfold(container: Element): void {
  const toggle = container.querySelector('[aria-expanded="false"][aria-controls]');
  if (toggle instanceof HTMLElement) toggle.click();
}

export function flash(el: Element): void {
  el.removeAttribute(ATTR.flash);
  // Restart the animation on a second flash of the same element.
  void (el as HTMLElement).offsetWidth;
  el.setAttribute(ATTR.flash, '');
  setTimeout(() => el.removeAttribute(ATTR.flash), FLASH_MS);
}

export function revealElement(el: Element, container: Element | null = null): void {
  if (container) unfold(container);
  const smooth = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView?.({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  flash(el);
}

/** Reveal item `n`; false when the page has no such item. */
export function revealItem(containers: ReadonlyMap<number, Element>, n: number): boolean {
  const container = containers.get(n);
  if (!container || !container.isConnected) return false;
  revealElement(container, container);
  return true;
}

/** `#sagsspor-item=7` → 7. */
export function itemFromHash(hash: string): number | null {
  const m = /(?:^#|[&#])sagsspor-item=(\d{1,4})\b/.exec(hash);
  return m ? Number(m[1]) : null;
}
