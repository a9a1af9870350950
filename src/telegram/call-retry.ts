// Replies outlive a Bot API outage. auto-retry alone retries a failed connection after
// 3, 6, 12, 24… seconds, and each try of a black-holed request waits out the whole client
// timeout (35 s, sized for the long poll): a reply caught by a 45 s hang went out more than
// half a minute after the API was back. Here each try of a call other than getUpdates is
// cut off after `attemptMs`, and network failures and 5xx answers are tried again at most
// `maxBackoffMs` apart, so a reply goes out within seconds of the API answering again.
// After `giveUpMs` the last failure is passed on (the update's error handler logs it).
// 429 is left to auto-retry, installed outside this one.
import { HttpError, type Transformer } from "grammy";
import type { Clock } from "../clock.ts";

export interface CallRetryOptions {
  /** One try's deadline. */
  attemptMs: number;
  firstBackoffMs: number;
  maxBackoffMs: number;
  /** From the first try: no new try starts after this. */
  giveUpMs: number;
}

const DEFAULT_CALL_RETRY: CallRetryOptions = { attemptMs: 10_000, firstBackoffMs: 500, maxBackoffMs: 5_000, giveUpMs: 5 * 60_000 };

export function callRetry(clock: Clock, opts: CallRetryOptions = DEFAULT_CALL_RETRY): Transformer {
  return async (prev, method, payload, signal) => {
    if (method === "getUpdates") return prev(method, payload, signal);
    const started = clock.monotonic();
    let backoff = opts.firstBackoffMs;
    for (;;) {
      const deadline = AbortSignal.timeout(opts.attemptMs);
      // grammY types its signal with an older shim's AbortSignal; at run time it is Node's.
      const attempt = (signal ? AbortSignal.any([signal as unknown as AbortSignal, deadline]) : deadline) as unknown as typeof signal;
      let failure: unknown;
      try {
        const res = await prev(method, payload, attempt);
        if (res.ok || res.error_code < 500) return res;
        failure = res;
      } catch (err) {
        // The caller's own abort, or anything but a failed connection, is not retried.
        if (signal?.aborted || !(err instanceof HttpError)) throw err;
        failure = err;
      }
      if (clock.monotonic() - started + backoff > opts.giveUpMs) {
        if (failure instanceof Error) throw failure;
        return failure as Awaited<ReturnType<typeof prev>>;
      }
      await clock.sleep(backoff);
      backoff = Math.min(opts.maxBackoffMs, backoff * 2);
    }
  };
}
