/**
 * The card of a case number: its format, the normalised number, copy, the same case in other
 * meetings (from the store, newest first), each a link to that exact item, and the way to the
 * case view with the whole trail.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RelatedItem } from '../../lib/trail/contract.ts';
import { formatDate, t } from '../../lib/i18n.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';
import { safeLink } from '../../lib/safe-link.ts';
import { FollowCaseButton, type FollowCaseProps } from '../follows/FollowCaseButton.tsx';

export interface CaseCardProps {
  raw: string;
  normalized: string;
  format: string;
  /** Where the card opens (viewport coordinates of the mark). */
  at: { top: number; left: number };
  /** The other treatments (this item left out); null when the store cannot be reached. */
  lookup(): Promise<{ municipalityKey: string; items: RelatedItem[] } | null>;
  copy(text: string): Promise<boolean>;
  /** Opens the case view; absent where there is none (tests, no store). */
  openCase?: (municipalityKey: string, caseNumber: string) => void;
  /** "Følg sagen" (absent where cases cannot be followed). */
  follow?: Omit<FollowCaseProps, 'caseNumber'>;
  onClose(): void;
}

/** i18n keys of the case-number formats (CASE_FORMATS in lib/model.ts). */
const FORMAT_KEYS: Record<string, string> = {
  kle: 'format_kle',
  'yy-serial': 'format_yyDashSerial',
  'yy/serial': 'format_yySlashSerial',
  'municipality-year-serial': 'format_municipalityYearSerial',
  'year-serial': 'format_yearDashSerial',
  emn: 'format_emn',
  'year/serial': 'format_yearSlashSerial',
  digits: 'format_digits',
};

type Related = { state: 'loading' } | { state: 'failed' } | { state: 'done'; municipalityKey: string; hits: RelatedItem[] };


export function CaseCard(props: CaseCardProps) {
  const [related, setRelated] = useState<Related>({ state: 'loading' });
  const [copied, setCopied] = useState<boolean | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    props.lookup().then(
      (reply) => live && setRelated(reply === null ? { state: 'failed' } : { state: 'done', municipalityKey: reply.municipalityKey, hits: reply.items }),
      () => live && setRelated({ state: 'failed' }),
    );
    ref.current?.focus();
    return () => {
      live = false;
    };
  }, [props.normalized]);

  const others = related.state === 'done' ? related.hits : [];
  const top = Math.max(8, Math.min(props.at.top, (globalThis.innerHeight ?? 800) - 320));
  const left = Math.max(8, Math.min(props.at.left, (globalThis.innerWidth ?? 1200) - 392));

  return (
    <div
      class="card"
      role="dialog"
      aria-label={t('card_title')}
      tabIndex={-1}
      ref={ref}
      style={{ top: `${top}px`, left: `${left}px` }}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <div class="bar" style={{ justifyContent: 'space-between' }}>
        <h3>{t('card_title')}</h3>
        <button class="close" type="button" aria-label={t('common_close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <dl>
        <dt>{t('card_number')}</dt>
        <dd data-field="normalized">{props.normalized}</dd>
        <dt>{t('card_format')}</dt>
        <dd data-field="format">{t(FORMAT_KEYS[props.format] ?? 'format_digits')}</dd>
        {props.raw !== props.normalized ? (
          <>
            <dt>{t('card_asWritten')}</dt>
            <dd>{props.raw}</dd>
          </>
        ) : null}
      </dl>
      <div class="bar">
        <button
          class="icon-btn"
          type="button"
          onClick={async () => setCopied(await props.copy(props.normalized))}
        >
          {t('card_copy')}
        </button>
        <span role="status" class="label">
          {copied === true ? t('card_copied') : copied === false ? t('card_copyFailed') : ''}
        </span>
        {props.follow ? <FollowCaseButton {...props.follow} caseNumber={props.normalized} /> : null}
      </div>
      <h3 style={{ marginTop: '.6em' }}>{t('card_elsewhere')}</h3>
      {related.state === 'loading' ? (
        <p class="empty">{t('common_loading')}</p>
      ) : related.state === 'failed' ? (
        <p class="empty">{t('card_lookupFailed')}</p>
      ) : others.length === 0 ? (
        <p class="empty" data-empty="elsewhere">
          {t('card_notSeenElsewhere')}
        </p>
      ) : (
        <ul data-list="elsewhere">
          {others.map((hit) => {
            const href = safeLink(hit.link);
            const label = `${hit.committee ?? t('common_unknownCommittee')} · ${formatDate(hit.meetingDate)} · ${t('card_itemNo', String(hit.itemNumber))}`;
            return (
              <li key={hit.itemId}>
                <div class="label">{label}</div>
                {href !== null ? (
                  <a href={href} target="_top">
                    {hit.title}
                  </a>
                ) : (
                  <span>{hit.title}</span>
                )}{' '}
                <OutcomeBadge outcome={hit.outcome} />
              </li>
            );
          })}
        </ul>
      )}
      {related.state === 'done' && props.openCase ? (
        <div class="bar" style={{ marginTop: '.4em' }}>
          <button
            class="icon-btn"
            type="button"
            data-action="open-case"
            onClick={() => props.openCase?.(related.municipalityKey, props.normalized)}
          >
            {t('card_openCase')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
