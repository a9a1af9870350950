// Towns side by side: tier, population, reported projects and funding of each, every
// figure with its source, so a journalist can quote any line on its own.
import { townFunding } from "../domain/funding.ts";
import { townProgress } from "../domain/progress.ts";
import type { Catalog, Figure, Town } from "../domain/types.ts";
import { cb } from "./callbacks.ts";
import { moneyLabel, populationLine, townName } from "./card.ts";
import { figureLine } from "./figure.ts";
import { escapeHtml } from "./format.ts";
import { fitItems, MAX_COMPARED } from "./limit.ts";
import { csvButton, csvKey } from "./csv-spec.ts";
import type { RenderContext, Reply } from "./types.ts";

function block(catalog: Catalog, town: Town, ctx: RenderContext): string {
  const { t, lang } = ctx;
  const lines = [`<b>${escapeHtml(townName(town, lang))}</b> · ${escapeHtml(lang === "ru" ? town.regionRu : town.regionKk)}`];
  if (town.status === "monotown") {
    const tier = catalog.tiers.find((x) => x.id === town.tierId);
    lines.push(`${t("field-tier")}: ${tier ? escapeHtml(lang === "ru" ? tier.labelRu : tier.labelKk) : t("unknown")}`);
  } else {
    lines.push(t(`status-${town.status}`));
  }
  lines.push(populationLine(town, ctx));
  const p = townProgress(catalog, town.id);
  lines.push(
    p.projects.length
      ? t("compare-projects", { total: p.projects.length, done: p.done, unfinished: p.unfinished, unknown: p.unknown })
      : t("compare-no-projects"),
  );
  // Every plan with a known figure, each named, with its budget components: the figures the card shows.
  const funding = townFunding(catalog, town.id);
  const isKnown = (f: Figure | null) => f?.value != null;
  const plans = funding.plans.filter((pf) => isKnown(pf.planned) || isKnown(pf.allocated) || pf.components.some(isKnown));
  const other = funding.otherMoney.filter(isKnown);
  if (!plans.length && !other.length) lines.push(t("compare-no-funding"));
  for (const pf of plans) {
    const plan = pf.plan ? escapeHtml(lang === "ru" ? pf.plan.labelRu : pf.plan.labelKk) : "";
    if (plan) lines.push(`<i>${plan}</i>`);
    lines.push(figureLine(t("funding-planned"), pf.planned, ctx), figureLine(t("funding-allocated"), pf.allocated, ctx));
    lines.push(pf.shortfall ? figureLine(t("funding-shortfall"), pf.shortfall, ctx) : `${t("funding-shortfall")}: ${t("unknown")}`);
    for (const c of pf.components.filter(isKnown)) lines.push(`• ${figureLine(moneyLabel(c, ctx, pf.plan?.period), c, ctx)}`);
  }
  if (other.length) lines.push(`<i>${t("funding-other")}</i>`, ...other.map((f) => `• ${figureLine(moneyLabel(f, ctx), f, ctx)}`));
  return lines.join("\n");
}

export function renderCompare(catalog: Catalog, townIds: string[], ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const towns = townIds
    .map((id) => catalog.towns.get(id))
    .filter((x): x is Town => !!x)
    .slice(0, MAX_COMPARED);
  const head = t("compare-title", { towns: towns.map((x) => escapeHtml(townName(x, lang))).join(" · ") });
  const tail = `<i>${t("compare-note")}</i>`;
  const text = fitItems(
    head,
    towns.map((x) => block(catalog, x, ctx)),
    (left) => t("compare-more", { count: left }),
    tail,
  );
  const spec = { kind: "cmp" as const, townIds: towns.map((x) => x.id) };
  return {
    text,
    keyboard: [towns.map((x) => ({ text: townName(x, lang), data: cb.card(x.id) })), ...[csvButton(spec, ctx)].filter((r) => r.length)],
    csv: csvKey(spec),
  };
}
