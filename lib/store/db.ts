/**
 * The Sagsspor database: one Dexie database in the extension's own origin (background service
 * worker and extension pages; never a content script, whose IndexedDB belongs to the page's site).
 *
 * Schema versions are append-only. To change the schema, add `this.version(N + 1).stores({...})`
 * (only the tables that change) with an `.upgrade(tx => ...)` when rows must be rewritten, bump
 * SCHEMA_VERSION, keep every earlier `version()` call, and add a frozen fixture under
 * test/fixtures/store-v<N>/ (see test/unit/store-migration.test.ts).
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type {
  BookmarkRow,
  CrossReferenceRow,
  ItemRow,
  MeetingRow,
  NoteRow,
  SettingRow,
  TagRow,
} from './schemas.ts';
import { rekeyByHost } from './rekey.ts';
import { isStorageUnavailable } from './unavailable.ts';
import type { LinkEnd } from '../trail/contract.ts';
import { FOLLOWS_INDEXES, type FollowRow } from './tables/follows.ts';
import { NEWS_INDEXES, type NewsRow } from './tables/news.ts';

export const DB_NAME = 'sagsspor';
export const SCHEMA_VERSION = 4;

/** Version 1 of the stores. Never edit a released version: add a new one. */
export const SCHEMA_V1 = {
  meetings: 'id, municipalityKey, date, pageKey, seenAt',
  items: 'id, meetingId, *caseKeys, meetingDate',
  crossReferences: 'id, fromItemId, toItemId',
  bookmarks: 'id, &identity, meetingId, pageKey, *caseKeys, *tags, meetingDate, updatedAt',
  notes: 'bookmarkId, updatedAt',
  tags: 'name',
  settings: 'key',
} as const;

export type TableName = keyof typeof SCHEMA_V1;
export const TABLE_NAMES = Object.keys(SCHEMA_V1) as TableName[];
/** Tables of version 4: follows and their news (lib/store/tables/). */
export const FOLLOW_TABLE_NAMES = ['follows', 'news'] as const;

export class SagssporDB extends Dexie {
  meetings!: Table<MeetingRow, string>;
  items!: Table<ItemRow, string>;
  crossReferences!: Table<CrossReferenceRow, string>;
  bookmarks!: Table<BookmarkRow, string>;
  notes!: Table<NoteRow, string>;
  tags!: Table<TagRow, string>;
  settings!: Table<SettingRow, string>;
  follows!: Table<FollowRow, string>;
  news!: Table<NewsRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // Version 2: the same stores; a meeting's municipality is keyed by its site, not its text
    // (lib/store/keys.ts), so every derived key is computed again from the rows' addresses.
    this.version(2)
      .stores(SCHEMA_V1)
      .upgrade(async (tx) => {
        const tables = ['meetings', 'items', 'crossReferences', 'bookmarks'] as const;
        const [meetings, items, crossReferences, bookmarks] = await Promise.all(tables.map((t) => tx.table(t).toArray()));
        const next = rekeyByHost({ meetings: meetings as MeetingRow[], items: items as ItemRow[], crossReferences: crossReferences as (CrossReferenceRow & { from?: LinkEnd; to?: LinkEnd })[], bookmarks: bookmarks as BookmarkRow[] });
        for (const t of tables) await tx.table(t).clear();
        await tx.table('meetings').bulkAdd(next.meetings);
        await tx.table('items').bulkAdd(next.items);
        await tx.table('crossReferences').bulkAdd(next.crossReferences);
        await tx.table('bookmarks').bulkAdd(next.bookmarks);
      });
    // Version 4 (issue 17): followed cases, committees and searches, and what their checks found
    // ("Nyt"). Version 3 is the archive jobs' table; Dexie allows a gap in the numbers.
    this.version(4).stores({ follows: FOLLOWS_INDEXES, news: NEWS_INDEXES });
  }

  /** Every table, for transactions that must see the whole store (import, delete everything). */
  allTables(): Table[] {
    return [...TABLE_NAMES, ...FOLLOW_TABLE_NAMES].map((n) => this.table(n));
  }
}

export function openDb(name: string = DB_NAME, options?: DexieOptions): SagssporDB {
  return new SagssporDB(name, options);
}

/** Open the database; false when the browser will not (the pages then say that nothing is saved). */
export async function storageAvailable(db: SagssporDB): Promise<boolean> {
  try {
    await db.open();
    return true;
  } catch (error) {
    if (isStorageUnavailable(error)) return false;
    throw error;
  }
}

/** Empty every table in one transaction. */
export async function deleteEverything(db: SagssporDB): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    await Promise.all(db.allTables().map((t) => t.clear()));
  });
}

/**
 * Ask the browser to keep the data under storage pressure. Only extension pages can ask
 * (StorageManager.persist is not exposed to service workers); unlimitedStorage in the manifest
 * covers the quota. Returns whether the storage is persistent, or null when it cannot be asked.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    if (typeof storage.persist === 'function') return await storage.persist();
  } catch {
    // Not allowed in this context.
  }
  return null;
}
