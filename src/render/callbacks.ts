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
  | { kind: "region"; regionId: string };

export const cb = {
  card: (townId: string, section: CardSection = "main") => `card:${townId}:${section}`,
  tier: (tierId: TierId) => `tier:${tierId}`,
  tiers: () => "tiers",
  overview: () => "overview",
  lang: (lang: Lang) => `lang:${lang}`,
  region: (regionId: string) => `region:${regionId}`,
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
    default:
      return null;
  }
}
