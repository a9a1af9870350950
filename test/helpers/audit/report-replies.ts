// The report wizard's screens, the notice editors get, /reports and the outcomes a reporter
// is told, for every town's reportable sections: read by the reply audit with the rest.
import { REPORT_SECTIONS, REPORTS_PER_DAY, reportTargets, type Report } from "../../../src/domain/reports.ts";
import type { Catalog, Town } from "../../../src/domain/types.ts";
import {
  renderDuplicateChoice,
  renderRejectReasonStep,
  renderReportCommentStep,
  renderReportConfirm,
  renderReportKindStep,
  renderReportList,
  renderReportNotice,
  renderReportOutcome,
  renderReportSourceStep,
  renderReportTargetStep,
  renderReportTextStep,
} from "../../../src/render/reports.ts";
import type { Keyboard, RenderContext } from "../../../src/render/types.ts";

type Push = (kind: string, town: string, text: string, keyboard?: Keyboard) => void;

/**
 * What a reader would type, in the language of the reply (the audit reads it as part of
 * the text). The new value is a count, as a reader would copy it from a source: a sum in
 * tenge typed by a reader carries no date the bot could show, and rule 6 is about the
 * figures the bot states.
 */
const TYPED = {
  ru: { text: "Сумма вдвое меньше", value: "172 500", comment: "Так в отчёте акимата", reason: "В источнике сумма верная" },
  kk: { text: "Сома екі есе аз", value: "172 500", comment: "Әкімдіктің есебінде солай", reason: "Дереккөздегі сома дұрыс" },
};

/** Screens that do not depend on a town, once per language. */
export function reportScreens(ctx: RenderContext, push: Push) {
  for (const kind of ["wrong", "newer"] as const) {
    const step = renderReportTextStep(kind, "tok", ctx);
    push("report:text", "", step.text, step.keyboard);
    for (const again of [false, true]) {
      const s = renderReportSourceStep(kind, "tok", ctx, again);
      push("report:source", "", s.text, s.keyboard);
    }
  }
  const comment = renderReportCommentStep("tok", ctx);
  push("report:comment", "", comment.text, comment.keyboard);
  const reason = renderRejectReasonStep(7, "tok", ctx);
  push("report:reason", "", reason.text, reason.keyboard);
  for (const key of [
    "rp-cancelled",
    "rp-nothing",
    "rp-group",
    "rp-list-none",
    "rp-reason-again",
    "rp-reject-cancelled",
    "rp-rejected",
    "rp-accepted",
    "rp-marked-duplicate",
    "rp-handled",
    "rp-filed",
  ])
    push(`report:${key}`, "", ctx.t(key, { id: 7, limit: REPORTS_PER_DAY }));
  push("report:limit", "", ctx.t("rp-limit", { limit: REPORTS_PER_DAY }));
}

/** Each reportable section of a town: its figures to pick, and a report on the first one through every outcome. */
export function townReportReplies(catalog: Catalog, town: Town, ctx: RenderContext, push: Push) {
  const typed = TYPED[ctx.lang];
  for (const section of REPORT_SECTIONS) {
    const targets = reportTargets(catalog, town.id, section);
    if (!targets.length) continue;
    const pick = renderReportTargetStep(catalog, town.id, targets, "tok", ctx);
    push(`report:${section}`, town.nameRu, pick.text, pick.keyboard);
    const target = targets[0]!;
    const kind = renderReportKindStep(target, "tok", ctx);
    push("report:kind", town.nameRu, kind.text, kind.keyboard);
    const report: Report = {
      id: 7,
      reporterId: 7001,
      chatId: 7001,
      lang: ctx.lang,
      townId: town.id,
      section,
      targetId: target.id,
      targetLabel: "—",
      kind: "newer",
      text: null,
      newValue: typed.value,
      sourceUrl: "https://stat.gov.kz/ru/news/1",
      comment: typed.comment,
      state: "open",
      reason: null,
      handledBy: null,
      handledAt: null,
      duplicateOf: null,
      createdAt: new Date("2026-11-25T10:00:00Z"),
    };
    const wrong: Report = { ...report, id: 8, kind: "wrong", text: typed.text, newValue: null, sourceUrl: null };
    for (const r of [report, wrong]) {
      const confirm = renderReportConfirm(catalog, r, "tok", ctx);
      push("report:confirm", town.nameRu, confirm.text, confirm.keyboard);
      const notice = renderReportNotice(catalog, r, ctx);
      push("report:notice", town.nameRu, notice.text, notice.keyboard);
    }
    const list = renderReportList(catalog, [report, wrong], 3, ctx);
    push("report:list", town.nameRu, list.text, list.keyboard);
    const dup = renderDuplicateChoice(catalog, wrong, [report], ctx);
    push("report:duplicate", town.nameRu, dup.text, dup.keyboard);
    for (const decided of [
      { ...report, state: "accepted" as const },
      { ...report, state: "rejected" as const, reason: typed.reason },
      { ...report, state: "duplicate" as const },
      { ...report, state: "duplicate" as const, duplicateOf: 6 },
    ])
      push(`report:outcome:${decided.state}`, town.nameRu, renderReportOutcome(catalog, decided, ctx).text);
  }
}
