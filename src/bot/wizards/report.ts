// The report wizard (✏️ under a card section): which figure, wrong or newer, what is
// wrong or the new value, a source link (required for a new value), an optional comment,
// then Send. And the editor's side of a rejection: the reason, in one message. Replayed
// from the stored log on every update (see wizards.ts): everything that reads or writes
// outside goes through `external`, and a report is filed and announced exactly once.
import {
  REPORT_KINDS,
  REPORT_TEXT_MAX,
  REPORT_WINDOW_MS,
  REPORTS_PER_DAY,
  parseSourceUrl,
  reportTargets,
  type ReportKind,
  type ReportSection,
} from "../../domain/reports.ts";
import type { EditTarget } from "../../domain/edits.ts";
import type { WizardAction } from "../../render/callbacks.ts";
import { targetLabel } from "../../render/edit-wizard.ts";
import {
  renderRejectReasonStep,
  renderReportCommentStep,
  renderReportConfirm,
  renderReportKindStep,
  renderReportSourceStep,
  renderReportTargetStep,
  renderReportTextStep,
} from "../../render/reports.ts";
import type { LangContext } from "../context.ts";
import { WizardRun, type Input, type WizardConversation } from "./steps.ts";
import type { WizardDeps } from "./deps.ts";

const makeToken = async (conversation: WizardConversation) =>
  Math.floor((await conversation.random()) * 36 ** 4)
    .toString(36)
    .padStart(4, "0");

const typedText = (input: Input) => (input.kind === "text" && input.text.trim() ? input.text.trim().slice(0, REPORT_TEXT_MAX) : null);

export function reportWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, townId: string, section: ReportSection) => {
    const token = await makeToken(conversation);
    const w = new WizardRun(conversation, first, token, deps);
    const userId = first.from!.id;
    const since = () => new Date(deps.clock.now().getTime() - REPORT_WINDOW_MS);
    const limited = () => w.show({ text: w.r.t("rp-limit", { limit: REPORTS_PER_DAY }) }, false);
    const cancelled = () => w.finish({ text: w.r.t("rp-cancelled") });

    // Said before the reader types anything, not after.
    const filed = await conversation.external(() => deps.reports.countSince(userId, since()));
    if (filed >= REPORTS_PER_DAY) return limited();
    const targets: EditTarget[] = await conversation.external(() => reportTargets(deps.knowledge.current.catalog, townId, section));
    if (!targets.length) return w.show({ text: w.r.t("rp-nothing") }, false);

    /** A press of one of the list's buttons; null when cancelled. */
    const pick = async <T>(action: WizardAction, list: readonly T[]): Promise<T | null> => {
      for (;;) {
        const input = await w.next();
        if (input.kind === "button" && input.action === "cancel") return null;
        const hit = input.kind === "button" && input.action === action ? list[Number(input.arg)] : undefined;
        if (hit !== undefined) return (await w.answer(), hit);
        await w.repeat();
      }
    };

    await w.show(renderReportTargetStep(w.catalog, townId, targets, token, w.r));
    const target = await pick("pick", targets);
    if (!target) return cancelled();
    await w.show(renderReportKindStep(target, token, w.r));
    const kind: ReportKind | null = await pick("value", REPORT_KINDS);
    if (!kind) return cancelled();

    await w.show(renderReportTextStep(kind, token, w.r));
    let said: string | null = null;
    while (said === null) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return cancelled();
      said = typedText(input);
      if (said === null) await w.repeat();
    }

    await w.show(renderReportSourceStep(kind, token, w.r));
    let sourceUrl: string | null | undefined;
    while (sourceUrl === undefined) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return cancelled();
      // Only a wrong value may go without its source: a new one is worth nothing without it.
      if (input.kind === "button" && input.action === "done" && kind === "wrong") sourceUrl = null;
      else if (input.kind === "text") {
        sourceUrl = parseSourceUrl(input.text) ?? undefined;
        if (sourceUrl === undefined) await w.show(renderReportSourceStep(kind, token, w.r, true), false);
      } else await w.repeat();
    }
    await w.answer();

    await w.show(renderReportCommentStep(token, w.r));
    let comment: string | null | undefined;
    while (comment === undefined) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return cancelled();
      if (input.kind === "button" && input.action === "done") comment = null;
      else comment = typedText(input) ?? undefined;
      if (comment === undefined) await w.repeat();
    }
    await w.answer();

    const draft = {
      townId,
      targetId: target.id,
      targetLabel: targetLabel(target, w.r),
      kind,
      text: kind === "wrong" ? said : null,
      newValue: kind === "newer" ? said : null,
      sourceUrl,
      comment,
    };
    await w.show(renderReportConfirm(w.catalog, draft, token, w.r));
    for (;;) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return cancelled();
      if (input.kind === "button" && input.action === "ok") break;
      await w.repeat();
    }
    const report = { ...draft, reporterId: userId, chatId: first.chat!.id, lang: w.ctx.lang, section };
    // Filed and announced in one recorded step: a replay never files or announces it again.
    const id = await conversation.external(async () => {
      const now = deps.clock.now();
      const res = await deps.reports.file(report, now, new Date(now.getTime() - REPORT_WINDOW_MS), REPORTS_PER_DAY);
      if (!res.ok) return null;
      await deps.notifier.editors(res.report).catch((err) => w.ctx.log.warn({ err }, "could not tell the editors about a report"));
      return res.report.id;
    });
    if (id === null) return w.finish({ text: w.r.t("rp-limit", { limit: REPORTS_PER_DAY }) });
    return w.finish({ text: w.r.t("rp-filed", { id }) });
  };
}

/** ✖ pressed on a report: the reason, then the rejection and the reporter told. */
export function rejectWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, reportId: number) => {
    const token = await makeToken(conversation);
    const w = new WizardRun(conversation, first, token, deps);
    await w.show(renderRejectReasonStep(reportId, token, w.r));
    let reason: string | null = null;
    while (reason === null) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return w.finish({ text: w.r.t("rp-reject-cancelled", { id: reportId }) });
      reason = typedText(input);
      if (reason === null) await w.show({ ...renderRejectReasonStep(reportId, token, w.r), text: w.r.t("rp-reason-again") }, false);
    }
    const by = w.ctx.from!.id;
    const outcome = await conversation.external(async () => {
      // Rights are checked again when the rejection is made: a role taken away meanwhile counts.
      if (!(await deps.mayHandleReports(by))) return "rights";
      const decided = await deps.reports.decide(reportId, { state: "rejected", reason: reason! }, by, deps.clock.now());
      if (!decided) return "handled";
      await deps.notifier.reporter(decided);
      return "done";
    });
    const key = outcome === "done" ? "rp-rejected" : outcome === "handled" ? "rp-handled" : "ed-not-editor";
    return w.finish({ text: w.r.t(key, { id: reportId }) });
  };
}
