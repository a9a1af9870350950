// Lists and comparisons as CSV a journalist can open in a spreadsheet: UTF-8 with a BOM
// (so Excel reads Cyrillic and Kazakh letters), RFC 4180 quoting, CRLF line ends, and
// text cells that a spreadsheet would run as a formula made inert. Every figure column
// has its source next to it; an empty figure cell means unknown, never zero.
import { townFunding } from "../domain/funding.ts";
import { townProgress } from "../domain/progress.ts";
import { TIER_IDS, type Figure, type Source, type TierId, type Town } from "../domain/types.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import { MAX_COMPARED } from "./limit.ts";
import { townName } from "./card.ts";
import { shortPublisher } from "./figure.ts";
import type { Button, RenderContext } from "./types.ts";

export type Cell = string | number | null;

/** What a list or comparison exports: the same towns it showed. */
export type CsvSpec = { kind: "tiers" } | { kind: "tier"; tierId: TierId } | { kind: "region"; regionId: string } | { kind: "cmp"; townIds: string[] };

export const csvKey = (s: CsvSpec): string =>
  s.kind === "tiers" ? "tiers" : s.kind === "tier" ? `tier:${s.tierId}` : s.kind === "region" ? `region:${s.regionId}` : `cmp:${s.townIds.join(",")}`;

export function parseCsvKey(key: string): CsvSpec | null {
  const [kind, arg] = key.split(":");
  if (kind === "tiers" && arg === undefined) return { kind: "tiers" };
  if (kind === "tier" && TIER_IDS.includes(arg as TierId)) return { kind: "tier", tierId: arg as TierId };
  if (kind === "region" && arg && /^[a-z0-9_]+$/.test(arg)) return { kind: "region", regionId: arg };
  if (kind === "cmp" && arg && /^[a-z0-9_-]+(,[a-z0-9_-]+){0,9}$/.test(arg)) return { kind: "cmp", townIds: arg.split(",") };
  return null;
}

/** The ⬇ CSV button of a list, when its key fits Telegram's 64 bytes (else /csv still works). */
export function csvButton(spec: CsvSpec, ctx: RenderContext): Button[] {
  const data = `csv:${csvKey(spec)}`;
  return Buffer.byteLength(data) <= 64 ? [{ text: ctx.t("btn-csv"), data }] : [];
}

/** Spreadsheets run a text cell starting with these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Cell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

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
