// Renders an answer (what src/domain/answer.ts chose for an understood message) into a
// reply: a card section, a tier or region list, a comparison, the overview, or a polite
// "which one?" / "did you mean" / "outside what I know". Replies asked for again and
// again are memoised per snapshot. Pure: the bot layer sends what this returns.
import { decideAnswer, type Answer, type Aside } from "../domain/answer.ts";
import type { Understanding } from "../understanding/understand.ts";
import { renderFormerListed, renderNamesake, renderNotMonotown, renderRegion, renderWhichOne } from "./places.ts";
import type { CardSection } from "./callbacks.ts";
import { renderCard } from "./card.ts";
import { renderCompare } from "./compare.ts";
import { escapeHtml } from "./format.ts";
import { renderGreeting, renderNotFound, renderOutOfScope } from "./fallbacks.ts";
import { nationalGapsReply, townGapsReply } from "./gaps.ts";
import { csvButton, csvKey } from "./csv-spec.ts";
import { renderOverview, renderTier, renderTiers } from "./national.ts";
import { projectAnswer } from "./project-card.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import type { RenderContext, Reply } from "./types.ts";

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

/** One line saying a place named beside the towns is not a monotown (or a former one). */
function asideLine(d: AnswerDeps, aside: Aside, ctx: RenderContext): string {
  const place = d.understander.place(aside.placeId)!;
  const shown = escapeHtml(ctx.lang === "ru" ? place.ru : place.kk);
  return aside.formerListed ? ctx.t("former-listed-aside", { place: shown }) : ctx.t("not-monotown-aside", { place: shown });
}

const withAside = (aside: string | null, reply: Reply): Reply => (aside ? { ...reply, text: `${aside}\n\n${reply.text}` } : reply);

/** The reply to an answer chosen by the domain (src/domain/answer.ts). */
function renderAnswer(d: AnswerDeps, a: Answer, ctx: RenderContext): Reply {
  const { catalog, understander } = d;
  const memo = (key: string, make: () => Reply) => d.memo(`${ctx.lang}:${key}`, make);
  const regionOf = (id: string | null) => (id ? (understander.region(id) ?? null) : null);

  switch (a.kind) {
    case "which-one": {
      const region = regionOf(a.otherRegionId);
      return renderWhichOne(a.word, catalog.towns.get(a.townId)!, region ? { id: region.id, name: region } : null, ctx);
    }
    case "card":
      return cardReply(d, a.townId, a.section, ctx);
    case "project":
      return projectAnswer(d, a.projectIds, ctx);
    case "compare":
      return withAside(
        a.aside && asideLine(d, a.aside, ctx),
        memo(`compare:${a.townIds.join(",")}`, () => renderCompare(catalog, a.townIds, ctx)),
      );
    case "tier":
      return memo(`tier:${a.tier}`, () => renderTier(catalog, a.tier, ctx));
    case "tiers":
      return memo("tiers", () => renderTiers(catalog, ctx));
    case "overview":
      return memo("overview", () => renderOverview(catalog, ctx));
    case "region":
      return regionReply(d, a.regionId, ctx)!;
    case "namesake": {
      const namesake = catalog.towns.get(a.townId)!;
      const region = regionOf(a.regionId);
      return memo(`namesake:${namesake.id}:${a.word}:${region?.id ?? ""}`, () =>
        renderNamesake(a.word, namesake, region, region ? townsOfRegion(d, region.id).filter((x) => x.id !== namesake.id) : [], ctx),
      );
    }
    case "former-listed": {
      const place = understander.place(a.placeId)!;
      const region = regionOf(a.regionId);
      return memo(`former-listed:${place.id}`, () => renderFormerListed(place, a.figure, region, region ? townsOfRegion(d, region.id) : [], ctx));
    }
    case "not-monotown": {
      const place = understander.place(a.placeId)!;
      const region = regionOf(a.regionId);
      return memo(`place:${place.id}`, () => renderNotMonotown(place, region, region ? townsOfRegion(d, region.id) : [], ctx));
    }
    case "gaps":
      return a.townId ? townGapsReply(d, a.townId, ctx)! : nationalGapsReply(d, ctx);
    case "help":
      return { text: ctx.t("help") };
    case "greeting":
      return memo(`greeting:${a.thanks}`, () => renderGreeting(ctx, a.thanks));
    case "not-found":
      return renderNotFound(a.query, a.suggestions, catalog, ctx);
    case "out-of-scope":
      return renderOutOfScope(catalog, a.townIds, ctx);
  }
}

/** An understood message's reply: what to answer (the domain's choice), rendered. */
export function answer(d: AnswerDeps, u: Understanding, text: string, ctx: RenderContext): Reply {
  return renderAnswer(d, decideAnswer(d, u, text), ctx);
}
