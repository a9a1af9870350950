// Editors' side of readers' reports: /reports lists the open ones; under each report
// ✏️ accepts it and opens /edit at its figure, ✖ asks the reason and rejects it, ⧉ marks
// it a duplicate (of another open report about the same figure, or just so). Rights are
// checked when a button is pressed; the reporter is told each outcome. A report never
// changes data: only the edit an editor confirms does.
import type { ReportRepo } from "../../../db/reports.ts";
import { parseReportCallback } from "../../../render/report-button.ts";
import { renderDuplicateChoice, renderReportList } from "../../../render/reports.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import type { ReportNotifier } from "../../report-notify.ts";
import { replace, send } from "../../reply.ts";
import { editorAccess, type EditorDeps } from "./access.ts";

/** Open reports one /reports shows at most; the rest follow once these are decided. */
const REPORTS_LISTED = 10;
/** Other open reports about the same figure a ⧉ offers to name. */
const DUPLICATE_CHOICES = 5;

export interface ReportEditorDeps extends EditorDeps {
  reports: ReportRepo;
  notifier: ReportNotifier;
  /** Starts the rejection's wizard (the reason). */
  reject: (ctx: BotContext, reportId: number) => Promise<void>;
}

export function reportEditorHandlers(deps: ReportEditorDeps) {
  const c = new BotComposer<BotContext>();
  const { editorOnly } = editorAccess(deps);
  const catalog = () => deps.knowledge.current.catalog;

  c.command("reports", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    const { reports, total } = await deps.reports.open(REPORTS_LISTED);
    await send(ctx, renderReportList(catalog(), reports, total, ctx.render));
  });

  c.callbackQuery(/^rp[erd]:/, async (ctx) => {
    const p = parseReportCallback(ctx.callbackQuery.data);
    if (!p || p.kind === "start") return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    if (!(await editorOnly(ctx, "editor"))) return;
    const report = await deps.reports.get(p.id);
    if (!report) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    const handled = () => ctx.answerCallbackQuery({ text: ctx.render.t("rp-handled", { id: report.id }), show_alert: true });
    const now = deps.clock.now();

    if (p.kind === "edit") {
      // Accepted by another editor already: the figure may still be opened; decided otherwise, it is not.
      if (report.state !== "open" && report.state !== "accepted") return handled();
      if (report.state === "open") {
        const decided = await deps.reports.decide(report.id, { state: "accepted" }, ctx.from.id, now);
        if (decided) await deps.notifier.reporter(decided);
      }
      await ctx.answerCallbackQuery({ text: ctx.render.t("rp-accepted", { id: report.id }) });
      await deps.knowledge.reloadIfChanged();
      return deps.edit(ctx, report.townId, report.targetId);
    }
    if (report.state !== "open") return handled();
    if (p.kind === "reject") {
      await ctx.answerCallbackQuery();
      return deps.reject(ctx, report.id);
    }
    if (p.of === "ask") {
      await ctx.answerCallbackQuery();
      return send(ctx, renderDuplicateChoice(catalog(), report, await deps.reports.openAbout(report, DUPLICATE_CHOICES), ctx.render));
    }
    const of = p.of === null ? null : await deps.reports.get(p.of);
    if (p.of !== null && (!of || of.id === report.id)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    const decided = await deps.reports.decide(report.id, { state: "duplicate", duplicateOf: of?.id ?? null }, ctx.from.id, now);
    if (!decided) return handled();
    await deps.notifier.reporter(decided);
    await ctx.answerCallbackQuery();
    await replace(ctx, { text: ctx.render.t("rp-marked-duplicate", { id: report.id }) });
  });

  return c;
}
