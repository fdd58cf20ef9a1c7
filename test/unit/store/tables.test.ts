/**
 * The tables' declarations agree with the database and the export file: each table's indexes
 * are those the newest schema version opens, and each table either travels in a section of the
 * export file or says why not.
 */
import { describe, expect, it } from 'vitest';
import { EXPORT_SECTIONS, MERGE_ORDER, TABLE_NAMES, TABLES } from '../../../lib/store/tables/index.ts';
import { EXPORT_VERSION } from '../../../lib/store/transfer.ts';
import { freshDb } from '../store-helpers.ts';

describe('the tables of the store', () => {
  it('are the tables the database opens, each with the indexes its file declares', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const name of TABLE_NAMES) {
      const { schema } = db.table(name);
      expect([schema.primKey.src, ...schema.indexes.map((i) => i.src)].join(', '), name).toBe(TABLES[name].indexes);
    }
    db.close();
  });

  it('each travel in a section of the export file, or say why they do not', () => {
    const sections = Object.keys(EXPORT_SECTIONS);
    for (const name of TABLE_NAMES) {
      const { exported } = TABLES[name];
      if ('section' in exported) expect(sections, name).toContain(exported.section);
      else expect(exported.notExported.length, name).toBeGreaterThan(20);
    }
    // Every section is some table's.
    const used = new Set(TABLE_NAMES.flatMap((n) => ('section' in TABLES[n].exported ? [(TABLES[n].exported as { section: string }).section] : [])));
    expect([...used].sort()).toEqual([...sections].sort());
    expect(TABLES.archiveJobs.exported).toHaveProperty('notExported');
  });

  it('merge every section of a file once, each added in a file version this Sagsspor reads', () => {
    expect([...MERGE_ORDER].sort()).toEqual(Object.keys(EXPORT_SECTIONS).sort());
    for (const section of Object.values(EXPORT_SECTIONS)) expect(section.since).toBeLessThanOrEqual(EXPORT_VERSION);
  });
});
