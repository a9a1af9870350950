// One figure as a line of text: its value with unit and qualifier (or «unknown»), the
// date it holds as of, whether the bot computed it, and its source as a link.
import { inLang } from "../domain/localized.ts";
import type { Figure, Lang, Source } from "../domain/types.ts";
import { escapeAttr, escapeHtml, formatDate, formatKztBn, formatNumber, qualify } from "./format.ts";
import { statementText } from "./quantity.ts";
import type { RenderContext } from "./types.ts";

/** Writes a number of the figure's unit the one way replies write it. */
function unitFormatter(unit: string, { lang, t }: RenderContext): (n: number) => string {
  switch (unit) {
    case "KZT bn":
      return (n) => formatKztBn(n, lang);
    case "KZT trn":
      return (n) => formatKztBn(n * 1000, lang);
    case "million people":
      return (n) => `${formatNumber(n, 2)} ${lang === "ru" ? "млн человек" : "млн адам"}`;
    case "people":
      return (n) => `${formatNumber(n)} ${t("people", { count: n })}`;
    case "%":
      return (n) => `${formatNumber(n, 1)}%`;
    default:
      return (n) => formatNumber(n, 2);
  }
}

export function valueText(f: Figure, ctx: RenderContext): string {
  const text = inLang(f.text, ctx.lang);
  if (f.value === null) return text ? escapeHtml(text) : ctx.t("unknown");
  const fmt = unitFormatter(f.unit, ctx);
  if (f.statement) return statementText(f.statement, fmt, ctx);
  return qualify(fmt(f.value), f.qualifier, ctx.lang);
}

/** Publisher without its parenthetical, for inline attributions. */
export function shortPublisher(s: Source): string {
  return s.publisher.split(/\s*[(;]/)[0]!.trim() || s.publisher;
}

/** «Publisher, date» linked to the source; a source that gives no date says so (every figure shows its date). */
export function sourceLink(s: Source | null, ctx: RenderContext): string {
  if (!s) return "";
  const name = escapeHtml(shortPublisher(s));
  const date = `, ${s.date ? formatDate(s.date, ctx.lang) : ctx.t("source-no-date")}`;
  return s.url ? `<a href="${escapeAttr(s.url)}">${name}</a>${date}` : `${name}${date}`;
}

/**
 * The date a figure holds as of. One an editor changed citing a source of their own holds
 * as of that source's date: the as-of the dataset gave belonged to the old value.
 */
function figureAsOf(f: Figure): string | null {
  if (f.changedAt && f.source?.grade === "editor" && f.source.date) return f.source.date;
  return f.asOf;
}

/** «Label: value (as of …) · Source, date», plus «computed: …» for derived figures. */
export function figureLine(label: string, f: Figure | null, ctx: RenderContext): string {
  if (!f) return `${label}: ${ctx.t("unknown")}`;
  const parts = [`${label}: <b>${valueText(f, ctx)}</b>`];
  const asOf = figureAsOf(f);
  if (asOf && f.value !== null && asOf !== f.source?.date) parts.push(`(${ctx.t("as-of", { date: formatDate(asOf, ctx.lang) })})`);
  if (f.formula) parts.push(`(${ctx.t("computed", { formula: f.formula.replace(/\./g, ",") })})`);
  let line = parts.join(" ");
  if (f.source) line += ` · ${sourceLink(f.source, ctx)}`;
  if (f.changedAt) line += ` · ${ctx.t("changed-on", { date: formatDate(f.changedAt.toISOString().slice(0, 10), ctx.lang) })}`;
  return line;
}

export function figureLabel(f: Figure, lang: Lang): string | null {
  return lang === "ru" ? f.labelRu : f.labelKk;
}
