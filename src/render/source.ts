// A figure's source on demand: the 📎 buttons under a card section or the overview open
// the source's publisher, title, date, link, what it is about, and any disagreement
// between it and other sources (the dataset's discrepancies): each figure with its label,
// the one the bot shows (or that both are kept) and why they differ.
import { inLang } from "../domain/localized.ts";
import type { Discrepancy, DiscrepancyValue, Source } from "../domain/types.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import { cb, srcCb } from "./callbacks.ts";
import { shortPublisher, sourceLink } from "./figure.ts";
import { escapeAttr, escapeHtml, formatDate } from "./format.ts";
import { fitItems } from "./limit.ts";
import type { Button, Keyboard, RenderContext, Reply } from "./types.ts";

/** More buttons than this under one section would bury the section's own buttons. */
const MAX_SOURCE_BUTTONS = 6;
const PER_ROW = 3;

export function uniqueSources(list: Array<Source | null | undefined>): Source[] {
  const seen = new Map<string, Source>();
  for (const s of list) if (s && !seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** 📎 buttons, named by publisher (or numbered, matching a numbered list). */
export function sourceButtons(sources: Source[], townId: string | null, ctx: RenderContext, numbered = false, max = MAX_SOURCE_BUTTONS): Keyboard {
  const buttons: Button[] = [];
  sources.slice(0, max).forEach((s, i) => {
    const data = srcCb(s.id, townId);
    if (!data) return;
    const name = numbered ? String(i + 1) : shortPublisher(s).slice(0, 22);
    buttons.push({ text: ctx.t("btn-source", { name }), data });
  });
  const rows: Keyboard = [];
  for (let i = 0; i < buttons.length; i += PER_ROW) rows.push(buttons.slice(i, i + PER_ROW));
  return rows;
}

/**
 * Disagreements this source is part of. From a town's card, only those about that town
 * or about no town in particular (the dataset names a discrepancy's towns).
 */
function discrepanciesOf(d: AnswerDeps, sourceId: string, townId: string | null): Discrepancy[] {
  return d.catalog.discrepancies.filter((x) => {
    if (!x.sources.some((s) => s.id === sourceId)) return false;
    return !townId || !x.townIds.length || x.townIds.includes(townId);
  });
}

/** A disagreeing figure as the data words it; one with no date anywhere says so (every figure shows its date). */
function valueLabel(v: DiscrepancyValue, ctx: RenderContext): string {
  const label = escapeHtml(inLang(v.label, ctx.lang));
  return v.asOf || /\b(?:19|20)\d\d\b/.test(label) ? label : `${label} (${ctx.t("source-no-date")})`;
}

function discrepancyItem(x: Discrepancy, sourceId: string, ctx: RenderContext): string {
  const { lang } = ctx;
  const lines = [`• <b>${escapeHtml(inLang(x.topic, lang))}</b>`, ...x.values.map((v) => `  – ${valueLabel(v, ctx)}`)];
  const p = x.preferred;
  const chosen =
    p &&
    (x.values.find((v) => v.sourceIds.includes(p.sourceId) && v.value === p.value) ?? x.values.find((v) => v.value === p.value && v.recordId === p.recordId));
  lines.push(`  ${chosen ? ctx.t("source-preferred", { text: escapeHtml(inLang(chosen.label, lang)) }) : ctx.t("source-both-kept")}`);
  const why = inLang(x.explanation, lang);
  if (why) lines.push(`  <i>${ctx.t("source-explanation", { text: escapeHtml(why) })}</i>`);
  const others = x.sources.filter((s) => s.id !== sourceId);
  if (others.length) lines.push(`  ${ctx.t("source-other-sources", { sources: others.map((s) => sourceLink(s, ctx)).join("; ") })}`);
  return lines.join("\n");
}

/** The source's card, or undefined for an id the data no longer has (an old button). */
export function renderSource(d: AnswerDeps, sourceId: string, townId: string | null, ctx: RenderContext): Reply | undefined {
  const s = d.catalog.sources.get(sourceId);
  if (!s) return undefined;
  const { t, lang } = ctx;
  const head = [
    t("source-heading"),
    t("source-publisher", { publisher: escapeHtml(s.publisher) }),
    ...(s.title ? [t("source-title-line", { title: escapeHtml(s.title) })] : []),
    t("source-date", { date: s.date ? formatDate(s.date, lang) : t("source-no-date") }),
    t("source-link", { link: s.url ? `<a href="${escapeAttr(s.url)}">${escapeHtml(s.url)}</a>` : t("source-no-url") }),
  ];
  const about = inLang(s.about, lang);
  if (about) head.push("", t("source-about", { text: escapeHtml(about) }));
  const found = discrepanciesOf(d, s.id, townId);
  head.push("", found.length ? t("source-discrepancies") : t("source-no-discrepancy"));
  const town = townId ? d.catalog.towns.get(townId) : undefined;
  return {
    text: fitItems(
      head.join("\n"),
      found.map((x) => discrepancyItem(x, s.id, ctx)),
      (n) => t("compare-more", { count: n }),
    ),
    keyboard: town
      ? [
          [
            { text: t("btn-card"), data: cb.card(town.id) },
            { text: t("btn-sources"), data: cb.card(town.id, "sources") },
          ],
        ]
      : [],
  };
}
