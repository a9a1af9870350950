// What the charts show, as data: planned vs allocated money (nationally and per town),
// reported projects done vs unfinished per town, and the towns of each tier. The
// renderers draw exactly these figures and write the same ones into the caption.
import { planFunding, townFunding, type PlanFunding } from "./funding.ts";
import { nationalOverview } from "./overview.ts";
import { townProgress } from "./progress.ts";
import type { Catalog, Figure, Source, Tier, Town } from "./types.ts";

export interface FundingChart {
  /** null: the national 2023–2025 plans of 10 towns. */
  town: Town | null;
  /** Plans with at least one known money figure; unknown ones stay null, never 0. */
  plans: PlanFunding[];
  sources: Source[];
}

interface ProjectsRow {
  town: Town;
  done: number;
  unfinished: number;
  /** Projects whose status no source gives: a bar of their own, never added to unfinished. */
  unknown: number;
}

export interface ProjectsChart {
  /** Towns with reported projects, most unfinished first. */
  rows: ProjectsRow[];
  done: number;
  unfinished: number;
  unknown: number;
  /** The national 2023–2025 counts (measures in the plans, measures not carried out). */
  measuresTotal: Figure | null;
  measuresUnfinished: Figure | null;
  sources: Source[];
}

export interface TiersChart {
  tiers: Array<{ tier: Tier; towns: Town[] }>;
  sources: Source[];
}

const uniqueSources = (list: Array<Source | null | undefined>): Source[] => {
  const seen = new Map<string, Source>();
  for (const s of list) if (s && !seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
};

const known = (p: PlanFunding) => p.planned?.value != null || p.allocated?.value != null;
const planSources = (plans: PlanFunding[]) => uniqueSources(plans.flatMap((p) => [p.planned?.source, p.allocated?.source]));

export function nationalFundingChart(c: Catalog): FundingChart {
  const o = nationalOverview(c).plan2023_2025;
  const plan = c.nationalPlans.find((p) => p.id === "plan2023_2025") ?? null;
  const pf = { ...planFunding(c.nationalFigures, plan, "plan2023_2025"), shortfall: o.shortfall };
  const plans = known(pf) ? [pf] : [];
  return { town: null, plans, sources: planSources(plans) };
}

/** null for a town the catalog does not have. A town with no money figure has no plans. */
export function townFundingChart(c: Catalog, townId: string): FundingChart | null {
  const town = c.towns.get(townId);
  if (!town) return null;
  const plans = townFunding(c, townId).plans.filter(known);
  return { town, plans, sources: planSources(plans) };
}

export function projectsChart(c: Catalog): ProjectsChart {
  const rows: ProjectsRow[] = [];
  const sources: Array<Source | null> = [];
  for (const town of c.towns.values()) {
    const p = townProgress(c, town.id);
    if (!p.projects.length) continue;
    rows.push({ town, done: p.done, unfinished: p.unfinished, unknown: p.unknown });
    p.projects.forEach((m) => sources.push(...m.sources));
  }
  rows.sort((a, b) => b.unfinished - a.unfinished || b.done - a.done || a.town.nameRu.localeCompare(b.town.nameRu, "ru"));
  const o = nationalOverview(c).plan2023_2025;
  return {
    rows,
    done: rows.reduce((n, r) => n + r.done, 0),
    unfinished: rows.reduce((n, r) => n + r.unfinished, 0),
    unknown: rows.reduce((n, r) => n + r.unknown, 0),
    measuresTotal: o.measuresTotal,
    measuresUnfinished: o.measuresUnfinished,
    sources: uniqueSources([o.measuresTotal?.source, o.measuresUnfinished?.source, ...sources]),
  };
}

export function tiersChart(c: Catalog): TiersChart {
  const tiers = c.tiers.map((tier) => ({ tier, towns: tier.townIds.map((id) => c.towns.get(id)).filter((t): t is Town => !!t) }));
  return { tiers, sources: uniqueSources(c.tiers.map((t) => t.source)) };
}
