/**
 * "Sagens forløb" (and "Behandlingsforløb", "Tidligere udvalgsbeslutninger", earlier dated
 * decisions): the item's history entries as a timeline, placed after the history section, its
 * entries linked to the stored treatments as the trail arrives (SharedPage.trail).
 */
import { h } from 'preact';
import type { PageFeature } from '../../feature.ts';
import { mount } from '../../ui-host.ts';
import css from './history.css?inline';
import { HistoryTimeline } from './HistoryTimeline.tsx';

export const historyFeature: PageFeature = {
  id: 'history',
  css: { ui: css },
  apply(ctx, { journal, signal }) {
    // Without a history section of its own, after the decision (placed by 'decisions', which runs first).
    const decisions = ctx.shared.decisionBoxes.get();
    for (const entry of ctx.page.items) {
      if (entry.item.history.length === 0) continue;
      const after = entry.historyElements[entry.historyElements.length - 1] ?? decisions.get(entry.item.number)?.at(-1);
      if (!after?.parentNode) continue;
      const { host, root } = ctx.ui.inlineHost('history', entry.item.number);
      journal.insert(host, after.parentNode, after.nextSibling);
      mount(h(HistoryTimeline, { entries: entry.item.history, itemNumber: entry.item.number, trail: ctx.shared.trail }), root, signal);
    }
  },
};
