// ✏️ under a card section: a reader's report that a figure is wrong or has a newer value.
// Reports are written in a private chat (what a reader types is not for a group's eyes):
// in a group, or under a card shared inline, the button opens the private chat through a
// deep link (/start report-…), which starts the same wizard there.
import type { Knowledge } from "../../knowledge.ts";
import { hasReportTargets, type ReportSection } from "../../domain/reports.ts";
import { parseReportCallback, parseReportStartPayload, reportStartPayload } from "../../render/report-button.ts";
import { BotComposer } from "../composer.ts";
import type { BotContext } from "../context.ts";
import { send } from "../reply.ts";

export function reportHandlers(knowledge: Knowledge, wizards: { report: (ctx: BotContext, townId: string, section: ReportSection) => Promise<void> }) {
  const c = new BotComposer<BotContext>();
  const reportable = (townId: string, section: string) => hasReportTargets(knowledge.current.catalog, townId, section);

  c.callbackQuery(/^rep:/, async (ctx) => {
    const p = parseReportCallback(ctx.callbackQuery.data);
    if (p?.kind !== "start" || !reportable(p.townId, p.section)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    if (ctx.chat?.type !== "private") {
      // Telegram opens a t.me link to this bot given as a callback answer: the private chat, with the wizard started.
      return ctx.answerCallbackQuery({
        text: ctx.render.t("rp-group"),
        url: `https://t.me/${ctx.me.username}?start=${reportStartPayload(p.townId, p.section)}`,
      });
    }
    await ctx.answerCallbackQuery();
    await wizards.report(ctx, p.townId, p.section);
  });

  c.command("start", async (ctx, next) => {
    const p = parseReportStartPayload(ctx.match.trim());
    if (!p) return next();
    if (ctx.chat.type !== "private" || !reportable(p.townId, p.section)) return send(ctx, { text: ctx.render.t("rp-nothing") });
    await wizards.report(ctx, p.townId, p.section);
  });

  return c;
}
