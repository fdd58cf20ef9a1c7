/**
 * "Sagens forløb" as a timeline: each earlier treatment with its date, body and outcome. An
 * entry that the store knows as an item (same case, date and committee) links to that item;
 * the others stay plain text.
 */
import type { HistoryEntry } from '../../../model.ts';
import { formatDate, t } from '../../../i18n/index.ts';
import type { Store, TrailView } from '../../shared-state.ts';
import { classifyOutcome } from '../../../parser/outcome.ts';
import { safeLink } from '../../../net/safe-link.ts';
import { useChanges } from '../../ui-parts.ts';
import { OutcomeBadge } from '../../../../components/OutcomeBadge.tsx';

export interface HistoryTimelineProps {
  entries: readonly HistoryEntry[];
  itemNumber?: number;
  /** The case trail, when the trail feature publishes it; absent in tests of the timeline alone. */
  trail?: Store<TrailView | null>;
}

const entryKey = (e: { date: string; body: string }) => `${e.date}|${e.body}`;

export function HistoryTimeline({ entries, itemNumber, trail }: HistoryTimelineProps) {
  useChanges(trail);
  const resolved = new Map<string, string>();
  for (const r of (itemNumber !== undefined ? trail?.get()?.byItem.get(itemNumber)?.history : undefined) ?? []) {
    const href = safeLink(r.item?.link ?? null);
    if (href !== null) resolved.set(entryKey(r.entry), href);
  }
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-label={t('history_title')}>
      <div class="label">Sagsspor · {t('history_title')}</div>
      <ol class="timeline">
        {sorted.map((e, i) => {
          const href = resolved.get(entryKey({ date: e.date, body: e.body.slice(0, 500) }));
          return (
            <li key={i} data-resolved={href !== undefined ? '' : undefined}>
              <span class="when">{formatDate(e.date)}</span>{' '}
              {href !== undefined ? (
                <a class="what" href={href} target="_top" title={t('history_openStored')}>
                  {e.body}
                </a>
              ) : (
                <span class="what">{e.body}</span>
              )}{' '}
              {e.decision !== '' ? <OutcomeBadge outcome={classifyOutcome(e.decision)} /> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
