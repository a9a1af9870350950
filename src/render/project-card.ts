// A reported project's own card: its town, status, amount with its qualifier, the deadline
// and every deadline it slipped from with the source that gave it, done date, whose project
// it is, its plan, note and sources; a button to the town's card. And a choice between
// projects when the words fit several. Pure.
import { inLang } from "../domain/localized.ts";
import { deadlines, projectById, projectsOfTown } from "../domain/project.ts";
import type { Catalog, Measure } from "../domain/types.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import { cb, projectCb } from "./callbacks.ts";
import { sourceItem, townName } from "./card.ts";
import { sourceLink } from "./figure.ts";
import { escapeHtml, formatDate, formatKztBn, qualify } from "./format.ts";
import { fitItems } from "./limit.ts";
import { sourceButtons } from "./source.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

/** Numbered 📎 buttons under the numbered sources. */
const SOURCE_BUTTONS = 8;
/** A choice button's title, cut to what a phone shows on one line. */
const CHOICE_TITLE = 48;

export const projectTitle = (m: Measure, ctx: RenderContext) => (ctx.lang === "ru" ? m.titleRu : m.titleKk);

const towns = (catalog: Catalog, m: Measure) => m.townIds.map((id) => catalog.towns.get(id)).filter((t) => !!t);

function amountLine(m: Measure, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const other = inLang(m.amountOther, lang);
  const value = m.amountKztBn !== null ? qualify(formatKztBn(m.amountKztBn, lang), m.amountQualifier, lang) : other ? escapeHtml(other) : null;
  // A sum says where it comes from and when, as every figure does.
  const src = value && m.sources[0] ? ` · ${sourceLink(m.sources[0], ctx)}` : "";
  return `${t("project-field-amount")}: ${value ?? t("project-amount-unknown")}${src}`;
}

function deadlineLines(m: Measure, ctx: RenderContext): string[] {
  const { t, lang } = ctx;
  const all = deadlines(m);
  const current = all.find((d) => d.current);
  const lines = [`${t("project-field-deadline")}: ${current ? `<b>${formatDate(current.deadline, lang)}</b>` : t("project-deadline-unknown")}`];
  const earlier = all.filter((d) => !d.current);
  if (earlier.length) {
    lines.push(t("project-slips", { count: earlier.length }));
    for (const d of earlier) lines.push(`${t("project-slip", { deadline: formatDate(d.deadline, lang) })}${d.source ? ` · ${sourceLink(d.source, ctx)}` : ""}`);
  }
  return lines;
}

function renderProjectCard(catalog: Catalog, m: Measure, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const where = towns(catalog, m);
  const lines = [`<b>${escapeHtml(projectTitle(m, ctx))}</b>`];
  if (where.length) lines.push(`${t("project-field-towns")}: ${where.map((x) => escapeHtml(townName(x, lang))).join(", ")}`);
  lines.push(`${t("project-field-status")}: ${t(`status-${m.status}`)}`);
  lines.push(amountLine(m, ctx));
  lines.push(...deadlineLines(m, ctx));
  if (m.status === "done") lines.push(`${t("project-field-done")}: ${m.doneOn ? formatDate(m.doneOn, lang) : t("project-done-unknown")}`);
  lines.push(`${t("project-field-owner")}: ${t(`project-owner-${m.owner ?? "unknown"}`)}`);
  lines.push(`${t("project-field-plan")}: ${t(`project-plan-${m.planLink ?? "unknown"}`)}`);
  if (m.asOf && m.asOf !== m.sources[0]?.date) lines.push(t("as-of", { date: formatDate(m.asOf, lang) }));
  const note = inLang(m.note, lang);
  if (note) lines.push(`<i>${t("note", { text: escapeHtml(note) })}</i>`);
  const sources = `${t("project-field-sources")}:\n${m.sources.map((s, i) => sourceItem(s, i, ctx)).join("\n")}`;
  const text = fitItems(lines.join("\n"), [sources], () => "", `<i>${t("project-caveat")}</i>`);
  const keyboard: Keyboard = [
    ...sourceButtons(m.sources, m.townIds[0] ?? null, ctx, true, SOURCE_BUTTONS),
    where.map((x) => ({ text: t("btn-project-town", { town: townName(x, lang) }), data: cb.card(x.id) })),
  ].filter((row) => row.length);
  return { text, keyboard };
}

/** A project's card, rendered once per snapshot and language; undefined for an id the data lacks. */
export function projectReply(d: AnswerDeps, projectId: string, ctx: RenderContext): Reply | undefined {
  const m = projectById(d.catalog, projectId);
  return m && d.memo(`${ctx.lang}:project:${m.id}`, () => renderProjectCard(d.catalog, m, ctx));
}

/** A title cut to `n` characters at a word's end, so no word is left half-written. */
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n).replace(/[\s«(]*\S*$/, "")}…` : s);

/** Several projects: each as a line (title, town, status) and a button that opens its card. */
function renderProjectChoice(catalog: Catalog, projects: Measure[], head: string, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const items = projects.map((m, i) => {
    const where = towns(catalog, m)
      .map((x) => escapeHtml(townName(x, lang)))
      .join(", ");
    return `${i + 1}. <b>${escapeHtml(projectTitle(m, ctx))}</b>${where ? ` — ${where}` : ""}; ${t(`status-${m.status}`)}`;
  });
  const keyboard: Keyboard = projects.flatMap((m, i) => {
    const data = projectCb(m.id);
    return data ? [[{ text: `${i + 1}. ${cut(projectTitle(m, ctx), CHOICE_TITLE)}`, data }]] : [];
  });
  return { text: [head, ...items].join("\n"), keyboard };
}

/** The reply to a question about named projects: its card, or a choice when the words fit several («ГРЭС-2 Экибастуз»). */
export function projectAnswer(d: AnswerDeps, projectIds: string[], ctx: RenderContext): Reply {
  const projects = projectIds.map((id) => projectById(d.catalog, id)).filter((m) => !!m);
  if (projects.length === 1) return projectReply(d, projects[0]!.id, ctx)!;
  return d.memo(`${ctx.lang}:projects:${projects.map((m) => m.id).join(",")}`, () => renderProjectChoice(d.catalog, projects, ctx.t("project-which"), ctx));
}

/** Most projects offered as buttons for a town («/project Құлсары»). */
const MAX_CHOICE = 12;

/**
 * `/project <words>`: the project the words name (or a choice); a town alone offers its
 * projects; nothing found says how to ask.
 */
export function projectLookup(d: AnswerDeps, text: string, ctx: RenderContext): Reply {
  const ids = d.understander.projectsIn(text, ctx.lang);
  if (ids.length) return projectAnswer(d, ids, ctx);
  const towns = d.understander.understand(text, ctx.lang).towns;
  const town = towns.length === 1 ? d.catalog.towns.get(towns[0]!) : undefined;
  const list = town ? projectsOfTown(d.catalog, town.id).slice(0, MAX_CHOICE) : [];
  if (town && list.length) return renderProjectChoice(d.catalog, list, ctx.t("project-of-town", { town: escapeHtml(townName(town, ctx.lang)) }), ctx);
  return { text: `${ctx.t("project-not-found")}\n\n${ctx.t("project-usage", { command: "/project" })}` };
}
