/**
 * Attacks on fetching: a portal (or anything posing as one) answers 429 with `Retry-After`, fails
 * again and again, or streams an endless chunked body. The indexer and the reader wait as asked,
 * back off, stop after a run of failures with a clear message, and cancel a body as soon as it
 * passes its limit instead of holding it all in memory.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ApiError, getJson, type FetchLike } from '../../../lib/systems/firstagenda/archive/api.ts';
import { MAX_FAILURES_IN_A_ROW, STOPPED_LABEL, createArchiveJob, runArchiveJob } from '../../../lib/systems/firstagenda/archive/indexer.ts';
import { readLimited, retryAfterMs, TooLargeError, type LimitedResponse } from '../../../lib/net/polite-fetch.ts';
import { z } from 'zod';
import { freshDb } from '../store-helpers.ts';
import { fakeGuid, udvalgsliste, type FakeMeeting } from '../../fake-firstagenda/server.ts';

const Schema = z.object({ ok: z.literal(true) });

function answer(status: number, body: string, headers: Record<string, string> = {}): LimitedResponse {
  const h = new Headers(headers);
  return { ok: status >= 200 && status < 300, status, headers: h, text: async () => body, body: null };
}

/** An endless chunked body (no Content-Length) that counts what was pulled and whether it was cancelled. */
function endless(chunkBytes: number) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { state, response: { ok: true, status: 200, headers: new Headers(), text: async () => '', body } satisfies LimitedResponse };
}

describe('429 and 5xx', () => {
  it('waits as long as Retry-After asks (seconds or a date), then reads the answer', async () => {
    const slept: number[] = [];
    const replies = [answer(429, '', { 'Retry-After': '7' }), answer(503, '', { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }), answer(200, '{"ok":true}')];
    const fetchImpl: FetchLike = async () => replies.shift()!;
    const data = await getJson(fetchImpl, 'https://portal.example/api', Schema, { timeoutMs: 5000, sleep: async (ms) => void slept.push(ms) });
    expect(data).toEqual({ ok: true });
    expect(slept[0]).toBe(7000);
    expect(slept[1]).toBeGreaterThan(50_000);
    expect(slept[1]).toBeLessThanOrEqual(60_000);
  });

  it('backs off exponentially without Retry-After, and gives up with the status after a few tries', async () => {
    const slept: number[] = [];
    let calls = 0;
    const fetchImpl: FetchLike = async () => {
      calls++;
      return answer(500, 'down');
    };
    await expect(getJson(fetchImpl, 'https://portal.example/api', Schema, { timeoutMs: 5000, sleep: async (ms) => void slept.push(ms) })).rejects.toMatchObject({ kind: 'http', message: 'HTTP 500' });
    expect(calls).toBe(4);
    expect(slept).toEqual([2000, 4000, 8000]);
    expect(retryAfterMs('not a date')).toBeNull();
  });

  it('the indexer stops after a run of failing meetings, saying so', async () => {
    const db = freshDb();
    const origin = 'https://portal.example';
    let agendaRequests = 0;
    // A committee list with twelve meetings, every one of which the portal then refuses.
    const meetings: FakeMeeting[] = Array.from({ length: 12 }, (_, i) => ({
      id: fakeGuid(`m${i}`),
      committeeId: fakeGuid('oeu'),
      committee: 'Økonomiudvalget',
      dato: `2024-01-${String(i + 1).padStart(2, '0')}T16:00:00+01:00`,
      navn: 'Referat',
      sted: null,
      agenda: {},
    }));
    const list = udvalgsliste(meetings);
    const fetchImpl: FetchLike = async (url) => {
      if (url.endsWith('/udvalgsliste')) return answer(200, JSON.stringify(list));
      agendaRequests++;
      return answer(503, 'busy');
    };
    await createArchiveJob(db, { origin, municipality: 'Lejre', committees: [], years: [], pauseMs: 0 });
    const job = await runArchiveJob(db, origin, { fetch: fetchImpl, sleep: async () => undefined });
    expect(job.status).toBe('paused');
    expect(job.errors.at(-1)).toMatchObject({ label: STOPPED_LABEL, message: expect.stringMatching(/stopped after 5 failed requests in a row/) });
    expect(job.failed).toHaveLength(MAX_FAILURES_IN_A_ROW);
    // Each failing meeting was asked 4 times (first try + 3), and no more meetings after the run stopped.
    expect(agendaRequests).toBe(MAX_FAILURES_IN_A_ROW * 4);
  });
});

describe('bodies over the limit', () => {
  it('stops reading an endless chunked answer as soon as it passes the limit, and cancels it', async () => {
    const { state, response } = endless(64 * 1024);
    await expect(readLimited(response, 1024 * 1024)).rejects.toBeInstanceOf(TooLargeError);
    expect(state.cancelled).toBe(true);
    // 1 MB in 64 KB chunks: it stopped at the 17th, not after everything.
    expect(state.pulled).toBeLessThanOrEqual(18);
  });

  it('getJson names it too-large; an announced Content-Length over the limit is refused unread', async () => {
    const { state, response } = endless(256 * 1024);
    await expect(getJson(async () => response, 'https://portal.example/api', Schema, { timeoutMs: 5000, maxBytes: 2 * 1024 * 1024 })).rejects.toMatchObject({ kind: 'too-large' });
    expect(state.cancelled).toBe(true);
    const announced = endless(1024);
    const big = { ...announced.response, headers: new Headers({ 'Content-Length': String(10 * 1024 * 1024) }) };
    await expect(readLimited(big, 1024 * 1024)).rejects.toBeInstanceOf(TooLargeError);
    expect(announced.state.pulled).toBeLessThanOrEqual(1);
    await expect(getJson(async () => answer(200, '{"ok":true}'), 'https://portal.example/api', Schema, { timeoutMs: 5000 })).resolves.toEqual({ ok: true });
    expect(new ApiError('too-large', 'x').kind).toBe('too-large');
  });
});
