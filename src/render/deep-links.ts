// What a t.me/<bot>?start=<payload> link opens. Inline articles are shared into other
// chats; their "open in bot" link must land on the same reply, not on a bare /start.
// Telegram allows 1–64 characters of A–Z, a–z, 0–9, «_» and «-» in a payload; ids of
// towns, tiers and regions use lower-case letters and «_», so «-» separates the parts.
import { TIER_IDS, type TierId } from "../domain/types.ts";

export type StartTarget =
  | { kind: "town"; townId: string }
  /** A town card's history section («📜 История»). */
  | { kind: "history"; townId: string }
  | { kind: "help" }
  | { kind: "tiers" }
  | { kind: "overview" }
  | { kind: "tier"; tierId: TierId }
  | { kind: "region"; regionId: string }
  | { kind: "compare"; townIds: string[] };

const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
const ID = /^[a-z0-9_]+$/;

/** The payload for a target, or undefined when it would not fit Telegram's 64 characters. */
export function startPayload(target: StartTarget): string | undefined {
  const p = (() => {
    switch (target.kind) {
      case "town":
        return target.townId;
      case "history":
        return `history-${target.townId}`;
      case "help":
        return "help";
      case "tiers":
        return "tiers";
      case "overview":
        return "overview";
      case "tier":
        return `tier-${target.tierId}`;
      case "region":
        return `region-${target.regionId}`;
      case "compare":
        return `cmp-${target.townIds.join("-")}`;
    }
  })();
  return PAYLOAD.test(p) ? p : undefined;
}

/**
 * What a payload asks for; a town id is returned as a town and checked by the caller
 * (old links name towns only). Null for anything malformed.
 */
export function parseStartPayload(payload: string): StartTarget | null {
  if (!PAYLOAD.test(payload)) return null;
  if (payload === "help" || payload === "tiers" || payload === "overview") return { kind: payload };
  const [head, ...rest] = payload.split("-");
  if (!rest.length) return ID.test(payload) ? { kind: "town", townId: payload } : null;
  if (!rest.every((x) => ID.test(x))) return null;
  if (head === "tier" && rest.length === 1 && TIER_IDS.includes(rest[0] as TierId)) return { kind: "tier", tierId: rest[0] as TierId };
  if (head === "region" && rest.length === 1) return { kind: "region", regionId: rest[0]! };
  if (head === "history" && rest.length === 1) return { kind: "history", townId: rest[0]! };
  if (head === "cmp" && rest.length >= 2) return { kind: "compare", townIds: rest };
  return null;
}
