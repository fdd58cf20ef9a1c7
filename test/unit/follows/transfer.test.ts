/**
 * Follows in the export file (format 3): exported, imported into another browser, merged by
 * what they follow, refused when repeated; older files (version 2, no follows) still import.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addFollow, listFollows, renameFollow } from '../../../lib/follows/store.ts';
import type { FollowTarget } from '../../../lib/follows/model.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { deleteEverything } from '../../../lib/store/db.ts';
import { EXPORT_VERSION, exportAll, importBackup, serialiseExport } from '../../../lib/store/transfer.ts';
import { freshDb } from '../store-helpers.ts';

const AT = new Date('2026-05-04T08:00:00.000Z');
const CASE: FollowTarget = { kind: 'case', municipalityKey: 'lejre', municipality: 'Lejre', portal: 'https://dagsordener.lejre.dk', caseNumber: '24-002111' };
const COMMITTEE: FollowTarget = { kind: 'committee', municipalityKey: 'lejre', municipality: 'Lejre', portal: 'https://dagsordener.lejre.dk', committee: 'Økonomiudvalget', committeeId: 'c1' };
const SEARCH: FollowTarget = { kind: 'search', municipalityKey: null, municipality: null, portal: null, words: 'plejeboliger', outcomes: ['approved', 'recommended'] };

/** What a follow is, without this browser's check results. */
const definitions = async (db: SagssporDB) => (await listFollows(db)).map(({ id, name, target, createdAt }) => ({ id, name, target, createdAt }));

describe('follows in the export', () => {
  let db: SagssporDB;
  beforeEach(async () => {
    db = freshDb();
    await addFollow(db, CASE, 'Lærkevej', AT);
    await addFollow(db, COMMITTEE, null, new Date(AT.getTime() + 1000));
    await addFollow(db, SEARCH, null, new Date(AT.getTime() + 2000));
  });

  it('exports them in version 3, and another browser imports them as they were', async () => {
    const file = await exportAll(db, AT);
    expect(file.version).toBe(3);
    expect(EXPORT_VERSION).toBe(3);
    expect(file.follows.map((f) => [f.name, f.target.kind])).toEqual([['Lærkevej', 'case'], [null, 'committee'], [null, 'search']]);
    // A check's results are this browser's: not in the file.
    expect(JSON.stringify(file.follows)).not.toContain('lastCheck');

    const other = freshDb();
    const result = await importBackup(other, serialiseExport(file));
    expect(result).toMatchObject({ ok: true, summary: { follows: { added: 3, unchanged: 0 } } });
    expect(await definitions(other)).toEqual(await definitions(db));
    expect((await listFollows(other)).every((f) => f.lastCheck === null)).toBe(true);

    // The same file again changes nothing.
    expect(await importBackup(other, serialiseExport(file))).toMatchObject({ ok: true, summary: { follows: { added: 0, unchanged: 3 } } });
    expect(await listFollows(other)).toHaveLength(3);
  });

  it('export → delete everything → import gives the same follows', async () => {
    const before = await definitions(db);
    const text = serialiseExport(await exportAll(db, AT));
    await deleteEverything(db);
    expect(await listFollows(db)).toEqual([]);
    expect((await importBackup(db, text)).ok).toBe(true);
    expect(await definitions(db)).toEqual(before);
  });

  it('a follow already here is kept as it is; one without a name takes the file\'s', async () => {
    const file = await exportAll(db, AT);
    const other = freshDb();
    const local = await addFollow(other, COMMITTEE, null, AT);
    const mine = await addFollow(other, CASE, null, AT);
    await renameFollow(other, mine.follow.id, 'Mit navn', AT);
    await importBackup(other, serialiseExport({ ...file, follows: file.follows.map((f) => (f.target.kind === 'committee' ? { ...f, name: 'Ø-udvalget' } : f)) }));
    const after = await listFollows(other);
    expect(after.find((f) => f.target.kind === 'committee')).toMatchObject({ id: local.follow.id, name: 'Ø-udvalget' });
    expect(after.find((f) => f.target.kind === 'case')).toMatchObject({ id: mine.follow.id, name: 'Mit navn' });
    expect(after).toHaveLength(3);
  });

  it('a file that follows the same thing twice, or a follow of the wrong shape, is refused and changes nothing', async () => {
    const file = await exportAll(db, AT);
    const other = freshDb();
    const twice = { ...file, follows: [...file.follows, { ...file.follows[0]!, id: 'another-id' }] };
    expect(await importBackup(other, serialiseExport(twice))).toMatchObject({ ok: false, error: { kind: 'duplicate', path: 'follows[3]' } });
    const bad = JSON.parse(serialiseExport(file)) as { follows: { target: Record<string, unknown> }[] };
    bad.follows[0]!.target.portal = 'javascript:alert(1)';
    expect(await importBackup(other, JSON.stringify(bad))).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'follows[0].target.portal' } });
    expect(await listFollows(other)).toEqual([]);
  });

  it('a version-2 file (before follows) still imports, with none', async () => {
    const file = JSON.parse(serialiseExport(await exportAll(db, AT))) as Record<string, unknown>;
    delete file.follows;
    file.version = 2;
    const other = freshDb();
    expect(await importBackup(other, JSON.stringify(file))).toMatchObject({ ok: true, summary: { follows: { added: 0, unchanged: 0 } } });
    expect(await listFollows(other)).toEqual([]);
  });
});
