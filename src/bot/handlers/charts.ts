// /chart and the 📊 buttons: a PNG with a caption that says the same in words.
// `/chart Балхаш` draws the town's funding; `/chart тапшылық`, `/chart проекты`,
// `/chart топтар` pick a national chart (src/understanding/chart-kind.ts).
import { BotComposer } from "../composer.ts";
import { InputFile } from "grammy";
import * as data from "../../domain/chart-data.ts";
import type { Knowledge, Snapshot } from "../../knowledge.ts";
import { parseCallback } from "../../render/callbacks.ts";
import { townName } from "../../render/card.ts";
import { renderChartMenu, renderNoFundingChart } from "../../render/chart-menu.ts";
import type { RenderedChart } from "../../render/chart-replies.ts";
import type { RenderContext } from "../../render/types.ts";
import type { BotContext } from "../context.ts";
import { send } from "../reply.ts";
import { chartKind } from "../../understanding/chart-kind.ts";

type Which = { chart: "funding" | "projects" | "tiers" } | { chart: "town"; townId: string };

/**
 * The drawing code is loaded on first use: the canvas is a native binary, and a server
 * without the one for its platform should still answer everything else.
 */
let drawing: Promise<typeof import("../../render/chart-replies.ts")> | undefined;
const loadDrawing = () => (drawing ??= import("../../render/chart-replies.ts"));

/** A drawn chart, once per snapshot and language: a PNG costs tens of milliseconds. */
async function chartFor(snap: Snapshot, which: Which, ctx: RenderContext): Promise<RenderedChart | null> {
  const { fundingChart, projectsChart, renderChart, tiersChart } = await loadDrawing();
  const townId = which.chart === "town" ? which.townId : "";
  return snap.memo(`${ctx.lang}:chart:${which.chart}:${townId}`, () => {
    const c = snap.catalog;
    if (which.chart === "funding") return renderChart(fundingChart(data.nationalFundingChart(c), ctx));
    if (which.chart === "projects") return renderChart(projectsChart(data.projectsChart(c), ctx));
    if (which.chart === "tiers") return renderChart(tiersChart(data.tiersChart(c), ctx));
    const town = data.townFundingChart(c, townId);
    return town?.plans.length ? renderChart(fundingChart(town, ctx)) : null;
  });
}

export function chartHandlers(knowledge: Knowledge) {
  const c = new BotComposer<BotContext>();

  const sendChart = async (ctx: BotContext, which: Which) => {
    const snap = knowledge.current;
    let chart: RenderedChart | null;
    try {
      chart = await chartFor(snap, which, ctx.render);
    } catch (err) {
      drawing = undefined;
      ctx.log.error({ err }, "could not draw a chart");
      return send(ctx, { text: ctx.render.t("chart-unavailable") });
    }
    if (!chart) {
      const town = which.chart === "town" ? snap.catalog.towns.get(which.townId) : undefined;
      return send(ctx, renderNoFundingChart(town ? townName(town, ctx.lang) : "", ctx.render));
    }
    await ctx.replyWithChatAction("upload_photo").catch(() => {});
    return ctx.replyWithPhoto(new InputFile(chart.png, `monoqala-${which.chart === "town" ? `${which.townId}-funding` : which.chart}.png`), {
      caption: chart.caption,
      parse_mode: "HTML",
    });
  };

  c.command("chart", async (ctx) => {
    const q = ctx.match.trim().slice(0, 200);
    if (!q) return send(ctx, renderChartMenu(ctx.render));
    const snap = knowledge.current;
    const whole = snap.towns.lookup(q);
    const u = snap.understander.understand(q, ctx.lang);
    const townId = whole[0] ?? u.towns[0];
    if (townId) return sendChart(ctx, { chart: "town", townId });
    if (u.tier) return sendChart(ctx, { chart: "tiers" });
    const kind = chartKind(q);
    return kind ? sendChart(ctx, { chart: kind }) : send(ctx, renderChartMenu(ctx.render, q));
  });

  c.callbackQuery(/^chart:/, async (ctx) => {
    const p = parseCallback(ctx.callbackQuery.data);
    if (p?.kind !== "chart" || (p.chart === "town" && !knowledge.current.catalog.towns.has(p.townId!))) {
      return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    }
    await ctx.answerCallbackQuery();
    await sendChart(ctx, p.chart === "town" ? { chart: "town", townId: p.townId! } : { chart: p.chart });
  });
  return c;
}
