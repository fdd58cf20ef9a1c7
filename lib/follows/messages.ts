/**
 * The follows' messages to the background, one map `{ type → { request, reply } }` in zod/mini:
 * the background's router validates each request and its reply (lib/follows/handlers.ts), and
 * the senders validate the reply (extension pages: `sendFollowMessage`; a minutes page:
 * lib/follows/page-client.ts with the page's cut of the replies).
 *
 * Who may send what (checked in the handlers, from the browser's sender, never the message):
 * a minutes page may follow, unfollow and ask about a case of its own site only; everything
 * else comes from the extension's own pages.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { makeRouter, MessageError, readReply, type MessageListener, type RequestSchemas, type Sender, type Transport } from '../messages-core.ts';
import { formatIssue } from '../store/validate.ts';
import { LIMITS } from '../store/limits.ts';
import {
  FollowSettingsSchema,
  FollowViewSchema,
  NewsRowSchema,
  OriginSchema,
  OutcomeListSchema,
  TimestampSchema,
} from './model.ts';

const IdSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));
const UrlSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.url));
const CaseNumberSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** Where a follow is: a page's address (its site says whose it is), or a municipality key (extension pages only). */
export const PlaceSchema = z.union([z.strictObject({ url: UrlSchema }), z.strictObject({ municipalityKey: z.string().check(z.minLength(1), z.maxLength(300)) })]);
export type Place = z.infer<typeof PlaceSchema>;

/** What to follow, as the pages ask for it; the background fills in municipality and portal. */
export const FollowInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('case'), caseNumber: CaseNumberSchema, place: PlaceSchema }),
  z.strictObject({
    kind: z.literal('committee'),
    committee: z.string().check(z.minLength(1), z.maxLength(500)),
    committeeId: z.nullable(z.string().check(z.maxLength(100))),
    place: PlaceSchema,
  }),
  z.strictObject({
    kind: z.literal('search'),
    words: z.string().check(z.minLength(1), z.maxLength(500)),
    outcomes: OutcomeListSchema,
    /** Null: every municipality followed. */
    place: z.nullable(PlaceSchema),
  }),
]);
export type FollowInput = z.infer<typeof FollowInputSchema>;

/** Which follows `list-follows` returns: all (extension pages), or those of one case (a page asks about its own). */
export const FollowScopeSchema = z.union([z.literal('all'), z.strictObject({ kind: z.literal('case'), url: UrlSchema, caseNumber: CaseNumberSchema })]);

export const CommitteeChoiceSchema = z.strictObject({ id: z.string(), name: z.string() });

export const FOLLOW_MESSAGES = {
  /** Follow a case, committee or search (the same thing again: the existing follow, `created: false`). */
  follow: {
    request: z.strictObject({ type: z.literal('follow'), target: FollowInputSchema, name: z.optional(z.nullable(z.string().check(z.maxLength(200)))) }),
    reply: z.strictObject({ follow: FollowViewSchema, created: z.boolean() }),
  },
  /** Stop following; its news entries go with it. */
  unfollow: {
    request: z.strictObject({ type: z.literal('unfollow'), id: IdSchema }),
    reply: z.strictObject({ removed: z.boolean() }),
  },
  /** The user's own name for a follow; '' names it by what it follows again. */
  'rename-follow': {
    request: z.strictObject({ type: z.literal('rename-follow'), id: IdSchema, name: z.string().check(z.maxLength(200)) }),
    reply: z.strictObject({ follow: FollowViewSchema }),
  },
  /** Follows with their visible state. */
  'list-follows': {
    request: z.strictObject({ type: z.literal('list-follows'), scope: FollowScopeSchema }),
    reply: z.strictObject({ follows: z.array(FollowViewSchema) }),
  },
  /** "Tjek nu": start a check of every followed portal (not waiting for it). */
  'check-follows': {
    request: z.strictObject({ type: z.literal('check-follows') }),
    reply: z.strictObject({ started: z.boolean(), running: z.boolean() }),
  },
  /** The "Nyt" list, unread first. */
  'list-news': {
    request: z.strictObject({ type: z.literal('list-news'), limit: z.optional(z.int().check(z.gte(1), z.lte(1000))) }),
    reply: z.strictObject({ news: z.array(NewsRowSchema), unread: z.int().check(z.nonnegative()) }),
  },
  /** Mark entries read (null: all); the badge follows. */
  'mark-news-read': {
    request: z.strictObject({ type: z.literal('mark-news-read'), ids: z.nullable(z.array(IdSchema).check(z.maxLength(10_000))) }),
    reply: z.strictObject({ updated: z.int().check(z.nonnegative()), unread: z.int().check(z.nonnegative()) }),
  },
  /** Read or change how often to check and whether to notify; the schedule follows. */
  'follow-settings': {
    request: z.strictObject({ type: z.literal('follow-settings'), change: z.optional(z.partial(FollowSettingsSchema)) }),
    reply: z.strictObject({ settings: FollowSettingsSchema, nextCheckAt: z.nullable(TimestampSchema) }),
  },
  /** A portal's committees, to follow one (one request to its committee list). */
  'portal-committees': {
    request: z.strictObject({ type: z.literal('portal-committees'), portal: OriginSchema }),
    reply: z.strictObject({ committees: z.array(CommitteeChoiceSchema) }),
  },
} as const;

export type FollowMessages = typeof FOLLOW_MESSAGES;
export type FollowType = keyof FollowMessages;
export type FollowRequestOf<T extends FollowType> = z.output<FollowMessages[T]['request']>;
export type FollowReplyOf<T extends FollowType> = z.output<FollowMessages[T]['reply']>;
export type FollowRequest = FollowRequestOf<FollowType>;

export type FollowHandlers = { [T in FollowType]: (request: FollowRequestOf<T>, sender: Sender) => Promise<FollowReplyOf<T>> };

const REQUESTS = Object.fromEntries(Object.entries(FOLLOW_MESSAGES).map(([type, m]) => [type, m.request])) as unknown as RequestSchemas<FollowRequest>;
const REPLIES = Object.fromEntries(Object.entries(FOLLOW_MESSAGES).map(([type, m]) => [type, m.reply]));

/** The background's router for the follows' messages (a listener beside the store's: types never overlap). */
export function followRouter(handlers: FollowHandlers): MessageListener {
  return makeRouter<FollowRequest>(REQUESTS, REPLIES, (request, sender) => {
    const handler = handlers[request.type] as (r: FollowRequest, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  });
}

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** Send a follows message from an extension page; its validated reply, or a MessageError. */
export async function sendFollowMessage<T extends FollowType>(request: FollowRequestOf<T> & { type: T }, transport: Transport = runtimeTransport): Promise<FollowReplyOf<T>> {
  const type = (request as { type: T }).type;
  const checked = z.safeParse(FOLLOW_MESSAGES[type].request as z.ZodMiniType, request);
  if (!checked.success) throw new MessageError('invalid-request', formatIssue(checked.error.issues[0]));
  return readReply(FOLLOW_MESSAGES[type].reply, await transport(checked.data), type) as FollowReplyOf<T>;
}
