// A digest service wired to a fake Telegram, a fresh database and a clock that moves
// only when told (or when the sender sleeps).
import { createApp, type App } from "../../src/app.ts";
import { ManualClock } from "../../src/clock.ts";
import type { DbProvider } from "../../src/db/client.ts";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import type { DigestServiceOptions } from "../../src/digest/service.ts";
import { DEFAULT_SENDER_OPTIONS } from "../../src/digest/sender.ts";
import type { DigestMetrics, DigestOutcome } from "../../src/digest/metrics.ts";
import type { Scope, Schedule } from "../../src/domain/subscription.ts";
import { DEFAULT_SCHEDULE } from "../../src/domain/subscription.ts";
import type { Lang } from "../../src/domain/types.ts";
import { FakeTelegram } from "../../src/fake-telegram/fetch.ts";
import type { Knowledge } from "../../src/knowledge.ts";
import { createLogger } from "../../src/log.ts";
import { freshDb, type TestDb } from "./db.ts";
import { testConfig } from "./bot.ts";

export interface DigestRig {
  db: TestDb;
  tg: FakeTelegram;
  clock: ManualClock;
  knowledge: Knowledge;
  subs: SubscriptionRepo;
  /** A digest process; call again for a second instance (another server, or after a restart). */
  instance(options?: Partial<DigestServiceOptions>, metrics?: DigestMetrics, fetch?: typeof globalThis.fetch): Promise<ReturnType<App["digests"]>>;
  subscribe(chatId: number, scope: Scope, opts?: { schedule?: Schedule; language?: Lang }): Promise<number>;
  close(): Promise<void>;
}

export async function digestRig(provider: DbProvider, start = "2026-11-22T12:00:00Z"): Promise<DigestRig> {
  const db = await freshDb(provider);
  const tg = new FakeTelegram();
  const clock = new ManualClock(start);
  const log = createLogger("silent");
  // Instances are processes on one database; they share the knowledge, so a test's reload reaches all.
  const { knowledge } = await createApp(testConfig(db.url), { db: db.db, clock, log });
  const subs = new SubscriptionRepo(db.db);
  return {
    db,
    tg,
    clock,
    knowledge,
    subs,
    instance: async (options, metrics, fetch) =>
      (
        await createApp(testConfig(db.url), {
          db: db.db,
          knowledge,
          apiRoot: "http://telegram.test",
          fetch: fetch ?? tg.fetch,
          clock,
          log,
          digest: { ...options, sender: { ...DEFAULT_SENDER_OPTIONS, waitForRetryMs: 3600_000, ...options?.sender } },
          digestMetrics: metrics,
        })
      ).digests(),
    subscribe: async (chatId, scope, opts = {}) =>
      (await subs.subscribe({ chatId, scope, schedule: opts.schedule ?? DEFAULT_SCHEDULE, language: opts.language ?? "ru", now: clock.now() })).subscription.id,
    close: () => db.close(),
  };
}

/** Messages accepted per chat, in order. */
export function sentTo(tg: FakeTelegram, chatId: number): string[] {
  return tg.delivered.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chatId).map((c) => String(c.payload.text));
}

/** Digest outcomes as an instance's metrics saw them. */
export class CountingMetrics implements DigestMetrics {
  readonly counts: Partial<Record<DigestOutcome, number>> = {};
  unconfirmedMessages = 0;
  digest(outcome: DigestOutcome) {
    this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
  }
  unconfirmed() {
    this.unconfirmedMessages++;
  }
}

/**
 * A digest of several parts whose first part went out and was recorded, then the process
 * died: what a restart must go on from. The clock is at `due`; the claim's lease still runs.
 */
export async function interruptedAfterFirstPart(rig: DigestRig, due: string) {
  const first = await rig.instance();
  rig.clock.set(due);
  await first.outbox.scheduleDue(rig.clock.now(), 3600_000);
  const [delivery] = await first.outbox.claim(rig.clock.now(), 1, 60_000);
  const composed = await first.builder.compose(delivery!.subscription, delivery!.period);
  await first.outbox.record([], [{ id: delivery!.id, partsSent: 1, parts: composed.parts.length }], rig.clock.now());
  return { delivery: delivery!, composed };
}
