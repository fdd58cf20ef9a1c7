/**
 * The state of an archive indexing job, kept in the store's `settings` table (one row per
 * portal, key `archive-job:<origin>`; getSettings and export skip keys they do not know), so a
 * job survives a closed page or a browser restart and resumes where it stopped. Written after
 * every meeting; read back through Zod like every row.
 */
import { z } from 'zod';
import type { SagssporDB } from '../store/db.ts';
import { TimestampSchema } from '../store/schemas.ts';
import type { PlannedMeeting } from './convert.ts';
import { MEETING_KINDS } from '../model-values.ts';

export const JOB_KEY_PREFIX = 'archive-job:';
export const jobKey = (origin: string) => `${JOB_KEY_PREFIX}${origin}`;

export const PlannedMeetingSchema = z.object({
  id: z.string().min(1).max(100),
  committeeId: z.string().max(100),
  committee: z.string().max(500),
  date: z.iso.date(),
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  kind: z.enum(MEETING_KINDS),
  supplement: z.boolean(),
  location: z.string().max(2000).nullable(),
  url: z.string().max(4096),
}) satisfies z.ZodType<PlannedMeeting>;

export const JobErrorSchema = z.object({
  /** The API meeting id, or null for the committee list. */
  meetingId: z.string().nullable(),
  label: z.string().max(1000),
  message: z.string().max(2000),
  at: TimestampSchema,
});
export type JobError = z.infer<typeof JobErrorSchema>;

export const ArchiveJobSchema = z.object({
  version: z.literal(1),
  /** The portal, e.g. "https://dagsordener.lejre.dk". */
  origin: z.string().url().max(300),
  /** The municipality its meetings are stored under (null: keyed by host). */
  municipality: z.string().max(200).nullable(),
  /** Chosen committee ids (API `Id`); empty means all. */
  committees: z.array(z.string().max(100)).max(1000),
  /** Chosen years; empty means all. */
  years: z.array(z.number().int().min(1990).max(2100)).max(100),
  /** Pause between two requests (politeness); 0 in tests. */
  pauseMs: z.number().int().min(0).max(600_000),
  timeoutMs: z.number().int().min(100).max(600_000),
  /** 'running' also when the page that ran it was closed: opening the archive page resumes it. */
  status: z.enum(['running', 'paused', 'done']),
  /** The meetings to read, newest first; null until the committee list was read. */
  planned: z.array(PlannedMeetingSchema).nullable(),
  /** Meetings finished (stored, or skipped because the store has better). */
  done: z.array(z.string().max(100)),
  /** Meetings that failed; left out until the user retries them. */
  failed: z.array(z.string().max(100)),
  indexed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** The latest errors (a bounded list), newest last. */
  errors: z.array(JobErrorSchema).max(200),
  /** Which page runs the job, and when it last said so (one runner at a time). */
  runner: z.object({ id: z.string().max(100), at: TimestampSchema }).nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ArchiveJob = z.infer<typeof ArchiveJobSchema>;

export const MAX_ERRORS = 200;

export async function loadJob(db: SagssporDB, origin: string): Promise<ArchiveJob | null> {
  const row = await db.settings.get(jobKey(origin));
  if (row === undefined) return null;
  const parsed = ArchiveJobSchema.safeParse(row.value);
  if (!parsed.success) {
    console.warn(`[sagsspor] unreadable archive job for ${origin}`);
    return null;
  }
  return parsed.data;
}

export async function saveJob(db: SagssporDB, job: ArchiveJob): Promise<void> {
  await db.settings.put({ key: jobKey(job.origin), value: ArchiveJobSchema.parse(job) });
}

export async function listJobs(db: SagssporDB): Promise<ArchiveJob[]> {
  const rows = await db.settings.where('key').startsWith(JOB_KEY_PREFIX).toArray();
  return rows.flatMap((r) => {
    const parsed = ArchiveJobSchema.safeParse(r.value);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function deleteJob(db: SagssporDB, origin: string): Promise<void> {
  await db.settings.delete(jobKey(origin));
}

export function withError(job: ArchiveJob, error: JobError): ArchiveJob {
  return { ...job, errors: [...job.errors, error].slice(-MAX_ERRORS) };
}
