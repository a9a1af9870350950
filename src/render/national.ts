// The tier list, one tier's towns, and the national overview.
import { inLang } from "../domain/localized.ts";
import { nationalOverview } from "../domain/overview.ts";
import type { Catalog, Figure, Tier, TierId, Town } from "../domain/types.ts";
import { cb, subCb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { figureLabel, figureLine, sourceLink, valueText } from "./figure.ts";
import { escapeHtml, formatDate } from "./format.ts";
import { sourceButtons, uniqueSources } from "./source.ts";
import { csvButton, csvKey } from "./csv-spec.ts";
import type { RenderContext, Reply } from "./types.ts";

const tierLabel = (tier: Tier, ctx: RenderContext) => escapeHtml(ctx.lang === "ru" ? tier.labelRu : tier.labelKk);
const names = (towns: Town[], ctx: RenderContext) => towns.map((x) => escapeHtml(townName(x, ctx.lang))).join(", ");

/** `shared`: for a message sent elsewhere (inline), which has none of the tier buttons. */
export function renderTiers(catalog: Catalog, ctx: RenderContext, shared = false): Reply {
  const { t } = ctx;
  const lines = [t("tiers-title"), ""];
  for (const tier of catalog.tiers) {
    const towns = tier.townIds.map((id) => catalog.towns.get(id)!).filter(Boolean);
    lines.push(`<b>${tierLabel(tier, ctx)}</b> — ${t("tier-towns", { count: towns.length })}`, names(towns, ctx), "");
  }
  const src = catalog.tiers[0]?.source;
  lines.push(`<i>${t("tier-draft")}</i>${src ? ` · ${sourceLink(src, ctx)}` : ""}`);
  if (!shared) lines.push(t("tiers-pick"));
  return {
    text: lines.join("\n"),
    keyboard: [
      ...catalog.tiers.map((tier) => [{ text: `${ctx.lang === "ru" ? tier.labelRu : tier.labelKk} (${tier.townIds.length})`, data: cb.tier(tier.id) }]),
      [{ text: t("btn-overview"), data: cb.overview() }, ...csvButton({ kind: "tiers" }, ctx)],
    ],
    csv: csvKey({ kind: "tiers" }),
  };
}

/** `named`: the towns listed in the text (a shared message has no card buttons to tap). */
export function renderTier(catalog: Catalog, tierId: TierId, ctx: RenderContext, named = false): Reply {
  const { t, lang } = ctx;
  const tier = catalog.tiers.find((x) => x.id === tierId)!;
  const towns = tier.townIds.map((id) => catalog.towns.get(id)!).filter(Boolean);
  const desc = lang === "ru" ? tier.descriptionRu : tier.descriptionKk;
  const lines = [t("tier-title", { tier: tierLabel(tier, ctx) }) + ` — ${t("tier-towns", { count: towns.length })}`];
  if (desc) lines.push(escapeHtml(desc));
  if (lang === "kk" && !tier.labelKkOfficial) lines.push(`<i>${t("tier-kk-unofficial")}</i>`);
  lines.push(`<i>${t("tier-draft")}</i>${tier.source ? ` · ${sourceLink(tier.source, ctx)}` : ""}`, "", named ? names(towns, ctx) : t("tier-pick-town"));
  const buttons = towns.map((x) => ({ text: townName(x, lang), data: cb.card(x.id) }));
  const rows = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
  rows.push([{ text: t("btn-subscribe"), data: subCb.tier(tier.id) }]);
  rows.push([{ text: t("btn-tiers"), data: cb.tiers() }, { text: t("btn-overview"), data: cb.overview() }, ...csvButton({ kind: "tier", tierId }, ctx)]);
  return { text: lines.join("\n"), keyboard: rows, csv: csvKey({ kind: "tier", tierId }) };
}

export function renderOverview(catalog: Catalog, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const o = nationalOverview(catalog);
  const p = o.plan2023_2025;
  const line = (key: string, f: Figure | null) => figureLine(t(key, { value: "" }).replace(/:\s*$/, ""), f, ctx);
  const blocks: string[] = [];
  blocks.push([t("overview-title"), line("overview-count", o.townCount), line("overview-population", o.population)].join("\n"));
  blocks.push(
    [
      t("overview-p25-title"),
      t("overview-p25-towns", { towns: names(p.towns, ctx) }),
      t("overview-p25-removed", { towns: names(p.removed, ctx) }),
      line("overview-measures", p.measuresTotal),
      line("overview-unfinished", p.measuresUnfinished),
      `<i>${t("overview-done-unknown")}</i>`,
      line("overview-planned", p.planned),
      line("overview-allocated", p.allocated),
      line("overview-shortfall", p.shortfall),
      line("overview-allocated-share", p.allocatedShare),
      line("overview-unfinished-share", p.unfinishedShare),
    ].join("\n"),
  );
  if (o.plan2023_2027.length) {
    blocks.push([t("overview-p27-title"), ...o.plan2023_2027.map((f) => figureLine(escapeHtml(figureLabel(f, lang) ?? f.key), f, ctx))].join("\n"));
  }
  const list = [t("overview-list-title")];
  if (o.listBefore && o.listAfter) {
    list.push(
      t("overview-list-change", {
        before: valueText(o.listBefore, ctx),
        beforeDate: formatDate(o.listBefore.asOf, lang),
        after: valueText(o.listAfter, ctx),
        afterDate: formatDate(o.listAfter.asOf, lang),
      }) + ` · ${sourceLink(o.listBefore.source, ctx)}; ${sourceLink(o.listAfter.source, ctx)}`,
    );
  }
  const removedNames = [
    ...o.removedTowns.map((x) => escapeHtml(townName(x, lang))),
    ...o.removedOther.map((f) => escapeHtml((lang === "ru" ? f.labelRu : f.labelKk) ?? inLang(f.text, lang) ?? "")),
  ];
  list.push(t("overview-list-removed", { towns: removedNames.join(", ") }), t("overview-list-added"));
  list.push(
    t("overview-tiers", {
      tiers: o.tierCounts.map((x) => `${tierLabelById(catalog, x.tierId, ctx)} — ${x.count}`).join("; "),
    }),
  );
  blocks.push(list.join("\n"));
  return {
    text: blocks.join("\n\n"),
    keyboard: [
      [{ text: t("btn-tiers"), data: cb.tiers() }],
      [
        { text: t("btn-chart-funding"), data: cb.chart("funding") },
        { text: t("btn-chart-projects"), data: cb.chart("projects") },
      ],
      ...sourceButtons(
        uniqueSources(
          [o.townCount, o.population, p.measuresTotal, p.measuresUnfinished, p.planned, p.allocated, ...o.plan2023_2027, o.listBefore, o.listAfter].map(
            (f) => f?.source,
          ),
        ),
        null,
        ctx,
      ),
    ],
  };
}

function tierLabelById(catalog: Catalog, id: string, ctx: RenderContext) {
  const tier = catalog.tiers.find((x) => x.id === id);
  return tier ? tierLabel(tier, ctx) : id;
}
