// The ✏️ button under a card section and the data of every report button. Its own module:
// the card imports it, and the report screens (reports.ts) import the card's neighbours.
import { hasReportTargets, REPORT_SECTIONS, type ReportSection } from "../domain/reports.ts";
import type { Catalog } from "../domain/types.ts";
import type { Button, RenderContext } from "./types.ts";

export type ReportCallback =
  | { kind: "start"; townId: string; section: ReportSection }
  | { kind: "edit"; id: number }
  | { kind: "reject"; id: number }
  | { kind: "duplicate"; id: number; of: number | null | "ask" };

const TOWN_ID = /^[a-z0-9_-]+$/;

export const reportCb = {
  start: (townId: string, section: ReportSection) => `rep:${section}:${townId}`,
  edit: (id: number) => `rpe:${id}`,
  reject: (id: number) => `rpr:${id}`,
  /** ⧉ asks which report it repeats; with `of` (0: none in particular) it decides. */
  duplicate: (id: number, of?: number) => `rpd:${id}${of === undefined ? "" : `:${of}`}`,
};

const idOf = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : null);

export function parseReportCallback(data: string): ReportCallback | null {
  const [kind, a, b] = data.split(":");
  if (kind === "rep") {
    return REPORT_SECTIONS.includes(a as ReportSection) && b && TOWN_ID.test(b) ? { kind: "start", townId: b, section: a as ReportSection } : null;
  }
  const id = idOf(a);
  if (id === null) return null;
  if (kind === "rpe" && b === undefined) return { kind: "edit", id };
  if (kind === "rpr" && b === undefined) return { kind: "reject", id };
  if (kind === "rpd") {
    if (b === undefined) return { kind: "duplicate", id, of: "ask" };
    const of = idOf(b);
    return of === null ? null : { kind: "duplicate", id, of: of === 0 ? null : of };
  }
  return null;
}

/**
 * The deep link a ✏️ pressed in a group opens: the report wizard in the private chat.
 * Town ids are lower-case letters and «_», so «-» separates the parts (see deep-links.ts).
 */
export const reportStartPayload = (townId: string, section: ReportSection) => `report-${section}-${townId}`;

export function parseReportStartPayload(payload: string): { townId: string; section: ReportSection } | null {
  const m = /^report-([a-z]+)-([a-z0-9_]+)$/.exec(payload);
  return m && REPORT_SECTIONS.includes(m[1] as ReportSection) ? { townId: m[2]!, section: m[1] as ReportSection } : null;
}

/** The ✏️ row under a card section, when the section shows something a reader may report. */
export function reportButtonRow(catalog: Catalog, townId: string, section: string, ctx: RenderContext): Button[][] {
  if (!REPORT_SECTIONS.includes(section as ReportSection) || !hasReportTargets(catalog, townId, section)) return [];
  return [[{ text: ctx.t("btn-report"), data: reportCb.start(townId, section as ReportSection) }]];
}
