/**
 * Bookmarks as CSV for Excel in Danish: UTF-8 with a byte order mark (so Excel reads æøå),
 * `;` between fields (Danish Excel's list separator), CRLF between rows, fields quoted when
 * needed with quotes doubled, and cells that Excel would take for a formula (starting with
 * = + - @, tab or carriage return) prefixed with ' so they stay text.
 */
import type { Outcome } from '../model.ts';
import type { BookmarkView } from './tables/bookmarks.ts';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export const CSV_HEADERS = [
  'Kommune',
  'Udvalg',
  'Mødedato',
  'Punkt',
  'Titel',
  'Sagsnumre',
  'Beslutning',
  'Udfald',
  'Mærker',
  'Note',
  'Status',
  'Link',
  'Oprettet',
  'Ændret',
] as const;

export const OUTCOME_LABELS_DA: Record<Outcome, string> = {
  approved: 'Godkendt',
  recommended: 'Anbefalet',
  noted: 'Taget til efterretning',
  discussed: 'Drøftet',
  postponed: 'Udsat',
  rejected: 'Afvist',
  not_released: 'Ikke frigivet',
  mixed: 'Blandet',
  none: 'Ingen beslutning',
  other: 'Andet',
};

/** One cell: guarded against formulas, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  if (/[";\r\n]/.test(v) || v !== v.trim()) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function bookmarksToCsv(bookmarks: readonly BookmarkView[]): string {
  const rows: string[][] = [[...CSV_HEADERS]];
  for (const b of bookmarks) {
    rows.push([
      b.municipality ?? '',
      b.meetingCommittee ?? '',
      b.meetingDate ?? '',
      String(b.itemNumber),
      b.title,
      b.caseNumbers.join(', '),
      b.decision ?? '',
      OUTCOME_LABELS_DA[b.outcome],
      b.tags.join(', '),
      b.note,
      b.missingSince === null ? 'Fundet' : 'Ikke fundet på siden',
      b.url,
      localTime(b.createdAt),
      localTime(b.updatedAt),
    ]);
  }
  return CSV_BOM + rows.map((r) => r.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}
