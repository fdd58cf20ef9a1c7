/**
 * The `follows` table (schema version 4): the cases, committees and saved searches the user
 * follows (lib/follows/model.ts FollowRowSchema), with the visible result of their last check.
 *
 * Indexes: `&identity` (a thing is followed once), `target.portal` (the follows a portal's check
 * matches against), `createdAt` (list order).
 *
 * Export (file format 3, `follows[]`): what is followed — `id`, `name`, `target`, `createdAt`,
 * `updatedAt`; the check results are this browser's and stay out. Import matches by identity,
 * then by id: a known follow keeps its local name unless it had none; a new one is added
 * unchecked (its first check lists its portal's meetings).
 */
import * as z from 'zod/mini';
import type { SagssporDB } from '../db.ts';
import { FollowNameSchema, FollowRowSchema, FollowTargetSchema, TimestampSchema, type FollowRow } from '../../follows/model.ts';
import { followIdentity } from '../../follows/identity.ts';
import { newId } from '../keys.ts';
import { LIMITS } from '../limits.ts';
import { formatIssue } from '../validate.ts';

export const FOLLOWS_TABLE = 'follows';
export const FOLLOWS_INDEXES = 'id, &identity, target.portal, createdAt';

export { FollowRowSchema, type FollowRow };

/** Rows that pass the schema; a row that does not is left alone, reported on the console, and not shown. */
export function readFollowRows(rows: readonly unknown[]): FollowRow[] {
  const out: FollowRow[] = [];
  for (const row of rows) {
    const parsed = z.safeParse(FollowRowSchema, row);
    if (parsed.success) out.push(parsed.data);
    else console.warn(`[sagsspor] unreadable row in follows: ${formatIssue(parsed.error.issues[0])}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Export and import

export const ExportFollowSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  name: z.nullable(FollowNameSchema),
  target: FollowTargetSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ExportFollow = z.infer<typeof ExportFollowSchema>;

/** Every follow for the export file, oldest first. */
export async function exportFollows(db: SagssporDB): Promise<ExportFollow[]> {
  const rows = readFollowRows(await db.follows.toArray());
  return rows
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map(({ id, name, target, createdAt, updatedAt }) => ({ id, name, target, createdAt, updatedAt }));
}

/** The first follow of the file that repeats an earlier one (by id or identity), for the import's `duplicate` error. */
export function duplicateFollow(follows: readonly ExportFollow[]): { path: string; detail: string } | null {
  const ids = new Map<string, number>();
  const identities = new Map<string, number>();
  for (const [i, f] of follows.entries()) {
    const byId = ids.get(f.id);
    if (byId !== undefined) return { path: `follows[${i}].id`, detail: `the id "${f.id.slice(0, 60)}" is also used by follows[${byId}]` };
    ids.set(f.id, i);
    const identity = followIdentity(f.target);
    const byIdentity = identities.get(identity);
    if (byIdentity !== undefined) return { path: `follows[${i}]`, detail: `follows the same as follows[${byIdentity}]` };
    identities.set(identity, i);
  }
  return null;
}

export interface FollowMergeSummary {
  added: number;
  unchanged: number;
}

/** Merge the file's follows (inside the import's transaction over every table). */
export async function mergeFollows(db: SagssporDB, follows: readonly ExportFollow[]): Promise<FollowMergeSummary> {
  const summary: FollowMergeSummary = { added: 0, unchanged: 0 };
  for (const f of follows) {
    const identity = followIdentity(f.target);
    const local = (await db.follows.where('identity').equals(identity).first()) ?? null;
    if (local !== null) {
      if (local.name === null && f.name !== null) await db.follows.put({ ...local, name: f.name });
      summary.unchanged++;
      continue;
    }
    // An id already used here by another follow: the imported one gets a new id.
    const taken = (await db.follows.get(f.id)) !== undefined;
    const row: FollowRow = { id: taken ? newId() : f.id, identity, name: f.name, target: f.target, createdAt: f.createdAt, updatedAt: f.updatedAt, lastCheck: null };
    await db.follows.add(z.parse(FollowRowSchema, row));
    summary.added++;
  }
  return summary;
}
