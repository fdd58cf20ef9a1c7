/**
 * How the content script talks to the rest of the extension. It answers the requests of
 * ./to-content-script.ts, validating each on receipt; the popup and the background validate
 * its replies. It sends the requests of ./content-to-background.ts, whose schemas it does not
 * carry (its size budget, `contentScriptKB`): the background validates each request on receipt
 * and each reply against the contract before sending it, and only the extension's own code can
 * answer a content script's runtime message, so here the envelope is checked and the data
 * taken as the contract types it.
 */
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import type { ContentToBackgroundReply, ContentToBackgroundRequest, ContentToBackgroundType } from './content-to-background.ts';
import { readReply } from './envelope.ts';
import type { Transport } from './protocol.ts';
import { dispatch, makeRouter, type MessageListener } from './router.ts';
import { TO_CONTENT_SCRIPT, type ContentScriptHandlers } from './to-content-script.ts';

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/** Checked by the background against the contract before it was sent. */
const VALIDATED_BY_THE_BACKGROUND = z.unknown();

/** Send a request to the background; its reply, or a MessageError with the background's code. */
export async function askBackground<T extends ContentToBackgroundType>(
  request: ContentToBackgroundRequest<T>,
  transport: Transport = runtimeTransport,
): Promise<ContentToBackgroundReply<T>> {
  const reply = await transport(request);
  return readReply(VALIDATED_BY_THE_BACKGROUND, reply, request.type) as ContentToBackgroundReply<T>;
}

/** The content script's router for requests from the popup and the background. */
export function answerContentScriptRequests(handlers: ContentScriptHandlers): MessageListener {
  return makeRouter(TO_CONTENT_SCRIPT, (type, request, sender) => dispatch(handlers, type, request, sender), { checkReplies: false });
}
