// Chooses the reply to an understood message: the card section an intent asks for, a
// tier or region list, a comparison, the national overview, or a polite "which one?" /
// "did you mean" / "outside what I know". Pure: the bot layer sends what this returns.
import type { Catalog, Figure } from "../domain/types.ts";
import type { Understanding } from "../understanding/understand.ts";
import {
  renderFormerListed,
  renderGreeting,
  renderNamesake,
  renderNotMonotown,
  renderOutOfScope,
  renderRegion,
  renderWhichOne,
  type PlaceName,
} from "./answers.ts";
import type { CardSection } from "./callbacks.ts";
import { renderCard } from "./card.ts";
import { renderCompare } from "./compare.ts";
import { escapeHtml } from "./format.ts";
import { renderNotFound } from "./misc.ts";
import { csvButton, csvKey } from "./csv.ts";
import { renderOverview, renderTier, renderTiers } from "./national.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import type { RenderContext, Reply } from "./types.ts";

const SECTION: Partial<Record<Understanding["intent"], CardSection>> = {
  tier: "main",
  progress: "progress",
  shortfall: "funding",
  town_overview: "main",
  former_monotown: "main",
};

/** A card section, rendered once per snapshot and language; commands and buttons share it. */
export function cardReply(d: AnswerDeps, townId: string, section: CardSection, ctx: RenderContext): Reply {
  return d.memo(`${ctx.lang}:card:${townId}:${section}`, () => renderCard(d.catalog, d.catalog.towns.get(townId)!, section, ctx));
}

const townsOfRegion = (d: AnswerDeps, regionId: string) =>
  d.understander
    .townsOfRegion(regionId)
    .map((t) => d.catalog.towns.get(t)!)
    .filter(Boolean);

/** A region's monotowns and former ones, or undefined for a region id the gazetteer lacks. */
export function regionReply(d: AnswerDeps, regionId: string, ctx: RenderContext): Reply | undefined {
  const region = d.understander.region(regionId);
  return (
    region &&
    d.memo(`${ctx.lang}:region:${region.id}`, () => {
      const r = renderRegion(region, townsOfRegion(d, region.id), ctx);
      const spec = { kind: "region" as const, regionId: region.id };
      return { ...r, keyboard: [...(r.keyboard ?? []), ...[csvButton(spec, ctx)].filter((b) => b.length)], csv: csvKey(spec) };
    })
  );
}

/** The national list's mention of a place that left it without a card of its own (Текели). */
function formerListed(catalog: Catalog, place: PlaceName): Figure | undefined {
  const same = (a: string | null, b: string) => !!a && a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");
  return catalog.nationalFigures.find((f) => f.key === "removed_town" && (same(f.labelRu, place.ru) || same(f.labelKk, place.kk)));
}

/** One line saying a place named beside the towns is not a monotown (or a former one). */
function notMonotownAside(d: AnswerDeps, placeId: string, ctx: RenderContext): string | null {
  const place = d.understander.place(placeId);
  if (!place) return null;
  const shown = escapeHtml(ctx.lang === "ru" ? place.ru : place.kk);
  return formerListed(d.catalog, place) ? ctx.t("former-listed-aside", { place: shown }) : ctx.t("not-monotown-aside", { place: shown });
}

const withAside = (aside: string | null, reply: Reply): Reply => (aside ? { ...reply, text: `${aside}\n\n${reply.text}` } : reply);

export function answer(d: AnswerDeps, u: Understanding, text: string, ctx: RenderContext): Reply {
  const { catalog, understander } = d;
  const memo = (key: string, make: () => Reply) => d.memo(`${ctx.lang}:${key}`, make);

  const which = u.ambiguous[0];
  if (which && u.towns.length === 1) {
    const other = which.others.find((o) => o.kind === "region" && o.id);
    const region = other?.id ? understander.region(other.id) : undefined;
    return renderWhichOne(which.word, catalog.towns.get(which.townId)!, region ? { id: region.id, name: region } : null, ctx);
  }

  switch (u.intent) {
    case "tier":
    case "progress":
    case "shortfall":
    case "town_overview":
    case "former_monotown": {
      const id = u.towns[0];
      if (!id) break;
      // A town named with a place that is not a monotown («балхаш и жезказган сравни»):
      // what can be answered is, and the other place is said not to be a monotown.
      const aside = u.place ? notMonotownAside(d, u.place, ctx) : null;
      if (u.towns.length > 1 || aside)
        return withAside(
          aside,
          memo(`compare:${u.towns.join(",")}`, () => renderCompare(catalog, u.towns, ctx)),
        );
      return cardReply(d, id, SECTION[u.intent]!, ctx);
    }
    case "compare": {
      const aside = u.place ? notMonotownAside(d, u.place, ctx) : null;
      if (!u.towns.length) break;
      return withAside(
        aside,
        memo(`compare:${u.towns.join(",")}`, () => renderCompare(catalog, u.towns, ctx)),
      );
    }
    case "tier_list":
      return u.tier ? memo(`tier:${u.tier}`, () => renderTier(catalog, u.tier!, ctx)) : memo("tiers", () => renderTiers(catalog, ctx));
    case "national_overview":
      return (u.region && regionReply(d, u.region, ctx)) || memo("overview", () => renderOverview(catalog, ctx));
    case "not_monotown": {
      const place = u.place ? understander.place(u.place) : undefined;
      const region = u.region ? understander.region(u.region) : undefined;
      const namesake = u.namesake ? catalog.towns.get(u.namesake.townId) : undefined;
      if (u.namesake && namesake) {
        const word = u.namesake.word;
        return memo(`namesake:${namesake.id}:${word}:${region?.id ?? ""}`, () =>
          renderNamesake(word, namesake, region ?? null, region ? townsOfRegion(d, region.id).filter((x) => x.id !== namesake.id) : [], ctx),
        );
      }
      const listed = place && formerListed(catalog, place);
      if (place && listed)
        return memo(`former-listed:${place.id}`, () => renderFormerListed(place, listed, region ?? null, region ? townsOfRegion(d, region.id) : [], ctx));
      if (place) return memo(`place:${place.id}`, () => renderNotMonotown(place, region ?? null, region ? townsOfRegion(d, region.id) : [], ctx));
      if (region) return regionReply(d, region.id, ctx)!;
      break;
    }
    case "subscribe":
    case "unsubscribe":
      // The bot layer acts on these (a wizard, the unsubscribe flow) before asking for an answer.
      break;
    case "help":
      return { text: ctx.t("help") };
    case "greeting":
      return memo(`greeting:${u.thanks}`, () => renderGreeting(ctx, u.thanks));
    case "out_of_scope":
      break;
  }
  // Nothing we know: a misspelt town perhaps, else what the bot can do.
  if (!u.towns.length && u.unknownWords.length) {
    const suggestions = d.towns.suggest(u.unknownWords.join(" ").length <= 30 ? u.unknownWords.join(" ") : u.unknownWords[0]!);
    // Only names within typo reach: «Мәскеу» is not a misspelt «Ақсу», and a place abroad gets no town.
    if (suggestions.length) return renderNotFound(text, suggestions, catalog, ctx);
    if (u.unknownWords.length === 1 && text.trim().split(/\s+/).length <= 2) return renderNotFound(text, [], catalog, ctx);
  }
  return renderOutOfScope(catalog, u.towns, ctx);
}
