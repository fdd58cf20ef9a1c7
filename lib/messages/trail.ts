/**
 * The pieces of the messages for following a case across meetings: "same case elsewhere",
 * "Sagens forløb" resolved to stored items, manual "se også" links, and how a request names an
 * item or a page's items. zod/mini and no Dexie: the content script reads these replies.
 */
import * as z from 'zod/mini';
import { MEETING_KINDS, OUTCOMES } from '../model-values.ts';
import { LIMITS } from '../store/limits.ts';
import { MeetingRefSchema, Text } from './parts.ts';

const IsoDate = z.iso.date();

/** Another treatment of a case: a stored item, with what it takes to open that exact item. */
export const RelatedItemSchema = z.strictObject({
  itemId: z.string(),
  meetingId: z.string(),
  /** The municipality key the item is stored under (the case view's `m`). */
  municipalityKey: z.string(),
  meetingDate: z.nullable(IsoDate),
  committee: z.nullable(z.string()),
  meetingKind: z.nullable(z.enum(MEETING_KINDS)),
  itemNumber: z.int(),
  title: z.string(),
  decision: z.nullable(z.string()),
  outcome: z.enum(OUTCOMES),
  /** Normalised case numbers of the item. */
  caseNumbers: z.array(z.string()),
  /** The page the meeting was read on, or null when the store has no page for it. */
  url: z.nullable(z.string()),
  /** `url` + `#sagsspor-item=<number>`: opens the page and scrolls to the item. */
  link: z.nullable(z.string()),
});
export type RelatedItem = z.infer<typeof RelatedItemSchema>;

/** One "Sagens forløb" entry as the parser read it. */
export const TrailHistoryEntrySchema = z.strictObject({
  date: IsoDate,
  body: Text(LIMITS.title),
  decision: Text(LIMITS.text),
});
export type TrailHistoryEntry = z.infer<typeof TrailHistoryEntrySchema>;

/** A history entry resolved to the stored item of that treatment, or left as text (`item: null`). */
export const ResolvedHistorySchema = z.strictObject({
  entry: TrailHistoryEntrySchema,
  item: z.nullable(RelatedItemSchema),
});
export type ResolvedHistory = z.infer<typeof ResolvedHistorySchema>;

/** The far end of a manual link, as it was when linked (kept so a link reads even if the item is gone). */
export const LinkEndSchema = z.strictObject({
  itemId: z.string(),
  municipalityKey: z.string(),
  meetingDate: z.nullable(IsoDate),
  committee: z.nullable(z.string()),
  itemNumber: z.int(),
  title: z.string(),
  caseNumbers: z.array(z.string()),
  url: z.nullable(z.string()),
  link: z.nullable(z.string()),
});
export type LinkEnd = z.infer<typeof LinkEndSchema>;

/** A manual "se også" link seen from one of its items: the other end, the note. */
export const LinkViewSchema = z.strictObject({
  id: z.string(),
  note: z.string(),
  createdAt: z.iso.datetime(),
  other: LinkEndSchema,
});
export type LinkView = z.infer<typeof LinkViewSchema>;

/** Per item of a page: the other treatments of its cases, counts, resolved history, links. */
export const PageItemTrailSchema = z.strictObject({
  itemNumber: z.int(),
  /** Other items sharing any of the item's case numbers, newest meeting first. */
  related: z.array(RelatedItemSchema),
  /** How many other treatments ("3 andre behandlinger") — `related.length` unless cut by `limit`. */
  count: z.int().check(z.nonnegative()),
  /** Per case number of the item: how many other treatments. */
  byCase: z.array(z.strictObject({ caseNumber: z.string(), count: z.int().check(z.nonnegative()) })),
  history: z.array(ResolvedHistorySchema),
  links: z.array(LinkViewSchema),
});
export type PageItemTrail = z.infer<typeof PageItemTrailSchema>;

/** An item of a page, as the batch request describes it. */
export const PageItemQuerySchema = z.strictObject({
  number: z.int(),
  caseNumbers: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  history: z.optional(z.array(TrailHistoryEntrySchema).check(z.maxLength(200))),
});
export type PageItemQuery = z.infer<typeof PageItemQuerySchema>;
