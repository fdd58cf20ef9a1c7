import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FROZEN_SCHEMA_V1 } from '../fixtures/store-v1/schema.ts';
import { SCHEMA_V1, SCHEMA_VERSION, SagssporDB } from '../../lib/store/db.ts';
import { listBookmarks, updateBookmark } from '../../lib/store/bookmarks.ts';
import { lookupCase } from '../../lib/store/meetings.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { exportAll, importBackup, serialiseExport } from '../../lib/store/transfer.ts';
import { snapshot } from './store-helpers.ts';

const rows = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/store-v1/rows.json', import.meta.url)), 'utf8')) as Record<string, unknown[]>;

async function writeWithV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(FROZEN_SCHEMA_V1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, data] of Object.entries(rows)) await old.table(table).bulkAdd(data);
  });
  old.close();
}

describe('a store written by schema v1 opens with the current code', () => {
  it('version 1 of the schema was not edited in place', () => {
    expect(SCHEMA_V1).toEqual(FROZEN_SCHEMA_V1);
  });

  it('reads bookmarks, notes, tags, settings and case lookups, and can still be written', async () => {
    const name = `sagsspor-v1-${Math.random()}`;
    await writeWithV1(name);
    const db = new SagssporDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    const bookmarks = await listBookmarks(db);
    expect(bookmarks.map((b) => [b.id, b.itemNumber, b.tags])).toEqual([
      ['v1-bookmark-1', 1, ['Skole', 'Høring']],
      ['v1-bookmark-2', 2, ['Skole']],
    ]);
    expect(bookmarks[0]!.note).toBe('Ring til forvaltningen <før> 1. april & følg op.');
    expect(bookmarks[1]!.missingSince).toBe('2024-04-01T12:00:00.000Z');
    expect(bookmarks[1]!.decision).toBe('1. Anbefales.\n2. Udsat.');

    const trail = await lookupCase(db, 'lejre', '24-002111');
    expect(trail.map((i) => [i.meetingDate, i.number])).toEqual([['2024-03-12', 1]]);
    expect((await db.bookmarks.where('tags').equals('Skole').count())).toBe(2);

    const settings = await getSettings(db);
    expect(settings.locale).toBe('en');
    expect(settings.colours.positive).toBe('#116329');

    const edited = await updateBookmark(db, 'v1-bookmark-2', { tags: ['Skole', 'Ny'] });
    expect(edited.tags).toEqual(['Skole', 'Ny']);
    db.close();
  });

  it('exports and re-imports a v1 store identically', async () => {
    const name = `sagsspor-v1-${Math.random()}`;
    await writeWithV1(name);
    const db = new SagssporDB(name);
    const before = await snapshot(db);
    const text = serialiseExport(await exportAll(db));
    const other = new SagssporDB(`${name}-copy`);
    expect((await importBackup(other, text)).ok).toBe(true);
    expect(await snapshot(other)).toEqual(before);
  });
});
