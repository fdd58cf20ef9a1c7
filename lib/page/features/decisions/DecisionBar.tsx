/**
 * The bar over a decision: its outcome in words, and the slots other features fill (the
 * bookmark button with its note, the other treatments of the case, "se også" links).
 */
import type { ComponentChildren } from 'preact';
import type { Item } from '../../../model.ts';
import { t } from '../../../i18n/index.ts';
import type { DecisionBarSlots, Slots } from '../../shared-state.ts';
import { slotParts, useChanges } from '../../ui-parts.ts';
import { OutcomeBadge } from '../../../../components/OutcomeBadge.tsx';

export interface DecisionBarProps {
  item: Item;
  /** Absent in tests of the bar alone. */
  slots?: Slots<DecisionBarSlots>;
}

export function DecisionBar({ item, slots }: DecisionBarProps) {
  useChanges(slots);
  let content: ComponentChildren = (
    <>
      <div class="bar" role="group" aria-label={t('page_decisionOf', String(item.number))}>
        <span class="label">Sagsspor</span>
        <OutcomeBadge outcome={item.outcome} />
        {item.closed ? <span class="chip">{t('page_closed')}</span> : null}
        {slotParts(slots, 'actions', { item })}
      </div>
      {slotParts(slots, 'details', { item })}
    </>
  );
  // The first frame outermost.
  for (const { Component: Frame } of [...(slots?.of('frame') ?? [])].reverse()) content = <Frame item={item}>{content}</Frame>;
  return <div>{content}</div>;
}
