// The outbox of digests. A delivery row per (subscription, period) is created once,
// however many schedulers see the slot come; senders claim rows before sending and
// record each Telegram acceptance, so a crash resumes instead of starting over. Before
// each Telegram call the part is marked as started (`partsAttempted`, a durable write
// that only the claim's holder can make): a part started and never recorded counts as
// sent, unconfirmed, when another sender takes the digest over, so no message goes twice;
// at worst one dies between the mark and the call and is lost.
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
  /** Parts a send was started for; above partsSent, a sender died before recording them. */
  partsAttempted: number;
  /** Who holds the claim: marks and renewals are made under it. */
  claimToken: string;
  subscription: Subscription;
}

export interface Outcome {
  id: number;
  status: "sent" | "skipped" | "failed" | "stopped";
  subscriptionId: number;
  parts?: number;
  stateId?: number | null;
  error?: string;
  /**
   * Sent, but some part was started by a sender that died before Telegram answered, so it
   * may not have arrived: the subscription's "what changed" baseline stays where it was,
   * and the next digest repeats those changes rather than lose them.
   */
  unconfirmed?: boolean;
}

/** A part about to be sent, under the claim that holds its digest. */
export interface AttemptMark {
  id: number;
  claimToken: string;
  part: number;
}

/** Parts of a long digest Telegram has accepted so far. */
export interface Progress {
  id: number;
  partsSent: number;
  parts: number;
}

export interface ScheduleReport {
  subscriptions: number;
  pending: number;
  missed: number;
}

/** Slots older than this many behind the newest are not even recorded as missed. */
const MAX_SLOTS_RECORDED = 4;
/** Rows per statement: SQLite through the driver adapter takes at most 999 parameters. */
const CHUNK = 100;
/** Claimed per query: small enough that reading them never stalls the sender for long. */
const MAX_CLAIM = 200;

/**
 * Long digests first: their parts go out a second apart to one chat, so started early
 * they interleave with short ones instead of trailing alone at the end of a run.
 */
const LONG_FIRST = `CASE s."scope" WHEN 'all' THEN 0 WHEN 'tier' THEN 1 ELSE 2 END`;

/** Placeholders for raw SQL in the provider's style ($1 or ?), with their values. */
class Params {
  readonly params: unknown[] = [];
  constructor(private provider: DbProvider) {}
  p(v: unknown): string {
    this.params.push(v);
    return this.provider === "postgresql" ? `$${this.params.length}` : "?";
  }
  list(vs: unknown[]): string {
    return vs.map((v) => this.p(v)).join(", ");
  }
}

/** A claimed delivery with its subscription, as the claim query returns it. */
interface ClaimRow {
  id: number | bigint;
  period: string;
  dueAt: Date | string;
  attempts: number | bigint;
  partsSent: number | bigint;
  partsAttempted: number | bigint;
  subscriptionId: number | bigint;
  chatId: number | bigint;
  scope: string;
  townIds: string;
  tierId: string | null;
  weekday: number | bigint;
  hour: number | bigint;
  minute: number | bigint;
  language: string;
  state: string;
  stopReason: string | null;
  nextDueAt: Date | string;
  lastStateId: number | bigint | null;
  lastSentAt: Date | string | null;
  setupBy: number | bigint | null;
  chatTitle: string | null;
}

export class Outbox {
  private stateIds = new Map<string, number>();
  private states = new Map<number, DigestSnapshot>();

  constructor(
    private db: Db,
    private provider: DbProvider,
  ) {}

  /**
   * Turns every slot that has come into a delivery: pending inside the catch-up window,
   * missed outside it (the bot was down). Moves each subscription to its next slot.
   * Two schedulers running at once create each delivery once (unique key, conflicts ignored).
   */
  async scheduleDue(now: Date, catchUpMs: number, batch = 250): Promise<ScheduleReport> {
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
          for (let i = 0; i < m.ids.length; i += CHUNK) {
            await tx.subscription.updateMany({ where: { id: { in: m.ids.slice(i, i + CHUNK) }, nextDueAt: m.from }, data: { nextDueAt: m.to } });
          }
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

  private async insertDeliveries(
    tx: Db,
    rows: Array<{ subscriptionId: number; period: string; dueAt: Date; status: DeliveryStatus }>,
    now: Date,
  ): Promise<number> {
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
   * Claims up to `wanted` deliveries that are due to be tried: pending ones, and ones
   * whose sender stopped holding them (its claim expired, e.g. it crashed). One UPDATE
   * picks and marks them, so two senders never get the same row: on PostgreSQL rows
   * another sender is claiming are skipped, not waited for (FOR UPDATE SKIP LOCKED);
   * SQLite has a single writer. Raw SQL: this and `record` run for every digest, and
   * through the query builder they cost the sender several times more CPU.
   */
  async claim(now: Date, wanted: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const q = this.sql();
    const token = randomUUID();
    // Each placeholder is used once: SQLite's `?` are positional.
    const [t, until, at1, at2] = [q.p(token), q.p(new Date(now.getTime() + leaseMs)), q.p(now), q.p(now)];
    const lock = this.provider === "postgresql" ? " FOR UPDATE OF d SKIP LOCKED" : "";
    const claimed = await this.db.$executeRawUnsafe(
      `UPDATE "Delivery" SET "status" = 'sending', "claimedBy" = ${t}, "claimedUntil" = ${until}, "attempts" = "attempts" + 1
       WHERE "id" IN (
         SELECT d."id" FROM "Delivery" d JOIN "Subscription" s ON s."id" = d."subscriptionId"
         WHERE (d."status" = 'pending' AND (d."notBefore" IS NULL OR d."notBefore" <= ${at1})) OR (d."status" = 'sending' AND d."claimedUntil" < ${at2})
         ORDER BY d."dueAt", ${LONG_FIRST}, d."id" LIMIT ${q.p(Math.min(wanted, MAX_CLAIM))}${lock})`,
      ...q.params,
    );
    if (!claimed) return [];
    const r = this.sql();
    const rows = await this.db.$queryRawUnsafe<ClaimRow[]>(
      `SELECT d."id", d."period", d."dueAt", d."attempts", d."partsSent", d."partsAttempted", s."id" AS "subscriptionId", s."chatId", s."scope", s."townIds", s."tierId",
              s."weekday", s."hour", s."minute", s."language", s."state", s."stopReason", s."nextDueAt", s."lastStateId", s."lastSentAt",
              s."setupBy", s."chatTitle"
       FROM "Delivery" d JOIN "Subscription" s ON s."id" = d."subscriptionId"
       WHERE d."claimedBy" = ${r.p(token)} AND d."status" = 'sending' ORDER BY d."dueAt", d."id"`,
      ...r.params,
    );
    return rows.map((x) => ({
      id: Number(x.id),
      period: x.period,
      dueAt: new Date(x.dueAt),
      attempts: Number(x.attempts),
      partsSent: Number(x.partsSent),
      partsAttempted: Number(x.partsAttempted),
      claimToken: token,
      subscription: toSubscription({
        ...x,
        id: Number(x.subscriptionId),
        chatId: BigInt(x.chatId),
        weekday: Number(x.weekday),
        hour: Number(x.hour),
        minute: Number(x.minute),
        nextDueAt: new Date(x.nextDueAt),
        lastStateId: x.lastStateId === null ? null : Number(x.lastStateId),
        lastSentAt: x.lastSentAt === null ? null : new Date(x.lastSentAt),
        setupBy: x.setupBy === null ? null : BigInt(x.setupBy),
      }),
    }));
  }

  private sql() {
    return new Params(this.provider);
  }

  /**
   * Marks parts as started (`part` from 0), before their Telegram calls, in one statement.
   * Only under the claim that holds each digest: the ids returned are those marked; one
   * missing was taken over by another sender (this one stalled past its lease), and this
   * one must not send it.
   */
  async markAttempts(marks: AttemptMark[]): Promise<Set<number>> {
    const marked = new Set<number>();
    for (let i = 0; i < marks.length; i += CHUNK) {
      const list = marks.slice(i, i + CHUNK);
      const q = this.sql();
      // Placeholders made in the order they appear: SQLite's `?` are positional.
      // Typed: PostgreSQL cannot infer a placeholder's type inside CASE.
      const parts = list.map((m) => `WHEN ${q.p(m.id)} THEN CAST(${q.p(m.part + 1)} AS INTEGER)`).join(" ");
      const ids = q.list(list.map((m) => m.id));
      const holders = list.map((m) => `WHEN ${q.p(m.id)} THEN CAST(${q.p(m.claimToken)} AS TEXT)`).join(" ");
      const rows = await this.db.$queryRawUnsafe<Array<{ id: number | bigint }>>(
        `UPDATE "Delivery" SET "partsAttempted" = CASE "id" ${parts} END
         WHERE "status" = 'sending' AND "id" IN (${ids}) AND "claimedBy" = CASE "id" ${holders} END RETURNING "id"`,
        ...q.params,
      );
      for (const r of rows) marked.add(Number(r.id));
    }
    return marked;
  }

  /** Extends the claims still held under these tokens: their sender is alive. */
  async renew(claimTokens: string[], until: Date): Promise<number> {
    let renewed = 0;
    for (let i = 0; i < claimTokens.length; i += CHUNK) {
      const res = await this.db.delivery.updateMany({
        where: { claimedBy: { in: claimTokens.slice(i, i + CHUNK) }, status: "sending" },
        data: { claimedUntil: until },
      });
      renewed += res.count;
    }
    return renewed;
  }

  /**
   * Puts a delivery back to be tried again no earlier than `notBefore`. A `free` retry
   * (Telegram asked us to wait) does not count against the attempts. The part that failed
   * is no longer started: its mark goes back to the parts accepted.
   */
  async retryLater(id: number, notBefore: Date, error: string, opts: { free?: boolean; partsSent?: number } = {}): Promise<void> {
    await this.db.delivery.update({
      where: { id },
      data: {
        status: "pending",
        notBefore,
        claimedBy: null,
        claimedUntil: null,
        error: error.slice(0, 500),
        ...(opts.free ? { attempts: { decrement: 1 } } : {}),
        ...(opts.partsSent ? { partsSent: opts.partsSent } : {}),
        ...(opts.partsSent !== undefined ? { partsAttempted: opts.partsSent } : {}),
      },
    });
  }

  /** When the earliest digest waiting for a retry may go, if any waits. */
  async nextRetryAt(): Promise<Date | null> {
    const row = await this.db.delivery.findFirst({ where: { status: "pending" }, orderBy: { notBefore: "asc" }, select: { notBefore: true } });
    return row ? (row.notBefore ?? new Date(0)) : null;
  }

  /** Gives claimed deliveries back untouched (a sender stopping cleanly). */
  async release(ids: number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.db.delivery.updateMany({
        where: { id: { in: ids.slice(i, i + CHUNK) }, status: "sending" },
        data: { status: "pending", claimedBy: null, claimedUntil: null, attempts: { decrement: 1 } },
      });
    }
  }

  /**
   * Records finished deliveries and the progress of unfinished ones in one transaction;
   * digests sent move their subscription's baseline.
   */
  async record(outcomes: Outcome[], progress: Progress[], now: Date): Promise<void> {
    if (!outcomes.length && !progress.length) return;
    const statements: Array<{ text: string; params: unknown[] }> = [];
    const group = <T>(list: T[], key: (x: T) => string) => {
      const m = new Map<string, T[]>();
      for (const x of list) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
      return [...m.values()];
    };
    for (const list of group(progress, (p) => `${p.partsSent}/${p.parts}`)) {
      const q = this.sql();
      statements.push({
        text: `UPDATE "Delivery" SET "partsSent" = ${q.p(list[0]!.partsSent)}, "parts" = ${q.p(list[0]!.parts)} WHERE "status" = 'sending' AND "id" IN (${q.list(list.map((p) => p.id))})`,
        params: q.params,
      });
    }
    for (const list of group(outcomes, (o) => `${o.status}|${o.parts ?? ""}|${o.stateId ?? ""}|${o.error ?? ""}|${o.unconfirmed ?? ""}`)) {
      const o = list[0]!;
      const q = this.sql();
      const sets = [
        `"status" = ${q.p(o.status)}`,
        `"finishedAt" = ${q.p(now)}`,
        `"claimedBy" = NULL`,
        `"claimedUntil" = NULL`,
        `"error" = ${q.p(o.error?.slice(0, 500) ?? null)}`,
      ];
      if (o.parts !== undefined) sets.push(`"parts" = ${q.p(o.parts)}`, ...(o.status === "sent" ? [`"partsSent" = ${q.p(o.parts)}`] : []));
      if (o.stateId !== undefined) sets.push(`"stateId" = ${q.p(o.stateId)}`);
      statements.push({ text: `UPDATE "Delivery" SET ${sets.join(", ")} WHERE "id" IN (${q.list(list.map((x) => x.id))})`, params: q.params });
      if (o.status === "sent") {
        const u = this.sql();
        const baseline = o.unconfirmed ? "" : `"lastStateId" = ${u.p(o.stateId ?? null)}, `;
        statements.push({
          text: `UPDATE "Subscription" SET ${baseline}"lastSentAt" = ${u.p(now)} WHERE "id" IN (${u.list(list.map((x) => x.subscriptionId))})`,
          params: u.params,
        });
      }
    }
    await this.db.$transaction(statements.map((st) => this.db.$executeRawUnsafe(st.text, ...st.params)));
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
