/**
 * Reversible edits of the page's DOM. Every change an annotation makes to the page goes
 * through a journal, and `undo()` takes them back in reverse order, so switching Sagsspor off
 * gives back the page's own nodes (the same objects, not copies: the page's scripts keep
 * their references) and a serialisation equal to the one before.
 *
 * Only four kinds of change exist: an attribute set, an attribute set for a while (a flash),
 * a node inserted, nodes wrapped (text split at the edges first). Page text is only ever
 * moved, never re-parsed as HTML.
 */

type Undo = () => void;

/** An attribute set for a while: what it replaced, and the timer that takes it away. */
interface Passing {
  el: Element;
  name: string;
  old: string | null;
  timer: ReturnType<typeof setTimeout>;
}

function restore(el: Element, name: string, old: string | null): void {
  if (old === null) el.removeAttribute(name);
  else el.setAttribute(name, old);
}

export class DomJournal {
  private readonly undos: Undo[] = [];
  private readonly passing = new Set<Passing>();

  /** How many changes are there to take back. */
  get size(): number {
    return this.undos.length + this.passing.size;
  }

  /** Set an attribute; undo restores the old value or removes it. */
  setAttribute(el: Element, name: string, value: string): void {
    const old = el.getAttribute(name);
    el.setAttribute(name, value);
    this.undos.push(() => restore(el, name, old));
  }

  /**
   * Set an attribute for `ms` (a flash); it goes then, or at undo if that comes first. Set
   * again before then, it is taken off and put back, so a CSS animation keyed to it starts again.
   */
  setAttributeFor(el: Element, name: string, value: string, ms: number): void {
    let old = el.getAttribute(name);
    for (const p of this.passing) {
      if (p.el !== el || p.name !== name) continue;
      clearTimeout(p.timer);
      this.passing.delete(p);
      old = p.old;
      el.removeAttribute(name);
      void (el as HTMLElement).offsetWidth; // a style recalculation between off and on
    }
    el.setAttribute(name, value);
    const entry: Passing = {
      el,
      name,
      old,
      timer: setTimeout(() => {
        this.passing.delete(entry);
        restore(el, name, old);
      }, ms),
    };
    this.passing.add(entry);
  }

  /** Insert a node of ours; undo removes it. */
  insert(node: Node, parent: Node, before: Node | null): void {
    parent.insertBefore(node, before);
    this.undos.push(() => node.parentNode?.removeChild(node));
  }

  /**
   * Move the consecutive siblings `first`…`last` into `wrapper`, which takes their place.
   * Undo moves them back and removes the wrapper (nodes added to the wrapper since are kept
   * in order, so a site that appended to a wrapped list loses nothing).
   */
  wrapSiblings(first: Node, last: Node, wrapper: Element): void {
    const parent = first.parentNode;
    if (parent === null || last.parentNode !== parent) throw new Error('wrapSiblings: not siblings');
    parent.insertBefore(wrapper, first);
    let node: Node | null = first;
    while (node !== null) {
      const next: Node | null = node.nextSibling;
      wrapper.appendChild(node);
      if (node === last) break;
      node = next;
    }
    this.undos.push(() => {
      const at = wrapper.parentNode;
      if (at === null) return;
      while (wrapper.firstChild !== null) at.insertBefore(wrapper.firstChild, wrapper);
      at.removeChild(wrapper);
    });
  }

  /**
   * Wrap `text.data[start, end)` in `wrapper`. The page's text node keeps the part before
   * (or the wrapped part when start is 0); undo joins the parts back into that same node.
   */
  wrapText(text: Text, start: number, end: number, wrapper: Element): void {
    const original = text.data;
    if (start < 0 || end > original.length || start >= end) throw new Error('wrapText: bad range');
    const middle = start > 0 ? text.splitText(start) : text;
    const after = end < original.length ? middle.splitText(end - start) : null;
    middle.parentNode!.insertBefore(wrapper, middle);
    wrapper.appendChild(middle);
    this.undos.push(() => {
      const at = wrapper.parentNode;
      if (at !== null) {
        at.insertBefore(middle, wrapper);
        at.removeChild(wrapper);
      }
      // Join back into the node the page had, so references to it stay valid.
      if (middle !== text) {
        text.data += middle.data;
        middle.parentNode?.removeChild(middle);
      }
      if (after !== null) {
        text.data += after.data;
        after.parentNode?.removeChild(after);
      }
    });
  }

  /** Take back every change, newest first. Safe to call twice. */
  undo(): void {
    for (const p of this.passing) {
      clearTimeout(p.timer);
      restore(p.el, p.name, p.old);
    }
    this.passing.clear();
    while (this.undos.length > 0) {
      const step = this.undos.pop()!;
      try {
        step();
      } catch {
        // The page removed the node meanwhile: nothing of ours is left there to take back.
      }
    }
  }
}
