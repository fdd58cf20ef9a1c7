/**
 * Fetching politely and within bounds, for the archive indexer and the PDF reader:
 *
 * - an answer of 429 or 5xx is tried again after the server's `Retry-After` (seconds or a date)
 *   or, without one, after an exponentially growing pause, a few times at most;
 * - a body is read chunk by chunk and the read is cancelled as soon as it passes its limit,
 *   also for chunked answers without a `Content-Length`, instead of after it is all in memory.
 *
 * No DOM and no extension API: fetch and sleep are passed in, so Node tests drive it.
 */

/** What is read of a response (the fetch API's Response has it all). */
export interface LimitedResponse {
  ok: boolean;
  status: number;
  headers?: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export class TooLargeError extends Error {
  readonly limitBytes: number;

  // A plain field, not a parameter property: the Node scripts load this file with type stripping only.
  constructor(limitBytes: number) {
    super(`the answer is larger than ${formatBytes(limitBytes)}`);
    this.limitBytes = limitBytes;
    this.name = 'TooLargeError';
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}

/** The body's bytes, refusing (and cancelling the download) once more than `maxBytes` arrived. */
export async function readLimited(response: LimitedResponse, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers?.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(maxBytes);
  }
  const body = response.body;
  if (body === undefined || body === null) {
    // No stream to read (a test double, an old engine): read it, then check.
    const bytes = response.arrayBuffer ? new Uint8Array(await response.arrayBuffer()) : new TextEncoder().encode(await response.text());
    if (bytes.byteLength > maxBytes) throw new TooLargeError(maxBytes);
    return bytes;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body as UTF-8 text, within `maxBytes`. */
export async function readTextLimited(response: LimitedResponse, maxBytes: number): Promise<string> {
  if ((response.body === undefined || response.body === null) && !response.arrayBuffer) {
    const text = await response.text();
    if (text.length > maxBytes) throw new TooLargeError(maxBytes);
    return text;
  }
  return new TextDecoder().decode(await readLimited(response, maxBytes));
}

/** `Retry-After` in milliseconds from `now` (seconds, or an HTTP date); null when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface BackoffOptions {
  /** Tries after the first (default 3). */
  retries?: number;
  /** The first pause without `Retry-After` (default 2 s); it doubles with each try. */
  baseMs?: number;
  /** No pause is longer than this, whatever the server asks (default 5 min). */
  maxMs?: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  now?: () => number;
}

/** Whether a status means "later, please": too many requests, or the server's own trouble. */
export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Call `attempt` until it gives an answer that is not 429/5xx or the tries run out (then the
 * last answer is returned, for the caller to report). The pause honours `Retry-After`.
 */
export async function withBackoff<R extends LimitedResponse>(attempt: () => Promise<R>, options: BackoffOptions): Promise<R> {
  const retries = options.retries ?? 3;
  const base = options.baseMs ?? 2000;
  const max = options.maxMs ?? 5 * 60_000;
  for (let n = 0; ; n++) {
    const response = await attempt();
    if (!isRetryable(response.status) || n >= retries || options.signal?.aborted) return response;
    const asked = retryAfterMs(response.headers?.get('retry-after'), (options.now ?? Date.now)());
    await response.body?.cancel().catch(() => undefined);
    await options.sleep(Math.min(max, asked ?? base * 2 ** n), options.signal);
  }
}
