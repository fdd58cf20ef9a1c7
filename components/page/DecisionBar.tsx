/** The bar over a decision: its outcome in words, the decision label, and what other features add. */
import type { Item } from '../../lib/model.ts';
import { t } from '../../lib/i18n.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';

export interface DecisionBarProps {
  item: Pick<Item, 'number' | 'outcome' | 'closed'>;
  events: EventTarget;
}

export function DecisionBar({ item }: DecisionBarProps) {
  return (
    <div class="bar" role="group" aria-label={t('page_decisionOf', String(item.number))}>
      <span class="label">Sagsspor</span>
      <OutcomeBadge outcome={item.outcome} />
      {item.closed ? <span class="chip">{t('page_closed')}</span> : null}
    </div>
  );
}
