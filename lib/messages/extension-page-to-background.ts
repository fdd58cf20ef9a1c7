/**
 * Requests only the extension's own pages (popup, options, side panel, case view, reader) may
 * send the background: the background refuses them from a content script before any handler
 * runs, whatever they carry (lib/background/router.ts).
 *
 * Extension pages share the extension's origin and read and write the store themselves; a
 * request belongs here when only the background can do the work (it owns the badge, the menus,
 * alarms, the follows' checks and its own lifetime) and no web page may ask for it. So far: the
 * follows (lib/follows), but for "Følg sagen" on a page (./content-to-background.ts).
 *
 * To add one: an entry here, and its handler in lib/background/handlers.ts (the handler map
 * does not compile without it).
 */
import * as z from 'zod/mini';
import { FollowSettingsSchema, FollowViewSchema, NewsRowSchema, OriginSchema, TimestampSchema } from '../follows/model.ts';
import { CommitteeChoiceSchema, FollowIdSchema, FollowInputSchema } from './follows.ts';
import type { MessageType, ProtocolMap, ReplyOf, RequestOf } from './protocol.ts';

const Count = z.int().check(z.nonnegative());

export const EXTENSION_PAGE_TO_BACKGROUND = {
  /** Follow a case, committee or search (the same thing again: the existing follow, `created: false`). */
  follow: {
    request: z.strictObject({ target: FollowInputSchema, name: z.optional(z.nullable(z.string().check(z.maxLength(200)))) }),
    reply: z.strictObject({ follow: FollowViewSchema, created: z.boolean() }),
  },
  /** Stop following; its news entries go with it. */
  unfollow: {
    request: z.strictObject({ id: FollowIdSchema }),
    reply: z.strictObject({ removed: z.boolean() }),
  },
  /** The user's own name for a follow; '' names it by what it follows again. */
  'rename-follow': {
    request: z.strictObject({ id: FollowIdSchema, name: z.string().check(z.maxLength(200)) }),
    reply: z.strictObject({ follow: FollowViewSchema }),
  },
  /** Every follow with its visible state. */
  'list-follows': {
    request: z.strictObject({}),
    reply: z.strictObject({ follows: z.array(FollowViewSchema) }),
  },
  /** "Tjek nu": start a check of every followed portal (not waiting for it). */
  'check-follows': {
    request: z.strictObject({}),
    reply: z.strictObject({ started: z.boolean(), running: z.boolean() }),
  },
  /** The "Nyt" list, unread first. */
  'list-news': {
    request: z.strictObject({ limit: z.optional(z.int().check(z.gte(1), z.lte(1000))) }),
    reply: z.strictObject({ news: z.array(NewsRowSchema), unread: Count }),
  },
  /** Mark entries read (null: all); the badge follows. */
  'mark-news-read': {
    request: z.strictObject({ ids: z.nullable(z.array(FollowIdSchema).check(z.maxLength(10_000))) }),
    reply: z.strictObject({ updated: Count, unread: Count }),
  },
  /** Read or change how often to check and whether to notify; the schedule follows. */
  'follow-settings': {
    request: z.strictObject({ change: z.optional(z.partial(FollowSettingsSchema)) }),
    reply: z.strictObject({ settings: FollowSettingsSchema, nextCheckAt: z.nullable(TimestampSchema) }),
  },
  /** A portal's committees, to follow one (one request to its committee list; only a portal Sagsspor may ask). */
  'portal-committees': {
    request: z.strictObject({ portal: OriginSchema }),
    reply: z.strictObject({ committees: z.array(CommitteeChoiceSchema) }),
  },
} as const satisfies ProtocolMap;

export type ExtensionPageToBackground = typeof EXTENSION_PAGE_TO_BACKGROUND;
export type ExtensionPageToBackgroundType = MessageType<ExtensionPageToBackground>;
export type ExtensionPageToBackgroundRequest<T extends ExtensionPageToBackgroundType> = RequestOf<ExtensionPageToBackground, T>;
export type ExtensionPageToBackgroundReply<T extends ExtensionPageToBackgroundType> = ReplyOf<ExtensionPageToBackground, T>;
