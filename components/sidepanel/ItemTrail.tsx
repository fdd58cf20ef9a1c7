/**
 * The trail of the item chosen in the side panel, shown inline under it: the same case in other
 * meetings and committees (newest first, each a link to that exact item), its "Sagens forløb"
 * with the entries the store knows linked to their item, its manual "se også" links, and the
 * way to the case view per case number (at once, before the store answers). The data is the store's page trail (lib/store/trail.ts,
 * the same query that answers the page's decision bars and the case card), read live.
 */
import { formatDate, t } from '../../lib/i18n/index.ts';
import { classifyOutcome } from '../../lib/parser/outcome.ts';
import { plural } from '../../lib/i18n/plural.ts';
import { safeLink } from '../../lib/net/safe-link.ts';
import type { SagssporDB } from '../../lib/store/db.ts';
import type { MeetingRef } from '../../lib/messages/parts.ts';
import type { RelatedItem } from '../../lib/messages/trail.ts';
import { casePagePath } from '../../lib/extension-pages/search-path.ts';
import type { ItemRow } from '../../lib/store/tables/items.ts';
import { municipalityKey, normaliseCaseNumber } from '../../lib/store/keys.ts';
import { pageTrail } from '../../lib/store/trail.ts';
import { OutcomeBadge } from '../OutcomeBadge.tsx';
import { useLiveQuery } from '../../lib/extension-pages/use-live-query.ts';

export interface ItemTrailProps {
  db: SagssporDB;
  /** The page the meeting was read on (its site is the trail's municipality). */
  url: string;
  meeting: MeetingRef;
  item: ItemRow;
  /** Opens an extension page (the case view) by path. */
  open(path: string): void;
}

/** "Økonomiudvalget · 12. marts 2025 · punkt 2": where another treatment was. */
function whereLabel(r: Pick<RelatedItem, 'committee' | 'meetingDate' | 'itemNumber'>): string {
  return `${r.committee ?? t('common_unknownCommittee')} · ${formatDate(r.meetingDate)} · ${t('card_itemNo', String(r.itemNumber))}`;
}

/** A stored item's title as a link to it (a new tab; the side panel follows it), or as text when it has no web address. */
function ItemTitle({ title, link }: { title: string; link: string | null }) {
  const href = safeLink(link);
  return href === null ? (
    <span class="title">{title}</span>
  ) : (
    <a class="title" href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}

export function ItemTrail({ db, url, meeting, item, open }: ItemTrailProps) {
  const live = useLiveQuery(
    () =>
      pageTrail(db, {
        url,
        meeting: { municipality: meeting.municipality, committee: meeting.committee, date: meeting.date, kind: meeting.kind },
        items: [{ number: item.number, caseNumbers: item.caseNumbers, history: item.history.map((h) => ({ date: h.date, body: h.body, decision: h.decision })) }],
      }),
    [db, url, item.id],
  );
  // A live query keeps its last value while the next one runs: only this item's answer counts.
  const trail = live.value?.items.find((i) => i.itemNumber === item.number) ?? null;
  const history = [...(trail?.history ?? [])].sort((a, b) => a.entry.date.localeCompare(b.entry.date));

  return (
    <section id="side-trail" class="side-trail card" aria-labelledby="side-trail-heading" data-item={item.number}>
      <h3 id="side-trail-heading">{t('side_trailHeading', String(item.number))}</h3>
      {item.decision ? <p class="decision pre">{item.decision}</p> : null}
      {item.caseNumbers.length === 0 && item.history.length === 0 ? <p class="muted">{t('side_noCase')}</p> : null}
      {item.caseNumbers.length > 0 ? (
        <ul class="side-cases">
          {[...new Set(item.caseNumbers.map(normaliseCaseNumber))].map((c) => (
            <li key={c}>
              <button type="button" class="link" data-case={c} onClick={() => open(casePagePath(municipalityKey(url), c))}>
                {t('side_openCase', c)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {live.error ? (
        <p class="empty">{t('card_lookupFailed')}</p>
      ) : trail === null ? (
        <p class="empty">{t('common_loading')}</p>
      ) : (
        <>
          {item.caseNumbers.length > 0 ? (
            <section class="side-elsewhere" aria-label={t('card_elsewhere')}>
              <h4>
                {t('card_elsewhere')} <span class="muted">({plural('count_otherTreatments', trail.count)})</span>
              </h4>
              {trail.related.length === 0 ? (
                <p class="empty" data-empty="elsewhere">
                  {t('card_notSeenElsewhere')}
                </p>
              ) : (
                <ul data-list="elsewhere">
                  {trail.related.map((r) => (
                    <li key={r.itemId} data-item-id={r.itemId}>
                      <div class="muted">{whereLabel(r)}</div>
                      <ItemTitle title={r.title} link={r.link} /> <OutcomeBadge outcome={r.outcome} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {history.length > 0 ? (
            <section class="side-history" aria-label={t('history_title')}>
              <h4>{t('history_title')}</h4>
              <ol data-list="history">
                {history.map((h) => {
                  const href = safeLink(h.item?.link ?? null);
                  return (
                    <li key={`${h.entry.date}|${h.entry.body}`} data-resolved={href !== null ? '' : undefined}>
                      <span class="when">{formatDate(h.entry.date)}</span>{' '}
                      {href !== null ? (
                        <a href={href} target="_blank" rel="noopener noreferrer" title={t('history_openStored')}>
                          {h.entry.body}
                        </a>
                      ) : (
                        <span>{h.entry.body}</span>
                      )}{' '}
                      {h.entry.decision !== '' ? <OutcomeBadge outcome={classifyOutcome(h.entry.decision)} /> : null}
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : null}
          {trail.links.length > 0 ? (
            <section class="side-links" aria-label={t('case_seeAlso')}>
              <h4>{t('case_seeAlso')}</h4>
              <ul data-list="links">
                {trail.links.map((l) => (
                  <li key={l.id}>
                    <div class="muted">{whereLabel(l.other)}</div>
                    <ItemTitle title={l.other.title} link={l.other.link} />
                    {l.note ? <p class="note">{l.note}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
