// Lists and comparisons as CSV a journalist can open in a spreadsheet: one row per town
// shown, every figure column with its source next to it; an empty figure cell means
// unknown, never zero.
import { townFunding } from "../domain/funding.ts";
import { townProgress } from "../domain/progress.ts";
import type { Figure, Source, Town } from "../domain/types.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import { townName } from "./card.ts";
import { toCsv, type Cell } from "./csv-format.ts";
import { csvKey, type CsvSpec } from "./csv-spec.ts";
import { shortPublisher } from "./figure.ts";
import { MAX_COMPARED } from "./limit.ts";
import type { RenderContext } from "./types.ts";

export interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
}

const COLUMNS = [
  "csv-town",
  "csv-region",
  "csv-status",
  "csv-tier",
  "csv-population",
  "csv-population-source",
  "csv-projects",
  "csv-projects-done",
  "csv-projects-unfinished",
  "csv-projects-status-unknown",
  "csv-plan",
  "csv-planned",
  "csv-allocated",
  "csv-shortfall",
  "csv-approx",
  "csv-funding-source",
  "csv-funding-url",
];

const sourceText = (s: Source | null | undefined) => (s ? `${shortPublisher(s)}${s.date ? `, ${s.date}` : ""}` : null);
const num = (f: Figure | null) => f?.value ?? null;
/** Money in billions of tenge whatever unit the source gave; anything else is not a money figure. */
const bn = (f: Figure | null | undefined) => (f?.value == null ? null : f.unit === "KZT bn" ? f.value : f.unit === "KZT trn" ? f.value * 1000 : null);

function townRow(d: AnswerDeps, town: Town, ctx: RenderContext): Cell[] {
  const { t, lang } = ctx;
  const tier = d.catalog.tiers.find((x) => x.id === town.tierId);
  const population = town.figures.find((f) => f.key === "population") ?? null;
  const p = townProgress(d.catalog, town.id);
  // The first plan with a known figure, else the first the sources mention at all.
  const plans = townFunding(d.catalog, town.id).plans;
  const pf = plans.find((x) => x.planned?.value != null || x.allocated?.value != null) ?? plans.find((x) => x.planned || x.allocated);
  const figures = [pf?.planned, pf?.allocated, pf?.shortfall].filter((f): f is Figure => !!f && f.value !== null);
  const approx = figures.some((f) => f.qualifier !== "exact") ? t("csv-approx-yes") : null;
  const fundingSource = pf?.allocated?.source ?? pf?.planned?.source ?? null;
  return [
    townName(town, lang),
    lang === "ru" ? town.regionRu : town.regionKk,
    t(`status-${town.status}`),
    tier ? (lang === "ru" ? tier.labelRu : tier.labelKk) : null,
    num(population),
    sourceText(population?.source),
    p.projects.length,
    p.done,
    p.unfinished,
    p.unknown,
    pf?.plan ? (lang === "ru" ? pf.plan.labelRu : pf.plan.labelKk) : null,
    bn(pf?.planned),
    bn(pf?.allocated),
    bn(pf?.shortfall),
    approx,
    sourceText(fundingSource),
    fundingSource?.url ?? null,
  ];
}

/** The rows of a list or comparison, or undefined when it names nothing the data has. */
export function exportCsv(d: AnswerDeps, spec: CsvSpec, ctx: RenderContext): CsvExport | undefined {
  const c = d.catalog;
  let towns: Town[];
  if (spec.kind === "tiers") towns = c.tiers.flatMap((tier) => tier.townIds.map((id) => c.towns.get(id)!).filter(Boolean));
  else if (spec.kind === "tier") towns = (c.tiers.find((x) => x.id === spec.tierId)?.townIds ?? []).map((id) => c.towns.get(id)!).filter(Boolean);
  else if (spec.kind === "region") {
    if (!d.understander.region(spec.regionId)) return undefined;
    towns = d.understander
      .townsOfRegion(spec.regionId)
      .map((id) => c.towns.get(id)!)
      .filter(Boolean);
  } else
    towns = spec.townIds
      .map((id) => c.towns.get(id))
      .filter((x): x is Town => !!x)
      .slice(0, MAX_COMPARED);
  if (!towns.length) return undefined;
  const rows = [COLUMNS.map((k) => ctx.t(k)), ...towns.map((town) => townRow(d, town, ctx))];
  return { filename: `monoqala-${csvKey(spec).replace(/[:,]/g, "-")}-${ctx.lang}.csv`, csv: toCsv(rows), rows: towns.length };
}
