/**
 * "Sagens forløb" (and "Behandlingsforløb", "Tidligere udvalgsbeslutninger", earlier dated
 * decisions): the item's history entries as a timeline, placed after the history section.
 */
import { h, render } from 'preact';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import type { PageFeature } from '../../feature.ts';

export const historyFeature: PageFeature = {
  id: 'history',
  apply(ctx, journal) {
    const roots: ShadowRoot[] = [];
    for (const entry of ctx.page.items) {
      if (entry.item.history.length === 0) continue;
      const after = entry.historyElements[entry.historyElements.length - 1] ?? ctx.decisions.get(entry.item.number)?.at(-1);
      if (!after?.parentNode) continue;
      const { host, root } = ctx.ui.inlineHost('history');
      host.setAttribute('data-sagsspor-for', String(entry.item.number));
      journal.insert(host, after.parentNode, after.nextSibling);
      render(h(HistoryTimeline, { entries: entry.item.history, itemNumber: entry.item.number, trail: ctx.trail }), root);
      roots.push(root);
    }
    return () => {
      for (const root of roots) render(null, root);
    };
  },
};
