// Inline-mode results («@bot Темиртау» in any chat): the same replies the bot gives in
// its own chat, as articles a journalist can drop into a conversation. Every article is
// a rendered card, comparison, tier list or overview, so every figure keeps its source.
// The buttons are links back to the bot: callback buttons would act in someone else's chat.
import type { Understanding } from "../understanding/understand.ts";
import { cardReply, regionReply } from "./answer-reply.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import type { CardSection } from "./callbacks.ts";
import { townName } from "./card.ts";
import { renderCompare } from "./compare.ts";
import { renderOverview, renderTier, renderTiers } from "./national.ts";
import { projectArticles } from "./project-inline.ts";
import { startPayload, type StartTarget } from "./deep-links.ts";
import type { Keyboard, RenderContext, Reply } from "./types.ts";

export interface InlineArticle {
  /** Unique within one answer, ≤ 64 bytes. */
  id: string;
  title: string;
  description: string;
  /** Telegram HTML, under 4096 characters, and the links under it. */
  text: string;
  keyboard: Keyboard;
}

/** Telegram shows at most 50 results per answer; a handful is what fits a phone screen. */
const MAX_INLINE_RESULTS = 10;

/** The deep link that opens the bot at the same reply (see deep-links.ts). */
function startLink(bot: string, target?: StartTarget): string {
  const start = target && startPayload(target);
  return `https://t.me/${bot}${start ? `?start=${start}` : ""}`;
}

/** Plain text of a rendered reply's lines, for an article's one-line description. */
export function plainLine(html: string, max = 120): string {
  const text = html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const SECTION_ORDER: Partial<Record<Understanding["intent"], CardSection[]>> = {
  shortfall: ["funding", "main", "progress"],
  progress: ["progress", "main", "funding"],
  history: ["history", "main"],
};

export function inlineArticles(d: AnswerDeps, u: Understanding | null, ctx: RenderContext, bot: string): InlineArticle[] {
  const { t, lang } = ctx;
  const memo = (key: string, make: () => Reply) => d.memo(`${lang}:${key}`, make);
  const out: InlineArticle[] = [];
  const add = (id: string, title: string, reply: Reply, start: StartTarget, share?: string) => {
    const body =
      reply.text
        .split("\n")
        .slice(1)
        .find((l) => plainLine(l).length > 0) ?? reply.text;
    const keyboard: Keyboard = [[{ text: t("btn-open-bot"), url: startLink(bot, start) }]];
    if (share) keyboard[0]!.push({ text: t("btn-share"), switchInline: share });
    out.push({ id: `${lang}:${id}`.slice(0, 64), title, description: plainLine(body), text: reply.text, keyboard });
  };
  const townArticles = (townId: string, order: CardSection[]) => {
    const town = d.catalog.towns.get(townId);
    if (!town) return;
    const name = townName(town, lang);
    for (const section of order) {
      const reply = cardReply(d, town.id, section, ctx);
      // A section with no sourced figure («no funding figures in my data») is left to the
      // card's one-line summary: every shared article names a source.
      if (section !== "main" && !reply.text.includes("<a href=")) continue;
      const start: StartTarget = section === "history" ? { kind: "history", townId: town.id } : { kind: "town", townId: town.id };
      add(`card:${town.id}:${section}`, t(`inline-title-${section}`, { town: name }), reply, start, name);
    }
  };
  const overview = () =>
    add(
      "overview",
      t("inline-title-overview"),
      memo("overview", () => renderOverview(d.catalog, ctx)),
      { kind: "overview" },
    );
  // A shared message has no tier buttons, so the list does not ask to pick one.
  const tiers = () =>
    add(
      "tiers",
      t("inline-title-tiers"),
      memo("tiers-shared", () => renderTiers(d.catalog, ctx, true)),
      { kind: "tiers" },
    );

  if (!u) {
    overview();
    tiers();
    return out;
  }
  const towns = u.towns.filter((id) => d.catalog.towns.has(id));
  if (u.intent === "project") {
    // «@bot ГПЗ Жанаозен»: the project's card, then its town's.
    for (const a of projectArticles(d, u.projects, ctx)) add(a.id, a.title, a.reply, { kind: "town", townId: a.townId }, a.share);
    for (const id of towns) townArticles(id, ["main"]);
  } else if (towns.length > 1) {
    const names = towns.map((id) => townName(d.catalog.towns.get(id)!, lang));
    add(
      `compare:${towns.join(",")}`,
      t("inline-title-compare", { towns: names.join(" · ") }),
      memo(`compare:${towns.join(",")}`, () => renderCompare(d.catalog, towns, ctx)),
      { kind: "compare", townIds: towns },
      names.join(" ").slice(0, 200),
    );
    for (const id of towns) townArticles(id, ["main"]);
  } else if (towns.length === 1) {
    townArticles(towns[0]!, SECTION_ORDER[u.intent] ?? ["main", "funding", "progress"]);
  } else if (u.intent === "tier_list" && u.tier) {
    const tier = d.catalog.tiers.find((x) => x.id === u.tier);
    if (tier)
      add(
        `tier:${tier.id}`,
        t("inline-title-tier", { tier: lang === "ru" ? tier.labelRu : tier.labelKk }),
        memo(`tier-named:${tier.id}`, () => renderTier(d.catalog, tier.id, ctx, true)),
        { kind: "tier", tierId: tier.id },
      );
    tiers();
  } else if (u.intent === "tier_list") {
    tiers();
  } else if (u.intent === "national_overview" || u.intent === "not_monotown") {
    const region = u.region ? regionReply(d, u.region, ctx) : undefined;
    if (region) add(`region:${u.region}`, plainLine(region.text.split("\n")[0]!, 60), region, { kind: "region", regionId: u.region! });
    overview();
  } else if (u.unknownWords.length) {
    // A misspelt name: the closest towns' cards, as the bot's "did you mean" would offer.
    for (const s of d.towns.suggest(u.unknownWords.join(" "))) townArticles(s.id, ["main"]);
  }
  return out.slice(0, MAX_INLINE_RESULTS);
}
