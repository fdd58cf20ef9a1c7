/**
 * `tags`: the tag vocabulary, one row per name with its spelling and colour. The export file's
 * `tags`; a name that differs from a local tag only by case takes the local spelling.
 */
import { z } from 'zod';
import type { SagssporDB } from '../db.ts';
import { normaliseTag } from '../keys.ts';
import { LIMITS } from '../limits.ts';
import { parseRows } from '../validate.ts';
import { HexColourSchema, TimestampSchema } from './fields.ts';
import type { ExportSection, TableDef } from './table.ts';

/** Tag names: 1–60 characters, no line breaks or control characters. */
export const TagNameSchema = z
  .string()
  .min(1)
  .max(LIMITS.tag)
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'a tag cannot contain line breaks or control characters')
  .refine((s) => s.trim() === s && s.trim() !== '', 'a tag cannot start or end with spaces');

export const TagRowSchema = z.object({
  name: TagNameSchema,
  colour: HexColourSchema.nullable(),
  createdAt: TimestampSchema,
});
export type TagRow = z.infer<typeof TagRowSchema>;

export const tagsTable: TableDef<TagRow> = {
  indexes: 'name',
  row: TagRowSchema,
  exported: { section: 'tags' },
};

/**
 * The tag vocabulary during an import: names are matched without regard to case, a known name
 * keeps its spelling (and takes a colour when it has none), a new one is added. Written with
 * `save` at the end of the import's transaction.
 */
export class TagVocabulary {
  /** Tags added so far (the import's summary). */
  readonly counts = { added: 0 };
  private readonly byLower: Map<string, TagRow>;
  private readonly changed = new Map<string, TagRow>();

  private constructor(rows: readonly TagRow[]) {
    this.byLower = new Map(rows.map((t) => [t.name.toLocaleLowerCase('da'), t]));
  }

  static async load(db: SagssporDB): Promise<TagVocabulary> {
    return new TagVocabulary(await db.tags.toArray());
  }

  /** The name as the store spells it. */
  ensure(name: string, colour: string | null, createdAt: string): string {
    const n = normaliseTag(name);
    const key = n.toLocaleLowerCase('da');
    const known = this.byLower.get(key);
    if (known) {
      if (known.colour === null && colour !== null) {
        const next = { ...known, colour };
        this.byLower.set(key, next);
        this.changed.set(key, next);
      }
      return known.name;
    }
    const row: TagRow = { name: n, colour, createdAt };
    this.byLower.set(key, row);
    this.changed.set(key, row);
    this.counts.added++;
    return n;
  }

  async save(db: SagssporDB): Promise<void> {
    await db.tags.bulkPut([...this.changed.values()]);
  }
}

// ---------------------------------------------------------------------------------------------
// The export file's `tags`

export const ExportTagSchema = z.strictObject(TagRowSchema.shape);

export const tagsSection: ExportSection<TagRow[], { added: number }> = {
  since: 1,
  schema: z.array(ExportTagSchema),
  empty: [],
  async read(db) {
    return parseRows(TagRowSchema, await db.tags.toArray(), 'tags').sort((a, b) => a.name.localeCompare(b.name, 'da'));
  },
  checkEntries(tags) {
    const names = new Map<string, number>();
    for (const [i, t] of tags.entries()) {
      const key = t.name.toLocaleLowerCase('da');
      const first = names.get(key);
      if (first !== undefined) return { kind: 'duplicate', path: `tags[${i}].name`, detail: `the tag "${t.name}" is also tags[${first}]` };
      names.set(key, i);
    }
    return null;
  },
  async merge(_db, tags, { tags: vocabulary }) {
    for (const t of tags) vocabulary.ensure(t.name, t.colour, t.createdAt);
    // The bookmarks' merge adds their new tags through the same vocabulary: this count includes them.
    return vocabulary.counts;
  },
};
