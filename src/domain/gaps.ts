// What is not known, and who holds it: the figures the data calls unknown (or lacks
// altogether where a plan should have them), the reported projects whose status or cost
// no source gives, each with a stable key, its period and the body a request should go to.
// Computed from the catalog; the holders table comes in from a data file (src/holders.ts).
import { reportedProjects } from "./progress.ts";
import type { Catalog, Localized, Measure, Plan, Town } from "./types.ts";

/** The figures a plan should have: counts of its measures and its money. */
const PLAN_KEYS = ["measures_total", "measures_done", "measures_unfinished", "planned_kzt_bn", "allocated_kzt_bn"] as const;
/** Figures outside a plan that are said to be unknown when their value is missing. */
const LOOSE_KEYS = ["population", "target_kzt_bn"] as const;

type GapWhat = (typeof PLAN_KEYS)[number] | (typeof LOOSE_KEYS)[number] | "project_status" | "project_amount";

interface Holder {
  id: string;
  /** May hold {town} or {region}: filled with the town's name or the region's genitive. */
  name: Localized;
  scope: "national" | "region" | "town";
  /** Gap selectors it holds: "population", "plan2023_2025:planned_kzt_bn", "comprehensive:…", "national:…". */
  gaps: string[];
  /** Postal address, only when an official source gives it. */
  address: string | null;
}

export interface Holders {
  law: {
    number: string /** As the request cites it: «16 ноября 2015 года», «2015 жылғы 16 қарашадағы». */;
    date: Localized;
    article: string;
    title: Localized;
    url: Localized;
  };
  portal: { name: string; url: string };
  holders: Holder[];
  /** A region's name as it stands in a holder's name («Карагандинской области», «Қарағанды облысының»), by its Russian name. */
  regions: Map<string, Localized>;
}

export interface Gap {
  /** Stable across reloads: `<town or national>:<plan or ->:<what>`, `<town>:project:<id>:<status|amount>`. */
  key: string;
  what: GapWhat;
  townId: string | null;
  plan: Plan | null;
  measure: Measure | null;
  period: string | null;
  /** Which holder's `gaps` entry names it ("plan2023_2025:planned_kzt_bn"). */
  selector: string;
}

/** A gap with the body that holds it, its name filled in; null when the table names nobody. */
export interface HeldGap extends Gap {
  holder: { id: string; name: Localized; address: string | null } | null;
}

const planKind = (plan: Plan, town: Town | null) => (!town ? "national" : plan.id === "plan2023_2025" ? "plan2023_2025" : "comprehensive");

/** The plans a town's figures belong to: the 2023–2025 plan of 10 towns when it is one of them, and its own. */
function townPlans(catalog: Catalog, town: Town): Plan[] {
  const national = town.inPlan2023_2025 ? catalog.nationalPlans.find((p) => p.id === "plan2023_2025") : undefined;
  return [...(national ? [national] : []), ...town.plans];
}

function planGaps(figures: Catalog["nationalFigures"], plans: Plan[], town: Town | null): Gap[] {
  const out: Gap[] = [];
  for (const plan of plans) {
    for (const what of PLAN_KEYS) {
      const known = figures.some((f) => f.planId === plan.id && f.key === what && !f.component && (f.value !== null || f.text));
      if (known) continue;
      const kind = planKind(plan, town);
      out.push({
        key: `${town?.id ?? "national"}:${plan.id}:${what}`,
        what,
        townId: town?.id ?? null,
        plan,
        measure: null,
        period: plan.period,
        selector: `${kind}:${what}`,
      });
    }
  }
  return out;
}

/** What is unknown about one town, plan by plan, then its projects. Unknown is listed, never counted as zero. */
export function townGaps(catalog: Catalog, townId: string): Gap[] {
  const town = catalog.towns.get(townId);
  if (!town) return [];
  const out: Gap[] = [];
  for (const what of LOOSE_KEYS) {
    const figs = town.figures.filter((f) => f.key === what && !f.component);
    // Population is expected of every town; other loose figures only when the data has a record of them.
    const missing = what === "population" ? !figs.some((f) => f.value !== null) : figs.some((f) => f.value === null && !f.text);
    if (missing) out.push({ key: `${town.id}:-:${what}`, what, townId: town.id, plan: null, measure: null, period: figs[0]?.period ?? null, selector: what });
  }
  out.push(...planGaps(town.figures, townPlans(catalog, town), town));
  for (const m of reportedProjects(catalog, town.id)) {
    const project = { townId: town.id, plan: null, measure: m, period: null };
    if (m.status === "unknown") out.push({ ...project, key: `${town.id}:project:${m.id}:status`, what: "project_status", selector: "project_status" });
    if (m.amountKztBn === null && !m.amountOther)
      out.push({ ...project, key: `${town.id}:project:${m.id}:amount`, what: "project_amount", selector: "project_amount" });
  }
  return out;
}

/** What is unknown in the national figures: the plans' totals nobody published. */
export function nationalGaps(catalog: Catalog): Gap[] {
  return planGaps(catalog.nationalFigures, catalog.nationalPlans, null);
}

/** Every town's gaps, in the catalog's order (the editors' table). */
export function allTownGaps(catalog: Catalog): Array<{ town: Town; gaps: Gap[] }> {
  return [...catalog.towns.values()].map((town) => ({ town, gaps: townGaps(catalog, town.id) }));
}

const fill = (text: string, region: Localized | undefined, lang: keyof Localized, townName: string) =>
  text.replace("{town}", townName).replace("{region}", region ? region[lang] : "");

/** Gives each gap its holder: the entry naming its selector, else its bare kind; names filled per language. */
export function withHolders(gaps: Gap[], catalog: Catalog, holders: Holders): HeldGap[] {
  return gaps.map((g) => {
    const h = holders.holders.find((x) => x.gaps.includes(g.selector)) ?? holders.holders.find((x) => x.gaps.includes(g.what));
    const town = g.townId ? (catalog.towns.get(g.townId) ?? null) : null;
    const region = town ? holders.regions.get(town.regionRu) : undefined;
    // A regional holder for a town whose region the table does not know cannot be named.
    if (!h || (h.scope !== "national" && !town) || (h.scope === "region" && !region)) return { ...g, holder: null };
    const name = {
      ru: fill(h.name.ru, region, "ru", town?.nameRu ?? ""),
      kk: fill(h.name.kk, region, "kk", town?.nameKk ?? ""),
    };
    // Within one town's (or the nation's) gaps the table's id is unique: it goes into buttons.
    return { ...g, holder: { id: h.id, name, address: h.address } };
  });
}

/** Gaps grouped by holder, in the order holders first appear; gaps nobody holds last, under null. */
export function byHolder(gaps: HeldGap[]): Array<{ holder: HeldGap["holder"]; gaps: HeldGap[] }> {
  const groups = new Map<string, { holder: HeldGap["holder"]; gaps: HeldGap[] }>();
  for (const g of gaps) {
    const id = g.holder?.id ?? "";
    const group = groups.get(id) ?? { holder: g.holder, gaps: [] };
    group.gaps.push(g);
    groups.set(id, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0)).map(([, v]) => v);
}
