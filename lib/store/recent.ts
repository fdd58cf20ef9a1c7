/** The meetings read most recently (visited or indexed), for the search page's empty state. */
import type { SagssporDB } from './db.ts';
import { MeetingRowSchema, type MeetingRow } from './tables/meetings.ts';
import { parseRows } from './validate.ts';

export async function recentMeetings(db: SagssporDB, limit = 10): Promise<MeetingRow[]> {
  return parseRows(MeetingRowSchema, await db.meetings.orderBy('seenAt').reverse().limit(limit).toArray(), 'meetings');
}
