/** Shared pieces of the follows' tests: a clock, checker deps over a fake portal, the background with fakes. */
import type { FetchLike } from '../../../lib/systems/firstagenda/archive/api.ts';
import type { CheckerDeps } from '../../../lib/follows/checker.ts';
import type { FollowDeps } from '../../../lib/follows/handlers.ts';
import { continueRun, startRun } from '../../../lib/follows/checker.ts';
import type { RunReason } from '../../../lib/follows/model.ts';
import type { Sender, Transport } from '../../../lib/messages/protocol.ts';
import type { SagssporDB } from '../../../lib/store/db.ts';
import { testBackground } from '../sender-helpers.ts';

export const fetchImpl: FetchLike = (url, init) => fetch(url, init);

/** A clock the test moves. */
export class Clock {
  constructor(public at: Date) {}
  now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export interface CheckerHarness {
  deps: CheckerDeps;
  /** Every pause and retry wait asked for, in ms. */
  sleeps: number[];
}

export function checkerDeps(clock: Clock, over: Partial<CheckerDeps> = {}): CheckerHarness {
  const sleeps: number[] = [];
  return {
    sleeps,
    deps: {
      fetch: fetchImpl,
      hasAccess: async () => true,
      sleep: async (ms) => void sleeps.push(ms),
      now: clock.now,
      pauseMs: 0,
      ...over,
    },
  };
}

/**
 * The background's router over `db` as the background registers it, with the follows' browser
 * pieces faked and their calls recorded; `as(sender)` is the channel of one sender.
 */
export function followBackground(db: SagssporDB, clock: Clock, over: Partial<FollowDeps> & { checker?: CheckerDeps } = {}) {
  const calls = { checks: [] as { reason: RunReason; only?: readonly string[] }[], badge: 0, reschedule: 0 };
  let granted: string[] = ['*://*/*'];
  const { checker, ...rest } = over;
  const deps: FollowDeps = {
    now: clock.now,
    grantedOrigins: async () => granted,
    startCheck: async (reason, only) => {
      calls.checks.push(only === undefined ? { reason } : { reason, only });
      if (checker === undefined) return { started: false, running: false };
      const { started } = await startRun(db, reason, checker, only);
      if (started) await continueRun(db, checker);
      return { started, running: false };
    },
    reschedule: async () => {
      calls.reschedule++;
      return clock.now().toISOString();
    },
    refreshBadge: async () => {
      calls.badge++;
    },
    fetch: fetchImpl,
    ...rest,
  };
  const listener = testBackground(db, { now: clock.now, follows: deps });
  return {
    listener,
    as: (sender: Sender): Transport => async (message) => listener(message, sender),
    calls,
    grant: (patterns: string[]) => {
      granted = patterns;
    },
  };
}
