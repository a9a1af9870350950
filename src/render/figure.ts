// One figure as a line of text: its value with unit and qualifier (or «unknown»), the
// date it holds as of, whether the bot computed it, and its source as a link.
import type { Figure, Lang, Source } from "../domain/types.ts";
import { escapeAttr, escapeHtml, formatDate, formatKztBn, formatNumber, qualify } from "./format.ts";
import { statementText } from "./quantity.ts";
import type { RenderContext } from "./types.ts";

/** Writes a number of the figure's unit the one way replies write it. */
export function unitFormatter(unit: string, { lang, t }: RenderContext): (n: number) => string {
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
  if (f.value === null) return f.text ? escapeHtml(f.text) : ctx.t("unknown");
  const fmt = unitFormatter(f.unit, ctx);
  if (f.statement) return statementText(f.statement, fmt, ctx);
  return qualify(fmt(f.value), f.qualifier, ctx.lang);
}

/** Publisher without its parenthetical, for inline attributions. */
export function shortPublisher(s: Source): string {
  return s.publisher.split(/\s*[(;]/)[0]!.trim() || s.publisher;
}

export function sourceLink(s: Source | null, ctx: RenderContext): string {
  if (!s) return "";
  const name = escapeHtml(shortPublisher(s));
  const date = s.date ? `, ${formatDate(s.date, ctx.lang)}` : "";
  return s.url ? `<a href="${escapeAttr(s.url)}">${name}</a>${date}` : `${name}${date}`;
}

/** «Label: value (as of …) · Source, date», plus «computed: …» for derived figures. */
export function figureLine(label: string, f: Figure | null, ctx: RenderContext): string {
  if (!f) return `${label}: ${ctx.t("unknown")}`;
  const parts = [`${label}: <b>${valueText(f, ctx)}</b>`];
  if (f.asOf && f.value !== null && f.asOf !== f.source?.date) parts.push(`(${ctx.t("as-of", { date: formatDate(f.asOf, ctx.lang) })})`);
  if (f.formula) parts.push(`(${ctx.t("computed", { formula: f.formula.replace(/\./g, ",") })})`);
  let line = parts.join(" ");
  if (f.source) line += ` · ${sourceLink(f.source, ctx)}`;
  if (f.changedAt) line += ` · ${ctx.t("changed-on", { date: formatDate(f.changedAt.toISOString().slice(0, 10), ctx.lang) })}`;
  return line;
}

export function figureLabel(f: Figure, lang: Lang): string | null {
  return lang === "ru" ? f.labelRu : f.labelKk ?? f.labelRu;
}
