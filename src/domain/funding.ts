// Funding planned vs allocated and the shortfall between them. A shortfall is computed
// only from a planned and an allocated figure of the same plan, both known; it is
// marked as computed and carries the formula.
import type { Catalog, Figure, Plan, Qualifier } from "./types.ts";

export interface PlanFunding {
  plan: Plan | null;
  planned: Figure | null;
  allocated: Figure | null;
  shortfall: Figure | null;
}

export interface TownFunding {
  /** Per plan: the 2023–2025 plan (if the town is one of the 10) and its comprehensive plan. */
  plans: PlanFunding[];
  /** Other money figures sources give: components of a plan, other programmes, investments. */
  otherMoney: Figure[];
}

const looser = (a: Qualifier, b: Qualifier): Qualifier => (a === "exact" && b === "exact" ? "exact" : "approx");

/** Round away floating-point noise (343.6 − 170.2 = 173.39999…). */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

export function computeShortfall(planned: Figure | null, allocated: Figure | null): Figure | null {
  if (planned?.value == null || allocated?.value == null) return null;
  return {
    id: `${planned.id}:shortfall`,
    townId: planned.townId,
    planId: planned.planId,
    key: "shortfall_kzt_bn",
    value: tidy(planned.value - allocated.value),
    text: null,
    unit: planned.unit,
    qualifier: looser(planned.qualifier, allocated.qualifier),
    component: null,
    period: planned.period,
    asOf: allocated.asOf ?? planned.asOf,
    labelRu: null,
    labelKk: null,
    note: null,
    scope: null,
    position: planned.position,
    source: allocated.source ?? planned.source,
    updatedAt: planned.updatedAt > allocated.updatedAt ? planned.updatedAt : allocated.updatedAt,
    formula: `${planned.value} − ${allocated.value}`,
  };
}

export function shareOf(part: Figure | null, whole: Figure | null): Figure | null {
  if (part?.value == null || whole?.value == null || whole.value === 0) return null;
  return {
    ...part,
    id: `${part.id}:share`,
    key: "share_pct",
    value: Math.round((part.value / whole.value) * 1000) / 10,
    unit: "%",
    qualifier: looser(part.qualifier, whole.qualifier),
    formula: `${part.value} / ${whole.value} × 100`,
  };
}

const pick = (figs: Figure[], planId: string, key: string) => figs.find((f) => f.planId === planId && f.key === key && !f.component) ?? null;

export function planFunding(figs: Figure[], plan: Plan | null, planId: string): PlanFunding {
  const planned = pick(figs, planId, "planned_kzt_bn");
  const allocated = pick(figs, planId, "allocated_kzt_bn");
  return { plan, planned, allocated, shortfall: computeShortfall(planned, allocated) };
}

export function townFunding(catalog: Catalog, townId: string): TownFunding {
  const town = catalog.towns.get(townId);
  if (!town) return { plans: [], otherMoney: [] };
  const plans: PlanFunding[] = [];
  const used = new Set<string>();
  if (town.inPlan2023_2025) {
    const national = catalog.nationalPlans.find((p) => p.id === "plan2023_2025") ?? null;
    const pf = planFunding(town.figures, national, "plan2023_2025");
    plans.push(pf);
  }
  for (const plan of town.plans) plans.push(planFunding(town.figures, plan, plan.id));
  for (const p of plans) for (const f of [p.planned, p.allocated]) if (f) used.add(f.id);
  const otherMoney = town.figures.filter((f) => f.unit === "KZT bn" && !used.has(f.id));
  return { plans, otherMoney };
}
