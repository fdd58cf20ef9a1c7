/**
 * What a table of the store declares (its file in this folder): its Dexie indexes, the schema
 * of its rows, and how its rows travel in an export file — in a section of the file, whose
 * reading and merging its file defines, or not at all, and why.
 */
import type { z } from 'zod';
import type { SagssporDB } from '../db.ts';
import type { ImportError } from '../transfer.ts';
import type { TagVocabulary } from './tags.ts';

/** The sections of an export file (lib/store/tables/index.ts has one per key). */
export type ExportSectionKey = 'meetings' | 'bookmarks' | 'tags' | 'links' | 'settings' | 'follows';

export interface TableDef<Row> {
  /**
   * Dexie's index spec, primary key first (`&` unique, `*` multi-entry): the table as the
   * newest schema version has it. Changing it takes a new version in db.ts (a test checks they agree).
   */
  readonly indexes: string;
  /** A row as stored; rows read back are validated with it (a schema of either Zod flavour: the follows' are zod/mini). */
  readonly row: z.core.$ZodType<Row>;
  /** Where its rows go in an export file, or why they stay out. */
  readonly exported: { readonly section: ExportSectionKey } | { readonly notExported: string };
}

/** What a merge shares across sections, inside the import's one transaction. */
export interface MergeContext {
  now: Date;
  /** The tag vocabulary: the tag list and every bookmark's tags go through it. */
  tags: TagVocabulary;
}

/** One top-level key of the export file: its schema, and how the store writes and reads it. */
export interface ExportSection<Value, Summary> {
  /** The file version that added the section: an older file is read with `empty` in its place. */
  readonly since: number;
  /** The section in the file. Strict objects: a field this Sagsspor does not know is an error. */
  readonly schema: z.core.$ZodType<Value>;
  readonly empty: Value;
  /** The store's rows as the section, in a fixed order (equal stores give equal files). */
  read(db: SagssporDB): Promise<Value>;
  /** An address the store must not keep (`unsafe-address`); checked after every section's schema and lengths. */
  checkAddresses?(value: Value): ImportError | null;
  /** Entries that contradict each other (`duplicate`, …); checked after every section's addresses. */
  checkEntries?(value: Value): ImportError | null;
  /** Merge the section into the store; runs inside the import's one transaction over every table. */
  merge(db: SagssporDB, value: Value, context: MergeContext): Promise<Summary>;
}
