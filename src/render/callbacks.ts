// Callback data of inline buttons: short (Telegram allows 64 bytes), versionless and
// parsed defensively, since old messages keep their buttons forever.
import { TIER_IDS, type Lang, type TierId } from "../domain/types.ts";

export const CARD_SECTIONS = ["main", "progress", "funding", "sources", "about"] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

export type Callback =
  | { kind: "card"; townId: string; section: CardSection }
  | { kind: "tier"; tierId: TierId }
  | { kind: "tiers" }
  | { kind: "overview" }
  | { kind: "lang"; lang: Lang }
  | { kind: "region"; regionId: string }
  | { kind: "sub"; action: SubAction; id: number }
  | { kind: "subnew"; scope: "town" | "tier" | "all"; id: string }
  | { kind: "sublist" };

/** What a button does to one subscription. */
export const SUB_ACTIONS = ["pause", "resume", "cancel", "when", "undo", "revive"] as const;
export type SubAction = (typeof SUB_ACTIONS)[number];

export const cb = {
  card: (townId: string, section: CardSection = "main") => `card:${townId}:${section}`,
  tier: (tierId: TierId) => `tier:${tierId}`,
  tiers: () => "tiers",
  overview: () => "overview",
  lang: (lang: Lang) => `lang:${lang}`,
  region: (regionId: string) => `region:${regionId}`,
};

/** Buttons about subscriptions; `subnew` starts the subscription wizard with a preset. */
export const subCb = {
  pause: (id: number) => `sub:pause:${id}`,
  resume: (id: number) => `sub:resume:${id}`,
  cancel: (id: number) => `sub:cancel:${id}`,
  when: (id: number) => `sub:when:${id}`,
  /** Subscribe again right after unsubscribing. */
  undo: (id: number) => `sub:undo:${id}`,
  /** Turn a chat's stopped subscriptions back on after it unblocked the bot. */
  revive: () => "sub:revive:0",
  town: (townId: string) => `subnew:town:${townId}`,
  tier: (tierId: TierId) => `subnew:tier:${tierId}`,
  all: () => "subnew:all:all",
  list: () => "sublist",
};

export function parseCallback(data: string): Callback | null {
  const [kind, a, b] = data.split(":");
  switch (kind) {
    case "card":
      if (a && /^[a-z0-9_-]+$/.test(a) && CARD_SECTIONS.includes((b ?? "main") as CardSection)) {
        return { kind: "card", townId: a, section: (b ?? "main") as CardSection };
      }
      return null;
    case "tier":
      return TIER_IDS.includes(a as TierId) ? { kind: "tier", tierId: a as TierId } : null;
    case "tiers":
      return { kind: "tiers" };
    case "overview":
      return { kind: "overview" };
    case "lang":
      return a === "ru" || a === "kk" ? { kind: "lang", lang: a } : null;
    case "region":
      return a && /^[a-z0-9_]+$/.test(a) ? { kind: "region", regionId: a } : null;
    case "sub": {
      const id = Number(b);
      return SUB_ACTIONS.includes(a as SubAction) && Number.isSafeInteger(id) && id >= 0 ? { kind: "sub", action: a as SubAction, id } : null;
    }
    case "subnew":
      if (a === "town" && b && /^[a-z0-9_-]+$/.test(b)) return { kind: "subnew", scope: "town", id: b };
      if (a === "tier" && TIER_IDS.includes(b as TierId)) return { kind: "subnew", scope: "tier", id: b! };
      if (a === "all") return { kind: "subnew", scope: "all", id: "all" };
      return null;
    case "sublist":
      return { kind: "sublist" };
    default:
      return null;
  }
}
