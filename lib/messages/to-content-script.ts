/**
 * Requests a content script answers, from the popup and the background (sent with `sendToTab`,
 * answered by `answerContentScriptRequests`). The content script validates each request on
 * receipt; the sender validates the reply, since it comes from a page.
 *
 * To add one: an entry here, and its handler in entrypoints/content.ts (the handler map does
 * not compile without it).
 */
import * as z from 'zod/mini';
import { PageSummarySchema, TextAnchorSchema } from './parts.ts';
import type { HandlersOf, MessageType, ProtocolMap, ReplyOf, RequestOf, Sender } from './protocol.ts';

/** Keyboard commands on a minutes page; their names are the manifest's `commands`. */
export const PAGE_COMMANDS = ['next-decision', 'previous-decision', 'toggle-outline'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

const withSummary = z.strictObject({ summary: PageSummarySchema });

export const TO_CONTENT_SCRIPT = {
  /** The page at a glance, for the popup. */
  'page-summary': { request: z.strictObject({}), reply: withSummary },
  /** Read the page now even where detection said no ("Analysér denne side"). */
  'analyse-page': { request: z.strictObject({}), reply: withSummary },
  /** Scroll to an item and mark it; `found: false` when the page no longer has it. */
  'reveal-item': {
    request: z.strictObject({ itemNumber: z.int(), anchor: z.nullable(TextAnchorSchema) }),
    reply: z.strictObject({ found: z.boolean() }),
  },
  /** A keyboard command (manifest `commands`), passed on by the background to the active tab. */
  'page-command': {
    request: z.strictObject({ command: z.enum(PAGE_COMMANDS) }),
    reply: z.strictObject({ done: z.boolean() }),
  },
  /** Switch the annotations on this page off (the page's DOM comes back as it was) or on again. */
  'set-annotations': { request: z.strictObject({ on: z.boolean() }), reply: withSummary },
} as const satisfies ProtocolMap;

export type ToContentScript = typeof TO_CONTENT_SCRIPT;
export type ContentScriptRequestType = MessageType<ToContentScript>;
export type ContentScriptRequest<T extends ContentScriptRequestType> = RequestOf<ToContentScript, T>;
export type ContentScriptReply<T extends ContentScriptRequestType> = ReplyOf<ToContentScript, T>;
export type ContentScriptHandlers = HandlersOf<ToContentScript, Sender>;
