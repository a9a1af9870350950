// Readers' reports that a figure on a card is wrong or has a newer value: what a report
// holds, which figures a card section offers to report, and the rules a report keeps. A
// report never changes data: an editor reads it and edits the figure with /edit.
import { editableFigures, editTargets, TIER_KEY, townProjects, type EditTarget } from "./edits.ts";
import type { Catalog, Lang } from "./types.ts";

export const REPORT_KINDS = ["wrong", "newer"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportState = "open" | "accepted" | "rejected" | "duplicate";

/** The card sections whose figures can be reported (the list of sources holds none). */
export const REPORT_SECTIONS = ["main", "progress", "funding", "about"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface Report {
  id: number;
  reporterId: number;
  chatId: number;
  /** The language it was filed in: its outcome is told in it. */
  lang: Lang;
  townId: string;
  section: ReportSection;
  /** The /edit target it is about (a figure id, `tier:<town>`, a project id). */
  targetId: string;
  /** The target's name as the reporter saw it when filing. */
  targetLabel: string;
  kind: ReportKind;
  /** wrong: what is wrong, in the reporter's words. */
  text: string | null;
  /** newer: the new value as typed. */
  newValue: string | null;
  sourceUrl: string | null;
  comment: string | null;
  state: ReportState;
  reason: string | null;
  handledBy: number | null;
  handledAt: Date | null;
  duplicateOf: number | null;
  createdAt: Date;
}

export type NewReport = Pick<
  Report,
  "reporterId" | "chatId" | "lang" | "townId" | "section" | "targetId" | "targetLabel" | "kind" | "text" | "newValue" | "sourceUrl" | "comment"
>;

/**
 * Reports one user may file in REPORT_WINDOW_MS. A reader who checks a town's card
 * finds a handful of figures at most; more than five a day is a flood that would bury
 * the editors' notifications, not careful reading.
 */
export const REPORTS_PER_DAY = 5;
export const REPORT_WINDOW_MS = 24 * 3600_000;

/** Longest free text kept in a report (what is wrong, a value, a link, a comment, a reason): three of them still fit one message. */
export const REPORT_TEXT_MAX = 800;

const MONEY = new Set(["planned_kzt_bn", "allocated_kzt_bn"]);
const COUNTS = new Set(["measures_total", "measures_done", "measures_unfinished"]);

/** The figures, tier and projects a card section shows that a reader may report, in /edit's order. */
export function reportTargets(catalog: Catalog, townId: string, section: string): EditTarget[] {
  const all = editTargets(catalog, townId);
  const key = (t: EditTarget) => (t.kind === "figure" ? t.row.key : null);
  switch (section) {
    case "main":
    case "about":
      return all.filter((t) => key(t) === TIER_KEY || key(t) === "population");
    case "progress":
      return all.filter((t) => t.kind === "measure" || COUNTS.has(key(t) ?? ""));
    case "funding":
      return all.filter((t) => MONEY.has(key(t) ?? ""));
    default:
      return [];
  }
}

/**
 * Whether a section has anything to report, without building its targets: asked for every
 * card a reader opens. The main section always has one (a town lacking a population figure
 * is offered one to fill in, as /edit does).
 */
export function hasReportTargets(catalog: Catalog, townId: string, section: string): boolean {
  if (!catalog.towns.has(townId)) return false;
  switch (section) {
    case "main":
    case "about":
      return true;
    case "progress":
      return townProjects(catalog, townId).length > 0 || editableFigures(catalog, townId).some((f) => COUNTS.has(f.key));
    case "funding":
      return editableFigures(catalog, townId).some((f) => MONEY.has(f.key));
    default:
      return false;
  }
}

/** An http(s) link as a reporter typed it, or null when it is not one. */
export function parseSourceUrl(text: string): string | null {
  const typed = text.trim();
  if (/\s/.test(typed) || typed.length > REPORT_TEXT_MAX) return null;
  try {
    const url = new URL(typed);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}
