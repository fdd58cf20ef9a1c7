/**
 * The background's router: the onMessage listener over both directions that reach the
 * background. Before a handler runs it has validated the request, named the caller from what
 * the browser says about the sender (lib/background/caller.ts) — refusing strangers, and
 * content scripts that ask for a request of the extension pages' map — and after, it validates
 * the reply before it is sent (the content script trusts it). A store the browser will not
 * open answers 'storage-unavailable', so pages can say so.
 */
import { CONTENT_TO_BACKGROUND, type ContentToBackground } from '../messages/content-to-background.ts';
import { MessageError } from '../messages/envelope.ts';
import { EXTENSION_PAGE_TO_BACKGROUND, type ExtensionPageToBackground } from '../messages/extension-page-to-background.ts';
import type { HandlersOf, MessageType, ProtocolMap, ReceivedRequestOf } from '../messages/protocol.ts';
import { dispatch, makeRouter, type MessageListener } from '../messages/router.ts';
import { isStorageUnavailable } from '../store/unavailable.ts';
import { callerOf, type Caller, type ExtensionIdentity, type ExtensionPageCaller } from './caller.ts';

/** One handler per request that reaches the background; a handler of an extension-page request knows its caller is one. */
export type BackgroundHandlers = HandlersOf<ContentToBackground, Caller> & HandlersOf<ExtensionPageToBackground, ExtensionPageCaller>;

export interface BackgroundRouterOptions {
  /** This extension (`browser.runtime.id` and its page origin): messages from anyone else are refused. */
  self: ExtensionIdentity;
}

/** The router for these maps (the background's are the contract's; a test gives its own). */
export function routeToBackground<C extends ProtocolMap, P extends ProtocolMap>(
  maps: { fromContentScripts: C; fromExtensionPages: P },
  handlers: HandlersOf<C, Caller> & HandlersOf<P, ExtensionPageCaller>,
  { self }: BackgroundRouterOptions,
): MessageListener {
  const { fromContentScripts, fromExtensionPages } = maps;
  for (const type of Object.keys(fromExtensionPages)) {
    if (Object.hasOwn(fromContentScripts, type)) throw new Error(`'${type}' is in both directions to the background`);
  }
  const isExtensionPagesOnly = (type: string): type is MessageType<P> => Object.hasOwn(fromExtensionPages, type);
  return makeRouter(
    { ...fromContentScripts, ...fromExtensionPages },
    async (type, request, sender) => {
      const caller = callerOf(sender, self);
      if (caller === null) throw new MessageError('forbidden', 'this sender may not use the store');
      try {
        if (isExtensionPagesOnly(type)) {
          if (caller.kind !== 'extension-page') throw new MessageError('forbidden', `only the extension's own pages may ask '${type}'`);
          return await dispatch<P, ExtensionPageCaller, typeof type>(handlers, type, request as ReceivedRequestOf<P, typeof type>, caller);
        }
        return await dispatch<C, Caller, MessageType<C>>(handlers, type as MessageType<C>, request as ReceivedRequestOf<C, MessageType<C>>, caller);
      } catch (error) {
        if (isStorageUnavailable(error)) throw new MessageError('storage-unavailable', 'the browser will not open Sagsspor\'s storage (IndexedDB); nothing is saved');
        throw error;
      }
    },
    { checkReplies: true },
  );
}

/** The background's router over the contract (lib/messages). */
export function backgroundRouter(handlers: BackgroundHandlers, options: BackgroundRouterOptions): MessageListener {
  return routeToBackground({ fromContentScripts: CONTENT_TO_BACKGROUND, fromExtensionPages: EXTENSION_PAGE_TO_BACKGROUND }, handlers, options);
}
