// Subscriptions of chats to digests. Rows are never deleted by users' actions: an
// unsubscribe cancels, a block stops, so the outbox history stays whole.
import type { Db } from "./client.ts";
import { parseStringArray } from "./json.ts";
import type { Lang, TierId } from "../domain/types.ts";
import type { ChannelSetup, Schedule, Scope, StopReason, Subscription, SubscriptionState } from "../domain/subscription.ts";
import { sameScope } from "../domain/subscription.ts";
import { nextSlot } from "../domain/schedule.ts";

type Row = Pick<
  Awaited<ReturnType<Db["subscription"]["findFirstOrThrow"]>>,
  | "id"
  | "chatId"
  | "scope"
  | "townIds"
  | "tierId"
  | "weekday"
  | "hour"
  | "minute"
  | "language"
  | "state"
  | "stopReason"
  | "nextDueAt"
  | "lastStateId"
  | "lastSentAt"
  | "setupBy"
  | "chatTitle"
>;

export function toSubscription(r: Row): Subscription {
  const scope: Scope =
    r.scope === "tier" && r.tierId
      ? { kind: "tier", tierId: r.tierId as TierId }
      : r.scope === "towns"
        ? { kind: "towns", townIds: parseStringArray(r.townIds) }
        : { kind: "all" };
  return {
    id: r.id,
    chatId: Number(r.chatId),
    scope,
    schedule: { weekday: r.weekday, hour: r.hour, minute: r.minute },
    language: r.language as Lang,
    state: r.state as SubscriptionState,
    stopReason: r.stopReason as StopReason | null,
    nextDueAt: r.nextDueAt,
    lastStateId: r.lastStateId,
    lastSentAt: r.lastSentAt,
    ...(r.setupBy === null ? {} : { channel: { setupBy: Number(r.setupBy), title: r.chatTitle ?? "" } }),
  };
}

const scopeColumns = (scope: Scope) => ({
  scope: scope.kind,
  townIds: JSON.stringify(scope.kind === "towns" ? scope.townIds : []),
  tierId: scope.kind === "tier" ? scope.tierId : null,
});

/** Stops that lift when the chat lets the bot back in (unblocked, re-added). */
const LIFTABLE: StopReason[] = ["blocked", "kicked", "deactivated", "chat_not_found"];

export class SubscriptionRepo {
  constructor(private db: Db) {}

  /**
   * Subscribes a chat. The same scope twice is one subscription with the newer schedule
   * (resumed if it was paused or stopped), never two digests of the same towns.
   */
  async subscribe(p: {
    chatId: number;
    scope: Scope;
    schedule: Schedule;
    language: Lang;
    createdBy?: number;
    /** A channel's subscription: the admin setting it up in private (they become the one told when it stops). */
    channel?: ChannelSetup;
    now: Date;
  }): Promise<{ subscription: Subscription; existed: boolean }> {
    const nextDueAt = nextSlot(p.schedule, p.now);
    const rows = await this.db.subscription.findMany({ where: { chatId: BigInt(p.chatId), state: { not: "cancelled" } } });
    const same = rows.map(toSubscription).find((s) => sameScope(s.scope, p.scope));
    const channel = p.channel ? { setupBy: BigInt(p.channel.setupBy), chatTitle: p.channel.title } : {};
    const data = { ...p.schedule, language: p.language, state: "active", stopReason: null, nextDueAt, ...channel };
    if (same) {
      const row = await this.db.subscription.update({ where: { id: same.id }, data });
      return { subscription: toSubscription(row), existed: true };
    }
    const row = await this.db.subscription.create({
      data: { chatId: BigInt(p.chatId), ...scopeColumns(p.scope), ...data, createdBy: p.createdBy === undefined ? null : BigInt(p.createdBy) },
    });
    return { subscription: toSubscription(row), existed: false };
  }

  /** Channels' subscriptions this user set up (not cancelled), by channel and age. */
  async setUpBy(userId: number): Promise<Subscription[]> {
    const rows = await this.db.subscription.findMany({
      where: { setupBy: BigInt(userId), state: { not: "cancelled" } },
      orderBy: [{ chatId: "asc" }, { id: "asc" }],
    });
    return rows.map(toSubscription);
  }

  /** A channel's subscription by id alone: its admin manages it from a private chat. */
  async getChannel(id: number): Promise<Subscription | null> {
    const row = await this.db.subscription.findFirst({ where: { id, setupBy: { not: null } } });
    return row ? toSubscription(row) : null;
  }

  /** The chat's subscriptions that are not cancelled, oldest first. */
  async list(chatId: number): Promise<Subscription[]> {
    const rows = await this.db.subscription.findMany({ where: { chatId: BigInt(chatId), state: { not: "cancelled" } }, orderBy: { id: "asc" } });
    return rows.map(toSubscription);
  }

  async get(id: number, chatId: number): Promise<Subscription | null> {
    const row = await this.db.subscription.findFirst({ where: { id, chatId: BigInt(chatId) } });
    return row ? toSubscription(row) : null;
  }

  /** Changes one of the chat's subscriptions; null when it is not the chat's or is cancelled. */
  private async change(id: number, chatId: number, data: Parameters<Db["subscription"]["update"]>[0]["data"]): Promise<Subscription | null> {
    const res = await this.db.subscription.updateMany({ where: { id, chatId: BigInt(chatId), state: { not: "cancelled" } }, data });
    return res.count ? this.get(id, chatId) : null;
  }

  pause(id: number, chatId: number) {
    return this.change(id, chatId, { state: "paused" });
  }

  /** Resumes from the next slot after now: a paused week is not sent late. */
  async resume(id: number, chatId: number, now: Date) {
    const s = await this.get(id, chatId);
    if (!s || s.state === "cancelled") return null;
    return this.change(id, chatId, { state: "active", stopReason: null, nextDueAt: nextSlot(s.schedule, now) });
  }

  setSchedule(id: number, chatId: number, schedule: Schedule, now: Date) {
    return this.change(id, chatId, { ...schedule, nextDueAt: nextSlot(schedule, now) });
  }

  cancel(id: number, chatId: number) {
    return this.change(id, chatId, { state: "cancelled", stopReason: "unsubscribed" });
  }

  /** Cancels every subscription of the chat that is not cancelled yet; returns those it cancelled. */
  async cancelAll(chatId: number): Promise<Subscription[]> {
    const subs = await this.list(chatId);
    const done: Subscription[] = [];
    for (const s of subs) {
      const c = await this.cancel(s.id, chatId);
      if (c) done.push(c);
    }
    return done;
  }

  /**
   * Takes one town out of the chat's town subscriptions; one left empty is cancelled (its
   * towns kept, so an undo can bring it back). Returns the subscriptions it changed.
   */
  async removeTown(chatId: number, townId: string): Promise<Array<{ id: number; cancelled: boolean }>> {
    const changed = [];
    for (const s of await this.list(chatId)) {
      if (s.scope.kind !== "towns" || !s.scope.townIds.includes(townId)) continue;
      const rest = s.scope.townIds.filter((t) => t !== townId);
      await this.change(s.id, chatId, rest.length ? { townIds: JSON.stringify(rest) } : { state: "cancelled", stopReason: "unsubscribed" });
      changed.push({ id: s.id, cancelled: !rest.length });
    }
    return changed;
  }

  /**
   * Undoes removeTown for one subscription: the town goes back in, and a subscription
   * the removal cancelled is taken up again (as subscribing anew would). Null when the
   * subscription is not the chat's.
   */
  async restoreTown(
    id: number,
    chatId: number,
    townId: string,
    now: Date,
    createdBy?: number,
  ): Promise<{ subscription: Subscription; existed: boolean } | null> {
    const s = await this.get(id, chatId);
    if (s?.scope.kind !== "towns") return null;
    const townIds = s.scope.townIds.includes(townId) ? s.scope.townIds : [...s.scope.townIds, townId];
    if (s.state === "cancelled") {
      return this.subscribe({ chatId, scope: { kind: "towns", townIds }, schedule: s.schedule, language: s.language, createdBy, now });
    }
    const back = await this.change(id, chatId, { townIds: JSON.stringify(townIds) });
    return back ? { subscription: back, existed: true } : null;
  }

  /** The chat blocked the bot, removed it or is gone: nothing more is sent to it. */
  async stopChat(chatId: number, reason: StopReason): Promise<number> {
    const res = await this.db.subscription.updateMany({
      where: { chatId: BigInt(chatId), state: { in: ["active", "paused"] } },
      data: { state: "stopped", stopReason: reason },
    });
    return res.count;
  }

  /**
   * Stops a channel's subscriptions (those one admin set up, when given); returns the
   * ones it stopped, so that whoever set each up can be told.
   */
  async stopChannel(chatId: number, reason: StopReason, setupBy?: number): Promise<Subscription[]> {
    const where = { chatId: BigInt(chatId), state: { in: ["active", "paused"] }, setupBy: setupBy === undefined ? { not: null } : BigInt(setupBy) };
    const rows = await this.db.subscription.findMany({ where, orderBy: { id: "asc" } });
    if (!rows.length) return [];
    await this.db.subscription.updateMany({ where: { ...where, id: { in: rows.map((r) => r.id) } }, data: { state: "stopped", stopReason: reason } });
    return rows.map((r) => ({ ...toSubscription(r), state: "stopped" as const, stopReason: reason }));
  }

  /** Subscriptions a block or removal stopped, which the chat may want back. */
  async stoppedByChat(chatId: number): Promise<Subscription[]> {
    const rows = await this.db.subscription.findMany({
      where: { chatId: BigInt(chatId), state: "stopped", stopReason: { in: LIFTABLE } },
      orderBy: { id: "asc" },
    });
    return rows.map(toSubscription);
  }

  async reactivateChat(chatId: number, now: Date): Promise<number> {
    const stopped = await this.stoppedByChat(chatId);
    for (const s of stopped) await this.change(s.id, chatId, { state: "active", stopReason: null, nextDueAt: nextSlot(s.schedule, now) });
    return stopped.length;
  }

  /** A group became a supergroup: its subscriptions follow it to the new chat id. */
  async moveChat(from: number, to: number): Promise<void> {
    await this.db.subscription.updateMany({ where: { chatId: BigInt(from) }, data: { chatId: BigInt(to) } });
  }

  /** Digests follow the chat's language when its user picks another. */
  async setLanguage(chatId: number, language: Lang): Promise<void> {
    await this.db.subscription.updateMany({ where: { chatId: BigInt(chatId), state: { not: "cancelled" } }, data: { language } });
  }
}
