// One digest run: due slots become outbox rows, stale ones are marked missed, and the
// sender drains what is claimable. The cron tick, `npm run digest -- --send-due` and the
// tests all go through here. Runs in one process never overlap.
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import { providerOf, type Db } from "../db/client.ts";
import { Outbox, type ScheduleReport } from "../db/outbox.ts";
import { SubscriptionRepo } from "../db/subscriptions.ts";
import type { Knowledge } from "../knowledge.ts";
import { translator, type Translations } from "../i18n.ts";
import { plainApi } from "../telegram/api.ts";
import { ChannelRights } from "../telegram/channel-rights.ts";
import type { Lang } from "../domain/types.ts";
import { DigestBuilder } from "./builder.ts";
import { concurrencyFor, DEFAULT_SENDER_OPTIONS, DigestSender, type DrainReport, type SenderOptions } from "./sender.ts";
import type { Config } from "../config.ts";
import type { DigestMetrics } from "./metrics.ts";

export interface TickReport extends ScheduleReport, DrainReport {
  expired: number;
}

export interface DigestServiceOptions {
  /** Digests whose slot passed longer ago than this are not sent late but marked missed. */
  catchUpMs: number;
  sender: SenderOptions;
}

const DEFAULT_CATCH_UP_MS = 12 * 3600_000;

/** The digest settings of the configuration (DIGEST_RATE, DIGEST_CATCH_UP_HOURS). */
export function digestOptions(config: Pick<Config, "DIGEST_RATE" | "DIGEST_CATCH_UP_HOURS">): DigestServiceOptions {
  return {
    catchUpMs: config.DIGEST_CATCH_UP_HOURS * 3600_000,
    sender: { ...DEFAULT_SENDER_OPTIONS, ratePerSecond: config.DIGEST_RATE, concurrency: concurrencyFor(config.DIGEST_RATE) },
  };
}

export class DigestService {
  private running: Promise<TickReport> | null = null;

  constructor(
    readonly outbox: Outbox,
    readonly sender: DigestSender,
    private clock: Clock,
    private log: Logger,
    private catchUpMs: number,
  ) {}

  /** Schedules and sends what is due now; a tick while one runs joins it instead. */
  tick(): Promise<TickReport> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async run(): Promise<TickReport> {
    const now = this.clock.now();
    const scheduled = await this.outbox.scheduleDue(now, this.catchUpMs);
    const expired = await this.outbox.expire(now, this.catchUpMs);
    const drained = await this.sender.drain();
    const report = { ...scheduled, expired, ...drained };
    if (scheduled.pending || scheduled.missed || expired || drained.sent || drained.failed || drained.stopped) this.log.info(report, "digest run");
    return report;
  }

  async stop(): Promise<void> {
    await this.sender.stop();
    await this.running?.catch(() => {});
  }
}

export interface DigestWiring {
  db: Db;
  url: string;
  knowledge: Knowledge;
  /** The process's translations (one per process, shared with the bot). */
  i18n: Translations;
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
  clock: Clock;
  log: Logger;
  options?: Partial<DigestServiceOptions>;
  /** Counts of digests sent, failed, skipped and stopped (Prometheus in the bot process). */
  metrics?: DigestMetrics;
}

export function createDigestService(w: DigestWiring) {
  const outbox = new Outbox(w.db, providerOf(w.url));
  const subscriptions = new SubscriptionRepo(w.db);
  const render = (lang: Lang) => ({ lang, t: translator(w.i18n, lang) });
  const builder = new DigestBuilder(w.knowledge, outbox, render);
  // Its own client without auto-retry: the sender handles 429 itself, for all sends at once.
  const senderOptions = { ...DEFAULT_SENDER_OPTIONS, ...w.options?.sender };
  const api = plainApi(w.token, w.apiRoot, w.fetch, senderOptions.requestTimeoutMs);
  const sender = new DigestSender(
    { api, outbox, subscriptions, builder, clock: w.clock, log: w.log, metrics: w.metrics, channels: new ChannelRights(api), render },
    senderOptions,
  );
  const service = new DigestService(outbox, sender, w.clock, w.log, w.options?.catchUpMs ?? DEFAULT_CATCH_UP_MS);
  return { service, outbox, subscriptions, builder, sender };
}
