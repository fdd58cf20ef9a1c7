/** The meeting a page shows, as the messages to the store name it (bookmarks, trail). */
import type { Meeting } from '../model.ts';

export type PageMeetingRef = Pick<Meeting, 'municipality' | 'committee' | 'date' | 'kind'>;

export function meetingRefOf(m: Meeting): PageMeetingRef {
  return { municipality: m.municipality, committee: m.committee, date: m.date, kind: m.kind };
}
