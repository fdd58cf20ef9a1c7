/**
 * Sending from the extension's own pages and the background, validating both ways: the request
 * before it leaves (a malformed one never does), the reply when it comes back. Content scripts
 * send with lib/messages/content-script.ts instead, which carries none of these schemas.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { CONTENT_TO_BACKGROUND } from './content-to-background.ts';
import { MessageError, readReply } from './envelope.ts';
import { EXTENSION_PAGE_TO_BACKGROUND } from './extension-page-to-background.ts';
import type { MessageType, ProtocolMap, ReplyOf, RequestOf, Transport } from './protocol.ts';
import { fieldsOf } from './router.ts';
import { TO_CONTENT_SCRIPT, type ContentScriptReply, type ContentScriptRequest, type ContentScriptRequestType } from './to-content-script.ts';
import { formatIssue } from '../store/validate.ts';

/** Every request the background answers, from either direction (their types never overlap: a test checks). */
export const TO_BACKGROUND = { ...CONTENT_TO_BACKGROUND, ...EXTENSION_PAGE_TO_BACKGROUND } as const satisfies ProtocolMap;
export type ToBackground = typeof TO_BACKGROUND;
export type BackgroundRequestType = MessageType<ToBackground>;

/** The request checked against its schema, as it goes on the wire; a MessageError when it does not match. */
function checkedRequest(protocol: ProtocolMap, request: { type: string }): { type: string } {
  const def = Object.hasOwn(protocol, request.type) ? protocol[request.type] : undefined;
  if (def === undefined) throw new MessageError('invalid-request', `no such request: '${request.type}'`);
  const checked = z.safeParse(def.request, fieldsOf(request));
  if (!checked.success) throw new MessageError('invalid-request', formatIssue(checked.error.issues[0]));
  return { type: request.type, ...(checked.data as object) };
}

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * Send a request to the background and get its validated answer. Throws MessageError:
 * 'invalid-request' before sending when the request is malformed, the handler's code when it
 * failed, 'no-response' / 'invalid-response' when the answer is missing or malformed.
 */
export async function sendToBackground<T extends BackgroundRequestType>(
  request: RequestOf<ToBackground, T>,
  transport: Transport = runtimeTransport,
): Promise<ReplyOf<ToBackground, T>> {
  const type = request.type;
  const reply = await transport(checkedRequest(TO_BACKGROUND, request));
  return readReply(TO_BACKGROUND[type].reply, reply, type) as ReplyOf<ToBackground, T>;
}

/**
 * Ask the content script in a tab. Rejects with MessageError 'no-response' when no content
 * script answers (not injected, a page the extension cannot run on) or after `timeoutMs`.
 */
export async function sendToTab<T extends ContentScriptRequestType>(
  tabId: number,
  request: ContentScriptRequest<T>,
  options: { timeoutMs?: number; transport?: Transport } = {},
): Promise<ContentScriptReply<T>> {
  const type = request.type;
  const checked = checkedRequest(TO_CONTENT_SCRIPT, request);
  const transport: Transport = options.transport ?? ((m) => browser.tabs.sendMessage(tabId, m));
  const timeoutMs = options.timeoutMs ?? 2000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const reply = await Promise.race([
      transport(checked).catch((e: unknown) => {
        throw new MessageError('no-response', e instanceof Error ? e.message : String(e));
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new MessageError('no-response', `no answer to '${type}' within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return readReply(TO_CONTENT_SCRIPT[type].reply, reply, type) as ContentScriptReply<T>;
  } finally {
    clearTimeout(timer);
  }
}
