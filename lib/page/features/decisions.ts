/**
 * Decisions: each item's decision section (heading and text) is wrapped in an element that
 * carries `data-sagsspor-outcome="<outcome>"`, highlighted by tone, with a bar on top: the
 * outcome badge in words (and, from the bookmarks feature, the bookmark button). Where the
 * markup forbids a wrapper (table cells, list items) the decision's elements carry it.
 */
import { h, render } from 'preact';
import { DecisionBar } from '../../../components/page/DecisionBar.tsx';
import { OUTCOME_TONE } from '../../../components/page/styles.ts';
import type { PageFeature } from '../feature.ts';
import { siblingRun } from '../ranges.ts';

export const decisionsFeature: PageFeature = {
  id: 'decisions',
  apply(ctx, journal) {
    const roots: ShadowRoot[] = [];
    for (const entry of ctx.page.items) {
      const { item, decisionElements } = entry;
      if (decisionElements.length === 0) continue;
      const first = decisionElements[0]!;
      const last = decisionElements[decisionElements.length - 1]!;
      const run = siblingRun(first, last);
      let wrappers: Element[];
      if (run !== null) {
        const wrapper = ctx.doc.createElement('div');
        wrapper.className = 'sagsspor-decision';
        journal.wrapSiblings(run.first, run.last, wrapper);
        wrappers = [wrapper];
      } else {
        wrappers = decisionElements;
      }
      for (const w of wrappers) {
        journal.setAttribute(w, 'data-sagsspor-outcome', item.outcome);
        journal.setAttribute(w, 'data-sagsspor-tone', OUTCOME_TONE[item.outcome]);
      }
      const { host, root } = ctx.ui.inlineHost('decision');
      host.setAttribute('data-sagsspor-for', String(item.number));
      // After the decision heading (the wrapper's first child), or first inside a marked cell.
      const anchor = wrappers[0]!;
      if (run !== null) journal.insert(host, anchor, anchor.firstChild?.nextSibling ?? null);
      else journal.insert(host, anchor, anchor.firstChild);
      const follow = ctx.services.follows ? { client: ctx.services.follows, place: { url: ctx.url } } : null;
      render(h(DecisionBar, { item, bookmarks: ctx.bookmarks, trail: ctx.trail, ...(follow ? { follow } : {}) }), root);
      roots.push(root);
      ctx.decisions.set(item.number, wrappers);
    }
    return () => {
      for (const root of roots) render(null, root);
    };
  },
};
