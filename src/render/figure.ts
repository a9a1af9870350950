// One figure as a line of text: its value with unit and qualifier (or «unknown»), the
// date it holds as of, whether the bot computed it, and its source as a link.
import { inLang } from "../domain/localized.ts";
import type { Figure, Lang, Source } from "../domain/types.ts";
import { escapeAttr, escapeHtml, formatDate, formatKztBn, formatNumber, qualify } from "./format.ts";
import type { RenderContext } from "./types.ts";

export function valueText(f: Figure, { lang, t }: RenderContext): string {
  const text = inLang(f.text, lang);
  if (f.value === null) return text ? escapeHtml(text) : t("unknown");
  let shown: string;
  switch (f.unit) {
    case "KZT bn":
      shown = formatKztBn(f.value, lang);
      break;
    case "KZT trn":
      shown = formatKztBn(f.value * 1000, lang);
      break;
    case "million people":
      shown = `${formatNumber(f.value, 2)} ${lang === "ru" ? "млн человек" : "млн адам"}`;
      break;
    case "people":
      shown = `${formatNumber(f.value)} ${t("people", { count: f.value })}`;
      break;
    case "%":
      shown = `${formatNumber(f.value, 1)}%`;
      break;
    default:
      shown = formatNumber(f.value, 2);
  }
  return qualify(shown, f.qualifier, lang);
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
  return lang === "ru" ? f.labelRu : f.labelKk;
}
