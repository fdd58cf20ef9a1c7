/**
 * What a direction of the message contract is: a map from a message's `type` to the schema of
 * its request (the fields beside `type`) and of its reply, in the style of read-frog's
 * ProtocolMap. Every type of a sender, a handler and a router derives from such a map, so a
 * message is written once, in its direction's file.
 */
import type * as z from 'zod/mini';
import type { Browser } from 'wxt/browser';

export interface MessageDef {
  /** The request's fields beside `type` (a strict object: unknown fields are refused). */
  readonly request: z.core.$ZodType;
  readonly reply: z.core.$ZodType;
}

export type ProtocolMap = Readonly<Record<string, MessageDef>>;

export type MessageType<M extends ProtocolMap> = keyof M & string;

/** The fields of a request as the sender writes them (none: `{}`). */
type FieldsOf<S extends z.core.$ZodType> = z.input<S> extends Record<string, never> ? unknown : z.input<S>;

/** A request as it is sent: `{ type, ...fields }`. */
export type RequestOf<M extends ProtocolMap, T extends MessageType<M>> = { type: T } & FieldsOf<M[T]['request']>;

/** A request as its handler gets it, validated (the fields, without `type`). */
export type ReceivedRequestOf<M extends ProtocolMap, T extends MessageType<M>> = z.output<M[T]['request']>;

/** A reply as it is read, validated. */
export type ReplyOf<M extends ProtocolMap, T extends MessageType<M>> = z.output<M[T]['reply']>;

/**
 * One handler per message of `M`: a map with a message missing, or a handler of the wrong shape,
 * does not compile. `Context` is what the router tells a handler about the sender.
 */
export type HandlersOf<M extends ProtocolMap, Context> = {
  [T in MessageType<M>]: (request: ReceivedRequestOf<M, T>, context: Context) => Promise<z.input<M[T]['reply']>>;
};

export type Sender = Browser.runtime.MessageSender;

/** How a request reaches its receiver and its reply comes back (the browser's, or a test's). */
export type Transport = (message: unknown) => Promise<unknown>;
