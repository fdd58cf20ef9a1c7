import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FROZEN_SCHEMA_V1 } from '../../fixtures/store-v1/schema.ts';
import { FROZEN_SCHEMA_V2 } from '../../fixtures/store-v2/schema.ts';
import { SCHEMA_V1, SCHEMA_VERSION, SagssporDB } from '../../../lib/store/db.ts';
import { listBookmarks, updateBookmark } from '../../../lib/store/bookmarks.ts';
import { lookupCase } from '../../../lib/store/meetings.ts';
import { linksOfItem } from '../../../lib/store/links.ts';
import { getSettings } from '../../../lib/store/settings.ts';
import { listJobs, loadJob, saveJob } from '../../../lib/systems/firstagenda/archive/job.ts';
import { exportAll, importBackup, serialiseExport } from '../../../lib/store/transfer.ts';
import { snapshot } from '../store-helpers.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/store-v1/${name}`, import.meta.url)), 'utf8');
const rows = JSON.parse(fixture('rows.json')) as Record<string, unknown[]>;
/** An export the code before identity by host made of these rows, with one manual link added (README). */
const EXPORT_BEFORE = fixture('export-before-host-keys.json');
const oldLinks = (JSON.parse(EXPORT_BEFORE) as { links: unknown[] }).links;
/** The fixture's pages are on lejre.dk, which is not a known minutes portal: after v2 they are filed under its origin. */
const SITE = 'https://lejre.dk';

/** Write a fixture's rows (and `extra` rows) with the frozen stores of its version, as the code of that version did. */
async function writeFrozen(name: string, version: number, stores: Record<string, string>, data: Record<string, unknown[]>, extra: Record<string, unknown[]> = {}): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of [...Object.entries(data), ...Object.entries(extra)]) await old.table(table).bulkAdd(tableRows);
  });
  old.close();
}

async function writeWithV1(name: string, extra: { crossReferences?: unknown[] } = {}): Promise<void> {
  await writeFrozen(name, 1, FROZEN_SCHEMA_V1, rows, extra);
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

    const trail = await lookupCase(db, SITE, '24-002111');
    expect(trail.map((i) => [i.meetingDate, i.number])).toEqual([['2024-03-12', 1]]);
    expect((await db.bookmarks.where('tags').equals('Skole').count())).toBe(2);

    const settings = await getSettings(db);
    expect(settings.locale).toBe('en');
    expect(settings.colours.positive).toBe('#116329');

    const edited = await updateBookmark(db, 'v1-bookmark-2', { tags: ['Skole', 'Ny'] });
    expect(edited.tags).toEqual(['Skole', 'Ny']);
    db.close();
  });

  it('re-keys every meeting, item, reference, link and bookmark by the site, losing nothing', async () => {
    const name = `sagsspor-v1-${Math.random()}`;
    await writeWithV1(name, { crossReferences: oldLinks });
    const db = new SagssporDB(name);
    await db.open();
    const counts = Object.fromEntries(await Promise.all(db.allTables().map(async (t) => [t.name, await t.count()] as const)));
    expect(counts).toEqual({ meetings: 1, items: 3, crossReferences: 2, bookmarks: 2, notes: 1, tags: 2, settings: 2, archiveJobs: 0, follows: 0, news: 0 });
    const [m] = await db.meetings.toArray();
    expect(m).toMatchObject({ id: `${SITE}|2024-03-12|økonomiudvalget`, municipalityKey: SITE, municipality: 'Lejre' });
    const items = await db.items.orderBy('id').toArray();
    expect(items.map((i) => i.id)).toEqual([1, 2, 3].map((n) => `${SITE}|2024-03-12|økonomiudvalget|#${n}`));
    expect(items[0]!.caseKeys).toEqual([`${SITE}|24-002111`]);
    // No key is left from the text: nothing is still filed under "lejre".
    expect(JSON.stringify(await snapshot(db))).not.toMatch(/"lejre\|/);
    const links = await linksOfItem(db, { itemId: items[0]!.id });
    expect(links.map((l) => [l.note, l.other.itemNumber])).toEqual([['Se også punkt 3', 3]]);
    const bookmarks = await listBookmarks(db);
    expect(bookmarks.map((b) => [b.id, b.identity, b.meetingId])).toEqual([
      ['v1-bookmark-1', `${SITE}|24-002111|2024-03-12|1`, m!.id],
      ['v1-bookmark-2', `${SITE}|24-000456|2024-03-12|2`, m!.id],
    ]);
    expect(bookmarks[0]!.note).toBe('Ring til forvaltningen <før> 1. april & følg op.');
    db.close();
  });

  it('imports an export made before identity by host under the same keys as the upgraded store', async () => {
    const name = `sagsspor-v1-${Math.random()}`;
    await writeWithV1(name, { crossReferences: oldLinks });
    const upgraded = new SagssporDB(name);
    const imported = new SagssporDB(`${name}-import`);
    expect((await importBackup(imported, EXPORT_BEFORE)).ok).toBe(true);
    const keysOf = async (db: SagssporDB) => ({
      meetings: (await db.meetings.toArray()).map((r) => [r.id, r.municipalityKey]),
      items: (await db.items.orderBy('id').toArray()).map((r) => [r.id, r.caseKeys]),
      bookmarks: (await db.bookmarks.orderBy('id').toArray()).map((r) => [r.id, r.identity, r.meetingId, r.caseKeys]),
      links: (await db.crossReferences.orderBy('id').toArray()).map((r) => [r.id, r.fromItemId, r.toItemId]),
      notes: await db.notes.toArray(),
    });
    expect(await keysOf(imported)).toEqual(await keysOf(upgraded));
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

const v2Rows = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/store-v2/rows.json', import.meta.url)), 'utf8')) as Record<string, { key?: string; value?: unknown }[]>;
const isJobSetting = (row: { key?: string }) => row.key?.startsWith('archive-job:') === true;

async function writeWithV2(name: string, extraSettings: { key: string; value: unknown }[] = []): Promise<void> {
  await writeFrozen(name, 2, FROZEN_SCHEMA_V2, v2Rows, { settings: extraSettings });
}

describe('a store written by schema v2 opens with the current code', () => {
  it('version 2 kept the stores of version 1', () => {
    expect(FROZEN_SCHEMA_V2).toEqual(SCHEMA_V1);
  });

  it('moves the archive jobs out of the settings into their own table, and loses nothing else', async () => {
    const name = `sagsspor-v2-${Math.random()}`;
    await writeWithV2(name);
    const db = new SagssporDB(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    const jobsBefore = v2Rows.settings!.filter(isJobSetting).map((r) => r.value);
    expect(jobsBefore).toHaveLength(2);
    expect(await db.archiveJobs.orderBy('origin').toArray()).toEqual(jobsBefore);
    expect((await db.settings.toArray()).filter(isJobSetting)).toEqual([]);

    const { archiveJobs, settings, follows, news, ...rest } = await snapshot(db);
    expect(archiveJobs).toHaveLength(2);
    // The follows' tables (version 4) start empty.
    expect(follows).toEqual([]);
    expect(news).toEqual([]);
    expect(settings).toEqual(v2Rows.settings!.filter((r) => !isJobSetting(r)));
    const { settings: _settings, ...restBefore } = v2Rows;
    expect(rest).toEqual(restBefore);
    expect((await getSettings(db)).locale).toBe('en');
    db.close();
  });

  it('the archive reads and resumes the moved jobs, and writes them to the new table', async () => {
    const name = `sagsspor-v2-${Math.random()}`;
    await writeWithV2(name);
    const db = new SagssporDB(name);
    expect((await listJobs(db)).map((j) => [j.origin, j.status, j.done.length, j.failed])).toEqual([
      ['https://dagsordener.hvidovre.dk', 'paused', 0, ['h-1']],
      ['https://dagsordener.lejre.dk', 'done', 2, []],
    ]);
    const paused = await loadJob(db, 'https://dagsordener.hvidovre.dk');
    expect(paused?.errors.map((e) => e.message)).toEqual(['HTTP 500 Internal Server Error']);
    await saveJob(db, { ...paused!, status: 'running', failed: [] });
    expect((await db.archiveJobs.get('https://dagsordener.hvidovre.dk'))?.status).toBe('running');
    expect(await db.settings.where('key').startsWith('archive-job:').count()).toBe(0);
    db.close();
  });

  it('leaves a settings value under an archive-job key that never was a job where it was', async () => {
    const name = `sagsspor-v2-${Math.random()}`;
    const odd = { key: 'archive-job:https://odd.example', value: 'not a job' };
    await writeWithV2(name, [odd]);
    const db = new SagssporDB(name);
    expect(await db.settings.get(odd.key)).toEqual(odd);
    expect(await db.archiveJobs.count()).toBe(2);
    db.close();
  });

  it('exports the upgraded store without its archive jobs, and re-imports everything else identically', async () => {
    const name = `sagsspor-v2-${Math.random()}`;
    await writeWithV2(name);
    const db = new SagssporDB(name);
    const text = serialiseExport(await exportAll(db));
    expect(text).not.toContain('archive-job');
    expect(text).not.toContain('dagsordener.hvidovre.dk');
    const other = new SagssporDB(`${name}-copy`);
    expect((await importBackup(other, text)).ok).toBe(true);
    const { archiveJobs: jobs, ...before } = await snapshot(db);
    const { archiveJobs: none, ...after } = await snapshot(other);
    expect(jobs).toHaveLength(2);
    expect(none).toEqual([]);
    expect(after).toEqual(before);
  });
});
