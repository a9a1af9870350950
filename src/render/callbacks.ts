// Callback data of inline buttons: short (Telegram allows 64 bytes), versionless and
// parsed defensively, since old messages keep their buttons forever.
import { TIER_IDS, type Lang, type TierId } from "../domain/types.ts";

export const CARD_SECTIONS = ["main", "progress", "funding", "sources", "about", "history"] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

export type Callback =
  | { kind: "card"; townId: string; section: CardSection }
  | { kind: "tier"; tierId: TierId }
  | { kind: "tiers" }
  | { kind: "overview" }
  | { kind: "lang"; lang: Lang }
  | { kind: "region"; regionId: string }
  | { kind: "sub"; action: SubAction; id: number; inPlace: boolean }
  | { kind: "subnew"; scope: "town" | "tier" | "all"; id: string }
  | { kind: "sublist" }
  | { kind: "suball"; action: "cancel" | "undo"; ids: number[] }
  | { kind: "subtown"; id: number; townId: string }
  | { kind: "wiz"; token: string; action: WizardAction; arg: string }
  | { kind: "chart"; chart: "funding" | "projects" | "tiers" | "town"; townId?: string }
  | { kind: "source"; sourceId: string; townId: string | null }
  | { kind: "project"; projectId: string };

/** What a button does to one subscription. */
const SUB_ACTIONS = ["pause", "resume", "cancel", "when", "undo", "revive"] as const;
type SubAction = (typeof SUB_ACTIONS)[number];

/** Buttons inside the subscription wizard. */
const WIZARD_ACTIONS = ["town", "tier", "all", "done", "day", "hour", "ok", "when", "save", "cancel", "pick", "field", "value"] as const;
export type WizardAction = (typeof WIZARD_ACTIONS)[number];

export const cb = {
  card: (townId: string, section: CardSection = "main") => `card:${townId}:${section}`,
  tier: (tierId: TierId) => `tier:${tierId}`,
  tiers: () => "tiers",
  overview: () => "overview",
  lang: (lang: Lang) => `lang:${lang}`,
  region: (regionId: string) => `region:${regionId}`,
  chart: (chart: "funding" | "projects" | "tiers") => `chart:${chart}`,
  townChart: (townId: string) => `chart:town:${townId}`,
  /** What is unknown about a town (null: the country); parsed in render/gaps.ts. */
  gaps: (townId: string | null) => `gaps:${townId ?? "-"}`,
  /** The draft request to one holder of a town's (or the country's) unknowns, in the language of the list it was under. */
  gapRequest: (townId: string | null, holderId: string, lang: Lang) => `gapreq:${townId ?? "-"}:${holderId}:${lang}`,
};

const SOURCE_ID = /^[a-z0-9._-]{1,60}$/;
const CALLBACK_LIMIT = 64;
const PROJECT_ID = /^[a-z0-9_-]{1,60}$/;

/** A project card's button; null for an id too long for one (the dataset's are far shorter). */
export const projectCb = (projectId: string): string | null => (PROJECT_ID.test(projectId) ? `prj:${projectId}` : null);

/**
 * A source's 📎 button, with the town whose card it is under (so only that town's
 * discrepancies are shown); without the town if that would not fit; null if the id is
 * too long for any button.
 */
export function srcCb(sourceId: string, townId: string | null): string | null {
  if (!SOURCE_ID.test(sourceId)) return null;
  const full = townId ? `src:${sourceId}:${townId}` : `src:${sourceId}`;
  if (Buffer.byteLength(full) <= CALLBACK_LIMIT) return full;
  const bare = `src:${sourceId}`;
  return Buffer.byteLength(bare) <= CALLBACK_LIMIT ? bare : null;
}

/**
 * Buttons about subscriptions; `subnew` starts the subscription wizard with a preset.
 * `inPlace` marks buttons on a message about subscriptions (the list, "which one?"),
 * which the answer replaces; a digest's own buttons leave the digest alone.
 */
export const subCb = {
  pause: (id: number, inPlace = false) => `sub:pause:${id}${inPlace ? ":e" : ""}`,
  resume: (id: number, inPlace = false) => `sub:resume:${id}${inPlace ? ":e" : ""}`,
  cancel: (id: number, inPlace = false) => `sub:cancel:${id}${inPlace ? ":e" : ""}`,
  when: (id: number) => `sub:when:${id}`,
  /** Subscribe again right after unsubscribing. */
  undo: (id: number) => `sub:undo:${id}`,
  /** Turn a chat's stopped subscriptions back on after it unblocked the bot. */
  revive: () => "sub:revive:0",
  town: (townId: string) => `subnew:town:${townId}`,
  tier: (tierId: TierId) => `subnew:tier:${tierId}`,
  all: () => "subnew:all:all",
  list: () => "sublist",
  /** Cancel every subscription of the chat in one tap. */
  cancelAll: () => "suball:cancel",
  /** Subscribe again to all of these; null when their ids do not fit one button. */
  undoAll: (ids: number[]) => {
    const data = `suball:undo:${ids.map((id) => id.toString(36)).join(".")}`;
    return Buffer.byteLength(data) <= CALLBACK_LIMIT ? data : null;
  },
  /** Put a town taken out by «отпишите меня от Темиртау» back into its subscription. */
  retown: (id: number, townId: string) => {
    const data = `subtown:${id}:${townId}`;
    return Buffer.byteLength(data) <= CALLBACK_LIMIT ? data : null;
  },
};

/**
 * Wizard buttons carry the wizard's token, so a button left over from an earlier
 * wizard never drives the current one.
 */
export const wizCb = (token: string, action: WizardAction, arg?: string | number) => `sw:${token}:${action}${arg === undefined ? "" : `:${arg}`}`;

export function parseCallback(data: string): Callback | null {
  const [kind, a, b, c] = data.split(":");
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
      return SUB_ACTIONS.includes(a as SubAction) && Number.isSafeInteger(id) && id >= 0
        ? { kind: "sub", action: a as SubAction, id, inPlace: c === "e" }
        : null;
    }
    case "subnew":
      if (a === "town" && b && /^[a-z0-9_-]+$/.test(b)) return { kind: "subnew", scope: "town", id: b };
      if (a === "tier" && TIER_IDS.includes(b as TierId)) return { kind: "subnew", scope: "tier", id: b! };
      if (a === "all") return { kind: "subnew", scope: "all", id: "all" };
      return null;
    case "sublist":
      return { kind: "sublist" };
    case "suball": {
      if (a === "cancel" && b === undefined) return { kind: "suball", action: "cancel", ids: [] };
      const ids = a === "undo" && b && /^[0-9a-z]+(\.[0-9a-z]+)*$/.test(b) ? b.split(".").map((x) => parseInt(x, 36)) : [];
      return ids.length && ids.every((id) => Number.isSafeInteger(id)) ? { kind: "suball", action: "undo", ids } : null;
    }
    case "subtown": {
      const id = Number(a);
      return Number.isSafeInteger(id) && id >= 0 && b && /^[a-z0-9_-]+$/.test(b) ? { kind: "subtown", id, townId: b } : null;
    }
    case "sw":
      return a && /^[a-z0-9]{1,8}$/.test(a) && WIZARD_ACTIONS.includes(b as WizardAction)
        ? { kind: "wiz", token: a, action: b as WizardAction, arg: c ?? "" }
        : null;
    case "src":
      return a && SOURCE_ID.test(a) && (!b || /^[a-z0-9_-]+$/.test(b)) ? { kind: "source", sourceId: a, townId: b ?? null } : null;
    case "prj":
      return a && PROJECT_ID.test(a) && b === undefined ? { kind: "project", projectId: a } : null;
    case "chart":
      if (a === "funding" || a === "projects" || a === "tiers") return { kind: "chart", chart: a };
      return a === "town" && b && /^[a-z0-9_-]+$/.test(b) ? { kind: "chart", chart: "town", townId: b } : null;
    default:
      return null;
  }
}
