/**
 * Recognising a FirstAgenda Publication page by its markup, without reading its text. Meeting
 * and listing pages carry the same `input#apiurl`; a meeting page has its item table even before
 * the rows arrive by script, a listing has the search results.
 */
import type { PageKind } from '../types.ts';
import { IDS, SELECTORS as S } from './selectors.ts';

/** The site's markup signature: true on minutes and listing pages alike. */
export function isFirstAgendaPage(doc: Document): boolean {
  const api = doc.querySelector(S.apiUrl);
  if (api !== null && (api.getAttribute('value') ?? '').includes('publication.firstagenda.com')) return true;
  return doc.querySelector(S.itemTableRow) !== null;
}

export type FirstAgendaPageKind = PageKind | 'other';

/** What kind of FirstAgenda page this is. */
export function firstAgendaPageKind(doc: Document): FirstAgendaPageKind {
  if (doc.querySelector(S.meetingMarks) !== null) return 'meeting';
  if (doc.querySelector(S.listingMarks) !== null) return 'listing';
  return 'other';
}

/**
 * The portal's ids, looked up in constant time on any page: a page with neither is not looked
 * at further here (saved and exported pages without them are found by their item rows).
 */
export function firstAgendaSignature(doc: Document): PageKind | null {
  const table = doc.getElementById(IDS.itemTable);
  if (doc.getElementById(IDS.apiUrl) === null && table === null) return null;
  const kind = isFirstAgendaPage(doc) ? firstAgendaPageKind(doc) : 'other';
  if (kind === 'meeting' || table !== null) return 'meeting';
  return kind === 'listing' ? 'listing' : null;
}
