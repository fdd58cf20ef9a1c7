/**
 * The part of the message contract the content script needs, written with `zod/mini` so the
 * content script carries no full Zod (its size budget, `contentScriptKB`): the envelope, the
 * routers, the requests a page answers (`ContentRequest`), and the replies a page reads from
 * the background. lib/messages.ts builds the whole contract on these same schemas; nothing is
 * defined twice. Where a page reads only part of a reply (a bookmark's id, title, anchor, note
 * and tags), the schema here is that part, and a test checks it accepts every full reply.
 */
import * as z from 'zod/mini';
import type { Browser } from 'wxt/browser';
import { LIMITS } from './store/limits.ts';
import { formatIssue } from './store/validate.ts';
import { PageItemTrailSchema, RelatedItemSchema } from './trail/contract.ts';

// ---------------------------------------------------------------------------------------------
// Schemas shared with the whole contract

/** Where a quote sits on its page (Hypothesis' TextQuoteSelector + TextPositionSelector). */
export const TextAnchorSchema = z.strictObject({
  /** The quoted text exactly as on the page. */
  exact: z.string().check(z.maxLength(LIMITS.quote)),
  /** Up to ~32 characters before and after the quote. */
  prefix: z.string().check(z.maxLength(LIMITS.context)),
  suffix: z.string().check(z.maxLength(LIMITS.context)),
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


// ---------------------------------------------------------------------------------------------
// Requests a page answers

/** Keyboard commands on a minutes page; their names are the manifest's `commands`. */
export const PAGE_COMMANDS = ['next-decision', 'previous-decision', 'toggle-outline'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/**
 * The requests a page answers, by type. A router looks the schema up by the message's `type`
 * (so no discriminated union is needed: the content script carries no code for one).
 */
export const CONTENT_REQUESTS = {
  /** The page at a glance, for the popup. */
  'page-summary': z.strictObject({ type: z.literal('page-summary') }),
  /** Read the page now even where detection said no ("Analysér denne side"). */
  'analyse-page': z.strictObject({ type: z.literal('analyse-page') }),
  /** Scroll to an item and mark it; `found: false` when the page no longer has it. */
  'reveal-item': z.strictObject({ type: z.literal('reveal-item'), itemNumber: z.int(), anchor: z.nullable(TextAnchorSchema) }),
  /** A keyboard command (manifest `commands`), passed on by the background to the active tab. */
  'page-command': z.strictObject({ type: z.literal('page-command'), command: z.enum(PAGE_COMMANDS) }),
  /** Switch the annotations on this page off (the page's DOM comes back as it was) or on again. */
  'set-annotations': z.strictObject({ type: z.literal('set-annotations'), on: z.boolean() }),
} as const;
export type ContentType = keyof typeof CONTENT_REQUESTS;
export type ContentRequest = z.output<(typeof CONTENT_REQUESTS)[ContentType]>;
export type ContentRequestOf<T extends ContentType> = Extract<ContentRequest, { type: T }>;

// ---------------------------------------------------------------------------------------------
// The parts of the background's replies a page reads

const HexColour = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));

/** Settings as a page uses them: language, outline, colours, theme. */
export const PageSettingsSchema = z.object({
  locale: z.enum(['da', 'en']),
  theme: z.optional(z.enum(['system', 'light', 'dark'])),
  outlineOpen: z.boolean(),
  colours: z.object({ positive: HexColour, negative: HexColour, neutral: HexColour, bookmark: HexColour }),
});
export type PageSettings = z.infer<typeof PageSettingsSchema>;

/** A bookmark as a page shows it. */
export const PageBookmarkSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.id)),
  itemNumber: z.int(),
  title: z.string(),
  decision: z.nullable(z.string()),
  anchor: TextAnchorSchema,
  note: z.string(),
  tags: z.array(z.string()),
});
export type PageBookmark = z.infer<typeof PageBookmarkSchema>;

/** The reply schemas of the background requests a page sends. */
export const PAGE_REPLIES = {
  'report-page': z.object({ meetingId: z.nullable(z.string()) }),
  'bookmark-item': z.object({ bookmark: PageBookmarkSchema }),
  'update-bookmark': z.object({ bookmark: PageBookmarkSchema }),
  'remove-bookmarks': z.object({}),
  'list-bookmarks': z.object({ bookmarks: z.array(PageBookmarkSchema) }),
  'report-anchors': z.object({}),
  'related-items': z.object({ municipalityKey: z.string(), caseNumber: z.string(), items: z.array(RelatedItemSchema) }),
  'page-trail': z.object({ municipalityKey: z.string(), items: z.array(PageItemTrailSchema) }),
  'open-case': z.object({ opened: z.boolean() }),
  'open-reader': z.object({ opened: z.boolean() }),
  'get-settings': z.object({ settings: PageSettingsSchema }),
  'remember-outline': z.object({}),
  'get-locale-messages': z.object({ messages: LocaleMessagesSchema }),
} as const;
export type PageRequestType = keyof typeof PAGE_REPLIES;

// ---------------------------------------------------------------------------------------------
// Envelope and errors

export const ERROR_CODES = ['invalid-request', 'invalid-response', 'no-response', 'not-found', 'invalid', 'forbidden', 'storage-unavailable', 'failed'] as const;
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

/** Anything with Zod's `issues` (classic or mini): a validation error. */
function isValidationError(error: unknown): error is { issues: Parameters<typeof formatIssue>[0][] } {
  return error instanceof z.core.$ZodError;
}

/** Handlers throw this (or anything with a `code` of ERROR_CODES) to choose the error code. */
export function errorEnvelope(error: unknown): ErrorEnvelope {
  if (isValidationError(error)) return { ok: false, error: { code: 'invalid', message: formatIssue(error.issues[0]) } };
  const code =
    typeof error === 'object' && error !== null && 'code' in error && (ERROR_CODES as readonly unknown[]).includes(error.code)
      ? (error.code as MessageErrorCode)
      : 'failed';
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code, message } };
}

/** A schema of either Zod flavour. */
export type AnySchema = z.core.$ZodType;

/**
 * The validated data of a reply envelope, or a MessageError. The envelope says by `ok` which
 * kind it is, and that kind is then checked whole (so a malformed reply is named by the field
 * that is wrong, e.g. "data.settings.locale: …").
 */
export function readReply<S extends AnySchema>(schema: S, reply: unknown, type: string): z.output<S> {
  if (reply === undefined) throw new MessageError('no-response', `no answer to '${type}'`);
  const invalid = (issue: Parameters<typeof formatIssue>[0]) =>
    new MessageError('invalid-response', `invalid answer to '${type}': ${formatIssue(issue)}`);
  if (typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === false) {
    const failed = z.safeParse(ErrorEnvelopeSchema, reply);
    if (!failed.success) throw invalid(failed.error.issues[0]);
    throw new MessageError(failed.data.error.code, failed.data.error.message);
  }
  const parsed = z.safeParse(z.strictObject({ ok: z.literal(true), data: schema }), reply);
  if (!parsed.success) throw invalid(parsed.error.issues[0]);
  return (parsed.data as { ok: true; data: z.output<S> }).data;
}

// ---------------------------------------------------------------------------------------------
// Routers

export type Transport = (message: unknown) => Promise<unknown>;
export type Sender = Browser.runtime.MessageSender;

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

/** The request schemas a router knows, by the `type` each one validates. */
export type RequestSchemas<Req extends { type: string }> = { readonly [T in Req['type']]: z.core.$ZodType<Extract<Req, { type: T }>> };

/**
 * A router: a request whose `type` is in `requests` is validated with that type's schema,
 * handled, and (when `responses` has a schema for the type) the answer is validated before it
 * is sent.
 */
export function makeRouter<Req extends { type: string }>(
  requests: RequestSchemas<Req>,
  responses: Partial<Record<string, AnySchema>>,
  handle: (request: Req, sender: Sender) => Promise<unknown>,
): MessageListener {
  const known = new Map<string, z.core.$ZodType<Req>>(Object.entries(requests));
  return (message, sender, sendResponse) => {
    const type = typeOf(message);
    const requestSchema = type === null ? undefined : known.get(type);
    if (type === null || requestSchema === undefined) return undefined;
    const reply: Promise<Envelope<unknown>> = (async () => {
      const parsed = z.safeParse(requestSchema, message);
      if (!parsed.success) return { ok: false, error: { code: 'invalid-request', message: formatIssue(parsed.error.issues[0]) } } as const;
      try {
        const data = await handle(parsed.data, sender);
        const schema = responses[type];
        if (schema === undefined) return { ok: true, data };
        const checked = z.safeParse(schema, data);
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
