/**
 * The pieces several messages carry: a quote's anchor, the meeting a page shows, the item to
 * bookmark, a page at a glance, a messages.json file. zod/mini and no Dexie: the content script
 * imports them (and the store keeps some of them, e.g. a bookmark's anchor).
 */
import * as z from 'zod/mini';
import { LIMITS } from '../store/limits.ts';
import { MEETING_KINDS, OUTCOMES } from '../model-values.ts';
import { isStorableAddress, refusedAddress } from '../net/safe-link.ts';

/** A string of at most `max` characters. */
export const Text = (max: number) => z.string().check(z.maxLength(max));

/** Where a quote sits on its page (Hypothesis' TextQuoteSelector + TextPositionSelector). */
export const TextAnchorSchema = z.strictObject({
  /** The quoted text exactly as on the page. */
  exact: Text(LIMITS.quote),
  /** Up to ~32 characters before and after the quote. */
  prefix: Text(LIMITS.context),
  suffix: Text(LIMITS.context),
  /** Offsets of the quote in the page text when it was made. */
  position: z.strictObject({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) }),
});
export type TextAnchor = z.infer<typeof TextAnchorSchema>;

/**
 * An object whose every field matches `value`: what `z.record(z.string(), value)` checks on
 * JSON, written as an object with a catchall so that the content script needs Zod's object
 * schema only (`z.record` would add its own, ~2.5 KB minified, for this one use).
 */
function recordOf<V extends z.core.SomeType>(value: V) {
  return z.catchall(z.object({}), value);
}

/** A `_locales/<locale>/messages.json` file. */
export const LocaleMessagesSchema = recordOf(
  z.object({
    message: z.string(),
    description: z.optional(z.string()),
    placeholders: z.optional(recordOf(z.object({ content: z.string(), example: z.optional(z.string()) }))),
  }),
);
export type LocaleMessages = z.infer<typeof LocaleMessagesSchema>;

/** The meeting a page shows, as far as the parser knows it. */
export const MeetingRefSchema = z.strictObject({
  municipality: z.nullable(Text(LIMITS.title)),
  committee: z.nullable(Text(LIMITS.title)),
  date: z.nullable(z.iso.date()),
  kind: z.nullable(z.enum(MEETING_KINDS)),
});
export type MeetingRef = z.infer<typeof MeetingRefSchema>;

/** An address the store accepts: a web address, or the reader's key of a PDF read from disk (lib/net/safe-link.ts). */
export const StorableAddressSchema = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.url),
  z.refine(isStorableAddress, { error: (issue) => refusedAddress(String(issue.input)) }),
);

/** The item to bookmark: the parser's Item fields a bookmark keeps a copy of. */
export const ItemRefSchema = z.strictObject({
  number: z.int(),
  title: Text(LIMITS.title),
  decision: z.nullable(Text(LIMITS.text)),
  outcome: z.enum(OUTCOMES),
  committees: z.array(Text(LIMITS.title)),
  /** Case numbers as written, or already normalised: the store normalises them again. */
  caseNumbers: z.array(Text(100)),
});
export type ItemRef = z.infer<typeof ItemRefSchema>;

export const BookmarkTargetSchema = z.strictObject({
  url: StorableAddressSchema,
  meeting: MeetingRefSchema,
  item: ItemRefSchema,
  anchor: TextAnchorSchema,
});
export type BookmarkTarget = z.infer<typeof BookmarkTargetSchema>;

/** What the content script knows about the page it runs on (popup "current page", action badge). */
export const PageSummarySchema = z.strictObject({
  url: StorableAddressSchema,
  title: Text(LIMITS.title),
  /** True when the page was read as an agenda or minutes; false when the script ran and found none. */
  analysed: z.boolean(),
  meeting: z.nullable(MeetingRefSchema),
  itemCount: z.int().check(z.nonnegative()),
  /** Items with a decision text. The action badge shows this number. */
  decisionCount: z.int().check(z.nonnegative()),
  caseNumberCount: z.int().check(z.nonnegative()),
  /** Bookmarked items the page annotations found on the page. */
  bookmarkedCount: z.int().check(z.nonnegative()),
  /** Whether the annotations are shown (the user can switch them off on a page). */
  annotationsOn: z.boolean(),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;
