/**
 * `items`: the parser's items without their section bodies and source spans, each keyed by its
 * meeting and number and indexed by case (`*caseKeys`) for lookups across meetings. They travel
 * in the export file inside their meeting (./meetings.ts).
 */
import { z } from 'zod';
import { ItemSchema } from '../../model.ts';
import { DateSchema } from './fields.ts';
import type { TableDef } from './table.ts';

/** The stored part of an item: the parser's Item without its section bodies and source span. */
export const StoredItemFieldsSchema = ItemSchema.omit({ sectionTexts: true, span: true, decisionSpan: true });
export type StoredItemFields = z.infer<typeof StoredItemFieldsSchema>;

export const ItemRowSchema = StoredItemFieldsSchema.extend({
  id: z.string(),
  meetingId: z.string(),
  municipalityKey: z.string(),
  meetingDate: DateSchema.nullable(),
  meetingCommittee: z.string().nullable(),
  /** `<municipality key>|<normalised case number>` for each case number (multi-entry index). */
  caseKeys: z.array(z.string()),
});
export type ItemRow = z.infer<typeof ItemRowSchema>;

export const itemsTable: TableDef<ItemRow> = {
  indexes: 'id, meetingId, *caseKeys, meetingDate',
  row: ItemRowSchema,
  exported: { section: 'meetings' },
};
