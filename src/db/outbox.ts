// The outbox of digests. A delivery row per (subscription, period) is created once,
// however many schedulers see the slot come; senders claim rows before sending and
// record each Telegram acceptance, so a crash resumes instead of starting over.
import { randomUUID } from "node:crypto";
import type { Db, DbProvider } from "./client.ts";
import { toSubscription } from "./subscriptions.ts";
import type { DigestSnapshot } from "../domain/digest.ts";
import type { Subscription } from "../domain/subscription.ts";
import { nextSlot, periodOf } from "../domain/schedule.ts";

export type DeliveryStatus = "pending" | "sending" | "sent" | "skipped" | "missed" | "failed" | "stopped";

export interface ClaimedDelivery {
  id: number;
  period: string;
  dueAt: Date;
  /** Claims so far, this one included. */
  attempts: number;
  partsSent: number;
  subscription: Subscription;
}

export interface Outcome {
  id: number;
  status: "sent" | "skipped" | "failed" | "stopped";
  subscriptionId: number;
  parts?: number;
  stateId?: number | null;
  error?: string;
}

export interface ScheduleReport {
  subscriptions: number;
  pending: number;
  missed: number;
}

/** Slots older than this many behind the newest are not even recorded as missed. */
const MAX_SLOTS_RECORDED = 4;
const CHUNK = 200;

export class Outbox {
  private stateIds = new Map<string, number>();
  private states = new Map<number, DigestSnapshot>();

  constructor(private db: Db, private provider: DbProvider) {}

  /**
   * Turns every slot that has come into a delivery: pending inside the catch-up window,
   * missed outside it (the bot was down). Moves each subscription to its next slot.
   * Two schedulers running at once create each delivery once (unique key, conflicts ignored).
   */
  async scheduleDue(now: Date, catchUpMs: number, batch = 1000): Promise<ScheduleReport> {
    const report: ScheduleReport = { subscriptions: 0, pending: 0, missed: 0 };
    for (;;) {
      const subs = await this.db.subscription.findMany({
        where: { state: "active", nextDueAt: { lte: now } },
        orderBy: [{ nextDueAt: "asc" }, { id: "asc" }],
        take: batch,
      });
      if (!subs.length) return report;
      const rows: Array<{ subscriptionId: number; period: string; dueAt: Date; status: DeliveryStatus }> = [];
      const moves = new Map<string, { from: Date; to: Date; ids: number[] }>();
      for (const r of subs) {
        const s = toSubscription(r);
        const slots: Date[] = [];
        let slot = r.nextDueAt;
        while (slot <= now && slots.length < 64) {
          slots.push(slot);
          slot = nextSlot(s.schedule, slot);
        }
        if (slot <= now) slot = nextSlot(s.schedule, now);
        for (const due of slots.slice(-MAX_SLOTS_RECORDED)) {
          const missed = now.getTime() - due.getTime() > catchUpMs;
          rows.push({ subscriptionId: r.id, period: periodOf(s.schedule, due), dueAt: due, status: missed ? "missed" : "pending" });
        }
        const key = `${r.nextDueAt.getTime()}>${slot.getTime()}`;
        const move = moves.get(key) ?? { from: r.nextDueAt, to: slot, ids: [] };
        move.ids.push(r.id);
        moves.set(key, move);
      }
      const created = await this.db.$transaction(async (tx) => {
        let inserted = 0;
        for (let i = 0; i < rows.length; i += CHUNK) inserted += await this.insertDeliveries(tx as unknown as Db, rows.slice(i, i + CHUNK), now);
        for (const m of moves.values()) {
          // Only from where we found it: another scheduler may have moved it already.
          await tx.subscription.updateMany({ where: { id: { in: m.ids }, nextDueAt: m.from }, data: { nextDueAt: m.to } });
        }
        return inserted;
      });
      report.subscriptions += subs.length;
      const missed = rows.filter((r) => r.status === "missed").length;
      report.missed += Math.min(missed, created);
      report.pending += Math.max(0, created - missed);
      if (subs.length < batch) return report;
    }
  }

  private async insertDeliveries(tx: Db, rows: Array<{ subscriptionId: number; period: string; dueAt: Date; status: DeliveryStatus }>, now: Date): Promise<number> {
    if (!rows.length) return 0;
    const params: unknown[] = [];
    const ph = (v: unknown) => {
      params.push(v);
      return this.provider === "postgresql" ? `$${params.length}` : "?";
    };
    const values = rows
      .map((r) => `(${ph(r.subscriptionId)}, ${ph(r.period)}, ${ph(r.dueAt)}, ${ph(r.status)}, 0, 0, ${ph(now)}, ${ph(r.status === "missed" ? now : null)})`)
      .join(", ");
    return tx.$executeRawUnsafe(
      `INSERT INTO "Delivery" ("subscriptionId", "period", "dueAt", "status", "attempts", "partsSent", "createdAt", "finishedAt") VALUES ${values} ` +
        `ON CONFLICT ("subscriptionId", "period") DO NOTHING`,
      ...params,
    );
  }

  /** Pending digests whose catch-up window has passed will not go out late: missed. */
  async expire(now: Date, catchUpMs: number): Promise<number> {
    const cutoff = new Date(now.getTime() - catchUpMs);
    const res = await this.db.delivery.updateMany({
      where: { dueAt: { lt: cutoff }, OR: [{ status: "pending" }, { status: "sending", claimedUntil: { lt: now } }] },
      data: { status: "missed", finishedAt: now, claimedBy: null, claimedUntil: null, error: "catch-up window passed" },
    });
    return res.count;
  }

  /**
   * Claims up to `limit` deliveries that are due to be tried: pending ones, and ones
   * whose sender stopped holding them (its claim expired, e.g. it crashed). On PostgreSQL
   * rows another sender is claiming are skipped, not waited for (FOR UPDATE SKIP LOCKED);
   * SQLite has a single writer, so its conditional update cannot hand a row out twice.
   */
  async claim(now: Date, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const token = randomUUID();
    const until = new Date(now.getTime() + leaseMs);
    if (this.provider === "postgresql") {
      await this.db.$executeRawUnsafe(
        `UPDATE "Delivery" SET "status" = 'sending', "claimedBy" = $1, "claimedUntil" = $2, "attempts" = "attempts" + 1
         WHERE "id" IN (
           SELECT "id" FROM "Delivery"
           WHERE ("status" = 'pending' AND ("notBefore" IS NULL OR "notBefore" <= $3)) OR ("status" = 'sending' AND "claimedUntil" < $3)
           ORDER BY "dueAt", "id" LIMIT $4 FOR UPDATE SKIP LOCKED)`,
        token, until, now, limit,
      );
    } else {
      const claimable = { OR: [{ status: "pending", OR: [{ notBefore: null }, { notBefore: { lte: now } }] }, { status: "sending", claimedUntil: { lt: now } }] };
      const ids = await this.db.delivery.findMany({ where: claimable, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: limit, select: { id: true } });
      if (!ids.length) return [];
      await this.db.delivery.updateMany({
        where: { id: { in: ids.map((r) => r.id) }, ...claimable },
        data: { status: "sending", claimedBy: token, claimedUntil: until, attempts: { increment: 1 } },
      });
    }
    const rows = await this.db.delivery.findMany({ where: { claimedBy: token, status: "sending" }, include: { subscription: true }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] });
    return rows.map((r) => ({ id: r.id, period: r.period, dueAt: r.dueAt, attempts: r.attempts, partsSent: r.partsSent, subscription: toSubscription(r.subscription) }));
  }

  /** Records that Telegram accepted one more part of a split digest. */
  async partSent(id: number, partsSent: number, parts: number): Promise<void> {
    await this.db.delivery.update({ where: { id }, data: { partsSent, parts } });
  }

  /**
   * Puts a delivery back to be tried again no earlier than `notBefore`. A `free` retry
   * (Telegram asked us to wait) does not count against the attempts.
   */
  async retryLater(id: number, notBefore: Date, error: string, free = false): Promise<void> {
    await this.db.delivery.update({
      where: { id },
      data: { status: "pending", notBefore, claimedBy: null, claimedUntil: null, error: error.slice(0, 500), ...(free ? { attempts: { decrement: 1 } } : {}) },
    });
  }

  /** When the earliest digest waiting for a retry may go, if any waits. */
  async nextRetryAt(): Promise<Date | null> {
    const row = await this.db.delivery.findFirst({ where: { status: "pending" }, orderBy: { notBefore: "asc" }, select: { notBefore: true } });
    return row ? (row.notBefore ?? new Date(0)) : null;
  }

  /** Gives claimed deliveries back untouched (a sender stopping cleanly). */
  async release(ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.db.delivery.updateMany({ where: { id: { in: ids }, status: "sending" }, data: { status: "pending", claimedBy: null, claimedUntil: null, attempts: { decrement: 1 } } });
  }

  /** Records finished deliveries in one transaction; digests sent move their subscription's baseline. */
  async finish(outcomes: Outcome[], now: Date): Promise<void> {
    if (!outcomes.length) return;
    const groups = new Map<string, Outcome[]>();
    for (const o of outcomes) {
      const key = `${o.status}|${o.parts ?? ""}|${o.stateId ?? ""}|${o.error ?? ""}`;
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    const ops = [];
    for (const list of groups.values()) {
      const o = list[0]!;
      ops.push(this.db.delivery.updateMany({
        where: { id: { in: list.map((x) => x.id) } },
        data: {
          status: o.status, finishedAt: now, claimedBy: null, claimedUntil: null, error: o.error?.slice(0, 500) ?? null,
          ...(o.parts !== undefined ? { parts: o.parts, partsSent: o.status === "sent" ? o.parts : undefined } : {}),
          ...(o.stateId !== undefined ? { stateId: o.stateId } : {}),
        },
      }));
      if (o.status === "sent") {
        ops.push(this.db.subscription.updateMany({ where: { id: { in: list.map((x) => x.subscriptionId) } }, data: { lastStateId: o.stateId ?? null, lastSentAt: now } }));
      }
    }
    await this.db.$transaction(ops);
  }

  async counts(): Promise<Record<DeliveryStatus, number>> {
    const rows = await this.db.delivery.groupBy({ by: ["status"], _count: { _all: true } });
    const out = { pending: 0, sending: 0, sent: 0, skipped: 0, missed: 0, failed: 0, stopped: 0 };
    for (const r of rows) out[r.status as DeliveryStatus] = r._count._all;
    return out;
  }

  /** The id of a stored snapshot with this content, storing it the first time. */
  async stateId(hash: string, json: string): Promise<number> {
    const known = this.stateIds.get(hash);
    if (known) return known;
    let row = await this.db.digestState.findUnique({ where: { hash }, select: { id: true } });
    if (!row) {
      try {
        row = await this.db.digestState.create({ data: { hash, state: json }, select: { id: true } });
      } catch {
        // Another process stored the same content a moment ago.
        row = await this.db.digestState.findUniqueOrThrow({ where: { hash }, select: { id: true } });
      }
    }
    this.stateIds.set(hash, row.id);
    return row.id;
  }

  async state(id: number): Promise<DigestSnapshot | null> {
    const hit = this.states.get(id);
    if (hit) return hit;
    const row = await this.db.digestState.findUnique({ where: { id } });
    if (!row) return null;
    const s = JSON.parse(row.state) as DigestSnapshot;
    if (this.states.size > 100) this.states.clear();
    this.states.set(id, s);
    return s;
  }
}
