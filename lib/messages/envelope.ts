/**
 * The envelope every reply travels in, and the errors of the message contract: `{ ok: true,
 * data }` or `{ ok: false, error: { code, message } }`. zod/mini: the content script uses it.
 */
import * as z from 'zod/mini';
import { formatIssue } from '../store/validate.ts';

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

/** A schema of either Zod flavour. */
export type AnySchema = z.core.$ZodType;

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

/** A refusal of a request that does not match its schema, naming the field. */
export function invalidRequest(issue: Parameters<typeof formatIssue>[0]): ErrorEnvelope {
  return { ok: false, error: { code: 'invalid-request', message: formatIssue(issue) } };
}

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
