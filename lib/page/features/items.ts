/**
 * Items: the element holding each item's content carries `data-sagsspor-item="<number>"`
 * (closed items also `data-sagsspor-closed`). On FirstAgenda pages that is the item's table
 * row; elsewhere the smallest element around the item's blocks that holds no other item, or
 * a new <div> around the item's run of siblings when the page lays items out flat.
 */
import { t } from '../../i18n.ts';
import type { PageFeature } from '../feature.ts';
import type { PageItem } from '../read-page.ts';
import { commonAncestor, siblingRun } from '../ranges.ts';

function holdsOnlyThisItem(el: Element, item: PageItem, all: readonly PageItem[]): boolean {
  return all.every((other) => other === item || other.elements.every((e) => !el.contains(e)));
}

export const itemsFeature: PageFeature = {
  id: 'items',
  apply(ctx, journal) {
    for (const entry of ctx.page.items) {
      const { item, elements } = entry;
      if (elements.length === 0) continue;
      let container: Element | null = entry.titleElement?.closest('tr.punktrow') ?? null;
      if (container === null) {
        const first = elements[0]!;
        const last = elements[elements.length - 1]!;
        const around = first === last ? first : commonAncestor(first, last);
        if (around !== null && around.nodeType === 1 && holdsOnlyThisItem(around as Element, entry, ctx.page.items)) {
          container = around as Element;
        } else {
          const run = siblingRun(first, last);
          if (run !== null) {
            const wrapper = ctx.doc.createElement('div');
            wrapper.className = 'sagsspor-item';
            journal.wrapSiblings(run.first, run.last, wrapper);
            container = wrapper;
          } else {
            container = entry.titleElement ?? first;
          }
        }
      }
      journal.setAttribute(container, 'data-sagsspor-item', String(item.number));
      if (item.closed) {
        journal.setAttribute(container, 'data-sagsspor-closed', 'true');
        // A closed item has no decision bar to say so: a small chip after its title does.
        const title = entry.titleElement;
        if (title?.parentNode) {
          const { host, root } = ctx.ui.inlineHost('closed');
          host.setAttribute('data-sagsspor-for', String(item.number));
          journal.insert(host, title.parentNode, title.nextSibling);
          const chip = ctx.doc.createElement('span');
          chip.className = 'chip';
          chip.textContent = t('page_closed');
          root.append(chip);
        }
      }
      ctx.containers.set(item.number, container);
    }
  },
};
