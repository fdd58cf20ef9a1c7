/** "Sagens forløb" as a timeline: each earlier treatment with its date, body and outcome. */
import type { HistoryEntry } from '../../lib/model.ts';
import { formatDate, t } from '../../lib/i18n.ts';
import { classifyOutcome } from '../../lib/parser/outcome.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';

export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-label={t('history_title')}>
      <div class="label">Sagsspor · {t('history_title')}</div>
      <ol class="timeline">
        {sorted.map((e, i) => (
          <li key={i}>
            <span class="when">{formatDate(e.date)}</span> <span class="what">{e.body}</span>{' '}
            {e.decision !== '' ? <OutcomeBadge outcome={classifyOutcome(e.decision)} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
