// Funding planned vs allocated and the shortfall between them. A shortfall is computed
// only from a planned and an allocated figure of the same plan, both known; it is
// marked as computed and carries the formula.
import { asQualified, differenceOf, ratioBounds, statementOf, tidy } from "./quantity.ts";
import type { Catalog, Figure, Plan, Qualifier } from "./types.ts";

export interface PlanFunding {
  plan: Plan | null;
  planned: Figure | null;
  allocated: Figure | null;
  shortfall: Figure | null;
  /** The plan's money by budget component or source (republican budget, private investment…). */
  components: Figure[];
}

export interface TownFunding {
  /** Per plan: the 2023–2025 plan (if the town is one of the 10) and its comprehensive plan. */
  plans: PlanFunding[];
  /** Other money figures sources give that belong to no plan above: other programmes, investments. */
  otherMoney: Figure[];
}

const looser = (a: Qualifier, b: Qualifier): Qualifier => (a === "exact" && b === "exact" ? "exact" : "approx");

/**
 * Planned minus allocated, saying only what their qualifiers make certain: «до 400» minus
 * 100 is «до 300», 343,6 minus «более 170» is «менее 173,6» (a statement, since no single
 * qualifier says "less than"). Unknown when the qualifiers leave it open both ways.
 */
export function computeShortfall(planned: Figure | null, allocated: Figure | null): Figure | null {
  if (planned?.value == null || allocated?.value == null) return null;
  const statement = differenceOf({ value: planned.value, qualifier: planned.qualifier }, { value: allocated.value, qualifier: allocated.qualifier });
  if (statement.kind === "unknown") return null;
  const single = asQualified(statement);
  return {
    id: `${planned.id}:shortfall`,
    townId: planned.townId,
    planId: planned.planId,
    key: "shortfall_kzt_bn",
    value: single?.value ?? tidy(planned.value - allocated.value),
    text: null,
    unit: planned.unit,
    qualifier: single?.qualifier ?? looser(planned.qualifier, allocated.qualifier),
    ...(single ? {} : { statement }),
    component: null,
    period: planned.period,
    asOf: allocated.asOf ?? planned.asOf,
    labelRu: null,
    labelKk: null,
    note: null,
    scope: null,
    position: planned.position,
    source: allocated.source ?? planned.source,
    // biome-ignore lint/complexity/useMathMinMax: Dates; Math.max would turn the later one into a number
    updatedAt: planned.updatedAt > allocated.updatedAt ? planned.updatedAt : allocated.updatedAt,
    formula: `${planned.value} − ${allocated.value}`,
  };
}

/** part / whole in percent; «до»/«более» on either side bound the share the same way. */
export function shareOf(part: Figure | null, whole: Figure | null): Figure | null {
  if (part?.value == null || whole?.value == null || whole.value === 0) return null;
  const pct = (n: number) => (Number.isFinite(n) ? Math.round(n * 1000) / 10 : n);
  const b = ratioBounds({ value: part.value, qualifier: part.qualifier }, { value: whole.value, qualifier: whole.qualifier });
  const statement = statementOf({ ...b, lo: pct(b.lo), hi: pct(b.hi) });
  if (statement.kind === "unknown") return null;
  const single = asQualified(statement);
  const { statement: _inherited, ...rest } = part;
  return {
    ...rest,
    id: `${part.id}:share`,
    key: "share_pct",
    value: single?.value ?? pct(part.value / whole.value),
    unit: "%",
    qualifier: single?.qualifier ?? looser(part.qualifier, whole.qualifier),
    ...(single ? {} : { statement }),
    formula: `${part.value} / ${whole.value} × 100`,
  };
}

const pick = (figs: Figure[], planId: string, key: string) => figs.find((f) => f.planId === planId && f.key === key && !f.component) ?? null;

export function planFunding(figs: Figure[], plan: Plan | null, planId: string): PlanFunding {
  const planned = pick(figs, planId, "planned_kzt_bn");
  const allocated = pick(figs, planId, "allocated_kzt_bn");
  return { plan, planned, allocated, shortfall: computeShortfall(planned, allocated), components: [] };
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
  const money = town.figures.filter((f) => f.unit === "KZT bn" && !used.has(f.id));
  for (const p of plans) if (p.plan) p.components = money.filter((f) => f.planId === p.plan!.id);
  const otherMoney = money.filter((f) => !plans.some((p) => p.components.includes(f)));
  return { plans, otherMoney };
}
