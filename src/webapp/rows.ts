// One table row per town for the web page: the same figures the card shows, as values to
// sort and filter by and as text in the reader's language. A figure nobody published is
// null here (shown as unknown, sorted last), never 0.
import { townFunding } from "../domain/funding.ts";
import { townProgress } from "../domain/progress.ts";
import type { Catalog, Figure, Town } from "../domain/types.ts";
import { valueText } from "../render/figure.ts";
import { escapeHtml, formatDate } from "../render/format.ts";
import type { RenderContext } from "../render/types.ts";

/** A monotown's tier, or what a town off the list is. */
export type Group = "diversifying" | "medium_potential" | "stagnating" | "former" | "reference";
export const GROUPS: readonly Group[] = ["diversifying", "medium_potential", "stagnating", "former", "reference"];

export type SortKey = "name" | "population" | "unfinished" | "planned";
export const SORT_KEYS: readonly SortKey[] = ["name", "population", "unfinished", "planned"];

export interface TownRow {
  id: string;
  name: string;
  group: Group;
  groupLabel: string;
  /** Region as the data names it in Russian: the filter's value in both languages. */
  regionKey: string;
  region: string;
  population: number | null;
  /** Telegram-style HTML (escaped): the figure with its qualifier. */
  populationHtml: string;
  /** «на 01.01.2024», in the reader's language. */
  populationAsOf: string | null;
  /** null: no reported projects, so nothing is known (not «0 unfinished»). */
  projects: { total: number; done: number; unfinished: number; unknown: number } | null;
  /** The plan money the row shows: its planned sum in bn ₸, null when unknown. */
  planned: number | null;
  moneyHtml: string;
}

export const townDisplayName = (town: Town, ctx: RenderContext) => (ctx.lang === "ru" ? town.nameRu : town.nameKk);

export function groupOf(town: Town): Group {
  if (town.status === "former") return "former";
  if (town.status === "reference") return "reference";
  return town.tierId ?? "reference";
}

export function groupLabel(catalog: Catalog, group: Group, ctx: RenderContext): string {
  if (group === "former" || group === "reference") return ctx.t(`webapp-status-${group}`);
  const tier = catalog.tiers.find((x) => x.id === group);
  return tier ? (ctx.lang === "ru" ? tier.labelRu : tier.labelKk) : ctx.t("unknown");
}

function money(catalog: Catalog, town: Town, ctx: RenderContext): { planned: number | null; html: string } {
  const f = townFunding(catalog, town.id);
  // The plan with a planned sum first: that is the figure people compare towns by.
  const pf = f.plans.find((p) => p.planned?.value != null) ?? f.plans.find((p) => p.allocated?.value != null) ?? null;
  if (!pf) return { planned: null, html: ctx.t("webapp-money-none") };
  const v = (x: Figure | null) => (x ? valueText(x, ctx) : ctx.t("unknown"));
  const plan = pf.plan ? (ctx.lang === "ru" ? pf.plan.labelRu : pf.plan.labelKk) : "";
  const parts = [ctx.t("webapp-money-planned", { value: v(pf.planned) }), ctx.t("webapp-money-allocated", { value: v(pf.allocated) })];
  return { planned: pf.planned?.value ?? null, html: `${parts.join("; ")}${plan ? ` (${escapeHtml(plan)})` : ""}` };
}

/** «на 01.01.2024»; a bare year says it is one («на 2020 год»), or it reads as a number. */
function asOfText(asOf: string, ctx: RenderContext): string {
  return /^\d{4}$/.test(asOf) ? ctx.t("webapp-as-of-year", { year: asOf }) : ctx.t("as-of", { date: formatDate(asOf, ctx.lang) });
}

function townRow(catalog: Catalog, town: Town, ctx: RenderContext): TownRow {
  const pop = town.figures.find((x) => x.key === "population") ?? null;
  const p = townProgress(catalog, town.id);
  const m = money(catalog, town, ctx);
  const group = groupOf(town);
  return {
    id: town.id,
    name: townDisplayName(town, ctx),
    group,
    groupLabel: groupLabel(catalog, group, ctx),
    regionKey: town.regionRu,
    region: ctx.lang === "ru" ? town.regionRu : town.regionKk,
    population: pop?.value ?? null,
    populationHtml: pop ? valueText(pop, ctx) : ctx.t("unknown"),
    populationAsOf: pop?.asOf ? asOfText(pop.asOf, ctx) : null,
    projects: p.projects.length ? { total: p.projects.length, done: p.done, unfinished: p.unfinished, unknown: p.unknown } : null,
    planned: m.planned,
    moneyHtml: m.html,
  };
}

export function townRows(catalog: Catalog, ctx: RenderContext): TownRow[] {
  return [...catalog.towns.values()].map((t) => townRow(catalog, t, ctx));
}

export interface TableQuery {
  group: Group | null;
  region: string | null;
  sort: SortKey;
}

/** Reads the table's query string; anything unexpected falls back to "all, by name". */
export function tableQuery(params: URLSearchParams): TableQuery {
  const group = params.get("tier");
  const sort = params.get("sort");
  return {
    group: GROUPS.includes(group as Group) ? (group as Group) : null,
    region: params.get("region") || null,
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : "name",
  };
}

const sortValue = (r: TownRow, key: SortKey): number | null =>
  key === "population" ? r.population : key === "unfinished" ? (r.projects?.unfinished ?? null) : key === "planned" ? r.planned : null;

/** Filters and sorts as the page's script does: numbers largest first, unknown last, then by name. */
export function applyQuery(rows: TownRow[], q: TableQuery, lang: string): TownRow[] {
  const byName = (a: TownRow, b: TownRow) => a.name.localeCompare(b.name, lang);
  const kept = rows.filter((r) => (!q.group || r.group === q.group) && (!q.region || r.regionKey === q.region));
  if (q.sort === "name") return kept.sort(byName);
  return kept.sort((a, b) => {
    const [x, y] = [sortValue(a, q.sort), sortValue(b, q.sort)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return y - x || byName(a, b);
  });
}
