// The /chart menu: which chart to send, and what to say when a named town has none.
import { cb } from "./callbacks.ts";
import { escapeHtml } from "./format.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

function chartMenuKeyboard(ctx: RenderContext): Keyboard {
  return [
    [{ text: ctx.t("btn-chart-funding"), data: cb.chart("funding") }],
    [{ text: ctx.t("btn-chart-projects"), data: cb.chart("projects") }],
    [{ text: ctx.t("btn-chart-tiers"), data: cb.chart("tiers") }],
  ];
}

export function renderChartMenu(ctx: RenderContext, notFound?: string): Reply {
  const q = notFound && escapeHtml(notFound.length > 60 ? `${notFound.slice(0, 60)}…` : notFound);
  return { text: q ? ctx.t("chart-not-found", { query: q }) : ctx.t("chart-choose"), keyboard: chartMenuKeyboard(ctx) };
}

export function renderNoFundingChart(town: string, ctx: RenderContext): Reply {
  return { text: ctx.t("chart-no-funding", { town: escapeHtml(town) }), keyboard: chartMenuKeyboard(ctx) };
}
