// Replies outlive a Bot API outage. auto-retry alone retries a failed connection after
// 3, 6, 12, 24… seconds, and each try of a black-holed request waits out the whole client
// timeout (35 s, sized for the long poll): a reply caught by a 45 s hang went out more than
// half a minute after the API was back. Here, once a call other than getUpdates has failed
// (a network failure or a 5xx), it is tried again at most `maxBackoffMs` apart, each retry
// cut off after `attemptMs`, so a reply goes out within seconds of the API answering again.
// The first try has only the client's timeout: a deadline of its own (a controller and a
// timer) on every call cost a tenth of the bot's throughput, for calls that almost always
// succeed.
// After `giveUpMs` the last failure is passed on (the update's error handler logs it).
// 429 is left to auto-retry, installed outside this one.
import { HttpError, type Transformer } from "grammy";
import type { Clock } from "../clock.ts";

export interface CallRetryOptions {
  /** A retry's deadline (the first try has the client's own). */
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
    for (let tries = 0; ; tries++) {
      const attempt = tries ? new AbortController() : null;
      const timer = attempt ? setTimeout(() => attempt.abort(), opts.attemptMs) : undefined;
      const onAbort = () => attempt?.abort();
      if (attempt) signal?.addEventListener("abort", onAbort);
      let failure: unknown;
      try {
        // grammY types its signal with an older shim's AbortSignal; at run time it is Node's.
        const res = await prev(method, payload, attempt ? (attempt.signal as unknown as typeof signal) : signal);
        if (res.ok || res.error_code < 500) return res;
        failure = res;
      } catch (err) {
        // The caller's own abort, or anything but a failed connection, is not retried.
        if (signal?.aborted || !(err instanceof HttpError)) throw err;
        failure = err;
      } finally {
        clearTimeout(timer);
        if (attempt) signal?.removeEventListener("abort", onAbort);
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
