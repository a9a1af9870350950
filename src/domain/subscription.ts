// What a subscription asks for: which towns, and when (weekday and hour in Asia/Almaty).
import type { Catalog, Lang, TierId } from "./types.ts";

export type Scope = { kind: "towns"; townIds: string[] } | { kind: "tier"; tierId: TierId } | { kind: "all" };

/** weekday: ISO 1 (Monday) .. 7 (Sunday), or 0 for every day. Local time of the digest zone. */
export interface Schedule {
  weekday: number;
  hour: number;
  minute: number;
}

export const DEFAULT_SCHEDULE: Schedule = { weekday: 1, hour: 9, minute: 0 };
export const DAILY = 0;

export type SubscriptionState = "active" | "paused" | "stopped" | "cancelled";
/** no_rights: the bot may no longer post in a channel; admin_gone: who set a channel's digest up is no longer its admin. */
export type StopReason = "blocked" | "kicked" | "deactivated" | "chat_not_found" | "unsubscribed" | "no_rights" | "admin_gone";

/** A channel's subscription is set up in private by one of its admins: who, and the channel's title. */
export interface ChannelSetup {
  setupBy: number;
  title: string;
}

export interface Subscription {
  id: number;
  chatId: number;
  scope: Scope;
  schedule: Schedule;
  language: Lang;
  state: SubscriptionState;
  stopReason: StopReason | null;
  nextDueAt: Date;
  lastStateId: number | null;
  lastSentAt: Date | null;
  /** Set for a channel's subscription only. */
  channel?: ChannelSetup;
}

export function isValidSchedule(s: Schedule): boolean {
  return (
    Number.isInteger(s.weekday) &&
    s.weekday >= 0 &&
    s.weekday <= 7 &&
    Number.isInteger(s.hour) &&
    s.hour >= 0 &&
    s.hour <= 23 &&
    Number.isInteger(s.minute) &&
    s.minute >= 0 &&
    s.minute <= 59
  );
}

/** The towns a scope covers today: a tier or "all" follows the catalog as towns change tier. */
export function townsInScope(catalog: Catalog, scope: Scope): string[] {
  const monotowns = [...catalog.towns.values()].filter((t) => t.status === "monotown");
  const byName = (a: { nameRu: string }, b: { nameRu: string }) => a.nameRu.localeCompare(b.nameRu, "ru");
  switch (scope.kind) {
    case "towns":
      return scope.townIds.filter((id) => catalog.towns.has(id));
    case "tier":
      return monotowns
        .filter((t) => t.tierId === scope.tierId)
        .sort(byName)
        .map((t) => t.id);
    case "all":
      return monotowns.sort(byName).map((t) => t.id);
  }
}

/** Unfinished projects: neither done nor of unknown status (unknown is its own category). */
const stillOpen = (status: string) => status !== "done" && status !== "unknown";

/**
 * Towns a digest can follow by name: today's monotowns, and former monotowns whose
 * projects are still unfinished (their plans run on after the town left the list).
 */
export function subscribableTown(catalog: Catalog, townId: string): boolean {
  const town = catalog.towns.get(townId);
  if (!town) return false;
  if (town.status === "monotown") return true;
  return town.status === "former" && (catalog.measuresByTown.get(townId) ?? []).some((m) => m.scope === "town" && stillOpen(m.status));
}

/** Same towns, tier or "all": a second subscription like it would only double the digests. */
export function sameScope(a: Scope, b: Scope): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "tier" && b.kind === "tier") return a.tierId === b.tierId;
  if (a.kind === "towns" && b.kind === "towns") return [...a.townIds].sort().join() === [...b.townIds].sort().join();
  return true;
}
