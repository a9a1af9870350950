// Plan progress of a town as far as it is known: the reported projects (never a plan's
// official count) and whatever plan-level counts a source gives.
import type { Catalog, Figure, Measure, MeasureStatus } from "./types.ts";

/** Unfinished first, most pressing first; then those whose status no source gives; done last. */
const STATUS_ORDER: MeasureStatus[] = [
  "delayed",
  "not_started",
  "instructed",
  "planned",
  "in_progress",
  "proposed",
  "to_be_studied",
  "under_consideration",
  "unknown",
  "done",
];

/**
 * The three things a project can be said to be. A project whose status no source gives is
 * neither done nor unfinished: counting it as unfinished would claim what nobody reported.
 */
export type StatusGroup = "done" | "unfinished" | "unknown";

export function statusGroup(status: MeasureStatus): StatusGroup {
  return status === "done" ? "done" : status === "unknown" ? "unknown" : "unfinished";
}

export interface TownProgress {
  /** Reported projects of the town (dataset `projects.json`), unfinished first. */
  projects: Measure[];
  done: number;
  unfinished: number;
  /** Reported projects whose status no source gives: in neither count above. */
  unknown: number;
  byStatus: Partial<Record<MeasureStatus, number>>;
  /** Plan-level counts from sources (measures in a plan, measures done), each with its own period. */
  planCounts: Figure[];
}

/** A town's project as sources report it (not a national measure nor a plan's line). */
export const isReportedProject = (m: Measure) => m.scope === "town" && (m.kind === "project" || m.kind === "investment_project");

export function reportedProjects(catalog: Catalog, townId: string): Measure[] {
  const list = (catalog.measuresByTown.get(townId) ?? []).filter(isReportedProject);
  return [...list].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.titleRu.localeCompare(b.titleRu, "ru"));
}

export function townProgress(catalog: Catalog, townId: string): TownProgress {
  const projects = reportedProjects(catalog, townId);
  const byStatus: Partial<Record<MeasureStatus, number>> = {};
  for (const p of projects) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
  const town = catalog.towns.get(townId);
  const planCounts = (town?.figures ?? []).filter((f) => f.key === "measures_total" || f.key === "measures_done" || f.key === "measures_unfinished");
  const count = (g: StatusGroup) => projects.filter((p) => statusGroup(p.status) === g).length;
  return { projects, done: count("done"), unfinished: count("unfinished"), unknown: count("unknown"), byStatus, planCounts };
}
