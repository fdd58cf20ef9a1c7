/** `notes`: one note per bookmark, keyed by the bookmark's id. It travels inside its bookmark in the export file (./bookmarks.ts). */
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { TimestampSchema } from './fields.ts';
import type { TableDef } from './table.ts';

export const NoteRowSchema = z.object({
  bookmarkId: z.string(),
  text: z.string().max(LIMITS.note),
  updatedAt: TimestampSchema,
});
export type NoteRow = z.infer<typeof NoteRowSchema>;

export const notesTable: TableDef<NoteRow> = {
  indexes: 'bookmarkId, updatedAt',
  row: NoteRowSchema,
  exported: { section: 'bookmarks' },
};
