/**
 * The outline panel: every item with number, title and outcome; a click jumps to it. Its
 * slots take what other features add (the bookmarks' stars, notices and missing list).
 */
import { useState } from 'preact/hooks';
import type { OutlineSlots, Slots } from '../../shared-state.ts';
import { slotParts, useChanges } from '../../ui-parts.ts';
import type { Meeting } from '../../../model.ts';
import { formatDate, t } from '../../../i18n/index.ts';
import { plural } from '../../../i18n/plural.ts';
import { OutcomeBadge } from '../../../../components/OutcomeBadge.tsx';

export interface OutlineProps {
  meeting: Pick<Meeting, 'committee' | 'date' | 'items' | 'kind'>;
  open: boolean;
  onToggle(open: boolean): void;
  onJump(itemNumber: number): void;
  /** Absent in tests of the outline alone. */
  slots?: Slots<OutlineSlots>;
}

export function Outline({ meeting, open, onToggle, onJump, slots }: OutlineProps) {
  const [filter, setFilter] = useState<'all' | 'decisions'>('all');
  useChanges(slots);
  const decisions = meeting.items.filter((i) => i.decision !== null).length;
  if (!open) {
    return (
      <button class="toggle" type="button" aria-expanded="false" title={t('outline_title')} onClick={() => onToggle(true)}>
        <span class="sym" aria-hidden="true">
          ☰
        </span>
        Sagsspor · {plural('count_items', meeting.items.length)}
      </button>
    );
  }
  const shown = filter === 'all' ? meeting.items : meeting.items.filter((i) => i.decision !== null);
  return (
    <nav class="outline" aria-label={t('outline_title')}>
      <header>
        <h2>{t('outline_title')}</h2>
        <button class="close" type="button" aria-expanded="true" aria-label={t('outline_close')} onClick={() => onToggle(false)}>
          ×
        </button>
      </header>
      <div class="meta">
        {[meeting.committee, meeting.date ? formatDate(meeting.date) : null].filter(Boolean).join(' · ')}
        <div class="bar" role="group">
          <button class="icon-btn" type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            {t('outline_all', String(meeting.items.length))}
          </button>
          <button class="icon-btn" type="button" aria-pressed={filter === 'decisions'} onClick={() => setFilter('decisions')}>
            {t('outline_decisions', String(decisions))}
          </button>
        </div>
      </div>
      {slotParts(slots, 'notices', {})}
      <ol>
        {shown.map((item) => (
          <li key={item.number}>
            {/* An item only listed in the contents has nothing on the page to jump to. */}
            <button type="button" data-item={item.number} disabled={item.listedOnly === true} onClick={() => onJump(item.number)}>
              <span class="num">
                {item.number}.{slotParts(slots, 'itemMark', { item })}
              </span>
              <span class="title">{item.title}</span>
              <span class="sub">
                {item.decision !== null ? <OutcomeBadge outcome={item.outcome} /> : null}
                {item.closed ? <span class="chip">{t('page_closed')}</span> : null}
                {item.listedOnly === true ? <span class="chip">{t('page_listedOnly')}</span> : null}
                {item.caseNumbers[0] ? <span class="chip">{item.caseNumbers[0]}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {slotParts(slots, 'footer', {})}
    </nav>
  );
}
