/**
 * Archive indexing jobs, kept in the store's `archiveJobs` table (lib/store/tables/archive-jobs.ts,
 * one row per portal), so a job survives a closed page or a browser restart and resumes where
 * it stopped. Written after every meeting; read back through Zod like every row.
 */
import type { SagssporDB } from '../../../store/db.ts';
import { ArchiveJobSchema, type ArchiveJob, type JobError } from '../../../store/tables/archive-jobs.ts';
import { parseRows } from '../../../store/validate.ts';

export type { ArchiveJob, JobError };

export const MAX_ERRORS = 200;

export async function loadJob(db: SagssporDB, origin: string): Promise<ArchiveJob | null> {
  const row = await db.archiveJobs.get(origin);
  if (row === undefined) return null;
  const parsed = ArchiveJobSchema.safeParse(row);
  if (!parsed.success) {
    console.warn(`[sagsspor] unreadable archive job for ${origin}`);
    return null;
  }
  return parsed.data;
}

export async function saveJob(db: SagssporDB, job: ArchiveJob): Promise<void> {
  await db.archiveJobs.put(ArchiveJobSchema.parse(job));
}

export async function listJobs(db: SagssporDB): Promise<ArchiveJob[]> {
  return parseRows(ArchiveJobSchema, await db.archiveJobs.toArray(), 'archiveJobs');
}

export async function deleteJob(db: SagssporDB, origin: string): Promise<void> {
  await db.archiveJobs.delete(origin);
}

export function withError(job: ArchiveJob, error: JobError): ArchiveJob {
  return { ...job, errors: [...job.errors, error].slice(-MAX_ERRORS) };
}
