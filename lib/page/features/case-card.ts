/** The case card: opens in the panel next to the case number that was clicked. */
import { h, render } from 'preact';
import { CaseCard } from '../../../components/page/CaseCard.tsx';
import type { PageFeature } from '../feature.ts';
import { CASE_CARD_EVENT } from './case-numbers.ts';

export const caseCardFeature: PageFeature = {
  id: 'case-card',
  apply(ctx) {
    const slot = ctx.doc.createElement('div');
    ctx.ui.panel.append(slot);
    let opener: HTMLElement | null = null;
    const close = () => {
      render(null, slot);
      opener?.focus();
      opener = null;
    };
    const open = (event: Event) => {
      const mark = (event as CustomEvent<unknown>).detail;
      if (!(mark instanceof HTMLElement)) return;
      opener = mark;
      const normalized = mark.getAttribute('data-sagsspor-case') ?? '';
      const box = mark.getBoundingClientRect();
      const itemEl = mark.closest('[data-sagsspor-item]');
      const hereItem = itemEl ? Number(itemEl.getAttribute('data-sagsspor-item')) : null;
      render(null, slot); // a new card for a new number
      render(
        h(CaseCard, {
          raw: mark.textContent ?? normalized,
          normalized,
          format: mark.getAttribute('data-sagsspor-format') ?? '',
          at: { top: box.bottom + 6, left: box.left },
          lookup: async () => {
            const trail = ctx.services.trail;
            if (trail === null) return { municipalityKey: '', items: [] };
            try {
              return await trail.relatedItems(ctx.url, ctx.trail.meetingRef, normalized, hereItem);
            } catch {
              return null;
            }
          },
          copy: (text) => ctx.services.copyText(text),
          ...(ctx.services.follows ? { follow: { client: ctx.services.follows, place: { url: ctx.url } } } : {}),
          ...(ctx.services.trail ? { openCase: (m: string, c: string) => void ctx.services.trail?.openCase(m, c).catch(() => undefined) } : {}),
          onClose: close,
        }),
        slot,
      );
    };
    const outside = (event: Event) => {
      if (slot.firstChild === null) return;
      // Seen from the document, a path into our closed root ends at its host.
      const path = event.composedPath();
      if (path.includes(slot) || path.includes(ctx.ui.panel.host) || (path[0] instanceof Element && path[0].closest('span[data-sagsspor-case]'))) return;
      close();
    };
    ctx.ui.events.addEventListener(CASE_CARD_EVENT, open);
    ctx.doc.addEventListener('pointerdown', outside, true);
    return () => {
      ctx.ui.events.removeEventListener(CASE_CARD_EVENT, open);
      ctx.doc.removeEventListener('pointerdown', outside, true);
      render(null, slot);
      slot.remove();
    };
  },
};
