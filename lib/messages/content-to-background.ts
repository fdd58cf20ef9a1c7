/**
 * Requests a content script sends the background, which owns the store (`askBackground` in the
 * content script, `sendToBackground` in extension pages; answered by lib/background). The
 * extension's own pages may send them too: the reader shows a PDF with the page features. The
 * background validates each request on receipt and each reply before it sends it, and answers
 * a content script only about its own tab's site (lib/background/handlers.ts).
 *
 * To add one: an entry here, and its handler in lib/background/handlers.ts (the handler map
 * does not compile without it).
 */
import * as z from 'zod/mini';
import { MeetingSchema } from '../model.ts';
import { LIMITS } from '../store/limits.ts';
import { BookmarkBackupSchema, BookmarkViewSchema } from '../store/tables/bookmarks.ts';
import { LocaleSchema, SettingsSchema } from '../store/tables/settings.ts';
import { CaseRefSchema, FollowIdSchema, PageFollowSchema } from './follows.ts';
import { BookmarkTargetSchema, LocaleMessagesSchema, MeetingRefSchema, PageSummarySchema, Text } from './parts.ts';
import type { MessageType, ProtocolMap, ReplyOf, RequestOf } from './protocol.ts';
import { PageItemQuerySchema, PageItemTrailSchema, RelatedItemSchema } from './trail.ts';

const Address = z.string().check(z.minLength(1), z.maxLength(LIMITS.url));
const CaseNumber = z.string().check(z.minLength(1), z.maxLength(100));
const Id = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const TagInput = z.array(Text(LIMITS.tag * 4)).check(z.maxLength(LIMITS.tagsPerBookmark));
const Count = z.int().check(z.nonnegative());

/** Which bookmarks: all, the page's (by its URL or its meeting, so a moved page keeps them), or a meeting's. */
export const BookmarkScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('page'), url: Address, meeting: z.nullable(MeetingRefSchema) }),
  z.strictObject({ kind: z.literal('meeting'), meetingId: Address }),
]);

export const CONTENT_TO_BACKGROUND = {
  /** The content script read a page: store the meeting (when there is one) and set the badge. */
  'report-page': {
    request: z.strictObject({ summary: PageSummarySchema, meeting: z.nullable(MeetingSchema) }),
    reply: z.strictObject({ meetingId: z.nullable(z.string()) }),
  },
  /** Bookmark an item (idempotent: the same item again returns the existing bookmark). */
  'bookmark-item': {
    request: z.strictObject({ target: BookmarkTargetSchema, tags: z.optional(TagInput), note: z.optional(Text(LIMITS.note)) }),
    reply: z.strictObject({ bookmark: BookmarkViewSchema, created: z.boolean() }),
  },
  /** Edit a bookmark's note and/or tags in place (tags replace the old list). */
  'update-bookmark': {
    request: z.strictObject({ id: Id, note: z.optional(Text(LIMITS.note)), tags: z.optional(TagInput) }),
    reply: z.strictObject({ bookmark: BookmarkViewSchema }),
  },
  /** Delete bookmarks; the reply carries them so the page can offer undo. */
  'remove-bookmarks': {
    request: z.strictObject({ ids: z.array(Id).check(z.minLength(1), z.maxLength(10_000)) }),
    reply: z.strictObject({ removed: z.array(BookmarkBackupSchema) }),
  },
  /** Bookmarks with notes, newest meeting first. */
  'list-bookmarks': {
    request: z.strictObject({ scope: BookmarkScopeSchema }),
    reply: z.strictObject({ bookmarks: z.array(BookmarkViewSchema) }),
  },
  /** Which bookmarked items the page annotations found on their page ("ikke fundet på siden" for the others). */
  'report-anchors': {
    request: z.strictObject({ results: z.array(z.strictObject({ id: Id, found: z.boolean() })).check(z.maxLength(10_000)) }),
    reply: z.strictObject({ updated: Count }),
  },
  /**
   * "Same case elsewhere": the other stored items with this case number in the page's
   * municipality, newest first, each with a deep link; `current` (the item shown) is left out.
   */
  'related-items': {
    request: z.strictObject({
      municipality: z.nullable(Text(LIMITS.title)),
      url: Address,
      caseNumber: CaseNumber,
      current: z.optional(z.nullable(z.strictObject({ meeting: MeetingRefSchema, itemNumber: z.int() }))),
    }),
    reply: z.strictObject({ municipalityKey: z.string(), caseNumber: z.string(), items: z.array(RelatedItemSchema) }),
  },
  /**
   * The same for every item of a page in one message: related items, counts per item and case
   * number ("3 andre behandlinger"), "Sagens forløb" entries resolved, manual links.
   */
  'page-trail': {
    request: z.strictObject({
      url: Address,
      meeting: MeetingRefSchema,
      items: z.array(PageItemQuerySchema).check(z.maxLength(2000)),
      /** At most this many related items per item (default 50); counts stay complete. */
      limit: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
    }),
    reply: z.strictObject({ municipalityKey: z.string(), items: z.array(PageItemTrailSchema) }),
  },
  /** Open the case view of one case in a new tab (a content script cannot open extension pages itself). */
  'open-case': {
    request: z.strictObject({ municipalityKey: z.string().check(z.minLength(1), z.maxLength(LIMITS.title)), caseNumber: CaseNumber }),
    reply: z.strictObject({ opened: z.boolean() }),
  },
  /** Open a minutes PDF in the reader (an extension page) in a new tab. Web addresses only. */
  'open-reader': {
    request: z.strictObject({ url: z.string().check(z.maxLength(LIMITS.url), z.regex(/^https?:\/\//i)) }),
    reply: z.strictObject({ opened: z.boolean() }),
  },
  /** Appearance and language settings (the page annotations follow them). */
  'get-settings': { request: z.strictObject({}), reply: z.strictObject({ settings: SettingsSchema }) },
  /** The user opened or closed a page's outline: the next page starts the same way. */
  'remember-outline': { request: z.strictObject({ open: z.boolean() }), reply: z.strictObject({}) },
  /** The UI text of the chosen language, for content scripts (they cannot read the extension's files). */
  'get-locale-messages': {
    request: z.strictObject({ locale: LocaleSchema }),
    reply: z.strictObject({ messages: LocaleMessagesSchema }),
  },
  /** "Følg sagen": the follow of a case, or null when it is not followed (a page asks about its own site's cases only). */
  'case-follow': {
    request: CaseRefSchema,
    reply: z.strictObject({ follow: z.nullable(PageFollowSchema) }),
  },
  /** Follow a case (the same case again: the existing follow, `created: false`); a page follows its own site's cases only. */
  'follow-case': {
    request: CaseRefSchema,
    reply: z.strictObject({ follow: PageFollowSchema, created: z.boolean() }),
  },
  /** Stop following a case (a page: only a case of its own site); its news entries go with it. */
  'unfollow-case': {
    request: z.strictObject({ id: FollowIdSchema }),
    reply: z.strictObject({ removed: z.boolean() }),
  },
} as const satisfies ProtocolMap;

export type ContentToBackground = typeof CONTENT_TO_BACKGROUND;
export type ContentToBackgroundType = MessageType<ContentToBackground>;
export type ContentToBackgroundRequest<T extends ContentToBackgroundType> = RequestOf<ContentToBackground, T>;
export type ContentToBackgroundReply<T extends ContentToBackgroundType> = ReplyOf<ContentToBackground, T>;
