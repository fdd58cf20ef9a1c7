/**
 * Case numbers: every case number in an item (and in the meeting header) is wrapped in
 * `<span data-sagsspor-case="<normalised>" data-sagsspor-format="<format>">`, focusable, and
 * opens the case card (the 'open-case-card' event). Found with the parser's own scanner, plus
 * the numbers the parser read under the item's case label (plain-digit numbers are only case
 * numbers there).
 */
import type { CaseNumber } from '../../../model.ts';
import { findCaseNumbers } from '../../../parser/case-numbers.ts';
import { ATTR } from '../../attributes.ts';
import type { PageFeature } from '../../feature.ts';
import { textNodesUnder } from '../../ranges.ts';
import { wrapRanges } from '../../text-marks.ts';
import marksCss from './case-numbers.marks.css?inline';

interface Found {
  start: number;
  end: number;
  normalized: string;
  format: string;
}

function findIn(data: string, known: readonly CaseNumber[]): Found[] {
  const found: Found[] = findCaseNumbers(data).map((c) => ({ start: c.index, end: c.index + c.raw.length, normalized: c.normalized, format: c.format }));
  for (const c of known) {
    for (let at = data.indexOf(c.raw); at !== -1; at = data.indexOf(c.raw, at + c.raw.length)) {
      if (!found.some((f) => f.start < at + c.raw.length && at < f.end)) {
        found.push({ start: at, end: at + c.raw.length, normalized: c.normalized, format: c.format });
      }
    }
  }
  return found;
}

export const caseNumbersFeature: PageFeature = {
  id: 'case-numbers',
  css: { page: marksCss },
  apply(ctx, { journal, signal }) {
    const groups = [
      { elements: ctx.page.headerElements, known: [] as CaseNumber[] },
      ...ctx.page.items.map((p) => ({ elements: p.elements, known: p.item.cases })),
    ];
    for (const { elements, known } of groups) {
      for (const text of textNodesUnder(elements)) {
        const found = findIn(text.data, known);
        if (found.length === 0) continue;
        wrapRanges(text, found, journal, (f) => {
          const mark = ctx.doc.createElement('span');
          mark.setAttribute(ATTR.case, f.normalized);
          mark.setAttribute(ATTR.format, f.format);
          mark.setAttribute('tabindex', '0');
          mark.setAttribute('role', 'button');
          // It opens the case card, a dialog.
          mark.setAttribute('aria-haspopup', 'dialog');
          return mark;
        });
      }
    }
    // One delegated listener: marks come and go with the page's own scripts.
    const open = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(`span[${ATTR.case}]`) : null;
      if (target === null) return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      if (target instanceof HTMLElement) ctx.shared.events.emit('open-case-card', { mark: target });
    };
    ctx.doc.addEventListener('click', open, { capture: true, signal });
    ctx.doc.addEventListener('keydown', open, { capture: true, signal });
  },
};
