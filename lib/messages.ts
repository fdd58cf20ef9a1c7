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
import { browser, type Browser } from 'wxt/browser';
import { MeetingSchema, OutcomeSchema } from './model.ts';
import {
  BookmarkBackupSchema,
  BookmarkTargetSchema,
  BookmarkViewSchema,
  DateSchema,
  LIMITS,
  LocaleSchema,
  MeetingRefSchema,
  SettingsSchema,
  TextAnchorSchema,
} from './store/schemas.ts';
import { formatIssue } from './store/validate.ts';

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A `_locales/<locale>/messages.json` file. */
export const LocaleMessagesSchema = z.record(
  z.string(),
  z.object({
    message: z.string(),
    description: z.string().optional(),
    placeholders: z.record(z.string(), z.object({ content: z.string(), example: z.string().optional() })).optional(),
  }),
);

/** What the content script knows about the page it runs on (popup "current page", action badge). */
export const PageSummarySchema = z.strictObject({
  url: z.string().max(LIMITS.url),
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

/** One item of a case's trail across meetings. */
export const CaseHitSchema = z.strictObject({
  meetingId: z.string(),
  meetingDate: DateSchema.nullable(),
  committee: z.string().nullable(),
  url: z.string().nullable(),
  itemNumber: z.number().int(),
  title: z.string(),
  decision: z.string().nullable(),
  outcome: OutcomeSchema,
});
export type CaseHit = z.infer<typeof CaseHitSchema>;

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
  /** Undo a delete. */
  z.strictObject({ type: z.literal('restore-bookmarks'), backups: z.array(BookmarkBackupSchema).min(1).max(10_000) }),
  /** Add/remove tags on several bookmarks at once. */
  z.strictObject({ type: z.literal('tag-bookmarks'), ids: IdsSchema, add: TagInputSchema, remove: TagInputSchema }),
  /** Bookmarks with notes, newest meeting first. */
  z.strictObject({ type: z.literal('list-bookmarks'), scope: BookmarkScopeSchema }),
  /** How many bookmarks in all and in the scope. */
  z.strictObject({ type: z.literal('get-counts'), scope: BookmarkScopeSchema }),
  /** Which bookmarked items the page annotations found on their page ("ikke fundet på siden" for the others). */
  z.strictObject({
    type: z.literal('report-anchors'),
    results: z.array(z.strictObject({ id: IdSchema, found: z.boolean() })).max(10_000),
  }),
  /** The trail of a case: every stored item with this case number in the page's municipality. */
  z.strictObject({
    type: z.literal('lookup-case'),
    municipality: z.string().max(LIMITS.title).nullable(),
    url: z.string().min(1).max(LIMITS.url),
    caseNumber: z.string().min(1).max(100),
  }),
  /** Appearance and language settings (the page annotations follow them). */
  z.strictObject({ type: z.literal('get-settings') }),
  /** The UI text of the chosen language, for content scripts (they cannot read the extension's files). */
  z.strictObject({ type: z.literal('get-locale-messages'), locale: LocaleSchema }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
export type BackgroundType = BackgroundRequest['type'];

export const BACKGROUND_RESPONSES = {
  'report-page': z.strictObject({ meetingId: z.string().nullable() }),
  'bookmark-item': z.strictObject({ bookmark: BookmarkViewSchema, created: z.boolean() }),
  'update-bookmark': z.strictObject({ bookmark: BookmarkViewSchema }),
  'remove-bookmarks': z.strictObject({ removed: z.array(BookmarkBackupSchema) }),
  'restore-bookmarks': z.strictObject({ restored: z.number().int().nonnegative() }),
  'tag-bookmarks': z.strictObject({ updated: z.number().int().nonnegative() }),
  'list-bookmarks': z.strictObject({ bookmarks: z.array(BookmarkViewSchema) }),
  'get-counts': z.strictObject({ total: z.number().int().nonnegative(), inScope: z.number().int().nonnegative() }),
  'report-anchors': z.strictObject({ updated: z.number().int().nonnegative() }),
  'lookup-case': z.strictObject({ items: z.array(CaseHitSchema) }),
  'get-settings': z.strictObject({ settings: SettingsSchema }),
  'get-locale-messages': z.strictObject({ messages: LocaleMessagesSchema }),
} satisfies { [T in BackgroundType]: z.ZodType };

export type BackgroundRequestOf<T extends BackgroundType> = Extract<BackgroundRequest, { type: T }>;
export type BackgroundResponseOf<T extends BackgroundType> = z.infer<(typeof BACKGROUND_RESPONSES)[T]>;

// ---------------------------------------------------------------------------------------------
// Requests to the content script

/** Keyboard commands on a minutes page; their names are the manifest's `commands`. */
export const PAGE_COMMANDS = ['next-decision', 'previous-decision', 'toggle-outline'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export const ContentRequestSchema = z.discriminatedUnion('type', [
  /** The page at a glance, for the popup. */
  z.strictObject({ type: z.literal('page-summary') }),
  /** Read the page now even where detection said no ("Analysér denne side"). */
  z.strictObject({ type: z.literal('analyse-page') }),
  /** Scroll to an item and mark it; `found: false` when the page no longer has it. */
  z.strictObject({ type: z.literal('reveal-item'), itemNumber: z.number().int(), anchor: TextAnchorSchema.nullable() }),
  /** A keyboard command (manifest `commands`), passed on by the background to the active tab. */
  z.strictObject({ type: z.literal('page-command'), command: z.enum(PAGE_COMMANDS) }),
  /** Switch the annotations on this page off (the page's DOM comes back as it was) or on again. */
  z.strictObject({ type: z.literal('set-annotations'), on: z.boolean() }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;
export type ContentType = ContentRequest['type'];

export const CONTENT_RESPONSES = {
  'page-summary': z.strictObject({ summary: PageSummarySchema }),
  'analyse-page': z.strictObject({ summary: PageSummarySchema }),
  'reveal-item': z.strictObject({ found: z.boolean() }),
  'page-command': z.strictObject({ done: z.boolean() }),
  'set-annotations': z.strictObject({ summary: PageSummarySchema }),
} satisfies { [T in ContentType]: z.ZodType };

export type ContentRequestOf<T extends ContentType> = Extract<ContentRequest, { type: T }>;
export type ContentResponseOf<T extends ContentType> = z.infer<(typeof CONTENT_RESPONSES)[T]>;

// ---------------------------------------------------------------------------------------------
// Envelope and errors

export const ERROR_CODES = ['invalid-request', 'invalid-response', 'no-response', 'not-found', 'invalid', 'failed'] as const;
export type MessageErrorCode = (typeof ERROR_CODES)[number];

const ErrorEnvelopeSchema = z.strictObject({
  ok: z.literal(false),
  error: z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;
export type Envelope<D> = { ok: true; data: D } | ErrorEnvelope;

export class MessageError extends Error {
  readonly code: MessageErrorCode;
  constructor(code: MessageErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'MessageError';
  }
}

/** Handlers throw this (or anything with a `code` of ERROR_CODES) to choose the error code. */
function errorEnvelope(error: unknown): ErrorEnvelope {
  if (error instanceof z.ZodError) return { ok: false, error: { code: 'invalid', message: formatIssue(error.issues[0]) } };
  const code =
    typeof error === 'object' && error !== null && 'code' in error && (ERROR_CODES as readonly unknown[]).includes(error.code)
      ? (error.code as MessageErrorCode)
      : 'failed';
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code, message } };
}

function envelopeSchema<S extends z.ZodType>(data: S) {
  return z.union([z.strictObject({ ok: z.literal(true), data }), ErrorEnvelopeSchema]);
}

function readReply<S extends z.ZodType>(schema: S, reply: unknown, type: string): z.infer<S> {
  if (reply === undefined) throw new MessageError('no-response', `no answer to '${type}'`);
  const parsed = envelopeSchema(schema).safeParse(reply);
  if (!parsed.success) throw new MessageError('invalid-response', `invalid answer to '${type}': ${formatIssue(parsed.error.issues[0])}`);
  const envelope = parsed.data as { ok: true; data: z.infer<S> } | ErrorEnvelope;
  if (!envelope.ok) throw new MessageError(envelope.error.code, envelope.error.message);
  return envelope.data;
}

// ---------------------------------------------------------------------------------------------
// Senders

export type Transport = (message: unknown) => Promise<unknown>;

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
  const checked = ContentRequestSchema.safeParse(request);
  if (!checked.success) throw new MessageError('invalid-request', formatIssue(checked.error.issues[0]));
  const type = request.type as T;
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

export type Sender = Browser.runtime.MessageSender;

export type BackgroundHandlers = {
  [T in BackgroundType]: (request: BackgroundRequestOf<T>, sender: Sender) => Promise<BackgroundResponseOf<T>>;
};
export type ContentHandlers = {
  [T in ContentType]: (request: ContentRequestOf<T>, sender: Sender) => Promise<ContentResponseOf<T>>;
};

/**
 * The shape of an onMessage listener that works in Chromium, Firefox and WXT's fake browser
 * (toolchain pitfall 4): with `sendResponse`, reply through it and return true; without, return
 * the promise. Returns undefined for messages that are not Sagsspor's.
 */
export type MessageListener = (
  message: unknown,
  sender: Sender,
  sendResponse?: (response: unknown) => void,
) => true | Promise<unknown> | undefined;

function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null || !('type' in message)) return null;
  return typeof message.type === 'string' ? message.type : null;
}

function makeRouter<Req extends { type: string }>(
  requestSchema: z.ZodType<Req>,
  responses: Record<string, z.ZodType>,
  handle: (request: Req, sender: Sender) => Promise<unknown>,
): MessageListener {
  const types = new Set(Object.keys(responses));
  return (message, sender, sendResponse) => {
    const type = typeOf(message);
    if (type === null || !types.has(type)) return undefined;
    const reply: Promise<Envelope<unknown>> = (async () => {
      const parsed = requestSchema.safeParse(message);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-request', message: formatIssue(parsed.error.issues[0]) } } as const;
      try {
        const data = await handle(parsed.data, sender);
        const checked = responses[type]!.safeParse(data);
        if (!checked.success) {
          return { ok: false, error: { code: 'invalid-response', message: formatIssue(checked.error.issues[0]) } } as const;
        }
        return { ok: true, data: checked.data };
      } catch (error) {
        return errorEnvelope(error);
      }
    })();
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
}

/** The background's router: validates each request, runs its handler, validates the answer. */
export function handleMessage(handlers: BackgroundHandlers): MessageListener {
  return makeRouter(BackgroundRequestSchema, BACKGROUND_RESPONSES, (request, sender) => {
    const handler = handlers[request.type] as (r: BackgroundRequest, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  });
}

/** The content script's router for requests from the popup and the background. */
export function handleContentMessage(handlers: ContentHandlers): MessageListener {
  return makeRouter(ContentRequestSchema, CONTENT_RESPONSES, (request, sender) => {
    const handler = handlers[request.type] as (r: ContentRequest, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  });
}
