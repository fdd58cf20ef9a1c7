/**
 * The pieces of the background requests for following a case across meetings: the meeting a
 * page names, an item's address, a page's items in one "page-trail" query. Only the background
 * validates them (on receipt, in lib/messages.ts); a page imports their types, so the content
 * script carries none of these schemas. Written with `zod/mini` like the rest of the trail
 * contract (./contract.ts).
 */
import * as z from 'zod/mini';
import { LIMITS } from '../store/limits.ts';
import { TrailHistoryEntrySchema } from './contract.ts';
import { MEETING_KINDS } from '../model-values.ts';

const Text = (max: number) => z.string().check(z.maxLength(max));

/** The meeting a page shows (the same fields as the store's MeetingRef). */
export const TrailMeetingRefSchema = z.strictObject({
  municipality: z.nullable(Text(LIMITS.title)),
  committee: z.nullable(Text(LIMITS.title)),
  date: z.nullable(z.iso.date()),
  kind: z.nullable(z.enum(MEETING_KINDS)),
});
export type TrailMeetingRef = z.infer<typeof TrailMeetingRefSchema>;

/**
 * One item, as a message names it: by its stored id (extension pages know it), or by the page
 * it is on (a content script knows the URL, the meeting as parsed and the item number).
 */
export const ItemAddressSchema = z.union([
  z.strictObject({ itemId: z.string().check(z.minLength(1), z.maxLength(LIMITS.url + 200)) }),
  z.strictObject({
    url: z.string().check(z.minLength(1), z.maxLength(LIMITS.url)),
    meeting: TrailMeetingRefSchema,
    itemNumber: z.int(),
  }),
]);
export type ItemAddress = z.infer<typeof ItemAddressSchema>;

/** An item of a page, as the batch request describes it. */
export const PageItemQuerySchema = z.strictObject({
  number: z.int(),
  caseNumbers: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  history: z.optional(z.array(TrailHistoryEntrySchema).check(z.maxLength(200))),
});
export type PageItemQuery = z.infer<typeof PageItemQuerySchema>;
