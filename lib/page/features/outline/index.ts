/**
 * The outline panel (in the panel's shadow root): items with number, title and outcome; a
 * click jumps. Also answers the keyboard commands: next/previous decision, toggle the outline.
 */
import { h, render } from 'preact';
import { Outline } from './Outline.tsx';
import type { PageContext, PageFeature } from '../../feature.ts';
import { revealItem } from '../../reveal.ts';
import { flash } from '../../reveal.ts';

export const OUTLINE_TOGGLE_EVENT = 'toggle-outline';
export const STEP_DECISION_EVENT = 'step-decision';

/** The decision after (or before) the one nearest the top of the viewport. */
function stepDecision(ctx: PageContext, direction: 1 | -1): void {
  const withDecision = ctx.page.items.filter((p) => ctx.decisions.has(p.item.number));
  if (withDecision.length === 0) return;
  const tops = withDecision.map((p) => ctx.decisions.get(p.item.number)![0]!.getBoundingClientRect().top);
  const margin = 8;
  let index: number;
  if (direction === 1) index = tops.findIndex((top) => top > margin);
  else index = tops.length - 1 - [...tops].reverse().findIndex((top) => top < -margin);
  if (index < 0 || index >= withDecision.length) index = direction === 1 ? 0 : withDecision.length - 1;
  const el = ctx.decisions.get(withDecision[index]!.item.number)![0]!;
  el.scrollIntoView?.({ block: 'start' });
  flash(el);
}

export const outlineFeature: PageFeature = {
  id: 'outline',
  apply(ctx) {
    const slot = ctx.doc.createElement('div');
    ctx.ui.panel.append(slot);
    let open = ctx.outlineOpen;
    // Opening or closing is the user's choice: the next page starts the same way.
    const choose = (next: boolean) => {
      open = next;
      draw();
      ctx.services.rememberOutline?.(next).catch((error: unknown) => console.warn('[sagsspor] the outline choice was not kept', error));
    };
    const draw = (): void =>
      render(
        h(Outline, {
          meeting: ctx.page.meeting,
          open,
          onToggle: choose,
          onJump: (n: number) => revealItem(ctx.containers, n),
          bookmarks: ctx.bookmarks,
        }),
        slot,
      );
    draw();
    const toggle = () => choose(!open);
    const step = (event: Event) => stepDecision(ctx, (event as CustomEvent<number>).detail === -1 ? -1 : 1);
    ctx.ui.events.addEventListener(OUTLINE_TOGGLE_EVENT, toggle);
    ctx.ui.events.addEventListener(STEP_DECISION_EVENT, step);
    return () => {
      ctx.ui.events.removeEventListener(OUTLINE_TOGGLE_EVENT, toggle);
      ctx.ui.events.removeEventListener(STEP_DECISION_EVENT, step);
      render(null, slot);
      slot.remove();
    };
  },
};
