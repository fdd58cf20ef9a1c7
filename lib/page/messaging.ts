/**
 * How the content script talks to the rest of the extension, with the content-safe contract
 * (lib/messages-core.ts, zod/mini): requests to the background are validated there, on
 * receipt; their replies are validated here, with the parts a page reads. Requests from the
 * popup and the background are validated here, on receipt; the popup validates the replies.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, ContentHandlers } from '../messages.ts';
import {
  CONTENT_REQUESTS,
  PAGE_REPLIES,
  makeRouter,
  readReply,
  type ContentRequest,
  type MessageListener,
  type PageRequestType,
  type Sender,
  type Transport,
} from '../messages-core.ts';

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** Send a request to the background; its reply, validated, or a MessageError. */
export async function askBackground<T extends PageRequestType>(
  request: Extract<BackgroundRequest, { type: T }>,
  transport: Transport = runtimeTransport,
): Promise<z.output<(typeof PAGE_REPLIES)[T]>> {
  const type = (request as { type: T }).type;
  return readReply(PAGE_REPLIES[type], await transport(request), type) as z.output<(typeof PAGE_REPLIES)[T]>;
}

/** The content script's router for requests from the popup and the background. */
export function answerPageRequests(handlers: ContentHandlers): MessageListener {
  return makeRouter<ContentRequest>(CONTENT_REQUESTS, {}, (request, sender) => {
    const handler = handlers[request.type] as (r: ContentRequest, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  });
}
