// Long polling that outlives the Bot API's bad moments. grammY's runner handles updates
// concurrently; the fetching of updates is ours, because the runner's own retry loop
// doubles its pause without bound (minutes after a long outage), logs to the console,
// tells nobody whether polling works, and ends the process on the first 409.
//
// Here: every getUpdates has a deadline just above its long-poll time (a hung connection
// is given up, not waited on for minutes); after a failure the next calls are quick
// probes (long-poll time 0) with pauses that grow to at most `maxBackoffMs`, so polling
// resumes within seconds of the API coming back. An outage is logged once when it starts
// and once when it ends. A 409 Conflict (another process polling with this token, or a
// webhook set) is retried like any error; only when it persists for `conflictGiveUpMs`
// does polling stop, with an error that says what is wrong, for main to stop cleanly.
// 401 (the token revoked) stops at once: retrying cannot help.
//
// Updates are handled concurrently while the next ones are fetched, and the offset sent
// with a getUpdates confirms everything below it: Telegram forgets those. So the offset
// never passes the oldest update still being handled, and a crash (SIGKILL, OOM) loses
// none: Telegram hands them over again after a restart. Meanwhile the updates it hands over
// again are recognised by id and skipped.
import { createConcurrentSink, createRunner, createSource, type RunnerHandle, type UpdateSupplier } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { BotContext } from "./context.ts";

export interface PollingOptions {
  allowedUpdates: readonly string[];
  /** Seconds Telegram holds a getUpdates open while there is nothing new. */
  longPollSeconds?: number;
  /** A request is given up this long after its long-poll time. */
  graceMs?: number;
  firstBackoffMs?: number;
  maxBackoffMs?: number;
  /** 409 Conflict for this long without a success in between: polling stops. */
  conflictGiveUpMs?: number;
  clock: Clock;
  log: Logger;
}

/** The runner's abort signal (its own polyfill's type). */
type RunnerSignal = Parameters<UpdateSupplier<Update>["supply"]>[1];

export const LONG_POLL_SECONDS = 30;
export const POLL_GRACE_MS = 5_000;

/** Polling stopped for good: another poller holds the token, or the token is refused. */
export class PollingStopped extends Error {
  override name = "PollingStopped";
}

/** When Telegram hands over only updates still being handled, the next call waits this long. */
const REDELIVERED_PAUSE_MS = 100;

export class Polling {
  /** The next update not yet fetched. */
  private offset = 0;
  /** Ids fetched and not yet handled: the offset sent to Telegram stays at the oldest. */
  private handling = new Set<number>();
  private failingSince: number | null = null;
  private failures = 0;
  private conflictSince: number | null = null;
  private lastError = "";
  private opts: Required<Omit<PollingOptions, "clock" | "log">> & Pick<PollingOptions, "clock" | "log">;

  constructor(
    private bot: Bot<BotContext>,
    opts: PollingOptions,
  ) {
    this.opts = {
      longPollSeconds: LONG_POLL_SECONDS,
      graceMs: POLL_GRACE_MS,
      firstBackoffMs: 250,
      maxBackoffMs: 5_000,
      conflictGiveUpMs: 60_000,
      ...opts,
    };
  }

  /** How long getUpdates has been failing without a success in between; 0 when it works. */
  failingForMs(): number {
    return this.failingSince === null ? 0 : this.opts.clock.monotonic() - this.failingSince;
  }

  /** Starts handling updates; the handle's task() rejects with PollingStopped if polling gives up. */
  start(): RunnerHandle {
    const source = createSource<Update>({ supply: (batch, signal) => this.fetch(batch, signal) });
    const sink = createConcurrentSink<Update>({ consume: (u) => this.bot.handleUpdate(u).finally(() => this.handling.delete(u.update_id)) }, async (err) => {
      // The bot's error boundary answers the user; this is the last resort behind it.
      this.opts.log.error({ err }, "update failed outside the error boundary");
    });
    const runner = createRunner(source, sink);
    runner.start();
    return runner;
  }

  private async fetch(batchSize: number, signal: RunnerSignal): Promise<Update[]> {
    const { clock, log } = this.opts;
    for (;;) {
      // After a failure: a quick probe, so a recovered API is noticed at once.
      const timeout = this.failingSince === null ? this.opts.longPollSeconds : 0;
      const deadline = new AbortController();
      const onAbort = () => deadline.abort();
      signal.addEventListener("abort", onAbort);
      const timer = setTimeout(() => deadline.abort(), timeout * 1000 + this.opts.graceMs);
      const sent = clock.monotonic();
      try {
        const confirmUpTo = this.handling.size ? Math.min(...this.handling) : this.offset;
        const updates = await this.bot.api.getUpdates(
          { offset: confirmUpTo, limit: Math.max(1, Math.min(batchSize, 100)), timeout, allowed_updates: [...this.opts.allowedUpdates] as never },
          // grammY types its signal with its polyfill; a standard one is what it passes to fetch.
          deadline.signal as never,
        );
        if (this.failingSince !== null) {
          log.info(
            { seconds: Math.round((clock.monotonic() - this.failingSince) / 100) / 10, failures: this.failures },
            "Bot API answers again: polling resumed",
          );
        }
        this.failingSince = null;
        this.conflictSince = null;
        this.failures = 0;
        const fresh = updates.filter((u) => u.update_id >= this.offset);
        if (updates.length && !fresh.length) {
          // Only updates still being handled: wait for one to finish, not a long poll.
          await sleepUnlessAborted(clock, REDELIVERED_PAUSE_MS, signal);
          if (signal.aborted) return [];
          continue;
        }
        for (const u of fresh) this.handling.add(u.update_id);
        const last = fresh.at(-1)?.update_id;
        if (last !== undefined) this.offset = last + 1;
        return fresh;
      } catch (err) {
        if (signal.aborted) throw err;
        const now = clock.monotonic();
        const conflict = err instanceof GrammyError && err.error_code === 409;
        const describe = err instanceof GrammyError ? `${err.error_code} ${err.description}` : err instanceof Error ? err.message : String(err);
        this.failures++;
        if (this.failingSince === null) {
          this.failingSince = now;
          log.warn({ error: describe }, "Bot API unreachable: getUpdates failed; retrying every few seconds until it answers");
        } else if (describe !== this.lastError) log.warn({ error: describe }, "getUpdates still failing, now with another error");
        this.lastError = describe;
        if (err instanceof GrammyError && err.error_code === 401) {
          throw new PollingStopped("Telegram refuses the bot token (401 Unauthorized): check BOT_TOKEN with @BotFather");
        }
        if (conflict) {
          this.conflictSince ??= now;
          if (now - this.conflictSince >= this.opts.conflictGiveUpMs) {
            throw new PollingStopped(
              `another process is receiving this bot's updates (409 Conflict for ${Math.round((now - this.conflictSince) / 1000)} s): ` +
                "stop the other instance polling with this token, or run one instance, or use BOT_MODE=webhook for several",
            );
          }
        } else this.conflictSince = null;
        const retryAfter = err instanceof GrammyError ? err.parameters.retry_after : undefined;
        // The pause counts from when the failed request was sent: a probe that hung until
        // its deadline has waited already.
        const backoff = Math.min(this.opts.maxBackoffMs, this.opts.firstBackoffMs * 2 ** Math.min(this.failures - 1, 16));
        const pause = retryAfter !== undefined ? retryAfter * 1000 : Math.max(0, backoff - (now - sent));
        await sleepUnlessAborted(clock, pause, signal);
        if (signal.aborted) throw err;
      } finally {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
      }
    }
  }
}

function sleepUnlessAborted(clock: Clock, ms: number, signal: RunnerSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener("abort", done);
      resolve();
    };
    signal.addEventListener("abort", done);
    void clock.sleep(ms).then(done);
  });
}
