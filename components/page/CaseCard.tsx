/**
 * The card of a case number: its format, the normalised number, copy, and the same case in
 * other meetings (from the store), each a link to that exact item.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseHit } from '../../lib/messages.ts';
import { formatDate, t } from '../../lib/i18n.ts';
import { OutcomeBadge } from './OutcomeBadge.tsx';

export interface CaseCardProps {
  raw: string;
  normalized: string;
  format: string;
  /** Where the card opens (viewport coordinates of the mark). */
  at: { top: number; left: number };
  /** The item the mark is in, left out of "elsewhere". */
  hereUrl: string;
  hereItem: number | null;
  lookup(): Promise<CaseHit[] | null>;
  copy(text: string): Promise<boolean>;
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

type Related = { state: 'loading' } | { state: 'failed' } | { state: 'done'; hits: CaseHit[] };

export function itemLink(hit: Pick<CaseHit, 'url' | 'itemNumber'>): string | null {
  if (hit.url === null) return null;
  const base = hit.url.split('#')[0]!;
  return `${base}#sagsspor-item=${hit.itemNumber}`;
}

export function CaseCard(props: CaseCardProps) {
  const [related, setRelated] = useState<Related>({ state: 'loading' });
  const [copied, setCopied] = useState<boolean | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    props.lookup().then(
      (hits) => live && setRelated(hits === null ? { state: 'failed' } : { state: 'done', hits }),
      () => live && setRelated({ state: 'failed' }),
    );
    ref.current?.focus();
    return () => {
      live = false;
    };
  }, [props.normalized]);

  const here = props.hereUrl.split('#')[0];
  const others =
    related.state === 'done' ? related.hits.filter((h) => !(h.url?.split('#')[0] === here && h.itemNumber === props.hereItem)) : [];
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
            const href = itemLink(hit);
            const label = `${hit.committee ?? t('common_unknownCommittee')} · ${formatDate(hit.meetingDate)} · ${t('card_itemNo', String(hit.itemNumber))}`;
            return (
              <li key={`${hit.meetingId}-${hit.itemNumber}`}>
                <div class="label">{label}</div>
                {href !== null && /^https?:/i.test(href) ? (
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
    </div>
  );
}
