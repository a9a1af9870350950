// A reported project on its own: found by id, and its deadlines in the order they were
// set — every deadline it slipped from (with the source that reported it), then the one in
// force. Pure; the project card and the digest read it.
import { isReportedProject } from "./progress.ts";
import type { Catalog, Measure, Source } from "./types.ts";

export interface Deadline {
  deadline: string;
  /** The source that reported this deadline (null: the dataset names none). */
  source: Source | null;
  /** The deadline in force now; the others are the ones it slipped from. */
  current: boolean;
}

export function projectById(catalog: Catalog, id: string): Measure | undefined {
  const m = catalog.measures.find((x) => x.id === id);
  return m && isReportedProject(m) ? m : undefined;
}

/** Oldest first, the one in force last (its source is among the project's sources). */
export function deadlines(m: Measure): Deadline[] {
  const earlier = m.deadlineHistory.map((d) => ({ deadline: d.deadline, source: d.source, current: false }));
  return m.deadline ? [...earlier, { deadline: m.deadline, source: null, current: true }] : earlier;
}

/** A town's reported projects by id, for a choice of them («/project Балхаш»). */
export function projectsOfTown(catalog: Catalog, townId: string): Measure[] {
  return (catalog.measuresByTown.get(townId) ?? []).filter(isReportedProject);
}
