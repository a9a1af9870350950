// Which list or comparison a CSV exports, as a short key: it rides in a button's callback
// data (Telegram allows 64 bytes) and in the last list a chat saw, so it is parsed
// defensively — old messages keep their buttons forever.
import { TIER_IDS, type TierId } from "../domain/types.ts";
import type { Button, RenderContext } from "./types.ts";

/** What a list or comparison exports: the same towns it showed. */
export type CsvSpec = { kind: "tiers" } | { kind: "tier"; tierId: TierId } | { kind: "region"; regionId: string } | { kind: "cmp"; townIds: string[] };

export const csvKey = (s: CsvSpec): string =>
  s.kind === "tiers" ? "tiers" : s.kind === "tier" ? `tier:${s.tierId}` : s.kind === "region" ? `region:${s.regionId}` : `cmp:${s.townIds.join(",")}`;

export function parseCsvKey(key: string): CsvSpec | null {
  const [kind, arg] = key.split(":");
  if (kind === "tiers" && arg === undefined) return { kind: "tiers" };
  if (kind === "tier" && TIER_IDS.includes(arg as TierId)) return { kind: "tier", tierId: arg as TierId };
  if (kind === "region" && arg && /^[a-z0-9_]+$/.test(arg)) return { kind: "region", regionId: arg };
  if (kind === "cmp" && arg && /^[a-z0-9_-]+(,[a-z0-9_-]+){0,9}$/.test(arg)) return { kind: "cmp", townIds: arg.split(",") };
  return null;
}

/** The ⬇ CSV button of a list, when its key fits Telegram's 64 bytes (else /csv still works). */
export function csvButton(spec: CsvSpec, ctx: RenderContext): Button[] {
  const data = `csv:${csvKey(spec)}`;
  return Buffer.byteLength(data) <= 64 ? [{ text: ctx.t("btn-csv"), data }] : [];
}
