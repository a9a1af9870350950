// The town card and its sections. Every figure line names its source; a figure that is
// not known says so; reported projects are presented as reports, not as a plan's count.
import { townFundingChart } from "../domain/chart-data.ts";
import { townFunding, type PlanFunding } from "../domain/funding.ts";
import { townGaps, type Gap } from "../domain/gaps.ts";
import { historySources, townHistory } from "../domain/history.ts";
import { inLang } from "../domain/localized.ts";
import { townProgress } from "../domain/progress.ts";
import { subscribableTown } from "../domain/subscription.ts";
import type { Catalog, Figure, Measure, Source, Town } from "../domain/types.ts";
import { cb, subCb, type CardSection } from "./callbacks.ts";
import { figureLabel, figureLine, shortPublisher, sourceLink, valueText } from "./figure.ts";
import { escapeAttr, escapeHtml, formatDate, formatKztBn, kazakhPartitive, qualify } from "./format.ts";
import { historySection } from "./history.ts";
import { fitItems } from "./limit.ts";
import { reportButtonRow } from "./report-button.ts";
import { sourceButtons, uniqueSources } from "./source.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

export const townName = (town: Town, lang: RenderContext["lang"]) => (lang === "ru" ? town.nameRu : town.nameKk);

function title(town: Town, ctx: RenderContext): string {
  const main = townName(town, ctx.lang);
  const other = ctx.lang === "ru" ? town.nameKk : town.nameRu;
  return `<b>${escapeHtml(main)}</b>${other !== main ? ` (${escapeHtml(other)})` : ""}`;
}

function statusLines(town: Town, catalog: Catalog, ctx: RenderContext): string[] {
  const { t, lang } = ctx;
  const region = escapeHtml(lang === "ru" ? town.regionRu : town.regionKk);
  const lines = [`${t(`status-${town.status}`)} · ${region}`];
  if (town.status !== "monotown") {
    const l = town.leftList;
    const basis = inLang(l?.basis, lang);
    const reason = inLang(l?.reason, lang);
    if (basis) lines.push(t("left-basis", { basis: escapeHtml(basis) }));
    if (reason) lines.push(t("left-reason", { reason: escapeHtml(reason) }));
    if (!basis) lines.push(t("left-unknown"));
    if (l?.source) lines.push(`${t("left-reported")} ${sourceLink(l.source, ctx)}`);
    lines.push(`${t("field-tier")}: ${t("field-tier-none")}`);
  } else {
    const tier = catalog.tiers.find((x) => x.id === town.tierId);
    if (tier) {
      const label = escapeHtml(lang === "ru" ? tier.labelRu : tier.labelKk);
      lines.push(`${t("field-tier")}: <b>${label}</b>${tier.source ? ` · ${sourceLink(tier.source, ctx)}` : ""}`);
    }
  }
  return lines;
}

export function populationLine(town: Town, ctx: RenderContext): string {
  const f = town.figures.find((x) => x.key === "population") ?? null;
  // A city administration counts the villages it governs too: said for every town, so towns compare fairly.
  const scope = f?.scope === "city" || f?.scope === "city_administration" ? ` (${ctx.t(`population-scope-${f.scope}`)})` : "";
  return figureLine(ctx.t("field-population") + scope, f, ctx);
}

function enterpriseLines(town: Town, ctx: RenderContext): string[] {
  if (!town.enterprises.length) return [`${ctx.t("field-enterprise")}: ${ctx.t("field-enterprise-unknown")}`];
  return town.enterprises.map((e) => {
    const src = e.sources[0] ? ` · ${sourceLink(e.sources[0], ctx)}` : "";
    return `${ctx.t("field-enterprise")}: ${escapeHtml(inLang(e.name, ctx.lang))}${src}`;
  });
}

export function measureItem(m: Measure, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const titleText = escapeHtml(lang === "ru" ? m.titleRu : m.titleKk);
  const details: string[] = [t(`status-${m.status}`)];
  if (m.amountKztBn !== null) details.push(`${t("project-amount")}: ${qualify(formatKztBn(m.amountKztBn, lang), m.amountQualifier, lang)}`);
  else if (inLang(m.amountOther, lang)) details.push(`${t("project-amount")}: ${escapeHtml(inLang(m.amountOther, lang)!)}`);
  if (m.deadline) {
    const moved = m.deadlineHistory.length
      ? ` (${t("project-deadline-moved", { from: m.deadlineHistory.map((d) => formatDate(d.deadline, lang)).join(", ") })})`
      : "";
    details.push(`${t("project-deadline")}: ${formatDate(m.deadline, lang)}${moved}`);
  }
  if (m.status === "done" && m.doneOn) details.push(t("project-done-on", { date: formatDate(m.doneOn, lang) }));
  // The report's date when the data knows it apart from its source's (an undated page, a later update).
  if (m.asOf && m.asOf !== m.sources[0]?.date) details.push(t("as-of", { date: formatDate(m.asOf, lang) }));
  const src = m.sources[0] ? ` · ${sourceLink(m.sources[0], ctx)}` : "";
  return `• <b>${titleText}</b>\n${details.join("; ")}${src}`;
}

function progressSummary(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const p = townProgress(catalog, town.id);
  if (!p.projects.length) return `${ctx.t("section-progress")}: ${ctx.t("progress-projects-none")}`;
  return ctx.t("progress-short", {
    total: p.projects.length,
    done: p.done,
    unfinished: p.unfinished,
    unknown: p.unknown,
    doneOf: kazakhPartitive(p.done),
    unfinishedOf: kazakhPartitive(p.unfinished),
  });
}

function planTitle(pf: PlanFunding, ctx: RenderContext): string {
  if (!pf.plan) return "";
  const label = ctx.lang === "ru" ? pf.plan.labelRu : pf.plan.labelKk;
  return `<b>${escapeHtml(label)}</b>`;
}

/** What the card's one-line funding summary shows: a plan's shortfall, else the first plan with a planned figure. */
function summaryFunding(catalog: Catalog, town: Town): { pf: PlanFunding | null; figures: Figure[] } {
  const f = townFunding(catalog, town.id);
  const pf = f.plans.find((p) => p.shortfall) ?? f.plans.find((p) => p.planned?.value != null) ?? f.plans[0] ?? null;
  return { pf, figures: pf ? [pf.planned, pf.allocated].filter((x): x is Figure => !!x) : [] };
}

function fundingSummary(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const { pf, figures } = summaryFunding(catalog, town);
  if (!pf) {
    // No plan budget, but the section may hold other sums (a plan's investment target): say where, not "none".
    const other = townFunding(catalog, town.id).otherMoney.length;
    return `${ctx.t("section-funding")}: ${ctx.t(other ? "funding-other-only" : "funding-none", { count: other })}`;
  }
  // Each figure says which plan it belongs to (a town may have two plans with different
  // sums) and cites its sources with their dates, as every figure line does.
  const plan = pf.plan ? escapeHtml(ctx.lang === "ru" ? pf.plan.labelRu : pf.plan.labelKk) : "";
  const cited = uniqueSources(figures.map((x) => x.source))
    .map((s) => sourceLink(s, ctx))
    .join("; ");
  const src = cited ? ` · ${cited}` : "";
  const v = (x: Figure | null) => (x ? valueText(x, ctx) : ctx.t("unknown"));
  let text: string;
  if (pf.shortfall) {
    const shortfall = valueText(pf.shortfall, ctx);
    text = plan ? ctx.t("funding-short-of-plan", { shortfall, plan }) : ctx.t("funding-short", { shortfall });
  } else {
    const vars = { planned: v(pf.planned), allocated: v(pf.allocated) };
    text = plan ? ctx.t("funding-short-unknown-of-plan", { ...vars, plan }) : ctx.t("funding-short-unknown", vars);
  }
  return src ? text.replace(/\.$/, "") + src : text;
}

function mainSection(catalog: Catalog, town: Town, ctx: RenderContext): string {
  return [
    title(town, ctx),
    ...statusLines(town, catalog, ctx),
    populationLine(town, ctx),
    ...enterpriseLines(town, ctx),
    "",
    progressSummary(catalog, town, ctx),
    fundingSummary(catalog, town, ctx),
  ].join("\n");
}

/** The plans' measure counts the progress section lists: the 2023–2025 plan's are said to be unknown per town. */
const shownPlanCounts = (p: ReturnType<typeof townProgress>) => p.planCounts.filter((f) => f.planId !== "plan2023_2025");

function progressSection(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const { t } = ctx;
  const p = townProgress(catalog, town.id);
  const head: string[] = [`${title(town, ctx)} — ${t("section-progress")}`];
  head.push(town.inPlan2023_2025 ? t("progress-p25-unknown") : t("progress-not-in-p25"));
  const counts = shownPlanCounts(p);
  if (counts.length) {
    head.push(t("progress-plan-counts"));
    for (const f of counts) {
      const label = t(f.key === "measures_done" ? "measures-done" : f.key === "measures_unfinished" ? "measures-unfinished" : "measures-total");
      const period = f.period ? ` (${escapeHtml(f.period)})` : "";
      head.push(figureLine(label + period, f, ctx));
    }
  }
  if (!p.projects.length) return [...head, t("progress-projects-none")].join("\n");
  head.push(
    "",
    t("progress-projects", { total: p.projects.length, done: p.done, unfinished: p.unfinished, unknown: p.unknown }),
    `<i>${t("progress-projects-caveat")}</i>`,
  );
  return fitItems(
    head.join("\n"),
    p.projects.map((m) => measureItem(m, ctx)),
    (left) => t("progress-more", { count: left }),
  );
}

/**
 * The shortfall, or why it is unknown: no allocated sum, or two sums whose qualifiers leave
 * the difference open («более» minus «более»).
 */
export function shortfallLine(pf: PlanFunding, ctx: RenderContext): string {
  if (pf.shortfall) return figureLine(ctx.t("funding-shortfall"), pf.shortfall, ctx);
  if (pf.planned?.value != null && pf.allocated?.value != null) return `${ctx.t("funding-shortfall")}: ${ctx.t("unknown")}`;
  return ctx.t("funding-shortfall-unknown");
}

/** A money figure's name: its budget component or source, else planned/allocated; with its period. */
export function moneyLabel(fig: Figure, ctx: RenderContext, planPeriod?: string): string {
  const label = figureLabel(fig, ctx.lang) ?? ctx.t(fig.key === "allocated_kzt_bn" ? "funding-allocated" : "funding-planned");
  const samePeriod = !!planPeriod && fig.period?.replace(/[-–]/g, "") === planPeriod.replace(/[-–]/g, "");
  return escapeHtml(label) + (fig.period && !samePeriod ? ` (${escapeHtml(fig.period)})` : "");
}

function fundingSection(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const f = townFunding(catalog, town.id);
  const blocks: string[] = [`${title(town, ctx)} — ${t("section-funding")}`];
  for (const pf of f.plans) {
    const lines = [planTitle(pf, ctx)];
    lines.push(figureLine(t("funding-planned"), pf.planned, ctx));
    lines.push(figureLine(t("funding-allocated"), pf.allocated, ctx));
    lines.push(shortfallLine(pf, ctx));
    for (const c of pf.components) lines.push(`• ${figureLine(moneyLabel(c, ctx, pf.plan?.period), c, ctx)}`);
    const note = inLang(pf.planned?.note, lang);
    if (note && pf.planned?.value === null) lines.push(`<i>${t("note", { text: escapeHtml(note) })}</i>`);
    blocks.push(lines.filter(Boolean).join("\n"));
  }
  if (f.otherMoney.length) {
    const lines = [t("funding-other")];
    for (const fig of f.otherMoney) lines.push(`• ${figureLine(moneyLabel(fig, ctx), fig, ctx)}`);
    blocks.push(lines.join("\n"));
  }
  if (!f.plans.length && !f.otherMoney.length) blocks.push(t("funding-none"));
  return blocks.join("\n\n");
}

function cardSources(catalog: Catalog, town: Town): Source[] {
  const seen = new Map<string, Source>();
  const add = (s: Source | null | undefined) => {
    if (s && !seen.has(s.id)) seen.set(s.id, s);
  };
  add(catalog.tiers.find((x) => x.id === town.tierId)?.source);
  add(town.leftList?.source);
  town.figures.forEach((f) => add(f.source));
  town.enterprises.forEach((e) => e.sources.forEach(add));
  (catalog.measuresByTown.get(town.id) ?? []).forEach((m) => m.sources.forEach(add));
  town.sources.forEach(add);
  return [...seen.values()];
}

export function sourceItem(s: Source, i: number, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const name = escapeHtml(shortPublisher(s));
  const titleText = s.title ? `«${escapeHtml(s.title)}»` : "";
  const date = s.date ? formatDate(s.date, lang) : t("source-no-date");
  const link = s.url ? `<a href="${escapeAttr(s.url)}">${name}</a>` : `${name} (${t("source-no-url")})`;
  return `${i + 1}. ${link}, ${date}${titleText ? ` — ${titleText}` : ""}`;
}

function sourcesSection(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const list = cardSources(catalog, town);
  const head = `${title(town, ctx)} — ${ctx.t("sources-title")}`;
  return fitItems(head, [list.map((s, i) => sourceItem(s, i, ctx)).join("\n")], () => "");
}

function aboutSection(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const lines = [`${title(town, ctx)} — ${t("section-about")}`, ...statusLines(town, catalog, ctx), populationLine(town, ctx)];
  for (const e of town.enterprises) {
    const extra = [inLang(e.industry, lang), inLang(e.owner, lang)]
      .filter(Boolean)
      .map((x) => escapeHtml(x!))
      .join("; ");
    lines.push(
      `${t("field-enterprise")}: ${escapeHtml(inLang(e.name, lang))}${extra ? ` (${extra})` : ""}${e.sources[0] ? ` · ${sourceLink(e.sources[0], ctx)}` : ""}`,
    );
  }
  if (!town.enterprises.length) lines.push(`${t("field-enterprise")}: ${t("field-enterprise-unknown")}`);
  const former = town.names.filter((n) => n.kind === "former");
  if (former.length)
    lines.push(
      `${t("field-former-names")}: ${former.map((n) => escapeHtml((lang === "kk" && n.nameKk) || n.name) + (n.until ? ` (${escapeHtml(n.until)})` : "")).join(", ")}`,
    );
  const other = [...new Set(town.names.filter((n) => n.kind === "latin" || n.kind === "alias").map((n) => n.name))].filter(
    (n) => !former.some((f) => f.name === n || f.nameKk === n),
  );
  if (other.length) lines.push(`${t("field-other-names")}: ${other.map(escapeHtml).join(", ")}`);
  if (town.industrialZonePlanned) lines.push(t("field-industrial-zone"));
  const notes = inLang(town.notes, lang);
  if (notes) lines.push("", `<i>${t("note", { text: escapeHtml(notes) })}</i>`);
  return lines.join("\n");
}

function cardKeyboard(town: Town, section: CardSection, ctx: RenderContext, subscribable = town.status === "monotown"): Keyboard {
  const { t } = ctx;
  const btn = (s: CardSection, key: string) => ({ text: (s === section ? "· " : "") + t(key), data: cb.card(town.id, s) });
  return [
    [btn("main", "btn-card"), btn("progress", "btn-progress"), btn("funding", "btn-funding")],
    [btn("sources", "btn-sources"), btn("about", "btn-about"), btn("history", "btn-history")],
    [
      ...(town.tierId ? [{ text: t("btn-tiers"), data: cb.tier(town.tierId) }] : [{ text: t("btn-tiers"), data: cb.tiers() }]),
      { text: t("btn-overview"), data: cb.overview() },
    ],
    // Digests follow monotowns and former ones with unfinished projects (subscribableTown).
    [
      // Opens the chat picker with «@bot Town» typed: the shared card carries its sources.
      { text: t("btn-share"), switchInline: townName(town, ctx.lang) },
      ...(subscribable ? [{ text: t("btn-subscribe"), data: subCb.town(town.id) }] : []),
    ],
  ];
}

/** The sources a section's figures cite, in the order they appear: one 📎 button each. */
function sectionSources(catalog: Catalog, town: Town, section: CardSection): Source[] {
  const tier = catalog.tiers.find((x) => x.id === town.tierId)?.source;
  const population = town.figures.find((x) => x.key === "population")?.source;
  const enterprises = town.enterprises.flatMap((e) => e.sources.slice(0, 1));
  const money = () => {
    const f = townFunding(catalog, town.id);
    return [...f.plans.flatMap((p) => [p.planned?.source, p.allocated?.source, ...p.components.map((x) => x.source)]), ...f.otherMoney.map((x) => x.source)];
  };
  switch (section) {
    case "main":
      return uniqueSources([tier, town.leftList?.source, population, ...enterprises, ...summaryFunding(catalog, town).figures.map((f) => f.source)]);
    case "about":
      return uniqueSources([tier, town.leftList?.source, population, ...enterprises]);
    case "funding":
      return uniqueSources(money());
    case "progress": {
      const p = townProgress(catalog, town.id);
      return uniqueSources([...shownPlanCounts(p).map((f) => f.source), ...p.projects.flatMap((m) => m.sources.slice(0, 1))]);
    }
    case "sources":
      return cardSources(catalog, town);
    case "history":
      return uniqueSources(historySources(townHistory(catalog, town)));
  }
}

/** Which unknowns each section states (the card's summary states them all). */
const GAPS_OF: Partial<Record<CardSection, (g: Gap) => boolean>> = {
  main: () => true,
  progress: (g) => g.what.startsWith("measures_") || g.what === "project_status",
  funding: (g) => g.what.endsWith("_kzt_bn") || g.what === "project_amount",
  about: (g) => g.what === "population",
};

/** Numbered buttons under the numbered list of sources; named ones elsewhere. */
const SOURCES_SECTION_BUTTONS = 12;

export function renderCard(catalog: Catalog, town: Town, section: CardSection, ctx: RenderContext): Reply {
  const render = {
    main: mainSection,
    progress: progressSection,
    funding: fundingSection,
    sources: sourcesSection,
    about: aboutSection,
    history: (c: Catalog, t: Town, x: RenderContext) => historySection(c, t, `${title(t, x)} — ${x.t("section-history")}`, x),
  }[section];
  const keyboard = cardKeyboard(town, section, ctx, subscribableTown(catalog, town.id));
  const numbered = section === "sources";
  keyboard.splice(2, 0, ...sourceButtons(sectionSources(catalog, town, section), town.id, ctx, numbered, numbered ? SOURCES_SECTION_BUTTONS : undefined));
  // A section that says something is unknown offers the list of unknowns and who holds them.
  if (townGaps(catalog, town.id).some((g) => GAPS_OF[section]?.(g))) keyboard.splice(2, 0, [{ text: ctx.t("btn-gaps"), data: cb.gaps(town.id) }]);
  // The funding section offers its chart when there is a money figure to draw.
  if (section === "funding" && townFundingChart(catalog, town.id)?.plans.length)
    keyboard.splice(2, 0, [{ text: ctx.t("btn-chart-town"), data: cb.townChart(town.id) }]);
  // ✏️ a reader's report on this section's figures, above Share.
  keyboard.splice(keyboard.length - 1, 0, ...reportButtonRow(catalog, town.id, section, ctx));
  return { text: render(catalog, town, ctx), keyboard };
}
