/** The current page at a glance: meeting, items, decisions, bookmarks; or why there is nothing. */
import type { PageSummary } from '../lib/messages.ts';
import { formatDate, t } from '../lib/i18n.ts';

export type PageState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  /** The tab shows a PDF (the browser's viewer, where no content script runs): the reader reads it. */
  | { status: 'pdf'; url: string }
  | { status: 'no-answer'; tabId: number }
  | { status: 'analysing'; tabId: number }
  | { status: 'failed'; tabId: number }
  | { status: 'summary'; tabId: number; summary: PageSummary };

interface Props {
  state: PageState;
  /** Bookmarks of this page in the store (by URL or meeting). */
  bookmarked: number;
  onAnalyse: (tabId: number) => void;
  onAnnotations: (tabId: number, on: boolean) => void;
  onOpenPdf: (url: string) => void;
}

export function PageCard({ state, bookmarked, onAnalyse, onAnnotations, onOpenPdf }: Props) {
  const analyse = (tabId: number) => (
    <button type="button" class="primary" onClick={() => onAnalyse(tabId)}>
      {t('popup_analyse')}
    </button>
  );
  let body;
  switch (state.status) {
    case 'loading':
      body = <p class="muted">{t('popup_pageLoading')}</p>;
      break;
    case 'unsupported':
      body = <p class="muted">{t('popup_pageUnsupported')}</p>;
      break;
    case 'pdf':
      body = (
        <>
          <p>{t('popup_pagePdf')}</p>
          <button type="button" class="primary" data-action="open-pdf" onClick={() => onOpenPdf(state.url)}>
            {t('popup_openPdf')}
          </button>
        </>
      );
      break;
    case 'analysing':
      body = <p class="muted">{t('popup_pageAnalysing')}</p>;
      break;
    case 'no-answer':
      body = (
        <>
          <p>{t('popup_pageNotRun')}</p>
          {analyse(state.tabId)}
        </>
      );
      break;
    case 'failed':
      body = (
        <>
          <p class="error">{t('popup_pageAnalyseFailed')}</p>
          {analyse(state.tabId)}
        </>
      );
      break;
    case 'summary': {
      const { summary } = state;
      if (!summary.analysed) {
        body = (
          <>
            <p>{t('popup_pageNoMinutes')}</p>
            {analyse(state.tabId)}
          </>
        );
        break;
      }
      const m = summary.meeting;
      body = (
        <>
          <p class="meeting-title">
            {m?.committee ?? summary.title}
            {m?.date ? ` · ${formatDate(m.date)}` : ''}
          </p>
          {m?.municipality ? <p class="muted">{m.municipality}</p> : null}
          <p class="page-counts" data-testid="page-counts">
            {t('popup_pageCounts', [summary.itemCount, summary.decisionCount, bookmarked])}
          </p>
          <button type="button" data-testid="toggle-annotations" aria-pressed={summary.annotationsOn} onClick={() => onAnnotations(state.tabId, !summary.annotationsOn)}>
            {summary.annotationsOn ? t('popup_annotationsOff') : t('popup_annotationsOn')}
          </button>
        </>
      );
    }
  }
  return (
    <section class="card page-card" aria-label={t('popup_pageHeading')}>
      <h2>{t('popup_pageHeading')}</h2>
      {body}
    </section>
  );
}
