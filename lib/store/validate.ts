/** Validation of rows read from IndexedDB, and the wording of Zod issues for people. */
import type { z } from 'zod';

/**
 * Rows that pass the schema; a row that does not (written by a bug, or by a newer version after
 * a downgrade) is left in the database untouched, reported on the console, and not shown.
 */
export function parseRows<S extends z.ZodType>(schema: S, rows: readonly unknown[], table: string): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else console.warn(`[sagsspor] unreadable row in ${table}: ${formatIssue(r.error.issues[0])}`);
  }
  return out;
}

/** `bookmarks[3].tags[0]` from Zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: unknown;
  keys?: readonly string[];
}

/** One issue as where (a path like "bookmarks[3].tags[0]", '' for the whole) and what. */
export function describeIssue(issue: IssueLike | undefined): { path: string; what: string } {
  if (!issue) return { path: '', what: 'invalid' };
  let path = formatPath(issue.path);
  let what = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type') {
    // Zod's message says what it received ("expected string, received number") unless told not to.
    if (/received undefined$/.test(what) || ('input' in issue && issue.input === undefined && !/received/.test(what))) {
      what = `missing (expected ${String(issue.expected)})`;
    } else if (!/received/.test(what) && 'input' in issue) {
      what = `expected ${String(issue.expected)}, received ${typeName(issue.input)}`;
    }
  } else if (issue.code === 'unrecognized_keys' && issue.keys) {
    const key = issue.keys[0] ?? '';
    path = path === '' ? key : `${path}.${key}`;
    what = issue.keys.length > 1 ? `unknown fields ${issue.keys.join(', ')}` : 'unknown field';
  }
  return { path, what };
}

/** One issue as "where: what", e.g. "bookmarks[3].tags[0]: expected string, received number". */
export function formatIssue(issue: IssueLike | undefined): string {
  const { path, what } = describeIssue(issue);
  return path === '' ? what : `${path}: ${what}`;
}
