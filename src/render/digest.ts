// A digest as Telegram messages: per town its unfinished reported projects with source,
// totals, and what changed since the previous digest. Split between items, never inside
// one, so every message stays under Telegram's 4096 characters.
import type { DigestContent, FigureChange, MeasureChange, TownDigest } from "../domain/digest.ts";
import type { Schedule, Scope, Subscription } from "../domain/subscription.ts";
import { deadlines } from "../domain/project.ts";
import type { Catalog, Measure, Qualifier } from "../domain/types.ts";
import { cb, subCb } from "./callbacks.ts";
import { measureItem, townName } from "./card.ts";
import { sourceLink, valueText } from "./figure.ts";
import { isMixed } from "../domain/quantity.ts";
import { escapeHtml, formatDate, formatKztBn, kazakhPartitive, kazakhTimeLocative, qualify } from "./format.ts";
import { statementText } from "./quantity.ts";
import { splitMessage } from "./limit.ts";
import { MESSAGE_LIMIT, type Keyboard, type RenderContext } from "./types.ts";

const pad = (n: number) => String(n).padStart(2, "0");

export function scheduleText(s: Schedule, ctx: RenderContext): string {
  return ctx.t("schedule-text", { weekday: s.weekday, time: `${pad(s.hour)}:${pad(s.minute)}`, timeAt: kazakhTimeLocative(s.hour, s.minute) });
}

export function scopeText(catalog: Catalog, scope: Scope, ctx: RenderContext): string {
  switch (scope.kind) {
    case "all":
      return ctx.t("scope-all");
    case "tier": {
      const tier = catalog.tiers.find((x) => x.id === scope.tierId);
      return ctx.t("scope-tier", { tier: escapeHtml(tier ? (ctx.lang === "ru" ? tier.labelRu : tier.labelKk) : scope.tierId) });
    }
    case "towns":
      return (
        scope.townIds
          .map((id) => catalog.towns.get(id))
          .filter((t) => !!t)
          .map((t) => escapeHtml(townName(t, ctx.lang)))
          .join(", ") || ctx.t("scope-none")
      );
  }
}

function periodText(period: string, ctx: RenderContext): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return ctx.t("digest-period-week", { week: Number(week[2]), year: week[1]! });
  return formatDate(period, ctx.lang);
}

function changeLine(c: MeasureChange, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const title = (m: { titleRu: string; titleKk: string }) => `<b>${escapeHtml(lang === "ru" ? m.titleRu : m.titleKk)}</b>`;
  switch (c.kind) {
    case "new":
      return `${t("digest-change-new")}: ${title(c.measure)} — ${t(`status-${c.measure.status}`)}`;
    case "done":
      return `${t("digest-change-done")}: ${title(c.measure)}${c.measure.doneOn ? ` (${formatDate(c.measure.doneOn, lang)})` : ""}`;
    case "removed":
      return `${t("digest-change-removed")}: <b>${escapeHtml(c.before.title)}</b>`;
    case "updated": {
      const m = c.measure;
      const what: string[] = [];
      const money = (v: number | null, q: Qualifier | null | undefined) => (v === null ? t("unknown") : qualify(formatKztBn(v, lang), q, lang));
      if (c.before.status !== m.status) what.push(`${t("digest-field-status")}: ${t(`status-${c.before.status}`)} → ${t(`status-${m.status}`)}`);
      const qualifierChanged = "qualifier" in c.before && (c.before.qualifier ?? "exact") !== (m.amountQualifier ?? "exact");
      if (c.before.amount !== m.amountKztBn || qualifierChanged) {
        what.push(`${t("project-amount")}: ${money(c.before.amount, c.before.qualifier)} → ${money(m.amountKztBn, m.amountQualifier)}`);
      }
      if (c.before.deadline !== m.deadline)
        what.push(`${t("project-deadline")}: ${formatDate(c.before.deadline, lang) || t("unknown")} → ${formatDate(m.deadline, lang) || t("unknown")}`);
      if (c.before.title !== m.titleRu) what.push(t("digest-field-title"));
      const src = m.sources[0] ? ` · ${sourceLink(m.sources[0], ctx)}` : "";
      const line = `${t("digest-change-updated")}: ${title(m)} — ${what.join("; ")}${src}`;
      return c.slipped ? `${line}\n${slipTimeline(m, ctx)}` : line;
    }
  }
}

/** A project whose deadline moved again: every deadline it has had, the one in force last. */
function slipTimeline(m: Measure, ctx: RenderContext): string {
  const timeline = deadlines(m)
    .map((d) => (d.current ? `<b>${formatDate(d.deadline, ctx.lang)}</b>` : formatDate(d.deadline, ctx.lang)))
    .join(" → ");
  return ctx.t("digest-project-timeline", { timeline });
}

function figureChangeLine(c: FigureChange, ctx: RenderContext): string {
  const { t } = ctx;
  const label = t(c.figure.key === "planned_kzt_bn" ? "funding-planned" : c.figure.key === "allocated_kzt_bn" ? "funding-allocated" : "funding-shortfall");
  const before = c.before === null ? t("unknown") : valueText({ ...c.figure, value: c.before, formula: undefined, statement: undefined }, ctx);
  const src = c.figure.source ? ` · ${sourceLink(c.figure.source, ctx)}` : "";
  return `${t("digest-change-figure")}: ${label}: ${before} → <b>${valueText(c.figure, ctx)}</b>${src}`;
}

/**
 * The unfinished projects' total as surely as their qualifiers allow; when «до» or «более»
 * went into it, the amounts follow so the reader sees what the bound is made of.
 */
function sumText(d: TownDigest, ctx: RenderContext): string {
  const money = (n: number) => formatKztBn(n, ctx.lang);
  const total = statementText(d.unfinishedSum!, money, ctx);
  const parts =
    isMixed(d.unfinishedAmounts) && d.unfinishedAmounts.length > 1
      ? [d.unfinishedAmounts.map((p) => qualify(money(p.value), p.qualifier, ctx.lang)).join(" + ")]
      : [];
  return `${total} (${[...parts, sumDates(d, ctx)].join("; ")})`;
}

/** The dates of the figures a total adds up: a sum of amounts reported at different times says over which span. */
function sumDates(d: TownDigest, ctx: RenderContext): string {
  const added = d.unfinished.filter((m) => m.amountKztBn !== null);
  const dates = added
    .map((m) => m.asOf ?? m.sources[0]?.date ?? null)
    .filter((x): x is string => !!x)
    .sort();
  if (!dates.length) return ctx.t("source-no-date");
  const [from, to] = [formatDate(dates[0], ctx.lang), formatDate(dates.at(-1), ctx.lang)];
  const undated = dates.length < added.length ? `; ${ctx.t("digest-sum-some-undated")}` : "";
  return `${from === to ? ctx.t("digest-sum-date", { date: from }) : ctx.t("digest-sum-dates", { from, to })}${undated}`;
}

/** A town's part of the digest as separate items, each small enough to stand alone. */
function townItems(catalog: Catalog, d: TownDigest, compared: boolean, ctx: RenderContext): { head: string; items: string[] } {
  const { t, lang } = ctx;
  const town = catalog.towns.get(d.townId)!;
  const name = `<b>${escapeHtml(townName(town, lang))}</b>`;
  let summary: string;
  if (!d.reported) summary = t("digest-town-none");
  else if (!d.unfinished.length && !d.unknownStatus.length) summary = t("digest-town-all-done", { total: d.reported });
  else {
    summary = t("digest-town-summary", { unfinished: d.unfinished.length, unfinishedOf: kazakhPartitive(d.unfinished.length), total: d.reported });
    if (d.unknownStatus.length) summary += ` ${t("digest-town-status-unknown", { count: d.unknownStatus.length })}`;
    if (d.unfinishedSum) summary += ` ${t("digest-town-sum", { sum: sumText(d, ctx) })}`;
    if (d.unfinished.length && d.unknownAmounts) summary += ` ${t("digest-town-sum-unknown", { count: d.unknownAmounts })}`;
  }
  const items = d.unfinished.map((m) => measureItem(m, ctx));
  if (d.unknownStatus.length) {
    const [first, ...rest] = d.unknownStatus.map((m) => measureItem(m, ctx));
    items.push(`<i>${t("digest-unknown-status-head", { count: d.unknownStatus.length })}</i>\n${first}`, ...rest);
  }
  const changes = [...d.changes.map((c) => changeLine(c, ctx)), ...d.figureChanges.map((c) => figureChangeLine(c, ctx))];
  if (compared) items.push(changes.length ? `<i>${t("digest-changes")}</i>\n${changes.join("\n")}` : `<i>${t("digest-no-changes")}</i>`);
  return { head: `${name}: ${summary}`, items };
}

export interface DigestRenderOptions {
  period: string;
  preview?: boolean;
  limit?: number;
}

/** The texts alone: they depend on the scope and schedule, not on which subscription asks. */
export function renderDigestTexts(
  catalog: Catalog,
  sub: Pick<Subscription, "scope" | "schedule">,
  content: DigestContent,
  ctx: RenderContext,
  opts: DigestRenderOptions,
): string[] {
  const { t } = ctx;
  const limit = (opts.limit ?? MESSAGE_LIMIT) - 100;
  const header = [
    `📬 <b>${t("digest-title")}</b> · ${periodText(opts.period, ctx)}`,
    `${scopeText(catalog, sub.scope, ctx)} · ${scheduleText(sub.schedule, ctx)}`,
    ...(opts.preview ? [`<i>${t("digest-preview-note")}</i>`] : []),
    ...(content.compared ? [] : [`<i>${t("digest-first")}</i>`]),
  ].join("\n");
  const footer = `<i>${t("progress-projects-caveat")}</i>`;

  const parts: string[] = [];
  let cur = header;
  const add = (block: string, continuation: string) => {
    for (const piece of splitMessage(block, limit)) {
      if (cur.length + 2 + piece.length <= limit) cur += `\n\n${piece}`;
      else {
        parts.push(cur);
        cur = continuation ? `${continuation}\n\n${piece}` : piece;
      }
    }
  };
  for (const d of content.towns) {
    const { head, items } = townItems(catalog, d, content.compared, ctx);
    add(head, "");
    const cont = `${head.split(":")[0]} (${t("digest-continued")})`;
    for (const item of items) add(item, cont);
  }
  add(footer, "");
  parts.push(cur);
  return parts;
}

export function digestKeyboard(catalog: Catalog, sub: Subscription, content: DigestContent, ctx: RenderContext, preview: boolean): Keyboard {
  const { t } = ctx;
  const rows: Keyboard = [];
  const towns = content.towns.filter((d) => d.unfinished.length || d.unknownStatus.length || d.changes.length).slice(0, 6);
  for (let i = 0; i < towns.length; i += 3) {
    rows.push(towns.slice(i, i + 3).map((d) => ({ text: townName(catalog.towns.get(d.townId)!, ctx.lang), data: cb.card(d.townId, "progress") })));
  }
  if (!preview)
    rows.push([
      { text: t("btn-sub-pause"), data: subCb.pause(sub.id) },
      { text: t("btn-sub-cancel"), data: subCb.cancel(sub.id) },
    ]);
  else rows.push([{ text: t("btn-subscriptions"), data: subCb.list() }]);
  return rows;
}
