/**
 * The trail feature's parts on the decision bar: how many other treatments the item's case
 * has ("1 anden behandling", opens the case view), and its manual "se også" links.
 */
import type { Item } from '../../../model.ts';
import { formatDate, t } from '../../../i18n/index.ts';
import { plural } from '../../../i18n/plural.ts';
import { safeLink } from '../../../net/safe-link.ts';
import type { Store, TrailView } from '../../shared-state.ts';
import { useChanges } from '../../ui-parts.ts';
import { caseToOpen, type TrailServices } from './state.ts';

/** "1 anden behandling" / "3 andre behandlinger". */
export function otherTreatments(count: number): string {
  return plural('count_otherTreatments', count);
}

export function trailParts(trail: Store<TrailView | null>, services: TrailServices | null) {
  /** In the bar's row: the count of other treatments, opening the case view. */
  function OtherTreatments({ item }: { item: Item }) {
    useChanges(trail);
    const view = trail.get();
    const itemTrail = view?.byItem.get(item.number);
    if (view === null || itemTrail === undefined || itemTrail.count === 0) return null;
    const caseNumber = caseToOpen(view, item.number);
    return (
      <button
        class="icon-btn"
        type="button"
        data-action="open-case"
        data-count={itemTrail.count}
        title={t('card_openCase')}
        disabled={caseNumber === null}
        onClick={() => {
          if (caseNumber !== null) void services?.openCase(view.municipalityKey, caseNumber).catch(() => undefined);
        }}
      >
        {otherTreatments(itemTrail.count)}
      </button>
    );
  }

  /** Under the row: the item's manual "se også" links. */
  function SeeAlso({ item }: { item: Item }) {
    useChanges(trail);
    const links = trail.get()?.byItem.get(item.number)?.links ?? [];
    if (links.length === 0) return null;
    return (
      <div class="bar" data-part="see-also">
        <span class="label">{t('page_seeAlso')}</span>
        {links.map((l) => {
          const href = safeLink(l.other.link);
          const label = `${l.other.committee ?? t('common_unknownCommittee')} · ${formatDate(l.other.meetingDate)} · ${t('card_itemNo', String(l.other.itemNumber))}: ${l.other.title}`;
          return (
            <span key={l.id} class="chip" title={l.note !== '' ? l.note : undefined}>
              {href !== null ? (
                <a href={href} target="_top">
                  {label}
                </a>
              ) : (
                label
              )}
            </span>
          );
        })}
      </div>
    );
  }

  return { OtherTreatments, SeeAlso };
}
