/**
 * Export and import of everything the store holds, as versioned JSON (see README.md in this
 * folder for the format and the merge rules). The file's sections, and how each is read from
 * and merged into the store, are declared by the tables (./tables/).
 *
 * Import is all or nothing: the file is read, parsed and validated in full before anything is
 * written, and then written in one read-write transaction over every table, so any error —
 * in the file or while writing — leaves the store as it was and says what was wrong and where.
 */
import { z } from 'zod';
import type { SagssporDB } from './db.ts';
import { LIMITS } from './limits.ts';
import { EXPORT_SECTIONS, MERGE_ORDER } from './tables/index.ts';
import { TimestampSchema } from './tables/fields.ts';
import { TagVocabulary } from './tables/tags.ts';
import type { ExportSection, ExportSectionKey, MergeContext } from './tables/table.ts';
import { describeIssue } from './validate.ts';

export const EXPORT_FORMAT = 'sagsspor-export';
export const EXPORT_VERSION = 3;
/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The file format

type Sections = typeof EXPORT_SECTIONS;
type SectionValue<K extends ExportSectionKey> = Sections[K] extends ExportSection<infer V, infer _S> ? V : never;
type SectionSummary<K extends ExportSectionKey> = Sections[K] extends ExportSection<infer _V, infer S> ? S : never;

/** A section with the types of its key. */
function section<K extends ExportSectionKey>(key: K): ExportSection<SectionValue<K>, SectionSummary<K>> {
  return EXPORT_SECTIONS[key] as unknown as ExportSection<SectionValue<K>, SectionSummary<K>>;
}

const SECTION_KEYS = Object.keys(EXPORT_SECTIONS) as ExportSectionKey[];

export const ExportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: TimestampSchema,
  ...(Object.fromEntries(SECTION_KEYS.map((k) => [k, EXPORT_SECTIONS[k].schema])) as { [K in ExportSectionKey]: Sections[K]['schema'] }),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/**
 * Upgrades of an older file version to the next one, keyed by the version they read, for any
 * change but a new section (a section that version added is filled in with its `empty`: version
 * 1 → 2 added the manual links, `links`).
 */
const FILE_MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {};

function upgradeFrom(version: number, data: Record<string, unknown>): Record<string, unknown> {
  const migrated = FILE_MIGRATIONS[version]?.(data) ?? data;
  const added = SECTION_KEYS.filter((k) => EXPORT_SECTIONS[k].since === version + 1 && !(k in migrated));
  return { ...migrated, ...Object.fromEntries(added.map((k) => [k, EXPORT_SECTIONS[k].empty])), version: version + 1 };
}

// ---------------------------------------------------------------------------------------------
// Export

/** Everything in the store as an export file. Arrays are in a fixed order, so equal stores give equal files. */
export async function exportAll(db: SagssporDB, now: Date = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.allTables(), async () => {
    const sections: Partial<Record<ExportSectionKey, unknown>> = {};
    for (const key of SECTION_KEYS) sections[key] = await section(key).read(db);
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...sections } as ExportFile;
  });
}

export function serialiseExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

export type ImportErrorKind =
  | 'too-large'
  | 'empty'
  | 'encoding'
  | 'not-json'
  | 'not-object'
  | 'not-sagsspor'
  | 'unsupported-version'
  | 'invalid'
  | 'duplicate'
  | 'unsafe-address'
  | 'write-failed';

export interface ImportError {
  kind: ImportErrorKind;
  /** Where in the file, e.g. "bookmarks[3].tags[0]"; null when the whole file is meant. */
  path: string | null;
  /** What was wrong, in plain technical English (the pages put a translated sentence around it). */
  detail: string;
}

/** Per section, what the import did (e.g. `bookmarks: { added, merged }`). */
export type ImportSummary = { [K in ExportSectionKey]: SectionSummary<K> };

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; error: ImportError };
export type ParseResult = { ok: true; file: ExportFile } | { ok: false; error: ImportError };

function fail(kind: ImportErrorKind, path: string | null, detail: string): { ok: false; error: ImportError } {
  return { ok: false, error: { kind, path, detail } };
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function tooLarge(bytes: number): { ok: false; error: ImportError } {
  const mb = (b: number) => (b / (1024 * 1024)).toFixed(1);
  return fail('too-large', null, `the file is ${mb(bytes)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB`);
}

/** Where a JSON.parse error happened, as "line L, column C" when the engine says the position. */
function jsonErrorDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input|Unterminated|end of data/i.test(message)) return 'the JSON ends too early (is the file cut off?)';
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const at = Number(pos[1]);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return `not valid JSON at line ${line}, column ${column}`;
  }
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `not valid JSON at line ${lineCol[1]}, column ${lineCol[2]}`;
  return 'not valid JSON';
}

/** Read, decode, parse and validate an import file without touching the store. */
export async function readBackup(input: string | Blob | ArrayBuffer | Uint8Array): Promise<ParseResult> {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) return tooLarge(input.length);
    const bytes = utf8Length(input);
    if (bytes > MAX_IMPORT_BYTES) return tooLarge(bytes);
    text = input;
  } else {
    const size = input instanceof Blob ? input.size : input.byteLength;
    if (size > MAX_IMPORT_BYTES) return tooLarge(size);
    const bytes = input instanceof Blob ? new Uint8Array(await input.arrayBuffer()) : input instanceof Uint8Array ? input : new Uint8Array(input);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return fail('encoding', null, 'the file is not UTF-8 text');
    }
  }
  return parseBackupText(text);
}

export function parseBackupText(raw: string): ParseResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte order mark is allowed
  if (text.trim() === '') return fail('empty', null, 'the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('not-json', null, jsonErrorDetail(text, error));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data;
    return fail('not-object', null, `the file holds ${what}, not a Sagsspor export`);
  }
  let record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return fail('not-sagsspor', 'format', `expected "${EXPORT_FORMAT}", found ${record.format === undefined ? 'nothing' : JSON.stringify(record.format).slice(0, 60)}`);
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('invalid', 'version', `expected a whole number from 1, found ${JSON.stringify(version ?? null).slice(0, 60)}`);
  }
  if (version > EXPORT_VERSION) {
    return fail('unsupported-version', 'version', `the file is version ${version}; this Sagsspor reads versions up to ${EXPORT_VERSION}`);
  }
  for (let v = version; v < EXPORT_VERSION; v++) record = upgradeFrom(v, record);
  const parsed = ExportFileSchema.safeParse(record);
  if (!parsed.success) {
    const { path, what } = describeIssue(parsed.error.issues[0]);
    const more = parsed.error.issues.length - 1;
    return fail('invalid', path === '' ? null : path, what + (more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''));
  }
  return checkLengths(parsed.data, '') ?? checkSections(parsed.data);
}

/** Fields that hold an address: never longer than an address may be. */
const ADDRESS_FIELDS = new Set(['url', 'link', 'href', 'source']);

/**
 * Every text in the file has a length limit, also where the schema names none (the parser's
 * fields): an address at most LIMITS.url characters, any other text at most LIMITS.text.
 */
function checkLengths(value: unknown, path: string): { ok: false; error: ImportError } | null {
  if (typeof value === 'string') {
    const key = path.slice(path.lastIndexOf('.') + 1);
    const limit = ADDRESS_FIELDS.has(key) ? LIMITS.url : LIMITS.text;
    return value.length > limit ? fail('invalid', path, `longer than ${limit} characters`) : null;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = checkLengths(v, `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const bad = checkLengths(v, path === '' ? k : `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

/**
 * What the schema cannot see, section by section in the file's order: first every address
 * the store would keep (a web address, or the reader's local-file key), then entries that
 * contradict each other (the same bookmark twice, …).
 */
function checkSections(file: ExportFile): ParseResult {
  for (const phase of ['checkAddresses', 'checkEntries'] as const) {
    for (const key of SECTION_KEYS) {
      const problem = section(key)[phase]?.(file[key] as SectionValue<typeof key>) ?? null;
      if (problem) return { ok: false, error: problem };
    }
  }
  return { ok: true, file };
}

/** Merge a validated export file into the store in one transaction (see README.md for the rules). */
export async function mergeBackup(db: SagssporDB, file: ExportFile, now: Date = new Date()): Promise<ImportSummary> {
  return db.transaction('rw', db.allTables(), async () => {
    const context: MergeContext = { now, tags: await TagVocabulary.load(db) };
    const summary: Partial<Record<ExportSectionKey, unknown>> = {};
    for (const key of MERGE_ORDER) summary[key] = await section(key).merge(db, file[key] as SectionValue<typeof key>, context);
    await context.tags.save(db);
    return summary as ImportSummary;
  });
}

/** Validate and merge an import file: all or nothing. */
export async function importBackup(
  db: SagssporDB,
  input: string | Blob | ArrayBuffer | Uint8Array,
  now: Date = new Date(),
): Promise<ImportResult> {
  const read = await readBackup(input);
  if (!read.ok) return read;
  try {
    return { ok: true, summary: await mergeBackup(db, read.file, now) };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail('write-failed', null, `nothing was imported; the browser refused to write (${detail.slice(0, 300)})`);
  }
}
