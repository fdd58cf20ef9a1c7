/**
 * The outline panel (in the panel's shadow root): items with number, title and outcome; a
 * click jumps. Other features add to it through its slots (SharedPage.outline). Also answers
 * the keyboard commands: next/previous decision, toggle the outline.
 */
import { h, render } from 'preact';
import type { PageContext, PageFeature } from '../../feature.ts';
import { Outline } from './Outline.tsx';
import css from './outline.css?inline';

/** The decision after (or before) the one nearest the top of the viewport. */
function stepDecision(ctx: PageContext, direction: 1 | -1): void {
  const boxes = ctx.shared.decisionBoxes.get();
  const withDecision = ctx.page.items.filter((p) => boxes.has(p.item.number));
  if (withDecision.length === 0) return;
  const tops = withDecision.map((p) => boxes.get(p.item.number)![0]!.getBoundingClientRect().top);
  const margin = 8;
  let index: number;
  if (direction === 1) index = tops.findIndex((top) => top > margin);
  else index = tops.length - 1 - [...tops].reverse().findIndex((top) => top < -margin);
  if (index < 0 || index >= withDecision.length) index = direction === 1 ? 0 : withDecision.length - 1;
  const el = boxes.get(withDecision[index]!.item.number)![0]!;
  el.scrollIntoView?.({ block: 'start' });
  ctx.reveal.flash(el);
}

export const outlineFeature: PageFeature = {
  id: 'outline',
  css: { ui: css },
  apply(ctx, { signal }) {
    const slot = ctx.ui.panelSlot(signal);
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
          onJump: (n: number) => void ctx.reveal.item(n),
          slots: ctx.shared.outline,
        }),
        slot,
      );
    draw();
    ctx.shared.events.on('toggle-outline', () => choose(!open), signal);
    ctx.shared.events.on('step-decision', ({ direction }) => stepDecision(ctx, direction), signal);
  },
};
