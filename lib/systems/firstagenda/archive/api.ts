/**
 * FirstAgenda Publication's public JSON API, as the portals' own pages call it
 * (the shapes of the responses as the portals give them; test/fake-firstagenda serves the same):
 *
 *   GET /api/agenda/udvalgsliste       → { Udvalg: { "<period>": [ { Id, Navn, Moeder: [ { Id, Dato, Navn, Sted, … } ] } ] } }
 *   GET /api/agenda/dagsorden/<guid>   → { Dagsordenpunkter: [ { Navn/Caption, Punktnummer/Number, SagsNummer/CaseNumber, IsOpen, Felter: [ { Navn, Html } ], Bilag: [ { Id, Navn } ] } ] }
 *
 * Every answer is validated here; fields we do not use may be anything (the API has many).
 */
import { z } from 'zod';
import { formatIssue } from '../../../store/validate.ts';
import { readTextLimited, TooLargeError, withBackoff, type BackoffOptions, type LimitedResponse } from '../../../net/polite-fetch.ts';

const Str = z.string().max(2_000_000);
const OptStr = Str.nullish();

export const ApiMeetingSchema = z.looseObject({
  Id: z.string().min(1).max(100),
  /** Local time with offset, e.g. "2026-05-04T14:00:00+02:00". */
  Dato: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/),
  /** "Referat", "Dagsorden", "Tillægsdagsorden". */
  Navn: z.string().max(200).nullish(),
  Sted: z.string().max(2000).nullish(),
});
export type ApiMeeting = z.infer<typeof ApiMeetingSchema>;

export const ApiCommitteeSchema = z.looseObject({
  Id: z.string().min(1).max(100),
  Navn: z.string().min(1).max(500),
  Moeder: z.array(ApiMeetingSchema).max(10_000).nullish(),
});
export type ApiCommittee = z.infer<typeof ApiCommitteeSchema>;

export const UdvalgslisteSchema = z.looseObject({
  /** Committees grouped by election period ("Udvalg 2026-2029"). */
  Udvalg: z.record(z.string(), z.array(ApiCommitteeSchema).max(1000)),
});
export type Udvalgsliste = z.infer<typeof UdvalgslisteSchema>;

export const ApiFieldSchema = z.looseObject({ Navn: OptStr, Html: OptStr });
export const ApiAttachmentSchema = z.looseObject({ Id: z.string().max(100).nullish(), Navn: OptStr });

export const ApiItemSchema = z.looseObject({
  Id: z.string().max(100).nullish(),
  Navn: OptStr,
  Caption: OptStr,
  Punktnummer: z.union([z.string().max(20), z.number()]).nullish(),
  Number: z.union([z.string().max(20), z.number()]).nullish(),
  Sorting: z.number().nullish(),
  SagsNummer: z.string().max(200).nullish(),
  CaseNumber: z.string().max(200).nullish(),
  IsOpen: z.boolean().nullish(),
  Felter: z.array(ApiFieldSchema).max(200).nullish(),
  Bilag: z.array(ApiAttachmentSchema).max(1000).nullish(),
});
export type ApiItem = z.infer<typeof ApiItemSchema>;

export const DagsordenSchema = z.looseObject({ Dagsordenpunkter: z.array(ApiItemSchema).max(2000) });
export type Dagsorden = z.infer<typeof DagsordenSchema>;

export const udvalgslistePath = () => '/api/agenda/udvalgsliste';
export const dagsordenPath = (id: string) => `/api/agenda/dagsorden/${encodeURIComponent(id)}`;

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<LimitedResponse>;

/** A failed request, with a short reason a person can read in the error list. */
export class ApiError extends Error {
  readonly kind: 'http' | 'timeout' | 'network' | 'not-json' | 'invalid' | 'too-large' | 'cancelled';
  constructor(kind: ApiError['kind'], message: string) {
    super(message);
    this.kind = kind;
    this.name = 'ApiError';
  }
}

/** The largest answer read, in bytes (the biggest real dagsorden seen is under 1 MB). */
export const MAX_RESPONSE_BYTES = 20_000_000;

/**
 * GET a JSON answer and validate it. Rejects with ApiError; `signal` cancels (the user), and
 * `timeoutMs` gives up on a server that does not answer.
 */
export async function getJson<S extends z.ZodType>(
  fetchImpl: FetchLike,
  url: string,
  schema: S,
  options: { signal?: AbortSignal; timeoutMs: number; sleep?: BackoffOptions['sleep']; retries?: number; maxBytes?: number },
): Promise<z.infer<S>> {
  // Each try has its own time limit (a pause the server asked for is not counted against it).
  let timedOut = false;
  const once = async (): Promise<string> => {
    let clear = () => undefined as void;
    const get = () => {
      clear();
      timedOut = false;
      const attempt = new AbortController();
      const timer = setTimeout(() => {
        timedOut = true;
        attempt.abort();
      }, options.timeoutMs);
      const onCancel = () => attempt.abort();
      options.signal?.addEventListener('abort', onCancel, { once: true });
      clear = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onCancel);
      };
      return fetchImpl(url, { signal: attempt.signal, headers: { Accept: 'application/json' } });
    };
    try {
      // 429 and 5xx are tried again after Retry-After or a growing pause (when a sleep is given).
      const response = options.sleep
        ? await withBackoff(get, { sleep: options.sleep, retries: options.retries ?? 3, ...(options.signal ? { signal: options.signal } : {}) })
        : await get();
      if (!response.ok) throw new ApiError('http', `HTTP ${response.status}`);
      return await readTextLimited(response, options.maxBytes ?? MAX_RESPONSE_BYTES);
    } finally {
      clear();
    }
  };
  let body: string;
  try {
    body = await once();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof TooLargeError) throw new ApiError('too-large', error.message);
    if (options.signal?.aborted) throw new ApiError('cancelled', 'cancelled');
    if (timedOut) throw new ApiError('timeout', `no answer within ${Math.round(options.timeoutMs / 1000)} s`);
    throw new ApiError('network', error instanceof Error ? error.message : String(error));
  }
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ApiError('not-json', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('invalid', `unexpected answer: ${formatIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}
