import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, meeting, snapshot, target } from './store-helpers.ts';
import { deleteEverything, type SagssporDB } from '../../lib/store/db.ts';
import { addBookmark, listBookmarks, updateBookmark } from '../../lib/store/bookmarks.ts';
import { saveMeeting } from '../../lib/store/meetings.ts';
import { setSetting } from '../../lib/store/settings.ts';
import { addLink } from '../../lib/store/links.ts';
import {
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  exportAll,
  importBackup,
  serialiseExport,
  type ExportFile,
  type ImportErrorKind,
} from '../../lib/store/transfer.ts';

let db: SagssporDB;

async function seed(store: SagssporDB): Promise<void> {
  await saveMeeting(store, 'https://dagsordener.lejre.dk/referat/1', meeting(), new Date('2024-03-13T08:00:00Z'));
  const a = await addBookmark(store, target(1), { tags: ['Budget', 'Skole'], note: 'Følg op', now: new Date('2024-03-13T09:00:00Z') });
  await addBookmark(store, target(2), { tags: ['Budget'], now: new Date('2024-03-13T09:01:00Z') });
  await addBookmark(store, target(3, { date: '2024-04-02', url: 'https://dagsordener.lejre.dk/referat/2' }), { now: new Date('2024-04-03T09:00:00Z') });
  await addBookmark(store, target(4, { caseNumber: null }), { now: new Date('2024-03-13T09:02:00Z') });
  await updateBookmark(store, a.bookmark.id, { note: 'Følg op i maj' }, new Date('2024-03-14T09:00:00Z'));
  await store.tags.update('Budget', { colour: '#ff0000' });
  await setSetting(store, 'locale', 'en');
  await setSetting(store, 'outlineOpen', false);
  const [first, second] = await store.items.orderBy('id').limit(2).toArray();
  await addLink(store, { itemId: first!.id }, { itemId: second!.id }, 'Se også budgettet', new Date('2024-03-15T09:00:00Z'));
}

async function validFile(): Promise<ExportFile> {
  const source = freshDb();
  await seed(source);
  return exportAll(source, new Date('2024-05-01T00:00:00Z'));
}

beforeEach(async () => {
  db = freshDb();
  await saveMeeting(db, 'https://kalundborg.dk/m/1', meeting({ municipality: 'Kalundborg', date: '2023-01-05' }));
  await addBookmark(db, target(9, { municipality: 'Kalundborg', date: '2023-01-05', url: 'https://kalundborg.dk/m/1' }), { tags: ['Eksisterende'], note: 'lokal' });
});

describe('export → delete everything → import', () => {
  it('gives an identical store', async () => {
    await seed(db);
    const before = await snapshot(db);
    const text = serialiseExport(await exportAll(db));
    await deleteEverything(db);
    expect(Object.values(await snapshot(db)).every((rows) => rows.length === 0)).toBe(true);
    const result = await importBackup(db, text);
    expect(result.ok).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('the export holds the notes, tags and settings and says its version', async () => {
    const file = await validFile();
    expect(file.format).toBe('sagsspor-export');
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.bookmarks.find((b) => b.itemNumber === 1)?.note?.text).toBe('Følg op i maj');
    expect(file.tags.map((t) => [t.name, t.colour])).toEqual([
      ['Budget', '#ff0000'],
      ['Skole', null],
    ]);
    expect(file.settings).toEqual({ locale: 'en', outlineOpen: false });
    expect(file.meetings[0]!.items[0]).not.toHaveProperty('sectionTexts');
    expect(file.links.map((l) => l.note)).toEqual(['Se også budgettet']);
  });

  it('reads a version-1 file (before manual links were exported)', async () => {
    const { links: _links, ...rest } = await validFile();
    const result = await importBackup(db, JSON.stringify({ ...rest, version: 1 }));
    expect(result.ok && result.summary.links).toEqual({ added: 0, unchanged: 0 });
    expect(result.ok && result.summary.bookmarks.added).toBe(4);
  });

  it('a manual link imported twice is one link', async () => {
    const text = serialiseExport(await validFile());
    const first = await importBackup(db, text);
    const second = await importBackup(db, text);
    expect(first.ok && first.summary.links).toEqual({ added: 1, unchanged: 0 });
    expect(second.ok && second.summary.links).toEqual({ added: 0, unchanged: 1 });
    expect((await db.crossReferences.toArray()).filter((r) => r.id.startsWith('link:'))).toHaveLength(1);
  });
});

describe('import merges duplicates', () => {
  it('importing the same file twice changes nothing the second time', async () => {
    const text = serialiseExport(await validFile());
    expect((await importBackup(db, text)).ok).toBe(true);
    const once = await snapshot(db);
    const again = await importBackup(db, text);
    expect(again.ok && again.summary.bookmarks).toEqual({ added: 0, merged: 4 });
    expect(await snapshot(db)).toEqual(once);
  });

  it('recognises the same item under another id: tags united, newer note wins, local id kept', async () => {
    const local = await addBookmark(db, target(1), { tags: ['Lokal'], note: 'ældre lokal note', now: new Date('2024-03-01T00:00:00Z') });
    const file = await validFile(); // item 1 has note "Følg op i maj" from 2024-03-14
    const result = await importBackup(db, serialiseExport(file));
    expect(result.ok).toBe(true);
    const rows = (await listBookmarks(db)).filter((b) => b.itemNumber === 1 && b.municipality === 'Lejre');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(local.bookmark.id);
    expect(rows[0]!.tags).toEqual(['Lokal', 'Budget', 'Skole']);
    expect(rows[0]!.note).toBe('Følg op i maj');
  });

  it('keeps a local note that is newer than the imported one, and local settings', async () => {
    await setSetting(db, 'locale', 'da');
    await addBookmark(db, target(1), { note: 'nyere lokal note', now: new Date('2030-01-01T00:00:00Z') });
    await importBackup(db, serialiseExport(await validFile()));
    const row = (await listBookmarks(db)).find((b) => b.itemNumber === 1 && b.municipality === 'Lejre');
    expect(row!.note).toBe('nyere lokal note');
    expect((await db.settings.get('locale'))?.value).toBe('da');
    expect((await db.settings.get('outlineOpen'))?.value).toBe(false);
  });

  it('keeps markup and scripts in notes and titles as plain text', async () => {
    const file = await validFile();
    file.bookmarks[0]!.note = { text: '<script>alert("x")</script> & <b>fed</b>', updatedAt: '2024-05-01T00:00:00.000Z' };
    file.bookmarks[0]!.title = '<img src=x onerror="alert(1)">';
    const result = await importBackup(db, JSON.stringify(file));
    expect(result.ok).toBe(true);
    const row = (await listBookmarks(db)).find((b) => b.id === file.bookmarks[0]!.id)!;
    expect(row.note).toBe('<script>alert("x")</script> & <b>fed</b>');
    expect(row.title).toBe('<img src=x onerror="alert(1)">');
  });

  it('accepts a file with a byte order mark, as text or as bytes', async () => {
    const text = serialiseExport(await validFile());
    expect((await importBackup(db, `\uFEFF${text}`)).ok).toBe(true);
    const other = freshDb();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect((await importBackup(other, bytes)).ok).toBe(true);
    expect(await other.bookmarks.count()).toBe(4);
  });
});

type Case = {
  name: string;
  input: () => Promise<string | Blob | Uint8Array>;
  kind: ImportErrorKind;
  path?: string | null;
  detail?: RegExp;
};

const asText = (f: (file: ExportFile & Record<string, unknown>) => unknown) => async () => {
  const file = (await validFile()) as ExportFile & Record<string, unknown>;
  const out = f(file);
  return JSON.stringify(out === undefined ? file : out);
};

const malformed: Case[] = [
  { name: 'an empty file', input: async () => '', kind: 'empty' },
  { name: 'only whitespace', input: async () => ' \n\t ', kind: 'empty' },
  { name: 'only a byte order mark', input: async () => '\uFEFF', kind: 'empty' },
  { name: 'plain text, not JSON', input: async () => 'Dette er ikke JSON', kind: 'not-json', detail: /line 1, column 1|not valid JSON/ },
  { name: 'a byte order mark before garbage', input: async () => '\uFEFF{oops', kind: 'not-json' },
  { name: 'truncated JSON', input: async () => serialiseExport(await validFile()).slice(0, 500), kind: 'not-json', detail: /ends too early|not valid JSON/ },
  { name: 'CSV instead of JSON', input: async () => 'Kommune;Udvalg\nLejre;ØU', kind: 'not-json' },
  { name: 'JSON null', input: async () => 'null', kind: 'not-object', detail: /null/ },
  { name: 'a JSON array', input: async () => '[{"format":"sagsspor-export"}]', kind: 'not-object', detail: /list/ },
  { name: 'a JSON number', input: async () => '42', kind: 'not-object', detail: /number/ },
  { name: 'an object of another program', input: async () => '{"annotations":[]}', kind: 'not-sagsspor', path: 'format' },
  { name: 'a wrong format name', input: asText((f) => ({ ...f, format: 'hypothesis' })), kind: 'not-sagsspor', path: 'format' },
  { name: 'no version', input: asText((f) => { delete (f as Partial<ExportFile>).version; }), kind: 'invalid', path: 'version' },
  { name: 'version as a string', input: asText((f) => ({ ...f, version: '1' })), kind: 'invalid', path: 'version' },
  { name: 'version 0', input: asText((f) => ({ ...f, version: 0 })), kind: 'invalid', path: 'version' },
  { name: 'version 1.5', input: asText((f) => ({ ...f, version: 1.5 })), kind: 'invalid', path: 'version' },
  {
    name: 'a link of an item to itself',
    input: asText((f) => ({ ...f, links: f.links.map((l) => ({ ...l, toItemId: l.fromItemId })) })),
    kind: 'invalid',
    path: 'links[0].toItemId',
  },
  {
    name: 'the same link twice',
    input: asText((f) => ({ ...f, links: [f.links[0], { ...f.links[0], id: 'link:other' }] })),
    kind: 'duplicate',
    path: 'links[1]',
  },
  { name: 'an unknown future version', input: asText((f) => ({ ...f, version: EXPORT_VERSION + 1 })), kind: 'unsupported-version', detail: new RegExp(`version ${EXPORT_VERSION + 1}.*up to ${EXPORT_VERSION}`) },
  {
    name: 'a number where a tag should be',
    input: asText((f) => { (f.bookmarks[3]!.tags as unknown[]) = [5]; }),
    kind: 'invalid',
    path: 'bookmarks[3].tags[0]',
    detail: /^expected string, received number/,
  },
  { name: 'a missing anchor', input: asText((f) => { delete (f.bookmarks[0] as Partial<ExportFile['bookmarks'][0]>).anchor; }), kind: 'invalid', path: 'bookmarks[0].anchor', detail: /missing/ },
  { name: 'bookmarks as an object', input: asText((f) => ({ ...f, bookmarks: { a: 1 } })), kind: 'invalid', path: 'bookmarks', detail: /expected array, received object/ },
  { name: 'an unknown field', input: asText((f) => { (f.bookmarks[1] as Record<string, unknown>).colour = 'red'; }), kind: 'invalid', path: 'bookmarks[1].colour', detail: /unknown field/ },
  { name: 'a __proto__ key', input: async () => (await asText(() => undefined)()).replace('"format"', '"__proto__":{"polluted":true},"format"'), kind: 'invalid', path: '__proto__' },
  { name: 'an impossible meeting date', input: asText((f) => { f.bookmarks[0]!.meetingDate = '2024-13-45'; }), kind: 'invalid', path: 'bookmarks[0].meetingDate' },
  { name: 'an unknown outcome', input: asText((f) => { (f.bookmarks[2] as Record<string, unknown>).outcome = 'maybe'; }), kind: 'invalid', path: 'bookmarks[2].outcome' },
  { name: 'a tag with a line break', input: asText((f) => { f.bookmarks[0]!.tags = ['a\nb']; }), kind: 'invalid', path: 'bookmarks[0].tags[0]', detail: /line breaks/ },
  { name: 'a note over 50,000 characters', input: asText((f) => { f.bookmarks[0]!.note = { text: 'x'.repeat(50_001), updatedAt: '2024-01-01T00:00:00.000Z' }; }), kind: 'invalid', path: 'bookmarks[0].note.text' },
  { name: 'a timestamp that is not a time', input: asText((f) => { f.bookmarks[1]!.createdAt = 'yesterday'; }), kind: 'invalid', path: 'bookmarks[1].createdAt' },
  { name: 'two bookmarks with the same id', input: asText((f) => { f.bookmarks[2]!.id = f.bookmarks[0]!.id; }), kind: 'duplicate', path: 'bookmarks[2].id', detail: /bookmarks\[0\]/ },
  {
    name: 'the same item twice under different ids',
    input: asText((f) => { f.bookmarks.push({ ...f.bookmarks[1]!, id: 'another-id' }); }),
    kind: 'duplicate',
    path: 'bookmarks[4]',
    detail: /same item as bookmarks\[1\]/,
  },
  { name: 'a tag listed twice', input: asText((f) => { f.tags.push({ ...f.tags[0]!, name: 'BUDGET' }); }), kind: 'duplicate', path: 'tags[2].name' },
  { name: 'an item number twice in a meeting', input: asText((f) => { f.meetings[0]!.items[1]!.number = 1; }), kind: 'duplicate', path: 'meetings[0].items[1].number' },
  { name: 'a 50 MB file (text)', input: async () => `{"format":"sagsspor-export","x":"${'x'.repeat(50 * 1024 * 1024)}"}`, kind: 'too-large', detail: /50\.0 MB.*32\.0 MB/ },
  { name: 'a 50 MB file (blob)', input: async () => new Blob([new Uint8Array(50 * 1024 * 1024)]), kind: 'too-large' },
  { name: 'bytes that are not UTF-8', input: async () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), kind: 'encoding' },
];

describe('malformed import files change nothing and say what is wrong', () => {
  it('has at least 20 cases', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of malformed) {
    it(`refuses ${c.name}`, async () => {
      const before = await snapshot(db);
      const input = await c.input();
      const result = await importBackup(db, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe(c.kind);
      if (c.path !== undefined) expect(result.error.path).toBe(c.path);
      if (c.detail) expect(result.error.detail).toMatch(c.detail);
      expect(result.error.detail.length).toBeGreaterThan(5);
      expect(await snapshot(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a file larger than the limit by its size, before reading it', async () => {
    let read = false;
    const blob = new Blob(['{}']);
    Object.defineProperty(blob, 'size', { value: MAX_IMPORT_BYTES + 1 });
    Object.defineProperty(blob, 'arrayBuffer', { value: async () => { read = true; return new ArrayBuffer(2); } });
    const result = await importBackup(db, blob);
    expect(result.ok || result.error.kind).toBe('too-large');
    expect(read).toBe(false);
  });

  it('rolls back everything when writing fails halfway', async () => {
    const file = await validFile();
    const before = await snapshot(db);
    let creating = 0;
    const hook = () => {
      creating++;
      if (creating === 3) throw new Error('disk full (simulated)');
    };
    db.bookmarks.hook('creating', hook);
    const result = await importBackup(db, serialiseExport(file));
    db.bookmarks.hook('creating').unsubscribe(hook);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('write-failed');
    expect(!result.ok && result.error.detail).toMatch(/nothing was imported.*disk full/);
    expect(await snapshot(db)).toEqual(before);
  });
});
