/**
 * In-text references become links inside the page: "sag nr. 7" / "punkt 28" → that item,
 * "bilag 1" → that attachment of the same item. Only targets the page has are linked, and
 * text already inside a link or button is left alone.
 */
import { findReferences } from '../../../parser/references.ts';
import { ATTR } from '../../attributes.ts';
import type { PageFeature } from '../../feature.ts';
import { textNodesUnder } from '../../ranges.ts';
import { wrapRanges } from '../../text-marks.ts';
import marksCss from './references.marks.css?inline';

export const referencesFeature: PageFeature = {
  id: 'references',
  css: { page: marksCss },
  apply(ctx, { journal, signal }) {
    const numbers = new Set(ctx.page.items.map((p) => p.item.number));
    for (const entry of ctx.page.items) {
      const skip = new Set<Element>([...(entry.titleElement ? [entry.titleElement] : []), ...entry.attachmentElements.filter((e): e is Element => e !== null)]);
      const elements = entry.elements.filter((e) => !skip.has(e));
      for (const text of textNodesUnder(elements, true)) {
        const refs = findReferences(text.data).flatMap((r) => {
          if (r.kind === 'item' && numbers.has(r.target) && r.target !== entry.item.number) return [{ ...r, start: r.index, end: r.index + r.raw.length, at: -1 }];
          if (r.kind === 'attachment') {
            const at = entry.item.attachmentDetails.findIndex((a) => a.number === r.target);
            if (at !== -1 && entry.attachmentElements[at]) return [{ ...r, start: r.index, end: r.index + r.raw.length, at }];
          }
          return [];
        });
        if (refs.length === 0) continue;
        wrapRanges(text, refs, journal, (r) => {
          const link = ctx.doc.createElement('a');
          link.setAttribute(ATTR.ref, r.kind);
          link.setAttribute(ATTR.target, String(r.target));
          if (r.kind === 'item') link.setAttribute('href', `#sagsspor-item=${r.target}`);
          else {
            link.setAttribute('href', '#');
            link.setAttribute(ATTR.inItem, String(entry.item.number));
            link.setAttribute(ATTR.attachment, String(r.at));
          }
          return link;
        });
      }
    }
    const follow = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest(`a[${ATTR.ref}]`) : null;
      if (link === null) return;
      event.preventDefault();
      event.stopPropagation();
      const target = Number(link.getAttribute('data-sagsspor-target'));
      if (link.getAttribute('data-sagsspor-ref') === 'item') {
        ctx.reveal.item(target);
        return;
      }
      const entry = ctx.page.items.find((p) => p.item.number === Number(link.getAttribute('data-sagsspor-in-item')));
      const el = entry?.attachmentElements[Number(link.getAttribute('data-sagsspor-attachment'))];
      if (el) ctx.reveal.element(el, ctx.shared.itemBoxes.get().get(entry!.item.number) ?? null);
    };
    ctx.doc.addEventListener('click', follow, { capture: true, signal });
  },
};
