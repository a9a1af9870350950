// Sends claimed digests through the Bot API within Telegram's limits and records every
// outcome. 429: the digest is tried again after `retry_after` (see the limiter for when
// everyone waits). Network errors
// and 5xx: tried again with growing pauses. 403 (blocked, kicked, deactivated) and a
// chat that no longer exists: the chat's subscriptions stop. Parts already accepted are
// never sent again, nor are parts a sender started and died before recording (marked in
// the outbox before each call: sent, unconfirmed; counted in the metrics).
//
// Claims are leased for a minute and renewed every quarter of it while the sender lives,
// so a restarted process takes over a dead one's digests within a minute. A live sender
// stalled past its lease is safe too: its next mark is refused (the claim is no longer
// its own) and it leaves the digest to whoever took it over.
import { GrammyError, HttpError, type Api } from "grammy";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { ClaimedDelivery, Outbox, Outcome } from "../db/outbox.ts";
import type { SubscriptionRepo } from "../db/subscriptions.ts";
import type { StopReason, Subscription } from "../domain/subscription.ts";
import type { Lang } from "../domain/types.ts";
import type { RenderContext, Reply } from "../render/types.ts";
import { tellChannelStopped, type ChannelRights } from "../telegram/channel-rights.ts";
import { inlineKeyboard } from "../telegram/keyboard.ts";
import type { DigestBuilder } from "./builder.ts";
import { RateLimiter, type LimiterOptions } from "./limiter.ts";
import { Recorder } from "./recorder.ts";
import { AttemptMarker } from "./marks.ts";
import { noDigestMetrics, type DigestMetrics } from "./metrics.ts";

export interface SenderOptions extends LimiterOptions {
  /** Messages in flight at once; enough to keep the rate busy while requests travel. */
  concurrency: number;
  /** How long a claim holds unless renewed (every quarter of it) before another sender may take the digest over. */
  leaseMs: number;
  /** Tries before a digest that keeps meeting network errors or 5xx is marked failed. */
  maxAttempts: number;
  /** A retry due within this long is waited for by the same run. */
  waitForRetryMs: number;
  /** A Bot API request not answered within this long fails like a network error (and is retried). */
  requestTimeoutMs: number;
}

/**
 * Digests in progress at once. Most of them wait (for their send slot, or a second
 * between the parts of a long digest), so there are as many as a second's messages.
 */
export const concurrencyFor = (ratePerSecond: number) => Math.min(4000, Math.max(16, Math.ceil(ratePerSecond * 2)));

export const DEFAULT_SENDER_OPTIONS: SenderOptions = {
  ratePerSecond: 30,
  privateChatGapMs: 1000,
  groupChatGapMs: 3000,
  concurrency: concurrencyFor(30),
  leaseMs: 60_000,
  maxAttempts: 8,
  waitForRetryMs: 60_000,
  requestTimeoutMs: 30_000,
};

/** Each try of the final record at the end of a run gives up after this long... */
const RECORD_TRY_MS = 5_000;
/** ...and once the process is stopping, trying ends after this long. */
const STOP_RECORD_MS = 30_000;

export interface DrainReport {
  sent: number;
  messages: number;
  skipped: number;
  stopped: number;
  failed: number;
  retried: number;
}

function stopReasonOf(e: GrammyError): StopReason | null {
  const d = e.description.toLowerCase();
  if (e.error_code === 403) {
    if (d.includes("kicked") || d.includes("not a member")) return "kicked";
    if (d.includes("deactivated")) return "deactivated";
    return "blocked";
  }
  if (e.error_code === 400 && (d.includes("chat not found") || d.includes("peer_id_invalid") || d.includes("user not found"))) return "chat_not_found";
  return null;
}

/** A post refused because the bot is no longer an admin who may post there. */
const lacksRights = (e: GrammyError) => /not enough rights|need administrator rights|have no rights/i.test(e.description);

/** Exponential backoff with jitter, capped at ten minutes. */
const backoffMs = (attempt: number, random = Math.random) => Math.min(600_000, 1000 * 2 ** Math.min(Math.max(attempt - 1, 0), 10)) * (0.75 + random() * 0.5);

export class DigestSender {
  readonly limiter: RateLimiter;
  private stopping = false;
  private recorder!: Recorder;
  private marker: AttemptMarker;
  private inFlight = new Set<Promise<unknown>>();

  constructor(
    private deps: {
      api: Api;
      outbox: Outbox;
      subscriptions: SubscriptionRepo;
      builder: DigestBuilder;
      clock: Clock;
      log: Logger;
      metrics?: DigestMetrics;
      /** Channels' digests: the bot's right to post and the setup admin's rank, asked before each post. */
      channels?: ChannelRights;
      /** Texts in a language, for telling a channel's admin that its digest stopped. */
      render?: (lang: Lang) => RenderContext;
    },
    private opts: SenderOptions = DEFAULT_SENDER_OPTIONS,
  ) {
    this.limiter = new RateLimiter(deps.clock, opts);
    this.marker = new AttemptMarker(deps.outbox);
  }

  /** Sends everything claimable now (and retries that come due soon), then returns. */
  async drain(): Promise<DrainReport> {
    const report: DrainReport = { sent: 0, messages: 0, skipped: 0, stopped: 0, failed: 0, retried: 0 };
    const { outbox, clock } = this.deps;
    // About a second of messages is claimed ahead, so workers never wait for the
    // database between digests, and no more, so a stop has little to give back.
    const claimSize = Math.min(200, Math.max(16, Math.ceil(this.opts.ratePerSecond)));
    const queue: ClaimedDelivery[] = [];
    const { log } = this.deps;
    const recorder = (this.recorder = new Recorder(outbox, clock, 50, 100, (failing, err) =>
      failing
        ? log.error({ err }, "digest outcomes cannot be written: no new digests are claimed until the database records them")
        : log.info("digest outcomes written again: claiming resumes"),
    ));
    let ended = false;
    let claimFailing = false;
    // Tokens of this run's claims, renewed while it runs (a token with nothing left held renews nothing).
    const tokens = new Set<string>();
    let renewedAt = clock.monotonic();
    // Awaited by the feeder: while a renewal is on its way the feeder neither claims nor
    // sleeps, so a slow database cannot let the lease run out under a loop that keeps going.
    const renew = async () => {
      if (!tokens.size || clock.monotonic() - renewedAt < this.opts.leaseMs / 4) return;
      renewedAt = clock.monotonic();
      const held = [...tokens];
      try {
        const n = await outbox.renew(held, new Date(clock.now().getTime() + this.opts.leaseMs));
        if (!n) for (const t of held) tokens.delete(t);
      } catch (err) {
        log.warn({ err }, "could not renew digest claims; trying again");
      }
    };
    let inProgress = 0;
    let wake!: () => void;
    let signal = new Promise<void>((resolve) => (wake = resolve));
    const notify = () => {
      const w = wake;
      signal = new Promise<void>((resolve) => (wake = resolve));
      w();
    };

    // One feeder claims; the workers only send. Idle workers wait for it, not the database.
    const feeder = async () => {
      try {
        while (!this.stopping) {
          await renew();
          // Claims come in whole batches when half the queue is gone: a claim costs about
          // the same for one row as for a hundred.
          // Sent but not recorded would be sent again after its lease: claim nothing more
          // until the database takes what has been sent.
          if (queue.length > claimSize / 2 || recorder.failing) {
            await clock.sleep(recorder.failing ? 200 : 20);
            continue;
          }
          // A stop may have come while the renewal or the sleep above was awaited: nothing more
          // is claimed then, since no worker would send it and it would wait out a fresh lease.
          if (this.stopping) break;
          let batch;
          try {
            batch = await outbox.claim(clock.now(), claimSize, this.opts.leaseMs);
          } catch (err) {
            // The database away: what is claimed goes on being sent; claiming is tried again.
            if (!claimFailing) log.warn({ err }, "could not claim digests; trying again");
            claimFailing = true;
            await clock.sleep(1000);
            continue;
          }
          claimFailing = false;
          if (batch.length) {
            tokens.add(batch[0]!.claimToken);
            queue.push(...batch);
            notify();
            continue;
          }
          // Digests still being sent may yet come back as retries.
          if (queue.length || inProgress) {
            await clock.sleep(200);
            continue;
          }
          const next = await outbox.nextRetryAt().catch(() => new Date(clock.now().getTime() + 1000));
          const wait = next ? next.getTime() - clock.now().getTime() : Infinity;
          if (wait > this.opts.waitForRetryMs) break;
          await clock.sleep(Math.max(wait, 10));
        }
      } finally {
        ended = true;
        notify();
      }
    };
    const metrics = this.deps.metrics ?? noDigestMetrics;
    const worker = async () => {
      for (;;) {
        const d = queue.shift();
        if (!d) {
          if (ended || this.stopping) return;
          await signal;
          continue;
        }
        inProgress++;
        try {
          const o = await this.sendOne(d, report);
          if (o) {
            recorder.outcome(o);
            metrics.digest(o.status);
          }
        } catch (err) {
          // A retry or a stop that could not be written: the claim runs out and the digest
          // is taken over then. A part that failed after its mark stays marked, so it
          // counts as sent, unconfirmed: missing rather than sent twice.
          log.error({ err, delivery: d.id }, "could not record a digest's retry; it is tried again when its claim ends");
        } finally {
          inProgress--;
        }
      }
    };
    const run = Promise.all([feeder(), ...Array.from({ length: this.opts.concurrency }, worker)]);
    this.inFlight.add(run);
    try {
      await run;
    } finally {
      this.inFlight.delete(run);
      await this.persist("record what was sent", () => recorder.flush(RECORD_TRY_MS));
      // Claimed but not started (a stop came): back to pending for whoever runs next.
      const unsent = queue.splice(0).map((d) => d.id);
      await this.persist("give back unsent digests", () => outbox.release(unsent));
    }
    return report;
  }

  /**
   * Tries a write until it succeeds: while running, for as long as it takes (each try
   * bounded, so a stop is noticed); once stopping, for STOP_RECORD_MS more at most, then
   * what is left is logged and waits for its lease.
   */
  private async persist(what: string, write: () => Promise<void>) {
    let stopSeen: number | null = null;
    for (;;) {
      try {
        return await write();
      } catch (err) {
        if (this.stopping) stopSeen ??= this.deps.clock.monotonic();
        if (stopSeen !== null && this.deps.clock.monotonic() - stopSeen >= STOP_RECORD_MS) {
          this.deps.log.error({ err }, `could not ${what} before stopping: those digests wait for their claim to end`);
          return;
        }
        this.deps.log.warn({ err }, `could not ${what}; trying again`);
        await this.deps.clock.sleep(1000);
      }
    }
  }

  /** Stops claiming; what is being sent is finished and recorded, the rest given back. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.inFlight]);
  }

  private async sendOne(d: ClaimedDelivery, report: DrainReport): Promise<Outcome | null> {
    const { builder, log, api } = this.deps;
    const sub = d.subscription;
    const base = { id: d.id, subscriptionId: sub.id };
    if (sub.state !== "active") {
      report.skipped++;
      return { ...base, status: "skipped", error: `subscription ${sub.state}` };
    }
    let composed;
    try {
      composed = await builder.compose(sub, d.period);
    } catch (err) {
      log.error({ err, delivery: d.id }, "could not compose a digest");
      report.failed++;
      return { ...base, status: "failed", error: `compose: ${String(err)}` };
    }
    if (!composed.worthSending) {
      report.skipped++;
      return { ...base, status: "skipped", stateId: composed.stateId, error: "nothing unfinished or changed" };
    }
    const parts = composed.parts;
    let from = d.partsSent;
    let unconfirmed = 0;
    if (d.partsAttempted > d.partsSent) {
      // A sender started these parts and died before recording Telegram's answer: they
      // most likely went out, and sending them again would be a duplicate for sure.
      unconfirmed = d.partsAttempted - d.partsSent;
      from = d.partsAttempted;
      log.warn(
        { delivery: d.id, chat: sub.chatId, parts: unconfirmed },
        "digest parts started by a sender that stopped before recording them: counted as sent, unconfirmed",
      );
      for (let n = 0; n < unconfirmed; n++) (this.deps.metrics ?? noDigestMetrics).unconfirmed();
    }
    if (sub.channel && this.deps.channels) {
      // Rights change without the bot being told in time: asked before each post. A failed
      // question is handled like a failed send (retried, or the channel is gone).
      let check;
      try {
        check = await this.deps.channels.check(sub.chatId, sub.channel.setupBy);
      } catch (e) {
        return this.onError(e, d, from, report);
      }
      if (check !== "ok") {
        const reason: StopReason = check === "bot_cannot_post" ? "no_rights" : "admin_gone";
        await this.stopChannel(sub, reason);
        report.stopped++;
        return { ...base, status: "stopped", error: check };
      }
    }
    for (let i = from; i < parts.length; i++) {
      await this.limiter.wait(sub.chatId);
      // Stopping: what was accepted is kept, the rest goes to whoever runs next.
      if (this.stopping) {
        await this.retry(d, new Date(0), "sender stopped", i, true);
        return null;
      }
      let mine: boolean;
      try {
        mine = await this.marker.mark(d.id, d.claimToken, i);
      } catch (err) {
        // Not marked, so not sent: tried again later, like a network error.
        log.warn({ err, delivery: d.id }, "could not mark a digest part as started; tried again later");
        report.retried++;
        await this.retry(d, new Date(this.deps.clock.now().getTime() + backoffMs(d.attempts)), `mark: ${String(err)}`, i, false);
        return null;
      }
      if (!mine) {
        // Another sender took the digest over (this one was stalled past its lease): it goes on from here.
        log.warn({ delivery: d.id }, "a digest's claim passed to another sender; left to it");
        this.recorder.forget(d.id);
        return null;
      }
      try {
        // Marking took a moment: the chat's gap counts from the call itself.
        this.limiter.sending(sub.chatId);
        await api.sendMessage(sub.chatId, parts[i]!.text, messageOptions(parts[i]!));
        report.messages++;
      } catch (e) {
        return this.onError(e, d, i, report);
      }
      if (i < parts.length - 1) this.recorder.partSent(d.id, i + 1, parts.length);
    }
    report.sent++;
    return {
      ...base,
      status: "sent",
      parts: parts.length,
      stateId: composed.stateId,
      ...(unconfirmed ? { unconfirmed: true, error: `${unconfirmed} part(s) unconfirmed: their sender stopped before recording Telegram's answer` } : {}),
    };
  }

  private async onError(e: unknown, d: ClaimedDelivery, part: number, report: DrainReport): Promise<Outcome | null> {
    const { subscriptions, clock, log } = this.deps;
    const sub = d.subscription;
    const base = { id: d.id, subscriptionId: sub.id };
    const now = clock.now().getTime();
    if (e instanceof GrammyError) {
      const retryAfter = e.parameters.retry_after;
      if (e.error_code === 429 && retryAfter !== undefined) {
        if (this.limiter.tooMany(sub.chatId, retryAfter * 1000)) log.warn({ retryAfter }, "flood limit: all digests wait");
        report.retried++;
        await this.retry(d, new Date(now + retryAfter * 1000), `429 retry after ${retryAfter}s`, part, true);
        return null;
      }
      const migrated = e.parameters.migrate_to_chat_id;
      if (migrated !== undefined) {
        await subscriptions.moveChat(sub.chatId, migrated);
        report.retried++;
        await this.retry(d, new Date(now), "group moved to a supergroup", part, true);
        return null;
      }
      const reason = stopReasonOf(e) ?? (sub.channel && lacksRights(e) ? "no_rights" : null);
      if (reason && sub.channel) {
        await this.stopChannel(sub, reason);
        report.stopped++;
        return { ...base, status: "stopped", error: e.description };
      }
      if (reason) {
        const n = await subscriptions.stopChat(sub.chatId, reason);
        log.info({ chat: sub.chatId, reason, subscriptions: n }, "chat unreachable: its subscriptions stopped");
        report.stopped++;
        return { ...base, status: "stopped", error: e.description };
      }
      if (e.error_code < 500) {
        log.error({ err: e, delivery: d.id, part }, "Telegram refused a digest");
        report.failed++;
        return { ...base, status: "failed", error: e.description };
      }
    } else if (!(e instanceof HttpError)) {
      log.error({ err: e, delivery: d.id }, "unexpected error while sending a digest");
    }
    // 5xx or the network: try again later, up to a limit.
    if (d.attempts >= this.opts.maxAttempts) {
      report.failed++;
      return { ...base, status: "failed", error: String(e instanceof Error ? e.message : e) };
    }
    report.retried++;
    await this.retry(d, new Date(now + backoffMs(d.attempts)), String(e instanceof Error ? e.message : e), part, false);
    return null;
  }

  /**
   * A channel's digest cannot go on: the channel's subscriptions stop (those of the admin
   * who left, if that is why) and whoever set each up is told in private, once.
   */
  private async stopChannel(sub: Subscription, reason: StopReason) {
    const { subscriptions, api, log, render } = this.deps;
    const stopped = await subscriptions.stopChannel(sub.chatId, reason, reason === "admin_gone" ? sub.channel!.setupBy : undefined);
    log.info({ chat: sub.chatId, reason, subscriptions: stopped.length }, "channel digest cannot be posted: its subscriptions stopped");
    if (render) await tellChannelStopped(api, stopped, reason, render, log);
  }

  /** Back to pending, with the parts already accepted, so a retry goes on from the next one. */
  private retry(d: ClaimedDelivery, notBefore: Date, error: string, partsSent: number, free: boolean) {
    this.recorder.forget(d.id);
    return this.deps.outbox.retryLater(d.id, notBefore, error, { free, partsSent });
  }
}

const messageOptions = (r: Reply) => ({ parse_mode: "HTML" as const, link_preview_options: { is_disabled: true }, reply_markup: inlineKeyboard(r.keyboard) });
