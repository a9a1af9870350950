// Replies about places that are not a town card: a region's monotowns, a place that is
// not a monotown (or left the list), another place named like a monotown, and a name
// that may mean the town or something else.
import type { Figure, Town } from "../domain/types.ts";
import { cb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { sourceLink } from "./figure.ts";
import { escapeHtml } from "./format.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

/**
 * A place the national figures name as having left the monotown list (Текели) but that has
 * no card: answered as a former monotown, with the source that says so.
 */
export function renderFormerListed(place: PlaceName, listed: Figure, region: PlaceName | null, towns: Town[], ctx: RenderContext): Reply {
  const { t } = ctx;
  const lines = [t("former-listed", { place: name(place, ctx.lang) })];
  if (listed.source) lines.push(`${t("left-reported")} ${sourceLink(listed.source, ctx)}`);
  if (region) lines.push(t("not-monotown-region", { region: name(region, ctx.lang) }), ...regionList(towns, ctx));
  return { text: lines.join("\n"), keyboard: [...townButtons(towns, ctx), [{ text: t("btn-overview"), data: cb.overview() }]] };
}

/** A region or a place as the gazetteer names it. */
export interface PlaceName {
  ru: string;
  kk: string;
}

const name = (p: PlaceName, lang: RenderContext["lang"]) => escapeHtml(lang === "ru" ? p.ru : p.kk);

/** The towns as card buttons, three to a row. */
export function townButtons(towns: Town[], ctx: RenderContext): Keyboard {
  const rows: Keyboard = [];
  for (let i = 0; i < towns.length; i += 3) rows.push(towns.slice(i, i + 3).map((x) => ({ text: townName(x, ctx.lang), data: cb.card(x.id) })));
  return rows;
}

function regionList(towns: Town[], ctx: RenderContext): string[] {
  const { t, lang } = ctx;
  const current = towns.filter((x) => x.status === "monotown");
  const other = towns.filter((x) => x.status !== "monotown");
  const lines: string[] = [];
  if (current.length) lines.push(t("region-monotowns", { towns: current.map((x) => `<b>${escapeHtml(townName(x, lang))}</b>`).join(", ") }));
  else lines.push(t("region-no-monotowns"));
  if (other.length) lines.push(t("region-former", { towns: other.map((x) => escapeHtml(townName(x, lang))).join(", ") }));
  return lines;
}

export function renderRegion(region: PlaceName, towns: Town[], ctx: RenderContext): Reply {
  const { t } = ctx;
  return {
    text: [t("region-title", { region: name(region, ctx.lang) }), ...regionList(towns, ctx)].join("\n"),
    keyboard: [
      ...townButtons(towns, ctx),
      [
        { text: t("btn-tiers"), data: cb.tiers() },
        { text: t("btn-overview"), data: cb.overview() },
      ],
    ],
  };
}

export function renderNotMonotown(place: PlaceName, region: PlaceName | null, towns: Town[], ctx: RenderContext): Reply {
  const { t } = ctx;
  const lines = [t("not-monotown", { place: name(place, ctx.lang) })];
  if (region) lines.push(t("not-monotown-region", { region: name(region, ctx.lang) }), ...regionList(towns, ctx));
  return { text: lines.join("\n"), keyboard: [...townButtons(towns, ctx), [{ text: t("btn-tiers"), data: cb.tiers() }]] };
}

/** «Балқаш ауданы», «с. Абай Жамбылского р-на»: another place named like a monotown. */
export function renderNamesake(word: string, town: Town, region: PlaceName | null, towns: Town[], ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const townRegion = lang === "ru" ? town.regionRu : town.regionKk;
  const shown = word.charAt(0).toUpperCase() + word.slice(1);
  const lines = [t("namesake", { word: escapeHtml(shown), town: escapeHtml(townName(town, lang)), region: escapeHtml(townRegion) })];
  if (region) lines.push(t("not-monotown-region", { region: name(region, lang) }), ...regionList(towns, ctx));
  return {
    text: lines.join("\n"),
    keyboard: [
      [{ text: t("which-town", { town: townName(town, lang), region: townRegion }), data: cb.card(town.id) }],
      ...townButtons(towns, ctx),
      [{ text: t("btn-tiers"), data: cb.tiers() }],
    ],
  };
}

/** «Абай» alone: the town, or something else of that name. Never guessed silently. */
export function renderWhichOne(word: string, town: Town, otherRegion: { id: string; name: PlaceName } | null, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  const keyboard: Keyboard = [
    [{ text: t("which-town", { town: townName(town, lang), region: lang === "ru" ? town.regionRu : town.regionKk }), data: cb.card(town.id) }],
  ];
  if (otherRegion)
    keyboard.push([{ text: t("which-region", { region: lang === "ru" ? otherRegion.name.ru : otherRegion.name.kk }), data: cb.region(otherRegion.id) }]);
  return {
    text: `${t("which-one", { word: escapeHtml(word) })}\n${t(`which-other-${town.id === "aksu" ? "aksu" : town.id === "abai" ? "abai" : "generic"}`)}`,
    keyboard,
  };
}
