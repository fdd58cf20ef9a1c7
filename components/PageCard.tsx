/**
 * The current page at a glance, in the state it is really in: annotated (meeting, items,
 * decisions, bookmarks; "Skjul markeringer"), hidden ("Vis markeringer igen"), not minutes,
 * not allowed (how to allow the site), or why there is nothing.
 */
import type { PageSummary } from '../lib/messages/parts.ts';
import { formatDate, t } from '../lib/i18n/index.ts';

export type PageState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  /** The tab shows a PDF (the browser's viewer, where no content script runs): the reader reads it. */
  | { status: 'pdf'; url: string }
  /** No content script answered: the site is not one Sagsspor may read by itself. */
  | { status: 'no-answer'; tabId: number; host: string; denied?: boolean }
  | { status: 'analysing'; tabId: number }
  | { status: 'failed'; tabId: number }
  | { status: 'summary'; tabId: number; summary: PageSummary };

interface Props {
  state: PageState;
  /** Bookmarks of this page in the store (by URL or meeting). */
  bookmarked: number;
  onAnalyse: (tabId: number) => void;
  /** Ask for the site's permission (from the click), then read the page. */
  onAllow: (tabId: number) => void;
  onOpenOptions: () => void;
  onAnnotations: (tabId: number, on: boolean) => void;
  onOpenPdf: (url: string) => void;
}

export function PageCard({ state, bookmarked, onAnalyse, onAllow, onOpenOptions, onAnnotations, onOpenPdf }: Props) {
  const analyse = (tabId: number, label = t('popup_analyse'), primary = true) => (
    <button type="button" class={primary ? 'primary' : undefined} data-action="analyse" onClick={() => onAnalyse(tabId)}>
      {label}
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
        <div data-state="not-allowed">
          <p>{t('popup_pageNotAllowed', state.host)}</p>
          <div class="row">
            <button type="button" class="primary" data-action="allow" onClick={() => onAllow(state.tabId)}>
              {t('popup_allowSite', state.host)}
            </button>
            {analyse(state.tabId, t('popup_analyseOnce'), false)}
          </div>
          {state.denied ? (
            <p class="error" role="alert">
              {t('popup_allowDenied')}
            </p>
          ) : null}
          <p class="muted small">
            <button type="button" class="link" onClick={onOpenOptions}>
              {t('popup_allowHint')}
            </button>
          </p>
        </div>
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
          <div data-state="not-minutes">
            <p>{t('popup_pageNoMinutes')}</p>
            <p class="muted">{t('popup_pageNoMinutesHint')}</p>
            {analyse(state.tabId)}
          </div>
        );
        break;
      }
      const m = summary.meeting;
      const meeting = (
        <>
          <p class="meeting-title">
            {m?.committee ?? summary.title}
            {m?.date ? ` · ${formatDate(m.date)}` : ''}
          </p>
          {m?.municipality ? <p class="muted">{m.municipality}</p> : null}
        </>
      );
      body = summary.annotationsOn ? (
        <div data-state="annotated">
          {meeting}
          <p class="page-counts" data-testid="page-counts">
            {t('popup_pageCounts', [summary.itemCount, summary.decisionCount, bookmarked])}
          </p>
          <button type="button" data-testid="toggle-annotations" onClick={() => onAnnotations(state.tabId, false)}>
            {t('popup_annotationsOff')}
          </button>
        </div>
      ) : (
        <div data-state="hidden">
          {meeting}
          <p>{t('popup_pageHidden')}</p>
          <button type="button" class="primary" data-testid="toggle-annotations" onClick={() => onAnnotations(state.tabId, true)}>
            {t('popup_annotationsShowAgain')}
          </button>
        </div>
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
