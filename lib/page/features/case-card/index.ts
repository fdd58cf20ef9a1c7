/** The case card: opens in the panel next to the case number that was clicked ('open-case-card'). */
import { h, render } from 'preact';
import type { PageFeature } from '../../feature.ts';
import { meetingRefOf } from '../../meeting-ref.ts';
import { CaseCard } from './CaseCard.tsx';
import css from './case-card.css?inline';

export const caseCardFeature: PageFeature = {
  id: 'case-card',
  css: { ui: css },
  apply(ctx, { signal }) {
    const slot = ctx.ui.panelSlot(signal);
    let opener: HTMLElement | null = null;
    const close = () => {
      render(null, slot);
      opener?.focus();
      opener = null;
    };
    ctx.shared.events.on(
      'open-case-card',
      ({ mark }) => {
        opener = mark;
        const normalized = mark.getAttribute('data-sagsspor-case') ?? '';
        const box = mark.getBoundingClientRect();
        const itemEl = mark.closest('[data-sagsspor-item]');
        const hereItem = itemEl ? Number(itemEl.getAttribute('data-sagsspor-item')) : null;
        render(null, slot); // a new card for a new number
        const trail = ctx.services.trail;
        render(
          h(CaseCard, {
            raw: mark.textContent ?? normalized,
            normalized,
            format: mark.getAttribute('data-sagsspor-format') ?? '',
            at: { top: box.bottom + 6, left: box.left },
            lookup: async () => {
              if (trail === null) return { municipalityKey: '', items: [] };
              try {
                return await trail.relatedItems(ctx.url, meetingRefOf(ctx.page.meeting), normalized, hereItem);
              } catch {
                return null;
              }
            },
            copy: (text) => ctx.services.copyText(text),
            ...(ctx.services.follows ? { follow: { client: ctx.services.follows, place: { url: ctx.url } } } : {}),
            ...(trail ? { openCase: (m: string, c: string) => void trail.openCase(m, c).catch(() => undefined) } : {}),
            onClose: close,
          }),
          slot,
        );
      },
      signal,
    );
    const outside = (event: Event) => {
      if (slot.firstChild === null) return;
      // Seen from the document, a path into our closed root ends at its host.
      const path = event.composedPath();
      if (path.includes(slot) || path.includes(ctx.ui.panel.host) || (path[0] instanceof Element && path[0].closest('span[data-sagsspor-case]'))) return;
      close();
    };
    ctx.doc.addEventListener('pointerdown', outside, { capture: true, signal });
  },
};
