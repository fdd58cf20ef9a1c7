/**
 * FirstAgenda Publication's whole-meeting PDF: the id on its "Hent hele referatet" button
 * (`#hentHeledagsorden[data-id]`) and the site's own route for it.
 */
import type { MeetingPdf } from '../types.ts';
import { SELECTORS as S } from './selectors.ts';

/** The PDF of the meeting with this id on the portal at `origin`; null for an id of another shape. */
export function firstAgendaMeetingPdf(origin: string, id: string): string | null {
  if (!/^[0-9a-f-]{8,64}$/i.test(id)) return null;
  return `${origin}/vis/pdf/dagsorden/${id}/?redirectDirectlyToPdf=true`;
}

/** The page's download button and the PDF it stands for. */
export function meetingPdfOnPage(doc: Document, url: string): MeetingPdf | null {
  const download = doc.querySelector(S.meetingPdfButton);
  if (download === null) return null;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  const pdfUrl = firstAgendaMeetingPdf(origin, download.getAttribute('data-id') ?? '');
  return pdfUrl === null ? null : { url: pdfUrl, beside: download };
}
