/**
 * The `news` table (schema version 4): the "Nyt" list — one row per match of a follow in a
 * newly published meeting (lib/follows/model.ts NewsRowSchema).
 *
 * Indexes: `&key` makes the same match impossible to store twice; `unread` (0/1) counts the badge;
 * `followId` removes a follow's entries with it; `updatedAt` orders the list.
 *
 * Export: not in the export file. Entries are what checks found in this browser; a follow
 * imported elsewhere starts with its own checks there.
 */
import * as z from 'zod/mini';
import { NewsRowSchema, type NewsRow } from '../../follows/model.ts';
import { formatIssue } from '../validate.ts';

export const NEWS_TABLE = 'news';
export const NEWS_INDEXES = 'id, &key, followId, unread, updatedAt';

export { NewsRowSchema, type NewsRow };

/** Rows that pass the schema; a row that does not is left alone, reported on the console, and not shown. */
export function readNewsRows(rows: readonly unknown[]): NewsRow[] {
  const out: NewsRow[] = [];
  for (const row of rows) {
    const parsed = z.safeParse(NewsRowSchema, row);
    if (parsed.success) out.push(parsed.data);
    else console.warn(`[sagsspor] unreadable row in news: ${formatIssue(parsed.error.issues[0])}`);
  }
  return out;
}
