/**
 * Decisions: each item's decision section (heading and text) is wrapped in an element that
 * carries `data-sagsspor-outcome="<outcome>"`, highlighted by tone, with a bar on top: the
 * outcome badge in words, and the slots the bookmark and trail features fill
 * (SharedPage.decisionBar). Where the markup forbids a wrapper (table cells, list items) the
 * decision's elements carry it.
 */
import { h } from 'preact';
import { OUTCOME_TONE } from '../../../theme/outcome-palette.ts';
import { ATTR } from '../../attributes.ts';
import type { PageFeature } from '../../feature.ts';
import { siblingRun } from '../../ranges.ts';
import { mount } from '../../ui-host.ts';
import { DecisionBar } from './DecisionBar.tsx';
import css from './decisions.css?inline';
import marksCss from './decisions.marks.css?inline';

export const decisionsFeature: PageFeature = {
  id: 'decisions',
  css: { page: marksCss, ui: css },
  apply(ctx, { journal, signal }) {
    const boxes = new Map<number, Element[]>();
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
        journal.setAttribute(w, ATTR.outcome, item.outcome);
        journal.setAttribute(w, ATTR.tone, OUTCOME_TONE[item.outcome]);
      }
      const { host, root } = ctx.ui.inlineHost('decision', item.number);
      // After the decision heading (the wrapper's first child), or first inside a marked cell.
      const anchor = wrappers[0]!;
      if (run !== null) journal.insert(host, anchor, anchor.firstChild?.nextSibling ?? null);
      else journal.insert(host, anchor, anchor.firstChild);
      mount(h(DecisionBar, { item, slots: ctx.shared.decisionBar }), root, signal);
      boxes.set(item.number, wrappers);
    }
    ctx.shared.decisionBoxes.publish(boxes, signal);
  },
};
