// The «📜 История» section of a town card: the town's dated entries, each with its source,
// and the editors' latest changes to its figures. Undated entries say the date is unknown.
import { townHistory, type HistoryEvent, type TownHistory } from "../domain/history.ts";
import { inLang } from "../domain/localized.ts";
import type { Catalog, Classification, Figure, Town, TownEdit } from "../domain/types.ts";
import { changeText } from "./edits.ts";
import { figureLine, sourceLink } from "./figure.ts";
import { escapeHtml, formatDate } from "./format.ts";
import type { RenderContext } from "./types.ts";

const cite = (s: Parameters<typeof sourceLink>[0], ctx: RenderContext) => (s ? ` · ${sourceLink(s, ctx)}` : "");

function when(date: string | null, ctx: RenderContext, unknownKey = "history-date-unknown"): string {
  return `<b>${date ? formatDate(date, ctx.lang) : ctx.t(unknownKey)}</b>`;
}

/** The list's size before and after, one dated and sourced line each. */
function listCountLines(e: { before: Figure | null; after: Figure | null }, ctx: RenderContext): string[] {
  return [e.before, e.after].filter((f): f is Figure => !!f).map((f) => `   ${figureLine(ctx.t("history-list-count"), f, ctx)}`);
}

function eventLines(e: HistoryEvent, ctx: RenderContext): string[] {
  const { t, lang } = ctx;
  switch (e.kind) {
    case "in-list":
      return [`• ${when(null, ctx)} — ${t("history-in-list")}`, ...listCountLines(e, ctx)];
    case "left-list": {
      const basis = inLang(e.basis, lang);
      const reason = inLang(e.reason, lang);
      const lines = [`• ${when(e.date, ctx)} — ${t("history-left-list")}${cite(e.source, ctx)}`];
      if (basis) lines.push(`   ${t("left-basis", { basis: escapeHtml(basis) })}`);
      if (reason) lines.push(`   ${t("left-reason", { reason: escapeHtml(reason) })}`);
      if (!basis) lines.push(`   ${t("left-unknown")}`);
      // No date: the list's size before and after bound when it happened.
      if (!e.date) lines.push(`   ${t("history-left-window")}`, ...listCountLines(e, ctx));
      return lines;
    }
    case "tier": {
      const label = escapeHtml(lang === "ru" ? e.tier.labelRu : e.tier.labelKk);
      const lines = [`• ${when(e.date, ctx)} — ${t("history-tier", { tier: label })}${cite(e.tier.source ?? e.classification?.source ?? null, ctx)}`];
      lines.push(...classificationLines(e.classification, ctx));
      return lines;
    }
    case "no-tier":
      return [`• ${when(e.date, ctx)} — ${t("history-no-tier")}${cite(e.classification.source, ctx)}`, ...classificationLines(e.classification, ctx)];
    case "region":
      return [
        `• ${when(e.date, ctx)} — ${t("history-region", { from: escapeHtml(inLang(e.from, lang) ?? ""), to: escapeHtml(inLang(e.to, lang) ?? "") })}${cite(e.source, ctx)}`,
      ];
    case "plan": {
      const label = escapeHtml(lang === "ru" ? e.plan.labelRu : e.plan.labelKk);
      const lines = [
        `• ${when(e.date, ctx, "history-approved-unknown")} — ${t(e.plan.townId ? "history-plan" : "history-plan-one-of", { plan: label })}${cite(e.plan.source, ctx)}`,
      ];
      const all = inLang(e.allPlans?.note, lang);
      if (all) lines.push(`   ${t("history-plans-approved", { text: escapeHtml(all) })}${cite(e.allPlans?.source ?? null, ctx)}`);
      return lines;
    }
  }
}

function classificationLines(c: Classification | null, ctx: RenderContext): string[] {
  if (!c) return [];
  const doc = inLang(c.document, ctx.lang);
  const lines: string[] = [];
  if (doc) lines.push(`   ${escapeHtml(doc)}`);
  lines.push(`   ${ctx.t(c.adopted ? "history-classification-adopted" : "history-classification-draft")}`);
  if (c.draftDate && c.draftDateSource)
    lines.push(`   ${ctx.t("history-draft-dated", { date: formatDate(c.draftDate, ctx.lang) })}${cite(c.draftDateSource, ctx)}`);
  return lines;
}

function editLine(catalog: Catalog, town: Town, e: TownEdit, ctx: RenderContext): string {
  const date = formatDate(e.at.toISOString().slice(0, 10), ctx.lang);
  const what = changeText(catalog, { ...e, townId: town.id }, ctx);
  return `• <b>${date}</b> — ${what}${e.source ? cite(e.source, ctx) : ` · ${ctx.t("history-edit-no-source")}`}`;
}

function editLines(catalog: Catalog, town: Town, h: TownHistory, ctx: RenderContext): string[] {
  const { t } = ctx;
  if (!h.editsTotal) return [t("history-edits-none")];
  const lines = [t("history-edits", { count: h.editsTotal }), ...h.edits.map((e) => editLine(catalog, town, e, ctx))];
  const more = h.editsTotal - h.edits.length;
  if (more > 0) lines.push(t("history-edits-more", { count: more }));
  return lines;
}

/** The section's text under its heading (the card's title and the section's name). */
export function historySection(catalog: Catalog, town: Town, heading: string, ctx: RenderContext): string {
  const h = townHistory(catalog, town);
  return [heading, ...h.events.flatMap((e) => eventLines(e, ctx)), "", ...editLines(catalog, town, h, ctx)].join("\n");
}
