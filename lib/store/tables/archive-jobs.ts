/**
 * `archiveJobs` (since schema version 3): one row per portal whose archive is being read
 * through its API (lib/systems/firstagenda/archive), keyed by the portal's origin, so a job survives a closed page
 * or a browser restart and resumes where it stopped. Before version 3 these rows were settings
 * under `archive-job:<origin>`; the upgrade moves them here (db.ts).
 */
import { z } from 'zod';
import type { PlannedMeeting } from '../../systems/firstagenda/archive/convert.ts';
import { MEETING_KINDS } from '../../model-values.ts';
import { TimestampSchema } from './fields.ts';
import type { TableDef } from './table.ts';

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

export const archiveJobsTable: TableDef<ArchiveJob> = {
  indexes: 'origin',
  row: ArchiveJobSchema,
  exported: {
    // What a job read is in the file already (its meetings). The job itself is this browser's
    // errand: progress through one portal's list, a runner's lease, the errors of its requests,
    // begun with a site permission this browser was given. Imported elsewhere it would resume a
    // half-done crawl without that permission, under a lease nobody holds.
    notExported: 'a resumable task of this browser; the meetings it stored are exported with the meetings',
  },
};

/** The settings key an archive job was kept under before schema version 3. */
export const LEGACY_JOB_KEY_PREFIX = 'archive-job:';
