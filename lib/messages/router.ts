/**
 * A router: the onMessage listener that answers one direction of the contract. A message whose
 * `type` is not in its map is left for other listeners (no reply); one that is is validated
 * against its request schema, handled, and answered in an envelope.
 */
import * as z from 'zod/mini';
import { errorEnvelope, invalidRequest, type Envelope } from './envelope.ts';
import type { HandlersOf, MessageType, ProtocolMap, ReceivedRequestOf, Sender } from './protocol.ts';
import { formatIssue } from '../store/validate.ts';

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

export interface RouterOptions {
  /**
   * Validate each reply before sending it. The background does (the content script trusts what
   * the background sends); the content script does not (the popup and the background validate
   * what a page answers, on receipt).
   */
  checkReplies: boolean;
}

function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null || !('type' in message)) return null;
  return typeof message.type === 'string' ? message.type : null;
}

/** The fields of a request beside its `type`. */
export function fieldsOf(message: object): Record<string, unknown> {
  const { type: _type, ...fields } = message as Record<string, unknown>;
  return fields;
}

export function makeRouter<M extends ProtocolMap>(
  protocol: M,
  handle: <T extends MessageType<M>>(type: T, request: ReceivedRequestOf<M, T>, sender: Sender) => Promise<unknown>,
  options: RouterOptions,
): MessageListener {
  return (message, sender, sendResponse) => {
    const type = typeOf(message);
    if (type === null || !Object.hasOwn(protocol, type)) return undefined;
    const def = protocol[type]!;
    const reply: Promise<Envelope<unknown>> = (async () => {
      const parsed = z.safeParse(def.request, fieldsOf(message as object));
      if (!parsed.success) return invalidRequest(parsed.error.issues[0]);
      try {
        const data = await handle(type, parsed.data as ReceivedRequestOf<M, typeof type>, sender);
        if (!options.checkReplies) return { ok: true, data };
        const checked = z.safeParse(def.reply, data);
        if (!checked.success) return { ok: false, error: { code: 'invalid-response', message: formatIssue(checked.error.issues[0]) } } as const;
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

/** Run the handler of a request's type. */
export function dispatch<M extends ProtocolMap, Context, T extends MessageType<M>>(
  handlers: HandlersOf<M, Context>,
  type: T,
  request: ReceivedRequestOf<M, T>,
  context: Context,
): Promise<unknown> {
  return handlers[type](request, context);
}
