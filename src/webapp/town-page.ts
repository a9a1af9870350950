// /app/<town>: the card's facts, every reported project with its status and the timeline
// of its deadlines, and a 📎 on each figure that opens (without JavaScript: <details>) its
// source, date and any discrepancy, worded as the bot words them.
import { townFunding } from "../domain/funding.ts";
import { inLang } from "../domain/localized.ts";
import { townProgress } from "../domain/progress.ts";
import { subscribableTown } from "../domain/subscription.ts";
import type { Figure, Measure, Source, Town } from "../domain/types.ts";
import type { AnswerDeps } from "../render/answer-deps.ts";
import { figureLine, shortPublisher, sourceLink, valueText } from "../render/figure.ts";
import { escapeAttr, escapeHtml, formatDate, formatKztBn, qualify } from "../render/format.ts";
import { renderSource } from "../render/source.ts";
import type { RenderContext } from "../render/types.ts";
import { pageHref } from "./layout.ts";
import { groupLabel, groupOf, townDisplayName } from "./rows.ts";

/** 📎: the source as the bot's source card shows it, folded until asked for. */
function clip(d: AnswerDeps, s: Source | null | undefined, town: Town, ctx: RenderContext): string {
  if (!s) return "";
  const card = renderSource(d, s.id, town.id, ctx);
  if (!card) return "";
  const label = `${ctx.t("webapp-source")}: ${shortPublisher(s)}`;
  return ` <details class="src"><summary title="${escapeAttr(label)}"><span aria-hidden="true">📎</span><span class="sr">${escapeHtml(label)}</span></summary><div class="src-body">${card.text}</div></details>`;
}

function fact(html: string): string {
  return `<li>${html}</li>`;
}

/** A figure line as the card words it (value, date, «Publisher, date»), and its 📎. */
function figureFact(d: AnswerDeps, label: string, f: Figure | null, town: Town, ctx: RenderContext): string {
  return fact(figureLine(label, f, ctx) + clip(d, f?.source, town, ctx));
}

function facts(d: AnswerDeps, town: Town, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const { catalog } = d;
  const items: string[] = [];
  const group = groupOf(town);
  items.push(fact(`${t("field-region")}: ${escapeHtml(lang === "ru" ? town.regionRu : town.regionKk)}`));
  const tier = catalog.tiers.find((x) => x.id === town.tierId);
  const groupSource = tier ? tier.source : town.leftList?.source;
  items.push(
    fact(
      `${t("webapp-col-tier")}: <b><span class="dot g-${group}" aria-hidden="true"></span>${escapeHtml(groupLabel(catalog, group, ctx))}</b>${clip(d, groupSource, town, ctx)}`,
    ),
  );
  if (town.status !== "monotown") {
    const basis = inLang(town.leftList?.basis, lang);
    const reason = inLang(town.leftList?.reason, lang);
    if (basis) items.push(fact(t("left-basis", { basis: escapeHtml(basis) })));
    if (reason) items.push(fact(t("left-reason", { reason: escapeHtml(reason) })));
  }
  const pop = town.figures.find((x) => x.key === "population") ?? null;
  const scope = pop?.scope === "city" || pop?.scope === "city_administration" ? ` (${t(`population-scope-${pop.scope}`)})` : "";
  items.push(figureFact(d, t("field-population") + scope, pop, town, ctx));
  for (const e of town.enterprises) items.push(fact(`${t("field-enterprise")}: ${escapeHtml(inLang(e.name, lang))}${clip(d, e.sources[0], town, ctx)}`));
  if (!town.enterprises.length) items.push(fact(`${t("field-enterprise")}: ${t("field-enterprise-unknown")}`));
  const f = townFunding(catalog, town.id);
  for (const pf of f.plans) {
    const plan = pf.plan ? ` — ${escapeHtml(lang === "ru" ? pf.plan.labelRu : pf.plan.labelKk)}` : "";
    items.push(figureFact(d, t("funding-planned") + plan, pf.planned, town, ctx));
    items.push(figureFact(d, t("funding-allocated") + plan, pf.allocated, town, ctx));
    if (pf.shortfall) items.push(figureFact(d, t("funding-shortfall") + plan, pf.shortfall, town, ctx));
  }
  for (const fig of f.otherMoney) items.push(figureFact(d, escapeHtml((lang === "ru" ? fig.labelRu : fig.labelKk) ?? t("funding-planned")), fig, town, ctx));
  const notes = inLang(town.notes, lang);
  return `<ul class="facts">${items.join("")}</ul>${notes ? `<p class="note">${t("note", { text: escapeHtml(notes) })}</p>` : ""}`;
}

/** Every deadline the project has had, oldest first, the one in force last. */
function timeline(m: Measure, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const dates = [...m.deadlineHistory.map((x) => x.deadline), ...(m.deadline ? [m.deadline] : [])];
  if (!dates.length) return `<p class="deadline-none">${escapeHtml(t("webapp-deadline-none"))}</p>`;
  const items = dates.map(
    (d, i) => `<li${i === dates.length - 1 ? ` class="current" aria-current="true"` : ""}><time>${escapeHtml(formatDate(d, lang))}</time></li>`,
  );
  return `<ol class="timeline" aria-label="${escapeAttr(t("webapp-timeline-label"))}">${items.join("")}</ol>`;
}

function project(d: AnswerDeps, m: Measure, town: Town, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const details: string[] = [`<span class="status s-${m.status}">${escapeHtml(t(`status-${m.status}`))}</span>`];
  if (m.amountKztBn !== null) details.push(`${t("project-amount")}: ${qualify(formatKztBn(m.amountKztBn, lang), m.amountQualifier, lang)}`);
  else if (inLang(m.amountOther, lang)) details.push(`${t("project-amount")}: ${escapeHtml(inLang(m.amountOther, lang)!)}`);
  if (m.status === "done" && m.doneOn) details.push(t("project-done-on", { date: formatDate(m.doneOn, lang) }));
  // The report's date when it differs from its source's (which the line shows anyway).
  if (m.asOf && m.asOf !== m.sources[0]?.date) details.push(t("as-of", { date: formatDate(m.asOf, lang) }));
  const note = inLang(m.note, lang);
  return `<li class="project" id="p-${escapeAttr(m.id)}" data-status="${m.status}">
<h3>${escapeHtml(lang === "ru" ? m.titleRu : m.titleKk)}</h3>
<div class="meta">${details.join(" · ")}${m.sources[0] ? ` · ${sourceLink(m.sources[0], ctx)}` : ""}${clip(d, m.sources[0], town, ctx)}</div>
<p class="tl-head">${escapeHtml(t("webapp-timeline"))}:</p>${timeline(m, ctx)}
${note ? `<p class="note pnote">${escapeHtml(note)}</p>` : ""}</li>`;
}

export function renderTownBody(d: AnswerDeps, town: Town, ctx: RenderContext): string {
  const { t } = ctx;
  const name = townDisplayName(town, ctx);
  const other = ctx.lang === "ru" ? town.nameKk : town.nameRu;
  const p = townProgress(d.catalog, town.id);
  const summary = p.projects.length
    ? t("progress-projects", { total: p.projects.length, done: p.done, unfinished: p.unfinished, unknown: p.unknown })
    : t("webapp-projects-none");
  const subscribe = subscribableTown(d.catalog, town.id)
    ? `<form class="subscribe" id="subscribe" data-town="${escapeAttr(town.id)}" data-done="${escapeAttr(t("webapp-subscribe-done"))}" data-failed="${escapeAttr(t("webapp-subscribe-failed"))}" hidden>
<button type="submit">${escapeHtml(t("webapp-subscribe"))}</button><p role="status" aria-live="polite"></p></form>`
    : "";
  return `<p class="back"><a href="${escapeAttr(pageHref("/app", ctx.lang))}">${escapeHtml(t("webapp-back"))}</a></p>
<h1>${escapeHtml(name)}${other !== name ? ` <small lang="${ctx.lang === "ru" ? "kk" : "ru"}">(${escapeHtml(other)})</small>` : ""}</h1>
<p class="lead">${escapeHtml(t(`status-${town.status}`))}</p>
${subscribe}
<section aria-labelledby="facts-h"><h2 id="facts-h">${escapeHtml(t("webapp-facts"))}</h2>
${facts(d, town, ctx)}
</section>
<section aria-labelledby="projects-h"><h2 id="projects-h">${escapeHtml(t("webapp-projects"))}</h2>
<p>${summary}</p>
${p.projects.length ? `<ol class="projects">${p.projects.map((m) => project(d, m, town, ctx)).join("\n")}</ol>` : ""}
</section>`;
}

/** The preview's one line: region, status or tier, population, projects. */
export function townDescription(d: AnswerDeps, town: Town, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const pop = town.figures.find((x) => x.key === "population") ?? null;
  const p = townProgress(d.catalog, town.id);
  return t("webapp-town-description", {
    region: lang === "ru" ? town.regionRu : town.regionKk,
    status: groupLabel(d.catalog, groupOf(town), ctx),
    population: pop ? valueText(pop, ctx).replace(/<[^>]+>/g, "") : t("unknown"),
    projects: p.projects.length ? `${p.projects.length}` : t("webapp-no-projects"),
  });
}
