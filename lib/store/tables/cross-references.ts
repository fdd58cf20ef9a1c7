/**
 * `crossReferences`: the references inside items ("sag nr. 7", "bilag 1"), derived from the
 * items by the parser and computed again on import, and the user's manual "se også" links
 * (`id` `link:<uuid>`, `kind: 'manual'`, a note and a snapshot of both items; kept when a
 * meeting is read again, lib/store/links.ts). Only the manual links are the export file's `links`.
 */
import { z } from 'zod';
import { LinkEndSchema } from '../../messages/trail.ts';
import { isStorableAddress, refusedAddress, safeLink } from '../../net/safe-link.ts';
import type { ImportError } from '../transfer.ts';
import { LIMITS } from '../limits.ts';
import { rekeyLinkEnd } from '../rekey.ts';
import { parseRows } from '../validate.ts';
import { TimestampSchema } from './fields.ts';
import type { ExportSection, TableDef } from './table.ts';

export const CrossReferenceRowSchema = z.object({
  id: z.string(),
  fromItemId: z.string(),
  /** The referenced item in the same meeting, when the meeting has it. */
  toItemId: z.string().nullable(),
  kind: z.enum(['item', 'attachment']),
  target: z.number().int(),
  raw: z.string(),
});
export type CrossReferenceRow = z.infer<typeof CrossReferenceRowSchema>;

export const LINK_ID_PREFIX = 'link:';

export const ManualLinkRowSchema = z.object({
  id: z.string().startsWith(LINK_ID_PREFIX),
  kind: z.literal('manual'),
  fromItemId: z.string().min(1),
  toItemId: z.string().min(1),
  note: z.string().max(LIMITS.note),
  createdAt: TimestampSchema,
  from: LinkEndSchema,
  to: LinkEndSchema,
});
export type ManualLinkRow = z.infer<typeof ManualLinkRowSchema>;

export const crossReferencesTable: TableDef<CrossReferenceRow | ManualLinkRow> = {
  indexes: 'id, fromItemId, toItemId',
  row: z.union([CrossReferenceRowSchema, ManualLinkRowSchema]),
  exported: { section: 'links' },
};

// ---------------------------------------------------------------------------------------------
// The export file's `links` (since version 2)

/** A manual "se også" link, as stored (each end keeps a snapshot of its item). */
export const ExportLinkSchema = z.strictObject(ManualLinkRowSchema.shape);
export type ExportLink = z.infer<typeof ExportLinkSchema>;

const pairOf = (l: Pick<ManualLinkRow, 'fromItemId' | 'toItemId'>) => [l.fromItemId, l.toItemId].sort().join('\u0000');

/** Manual links; on import matched by id, then by the pair of items (either way round); a known link is kept as it is. */
export const linksSection: ExportSection<ExportLink[], { added: number; unchanged: number }> = {
  since: 2,
  schema: z.array(ExportLinkSchema),
  empty: [],
  async read(db) {
    // The table also holds the parser's references, derived again on import: only manual links go out.
    const manual = (await db.crossReferences.toArray()).filter((r) => r.id.startsWith(LINK_ID_PREFIX));
    return parseRows(ManualLinkRowSchema, manual, 'crossReferences').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  },
  checkAddresses(links) {
    for (const [i, l] of links.entries()) {
      for (const [end, url] of [['from', l.from.url], ['to', l.to.url]] as const) {
        if (url !== null && !isStorableAddress(url)) return { kind: 'unsafe-address', path: `links[${i}].${end}.url`, detail: refusedAddress(url) };
      }
    }
    for (const [i, l] of links.entries()) {
      for (const [end, link] of [['from', l.from.link], ['to', l.to.link]] as const) {
        if (link !== null && safeLink(link) === null) return { kind: 'unsafe-address', path: `links[${i}].${end}.link`, detail: refusedAddress(link) };
      }
    }
    return null;
  },
  checkEntries(links): ImportError | null {
    const ids = new Map<string, number>();
    const pairs = new Map<string, number>();
    for (const [i, l] of links.entries()) {
      const firstId = ids.get(l.id);
      if (firstId !== undefined) return { kind: 'duplicate', path: `links[${i}].id`, detail: `the id "${l.id.slice(0, 60)}" is also used by links[${firstId}]` };
      ids.set(l.id, i);
      if (l.fromItemId === l.toItemId) return { kind: 'invalid', path: `links[${i}].toItemId`, detail: 'an item cannot be linked to itself' };
      const firstPair = pairs.get(pairOf(l));
      if (firstPair !== undefined) return { kind: 'duplicate', path: `links[${i}]`, detail: `the same two items as links[${firstPair}]` };
      pairs.set(pairOf(l), i);
    }
    return null;
  },
  async merge(db, links) {
    const summary = { added: 0, unchanged: 0 };
    const local = (await db.crossReferences.toArray()).filter((r) => r.id.startsWith(LINK_ID_PREFIX)) as unknown as ManualLinkRow[];
    const knownIds = new Set(local.map((l) => l.id));
    const knownPairs = new Set(local.map(pairOf));
    const toAdd: ManualLinkRow[] = [];
    for (const original of links) {
      // A file made before identity by host names its items by their text's municipality.
      const from = rekeyLinkEnd(original.from);
      const to = rekeyLinkEnd(original.to);
      const l: ManualLinkRow = { ...original, from, to, fromItemId: from.itemId, toItemId: to.itemId };
      if (knownIds.has(l.id) || knownPairs.has(pairOf(l))) {
        summary.unchanged++;
        continue;
      }
      toAdd.push(l);
      knownPairs.add(pairOf(l));
      summary.added++;
    }
    await db.table<ManualLinkRow, string>('crossReferences').bulkAdd(toAdd);
    return summary;
  },
};
