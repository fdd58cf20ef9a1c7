/**
 * Every table of the store, and the sections of the export file. A new table is a file in this
 * folder (its indexes, row schema and export decision), a line in TABLES, a schema version in
 * db.ts, and — when it is exported — a section here (see lib/store/README.md).
 */
import { archiveJobsTable } from './archive-jobs.ts';
import { bookmarksSection, bookmarksTable } from './bookmarks.ts';
import { crossReferencesTable, linksSection } from './cross-references.ts';
import { followsSection, followsTable } from './follows.ts';
import { itemsTable } from './items.ts';
import { meetingsSection, meetingsTable } from './meetings.ts';
import { newsTable } from './news.ts';
import { notesTable } from './notes.ts';
import { settingsSection, settingsTable } from './settings.ts';
import type { ExportSectionKey } from './table.ts';
import { tagsSection, tagsTable } from './tags.ts';

export const TABLES = {
  meetings: meetingsTable,
  items: itemsTable,
  crossReferences: crossReferencesTable,
  bookmarks: bookmarksTable,
  notes: notesTable,
  tags: tagsTable,
  settings: settingsTable,
  archiveJobs: archiveJobsTable,
  follows: followsTable,
  news: newsTable,
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The export file's sections, in the file's order. */
export const EXPORT_SECTIONS = {
  meetings: meetingsSection,
  bookmarks: bookmarksSection,
  tags: tagsSection,
  links: linksSection,
  settings: settingsSection,
  follows: followsSection,
} as const satisfies Record<ExportSectionKey, unknown>;

/** The order of merging: tags before bookmarks, so a bookmark's tag takes the spelling and colour of the file's tag list. */
export const MERGE_ORDER = ['meetings', 'tags', 'bookmarks', 'links', 'settings', 'follows'] as const satisfies readonly ExportSectionKey[];
