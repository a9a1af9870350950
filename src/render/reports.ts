// Readers' reports on screen: the ✏️ button under a card section, the report wizard's
// screens, the notice editors get with its buttons, /reports, and the outcome the
// reporter is told. Buttons outside the wizard carry the report's id, and editors'
// rights are checked when they are pressed, not when the message was sent.
import type { EditTarget } from "../domain/edits.ts";
import { reportTargets, REPORT_SECTIONS, type Report, type ReportKind } from "../domain/reports.ts";
import { reportCb } from "./report-button.ts";
import { localTime } from "../domain/schedule.ts";
import type { Catalog, Town } from "../domain/types.ts";
import { wizCb } from "./callbacks.ts";
import { targetButtonText, targetLabel } from "./edit-wizard.ts";
import { escapeAttr, escapeHtml } from "./format.ts";
import { MESSAGE_LIMIT, type Button, type RenderContext, type Reply } from "./types.ts";

// The wizard's screens. Every one has Cancel; its buttons carry the wizard's token.

// Not card.ts's townName: the card imports this module's button, and imports never go round.
const townName = (town: Town, lang: RenderContext["lang"]) => (lang === "ru" ? town.nameRu : town.nameKk);

const cancelRow = (token: string, ctx: RenderContext) => [{ text: ctx.t("btn-cancel"), data: wizCb(token, "cancel") }];
const skipRow = (token: string, ctx: RenderContext) => [{ text: ctx.t("btn-rp-skip"), data: wizCb(token, "done") }];

export function renderReportTargetStep(catalog: Catalog, townId: string, targets: EditTarget[], token: string, ctx: RenderContext): Reply {
  const town = catalog.towns.get(townId)!;
  return {
    text: ctx.t("rp-target", { town: escapeHtml(townName(town, ctx.lang)) }),
    keyboard: [...targets.map((target, i) => [{ text: targetButtonText(target, ctx), data: wizCb(token, "pick", i) }]), cancelRow(token, ctx)],
  };
}

export function renderReportKindStep(target: EditTarget, token: string, ctx: RenderContext): Reply {
  return {
    text: ctx.t("rp-kind", { what: escapeHtml(targetLabel(target, ctx)) }),
    keyboard: [
      [
        { text: ctx.t("btn-rp-wrong"), data: wizCb(token, "value", 0) },
        { text: ctx.t("btn-rp-newer"), data: wizCb(token, "value", 1) },
      ],
      cancelRow(token, ctx),
    ],
  };
}

export function renderReportTextStep(kind: ReportKind, token: string, ctx: RenderContext): Reply {
  return { text: ctx.t(`rp-text-${kind}`), keyboard: [cancelRow(token, ctx)] };
}

/** A new value needs its source; for a wrong one the link is welcome but may be skipped. */
export function renderReportSourceStep(kind: ReportKind, token: string, ctx: RenderContext, again = false): Reply {
  const text = again ? ctx.t(kind === "newer" ? "rp-source-bad" : "rp-source-bad-optional") : ctx.t(`rp-source-${kind}`);
  return { text, keyboard: kind === "newer" ? [cancelRow(token, ctx)] : [skipRow(token, ctx), cancelRow(token, ctx)] };
}

export function renderReportCommentStep(token: string, ctx: RenderContext): Reply {
  return { text: ctx.t("rp-comment"), keyboard: [skipRow(token, ctx), cancelRow(token, ctx)] };
}

const quote = (s: string) => `«${escapeHtml(s)}»`;

type Draft = Pick<Report, "townId" | "targetId" | "targetLabel" | "kind" | "text" | "newValue" | "sourceUrl" | "comment">;

/** The report's lines: town, figure (in the reader's language while it exists), what is said, source, comment. */
function details(catalog: Catalog, r: Draft, ctx: RenderContext): string {
  const { t } = ctx;
  const town = catalog.towns.get(r.townId);
  const lines = [
    t("rp-d-town", { town: escapeHtml(town ? townName(town, ctx.lang) : r.townId) }),
    t("rp-d-what", { what: escapeHtml(whatOf(catalog, r, ctx)) }),
    t(`rp-d-kind-${r.kind}`),
  ];
  // The reporter's own words are quoted: they are what a reader typed, not what the bot states.
  if (r.text) lines.push(t("rp-d-text", { text: quote(r.text) }));
  if (r.newValue) lines.push(t("rp-d-value", { value: quote(r.newValue) }));
  lines.push(r.sourceUrl ? t("rp-d-source", { url: `<a href="${escapeAttr(r.sourceUrl)}">${escapeHtml(r.sourceUrl)}</a>` }) : t("rp-d-no-source"));
  if (r.comment) lines.push(t("rp-d-comment", { comment: quote(r.comment) }));
  return lines.join("\n");
}

/** The figure's name now, in this reader's language; the name the reporter saw when it is gone from the data. */
function whatOf(catalog: Catalog, r: Pick<Report, "townId" | "targetId" | "targetLabel">, ctx: RenderContext): string {
  for (const section of REPORT_SECTIONS) {
    const target = reportTargets(catalog, r.townId, section).find((x) => x.id === r.targetId);
    if (target) return targetLabel(target, ctx);
  }
  return r.targetLabel;
}

export function renderReportConfirm(catalog: Catalog, draft: Draft, token: string, ctx: RenderContext): Reply {
  return {
    text: ctx.t("rp-confirm", { details: details(catalog, draft, ctx) }),
    keyboard: [[{ text: ctx.t("btn-rp-send"), data: wizCb(token, "ok") }], cancelRow(token, ctx)],
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** When a report was filed, as editors in Kazakhstan read their clocks (Asia/Almaty). */
function when(at: Date): string {
  const l = localTime(at);
  return `${pad(l.day)}.${pad(l.month)}.${l.year} ${pad(l.hour)}:${pad(l.minute)}`;
}

const editorButtons = (r: Report, ctx: RenderContext, numbered = false): Button[] => {
  const n = numbered ? ` №${r.id}` : "";
  return [
    { text: ctx.t("btn-rp-edit") + n, data: reportCb.edit(r.id) },
    { text: ctx.t("btn-rp-reject") + n, data: reportCb.reject(r.id) },
    { text: ctx.t("btn-rp-duplicate") + n, data: reportCb.duplicate(r.id) },
  ];
};

function noticeText(catalog: Catalog, r: Report, ctx: RenderContext): string {
  const who = `<a href="tg://user?id=${r.reporterId}">${r.reporterId}</a>`;
  return [ctx.t("rp-notice", { id: r.id, when: when(r.createdAt) }), details(catalog, r, ctx), ctx.t("rp-from", { who })].join("\n");
}

/** What an editor or admin is sent the moment a report is filed. */
export function renderReportNotice(catalog: Catalog, r: Report, ctx: RenderContext): Reply {
  return { text: noticeText(catalog, r, ctx), keyboard: [editorButtons(r, ctx)] };
}

/** /reports: the open reports, oldest first, each with its three buttons numbered; as many as one message holds. */
export function renderReportList(catalog: Catalog, reports: Report[], total: number, ctx: RenderContext): Reply {
  if (!reports.length) return { text: ctx.t("rp-list-none") };
  const items = reports.map((r) => noticeText(catalog, r, ctx));
  for (let n = reports.length; n > 1; n--) {
    const left = total - n;
    const text = [ctx.t("rp-list-head", { total }), ...items.slice(0, n), left > 0 ? ctx.t("rp-list-more", { count: left }) : ""].filter(Boolean).join("\n\n");
    if (text.length <= MESSAGE_LIMIT) return { text, keyboard: reports.slice(0, n).map((r) => editorButtons(r, ctx, true)) };
  }
  const left = total - 1;
  const text = [ctx.t("rp-list-head", { total }), items[0]!, left > 0 ? ctx.t("rp-list-more", { count: left }) : ""].filter(Boolean).join("\n\n");
  return { text, keyboard: [editorButtons(reports[0]!, ctx, true)] };
}

/** ⧉ pressed: which open report about the same figure this one repeats, or none in particular. */
export function renderDuplicateChoice(catalog: Catalog, r: Report, others: Report[], ctx: RenderContext): Reply {
  const what = whatOf(catalog, r, ctx);
  const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
  return {
    text: ctx.t("rp-duplicate-pick", { id: r.id }),
    keyboard: [
      ...others.map((o) => [{ text: ctx.t("btn-rp-dup-of", { id: o.id, what: short(o.newValue ?? o.text ?? what) }), data: reportCb.duplicate(r.id, o.id) }]),
      [{ text: ctx.t("btn-rp-dup-plain"), data: reportCb.duplicate(r.id, 0) }],
    ],
  };
}

export function renderRejectReasonStep(reportId: number, token: string, ctx: RenderContext): Reply {
  return { text: ctx.t("rp-reason", { id: reportId }), keyboard: [cancelRow(token, ctx)] };
}

/** What the reporter is told when an editor decided their report. */
export function renderReportOutcome(catalog: Catalog, r: Report, ctx: RenderContext): Reply {
  const town = catalog.towns.get(r.townId);
  const vars = { id: r.id, town: escapeHtml(town ? townName(town, ctx.lang) : r.townId), what: escapeHtml(whatOf(catalog, r, ctx)) };
  switch (r.state) {
    case "accepted":
      return { text: ctx.t("rp-out-accepted", vars) };
    case "rejected":
      return { text: ctx.t("rp-out-rejected", { ...vars, reason: quote(r.reason ?? "") }) };
    case "duplicate":
      return { text: r.duplicateOf ? ctx.t("rp-out-duplicate-of", { ...vars, of: r.duplicateOf }) : ctx.t("rp-out-duplicate", vars) };
    default:
      return { text: ctx.t("rp-filed", { id: r.id }) };
  }
}
