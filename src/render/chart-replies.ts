// The charts the bot sends: what each one draws and the caption that says the same in
// words, with the sources linked. Pure: domain data in; the PNG and caption out.
import type { FundingChart, ProjectsChart, TiersChart } from "../domain/chart-data.ts";
import type { Figure, Source } from "../domain/types.ts";
import { moneyLabel, shortfallLine, townName } from "./card.ts";
import { drawBarChart, type Bar, type BarChartSpec, type BarGroup } from "./bar-chart.ts";
import { figureLine, shortPublisher, sourceLink, valueText } from "./figure.ts";
import { escapeHtml, formatDate, kazakhPartitive } from "./format.ts";
import { plainLine } from "./inline.ts";
import type { RenderContext } from "./types.ts";

export const CHART_KINDS = ["funding", "projects", "tiers"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Telegram's limit on a photo's caption (after HTML is parsed). */
export const CAPTION_LIMIT = 1024;

export interface Chart {
  spec: BarChartSpec;
  /** Telegram HTML, at most 1024 characters of text. */
  caption: string;
}

export interface RenderedChart extends Chart {
  png: Buffer;
}

const COLOR = { planned: "#3b6ea5", allocated: "#e0902f", shortfall: "#b8413a", done: "#3f8f4f", unfinished: "#c2533f", unknown: "#9a9a9a" };
const TIER_COLORS = ["#3f8f4f", "#e0a02f", "#b8413a"];

/** Text as Telegram counts it in a caption: tags dropped, entities decoded. */
const visibleLength = (html: string) => [...html.replace(/<[^>]+>/g, "").replace(/&lt;|&gt;|&quot;|&amp;/g, "x")].length;

/** Keeps a caption under the limit by dropping whole items from the end of `items` (one paragraph). */
function fitCaption(head: string[], items: string[], tail: string[], more: (n: number) => string): string {
  for (let n = items.length; n >= 0; n--) {
    const list = [...items.slice(0, n), ...(n < items.length ? [more(items.length - n)] : [])].join("; ");
    const text = [...head, ...(list ? [list] : []), ...tail].join("\n");
    if (visibleLength(text) <= CAPTION_LIMIT) return text;
  }
  return [...head, ...tail].join("\n");
}

const plain = (f: Figure, ctx: RenderContext) => plainLine(valueText(f, ctx), 80);

/** Sources an image footer can name in full; more are counted and sent to the cards' 📎 lists, never cut to «and 93 more». */
const FOOTER_SOURCES = 3;

function sourceFooter(sources: Source[], ctx: RenderContext): string {
  if (!sources.length) return ctx.t("chart-no-source");
  if (sources.length > FOOTER_SOURCES) return ctx.t("chart-sources-many", { count: sources.length });
  const named = sources.map((s) => `${shortPublisher(s)}, ${s.date ? formatDate(s.date, ctx.lang) : ctx.t("source-no-date")}`);
  return ctx.t(sources.length > 1 ? "chart-sources" : "chart-source", { sources: named.join("; ") });
}

const sourceLinks = (sources: Source[], ctx: RenderContext) =>
  !sources.length
    ? ""
    : sources.length > FOOTER_SOURCES
      ? ctx.t("chart-sources-many", { count: sources.length })
      : ctx.t(sources.length > 1 ? "chart-sources" : "chart-source", { sources: sources.map((s) => sourceLink(s, ctx)).join("; ") });

export function fundingChart(data: FundingChart, ctx: RenderContext): Chart {
  const { t, lang } = ctx;
  const title = data.town ? t("chart-funding-town-title", { town: townName(data.town, lang) }) : t("chart-funding-title");
  const planLabel = (i: number) => {
    const p = data.plans[i]!.plan;
    return p ? (lang === "ru" ? p.labelRu : p.labelKk) : "";
  };
  const bar = (f: Figure | null, color: string): Bar => ({ value: f?.value ?? null, text: f && f.value !== null ? plain(f, ctx) : t("unknown"), color });
  const groups: BarGroup[] = data.plans.map((pf, i) => ({
    label: planLabel(i),
    bars: [bar(pf.planned, COLOR.planned), bar(pf.allocated, COLOR.allocated), ...(pf.shortfall ? [bar(pf.shortfall, COLOR.shortfall)] : [])],
  }));
  const legend = [
    { label: t("funding-planned"), color: COLOR.planned },
    { label: t("funding-allocated"), color: COLOR.allocated },
    ...(data.plans.some((p) => p.shortfall) ? [{ label: t("funding-shortfall"), color: COLOR.shortfall }] : []),
  ];
  const someUnknown = groups.some((g) => g.bars.some((b) => b.value === null));
  const spec: BarChartSpec = { title, ...(someUnknown ? { subtitle: t("chart-unknown-note") } : {}), legend, groups, footer: sourceFooter(data.sources, ctx) };
  const lines = [`<b>${escapeHtml(title)}</b>`];
  data.plans.forEach((pf, i) => {
    lines.push(`<i>${escapeHtml(planLabel(i))}</i>`, figureLine(t("funding-planned"), pf.planned, ctx), figureLine(t("funding-allocated"), pf.allocated, ctx));
    lines.push(shortfallLine(pf, ctx));
    // The budget components the card lists under the plan, so the caption holds every figure it shows.
    for (const c of pf.components.filter((x) => x.value !== null)) lines.push(`• ${figureLine(moneyLabel(c, ctx, pf.plan?.period), c, ctx)}`);
  });
  return { spec, caption: fitCaption(lines, [], [], () => "") };
}

export function projectsChart(data: ProjectsChart, ctx: RenderContext): Chart {
  const { t, lang } = ctx;
  const title = t("chart-projects-title");
  const total = data.done + data.unfinished + data.unknown;
  const subtitle = t("chart-projects-subtitle", { towns: data.rows.length, total, done: data.done, unfinished: data.unfinished, unknown: data.unknown });
  const groups: BarGroup[] = data.rows.map((r) => ({
    label: townName(r.town, lang),
    bars: [
      { value: r.done, text: String(r.done), color: COLOR.done },
      { value: r.unfinished, text: String(r.unfinished), color: COLOR.unfinished },
      ...(data.unknown ? [{ value: r.unknown, text: String(r.unknown), color: COLOR.unknown }] : []),
    ],
    note: t("chart-projects-row", { done: r.done, doneOf: kazakhPartitive(r.done), total: r.done + r.unfinished + r.unknown }),
  }));
  const legend = [
    { label: t("chart-done"), color: COLOR.done },
    { label: t("chart-unfinished"), color: COLOR.unfinished },
    ...(data.unknown ? [{ label: t("chart-status-unknown"), color: COLOR.unknown }] : []),
  ];
  const spec: BarChartSpec = { title, subtitle, legend, groups, stacked: true, footer: sourceFooter(data.sources, ctx) };
  const head = [`<b>${escapeHtml(title)}</b>`, escapeHtml(subtitle), t("chart-projects-legend")];
  const items = data.rows.map((r) =>
    t("chart-projects-line", { town: escapeHtml(townName(r.town, lang)), done: r.done, unfinished: r.unfinished, unknown: r.unknown }),
  );
  const tail = [
    `<i>${t("progress-projects-caveat")}</i>`,
    figureLine(t("overview-measures", { value: "" }).replace(/:\s*$/, ""), data.measuresTotal, ctx),
    figureLine(t("overview-unfinished", { value: "" }).replace(/:\s*$/, ""), data.measuresUnfinished, ctx),
  ];
  return { spec, caption: fitCaption(head, items, tail, (n) => t("compare-more", { count: n })) };
}

export function tiersChart(data: TiersChart, ctx: RenderContext): Chart {
  const { t, lang } = ctx;
  const title = t("chart-tiers-title");
  const label = (i: number) => (lang === "ru" ? data.tiers[i]!.tier.labelRu : data.tiers[i]!.tier.labelKk);
  const groups: BarGroup[] = data.tiers.map((x, i) => ({
    label: label(i),
    bars: [{ value: x.towns.length, text: t("tier-towns", { count: x.towns.length }), color: TIER_COLORS[i % TIER_COLORS.length]! }],
  }));
  const spec: BarChartSpec = {
    title,
    subtitle: t("chart-tiers-subtitle"),
    legend: [],
    groups,
    footer: `${data.tiers.map((x, i) => `${label(i)}: ${x.towns.map((tw) => townName(tw, lang)).join(", ")}.`).join(" ")} ${sourceFooter(data.sources, ctx)}`,
  };
  const lines = [`<b>${escapeHtml(title)}</b>`];
  data.tiers.forEach((x, i) =>
    lines.push(
      `<b>${escapeHtml(label(i))}</b> — ${t("tier-towns", { count: x.towns.length })}: ${x.towns.map((tw) => escapeHtml(townName(tw, lang))).join(", ")}`,
    ),
  );
  lines.push(`<i>${t("tier-draft")}</i>`);
  return { spec, caption: fitCaption(lines, [], [sourceLinks(data.sources, ctx)].filter(Boolean), () => "") };
}

export function renderChart(chart: Chart): RenderedChart {
  return { ...chart, png: drawBarChart(chart.spec) };
}
