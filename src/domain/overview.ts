// The national picture: how many monotowns and people, the 2023–2025 plans of 10 towns
// with what was allocated and what was not, the 2023–2027 plans, and list changes.
import { computeShortfall, shareOf } from "./funding.ts";
import type { Catalog, Figure, Town } from "./types.ts";

export interface NationalOverview {
  townCount: Figure | null;
  population: Figure | null;
  plan2023_2025: {
    towns: Town[];
    stillMonotowns: Town[];
    removed: Town[];
    measuresTotal: Figure | null;
    measuresUnfinished: Figure | null;
    measuresDone: Figure | null;
    planned: Figure | null;
    allocated: Figure | null;
    shortfall: Figure | null;
    allocatedShare: Figure | null;
    unfinishedShare: Figure | null;
  };
  plan2023_2027: Figure[];
  listBefore: Figure | null;
  listAfter: Figure | null;
  /** Towns that left the list: former monotowns and the reference town, plus any named without a card. */
  removedTowns: Town[];
  removedOther: Figure[];
  tierCounts: Array<{ tierId: string; count: number }>;
}

export function nationalOverview(c: Catalog): NationalOverview {
  const nf = c.nationalFigures;
  const byId = (id: string) => nf.find((f) => f.id === id) ?? null;
  // The release names the figure to show where one national number is shown, so the
  // overview and the discrepancy under its 📎 agree on it.
  const headline = (id: string | null, fallback: string) => byId(`national:${id ?? fallback}`);
  const p25 = (key: string) => nf.find((f) => f.planId === "plan2023_2025" && f.key === key) ?? null;
  const p25Towns = [...c.towns.values()].filter((t) => t.inPlan2023_2025);
  const planned = p25("planned_kzt_bn");
  const allocated = p25("allocated_kzt_bn");
  const total = p25("measures_total");
  const unfinished = p25("measures_unfinished");
  return {
    townCount: headline(c.headlineFigures.townCount, "count-2026"),
    population: headline(c.headlineFigures.population, "population-2026"),
    plan2023_2025: {
      towns: p25Towns,
      stillMonotowns: p25Towns.filter((t) => t.status === "monotown"),
      removed: p25Towns.filter((t) => t.status !== "monotown"),
      measuresTotal: total,
      measuresUnfinished: unfinished,
      measuresDone: p25("measures_done"),
      planned,
      allocated,
      shortfall: computeShortfall(planned, allocated),
      allocatedShare: shareOf(allocated, planned),
      unfinishedShare: shareOf(unfinished, total),
    },
    plan2023_2027: nf.filter((f) => f.planId === "cp2023_2027"),
    listBefore: byId("national:list-count-before"),
    listAfter: byId("national:list-count-after"),
    removedTowns: [...c.towns.values()].filter((t) => t.status !== "monotown"),
    removedOther: nf.filter((f) => f.key === "removed_town"),
    tierCounts: c.tiers.map((t) => ({ tierId: t.id, count: t.townIds.length })),
  };
}
