/**
 * The one message contract of Sagsspor. Two directions:
 *
 * - content script / extension pages → background (the store): `BackgroundRequest`, sent with
 *   `sendMessage`, answered by the router `handleMessage(handlers)` in the background.
 * - popup / background → content script (the page): `ContentRequest`, sent with `sendToTab`,
 *   answered by `handleContentMessage(handlers)` in the content script.
 *
 * Every request is validated with Zod by the receiver, every response by the sender. A reply is
 * an envelope: `{ ok: true, data }` or `{ ok: false, error: { code, message } }`. Messages whose
 * `type` is not Sagsspor's are left for other listeners (no reply).
 *
 * This module imports no Dexie: the content script may import it.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  CONTENT_REQUESTS,
  LocaleMessagesSchema,
  makeRouter,
  MessageError,
  readReply,
  type ContentRequest,
  type ContentRequestOf,
  type ContentType,
  type MessageListener,
  type RequestSchemas,
  type Sender,
  type Transport,
} from './messages-core.ts';
import { MeetingSchema } from './model.ts';
import {
  BookmarkBackupSchema,
  BookmarkTargetSchema,
  BookmarkViewSchema,
  LIMITS,
  LocaleSchema,
  MeetingRefSchema,
  SettingsSchema,
  StorableAddressSchema,
} from './store/schemas.ts';
import { formatIssue } from './store/validate.ts';
import { PageItemTrailSchema, RelatedItemSchema } from './trail/contract.ts';
import { PageItemQuerySchema, TrailMeetingRefSchema } from './trail/requests.ts';

// The content-safe core (zod/mini), re-exported: one contract, one place to import it from.
export {
  CONTENT_REQUESTS,
  ERROR_CODES,
  LocaleMessagesSchema,
  MessageError,
  PAGE_COMMANDS,
  type ContentRequest,
  type ContentRequestOf,
  type ContentType,
  type Envelope,
  type ErrorEnvelope,
  type MessageErrorCode,
  type MessageListener,
  type PageCommand,
  type Sender,
  type Transport,
} from './messages-core.ts';

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** What the content script knows about the page it runs on (popup "current page", action badge). */
export const PageSummarySchema = z.strictObject({
  url: StorableAddressSchema,
  title: z.string().max(LIMITS.title),
  /** True when the page was read as an agenda or minutes; false when the script ran and found none. */
  analysed: z.boolean(),
  meeting: MeetingRefSchema.nullable(),
  itemCount: z.number().int().nonnegative(),
  /** Items with a decision text. The action badge shows this number. */
  decisionCount: z.number().int().nonnegative(),
  caseNumberCount: z.number().int().nonnegative(),
  /** Bookmarked items the page annotations found on the page. */
  bookmarkedCount: z.number().int().nonnegative(),
  /** Whether the annotations are shown (the user can switch them off on a page). */
  annotationsOn: z.boolean(),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

const IdSchema = z.string().min(1).max(LIMITS.id);
const IdsSchema = z.array(IdSchema).min(1).max(10_000);
const TagInputSchema = z.array(z.string().max(LIMITS.tag * 4)).max(LIMITS.tagsPerBookmark);

/** Which bookmarks: all, the page's (by its URL or its meeting, so a moved page keeps them), or a meeting's. */
export const BookmarkScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('page'), url: z.string().min(1).max(LIMITS.url), meeting: MeetingRefSchema.nullable() }),
  z.strictObject({ kind: z.literal('meeting'), meetingId: z.string().min(1).max(LIMITS.url) }),
]);
export type BookmarkScopeMessage = z.infer<typeof BookmarkScopeSchema>;

// ---------------------------------------------------------------------------------------------
// Requests to the background

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  /** The content script read a page: store the meeting (when there is one) and set the badge. */
  z.strictObject({ type: z.literal('report-page'), summary: PageSummarySchema, meeting: MeetingSchema.nullable() }),
  /** Bookmark an item (idempotent: the same item again returns the existing bookmark). */
  z.strictObject({
    type: z.literal('bookmark-item'),
    target: BookmarkTargetSchema,
    tags: TagInputSchema.optional(),
    note: z.string().max(LIMITS.note).optional(),
  }),
  /** Edit a bookmark's note and/or tags in place (tags replace the old list). */
  z.strictObject({
    type: z.literal('update-bookmark'),
    id: IdSchema,
    note: z.string().max(LIMITS.note).optional(),
    tags: TagInputSchema.optional(),
  }),
  /** Delete bookmarks; the reply carries them so the page can offer undo. */
  z.strictObject({ type: z.literal('remove-bookmarks'), ids: IdsSchema }),
  /** Bookmarks with notes, newest meeting first. */
  z.strictObject({ type: z.literal('list-bookmarks'), scope: BookmarkScopeSchema }),
  /** Which bookmarked items the page annotations found on their page ("ikke fundet på siden" for the others). */
  z.strictObject({
    type: z.literal('report-anchors'),
    results: z.array(z.strictObject({ id: IdSchema, found: z.boolean() })).max(10_000),
  }),
  /**
   * "Same case elsewhere": the other stored items with this case number in the page's
   * municipality, newest first, each with a deep link; `current` (the item shown) is left out.
   */
  z.strictObject({
    type: z.literal('related-items'),
    municipality: z.string().max(LIMITS.title).nullable(),
    url: z.string().min(1).max(LIMITS.url),
    caseNumber: z.string().min(1).max(100),
    current: z.strictObject({ meeting: TrailMeetingRefSchema, itemNumber: z.number().int() }).nullable().optional(),
  }),
  /**
   * The same for every item of a page in one message: related items, counts per item and case
   * number ("3 andre behandlinger"), "Sagens forløb" entries resolved, manual links.
   */
  z.strictObject({
    type: z.literal('page-trail'),
    url: z.string().min(1).max(LIMITS.url),
    meeting: TrailMeetingRefSchema,
    items: z.array(PageItemQuerySchema).max(2000),
    /** At most this many related items per item (default 50); counts stay complete. */
    limit: z.number().int().min(1).max(1000).optional(),
  }),
  /** Open the case view of one case in a new tab (a content script cannot open extension pages itself). */
  z.strictObject({ type: z.literal('open-case'), municipalityKey: z.string().min(1).max(LIMITS.title), caseNumber: z.string().min(1).max(100) }),
  /** Open a minutes PDF in the reader (an extension page) in a new tab. Web addresses only. */
  z.strictObject({ type: z.literal('open-reader'), url: z.string().max(LIMITS.url).regex(/^https?:\/\//i) }),
  /** Appearance and language settings (the page annotations follow them). */
  z.strictObject({ type: z.literal('get-settings') }),
  /** The user opened or closed a page's outline: the next page starts the same way. */
  z.strictObject({ type: z.literal('remember-outline'), open: z.boolean() }),
  /** The UI text of the chosen language, for content scripts (they cannot read the extension's files). */
  z.strictObject({ type: z.literal('get-locale-messages'), locale: LocaleSchema }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
export type BackgroundType = BackgroundRequest['type'];
/** The same requests by type, for the router (from the union's own options: every type has its schema). */
const BACKGROUND_REQUESTS = Object.fromEntries(
  BackgroundRequestSchema.options.map((o) => [o.shape.type.value, o]),
) as unknown as RequestSchemas<BackgroundRequest>;

export const BACKGROUND_RESPONSES = {
  'report-page': z.strictObject({ meetingId: z.string().nullable() }),
  'bookmark-item': z.strictObject({ bookmark: BookmarkViewSchema, created: z.boolean() }),
  'update-bookmark': z.strictObject({ bookmark: BookmarkViewSchema }),
  'remove-bookmarks': z.strictObject({ removed: z.array(BookmarkBackupSchema) }),
  'list-bookmarks': z.strictObject({ bookmarks: z.array(BookmarkViewSchema) }),
  'report-anchors': z.strictObject({ updated: z.number().int().nonnegative() }),
  'related-items': z.strictObject({ municipalityKey: z.string(), caseNumber: z.string(), items: z.array(RelatedItemSchema) }),
  'page-trail': z.strictObject({ municipalityKey: z.string(), items: z.array(PageItemTrailSchema) }),
  'open-case': z.strictObject({ opened: z.boolean() }),
  'open-reader': z.strictObject({ opened: z.boolean() }),
  'get-settings': z.strictObject({ settings: SettingsSchema }),
  'remember-outline': z.strictObject({}),
  'get-locale-messages': z.strictObject({ messages: LocaleMessagesSchema }),
} satisfies { [T in BackgroundType]: z.ZodType };

export type BackgroundRequestOf<T extends BackgroundType> = Extract<BackgroundRequest, { type: T }>;
export type BackgroundResponseOf<T extends BackgroundType> = z.infer<(typeof BACKGROUND_RESPONSES)[T]>;

// ---------------------------------------------------------------------------------------------
// Requests to the content script

export const CONTENT_RESPONSES = {
  'page-summary': z.strictObject({ summary: PageSummarySchema }),
  'analyse-page': z.strictObject({ summary: PageSummarySchema }),
  'reveal-item': z.strictObject({ found: z.boolean() }),
  'page-command': z.strictObject({ done: z.boolean() }),
  'set-annotations': z.strictObject({ summary: PageSummarySchema }),
} satisfies { [T in ContentType]: z.ZodType };

export type ContentResponseOf<T extends ContentType> = z.infer<(typeof CONTENT_RESPONSES)[T]>;

// ---------------------------------------------------------------------------------------------
// Senders

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * Send a request to the background and get its validated answer. Throws MessageError:
 * 'invalid-request' before sending when the request is malformed, the handler's code when it
 * failed, 'no-response' / 'invalid-response' when the answer is missing or malformed.
 */
export async function sendMessage<T extends BackgroundType>(
  request: BackgroundRequestOf<T>,
  transport: Transport = runtimeTransport,
): Promise<BackgroundResponseOf<T>> {
  const checked = BackgroundRequestSchema.safeParse(request);
  if (!checked.success) throw new MessageError('invalid-request', formatIssue(checked.error.issues[0]));
  const type = request.type as T;
  const reply = await transport(checked.data);
  return readReply(BACKGROUND_RESPONSES[type], reply, type) as BackgroundResponseOf<T>;
}

/**
 * Ask the content script in a tab. Rejects with MessageError 'no-response' when no content
 * script answers (not injected, a page the extension cannot run on) or after `timeoutMs`.
 */
export async function sendToTab<T extends ContentType>(
  tabId: number,
  request: ContentRequestOf<T>,
  options: { timeoutMs?: number; transport?: Transport } = {},
): Promise<ContentResponseOf<T>> {
  const type = request.type as T;
  const schema = Object.hasOwn(CONTENT_REQUESTS, type) ? CONTENT_REQUESTS[type] : undefined;
  if (schema === undefined) throw new MessageError('invalid-request', `no such request: '${String(type)}'`);
  const checked = z.safeParse(schema, request);
  if (!checked.success) throw new MessageError('invalid-request', formatIssue(checked.error.issues[0]));
  const transport: Transport = options.transport ?? ((m) => browser.tabs.sendMessage(tabId, m));
  const timeoutMs = options.timeoutMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const reply = await Promise.race([
      transport(checked.data).catch((e: unknown) => {
        throw new MessageError('no-response', e instanceof Error ? e.message : String(e));
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new MessageError('no-response', `no answer to '${type}' within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return readReply(CONTENT_RESPONSES[type], reply, type) as ContentResponseOf<T>;
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Routers

export type BackgroundHandlers = {
  [T in BackgroundType]: (request: BackgroundRequestOf<T>, sender: Sender) => Promise<BackgroundResponseOf<T>>;
};
export type ContentHandlers = {
  [T in ContentType]: (request: ContentRequestOf<T>, sender: Sender) => Promise<ContentResponseOf<T>>;
};

/** The background's router: validates each request, runs its handler, validates the answer. */
export function handleMessage(handlers: BackgroundHandlers): MessageListener {
  return makeRouter<BackgroundRequest>(BACKGROUND_REQUESTS, BACKGROUND_RESPONSES, (request, sender) => {
    const handler = handlers[request.type] as (r: BackgroundRequest, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  });
}

/** The content script's router for requests from the popup and the background. */
export function handleContentMessage(handlers: ContentHandlers): MessageListener {
  return makeRouter<ContentRequest>(CONTENT_REQUESTS, CONTENT_RESPONSES, (request, sender) => {
    const handler = handlers[request.type] as (r: ContentRequest, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  });
}
