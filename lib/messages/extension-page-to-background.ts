/**
 * Requests only the extension's own pages (popup, options, side panel, case view, reader) may
 * send the background: the background refuses them from a content script before any handler
 * runs, whatever they carry (lib/background/router.ts).
 *
 * None yet. Extension pages share the extension's origin and read and write the store
 * themselves; a request belongs here when only the background can do the work (it owns the
 * badge, the menus, alarms and its own lifetime) and no web page may ask for it.
 *
 * To add one: an entry here, and its handler in lib/background/handlers.ts (the handler map
 * does not compile without it).
 */
import type { MessageType, ProtocolMap, ReplyOf, RequestOf } from './protocol.ts';

export const EXTENSION_PAGE_TO_BACKGROUND = {} as const satisfies ProtocolMap;

export type ExtensionPageToBackground = typeof EXTENSION_PAGE_TO_BACKGROUND;
export type ExtensionPageToBackgroundType = MessageType<ExtensionPageToBackground>;
export type ExtensionPageToBackgroundRequest<T extends ExtensionPageToBackgroundType> = RequestOf<ExtensionPageToBackground, T>;
export type ExtensionPageToBackgroundReply<T extends ExtensionPageToBackgroundType> = ReplyOf<ExtensionPageToBackground, T>;
