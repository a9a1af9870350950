// What to answer an understood message with, as data: the card section an intent asks for,
// a tier or region list, a comparison, the national overview, or a polite "which one?" /
// "did you mean" / "outside what I know". Rendering it into a reply is src/render/answer-reply.ts.
//
// It lives in the domain because choosing which facts answer a question is a question
// about the facts (is this place a former monotown the national list names, does the
// region exist): it reads the understanding's result and its gazetteer lookups, which
// come before the domain in the flow, and never render, so the choice can be tested
// without any text and the renderer never decides.
import type { TownIndex, Suggestion } from "../understanding/towns.ts";
import type { Understander, Understanding } from "../understanding/understand.ts";
import { projectById } from "./project.ts";
import type { Catalog, Figure, TierId } from "./types.ts";

/** The card sections a question may ask for (sources and about are only reached by buttons). */
type AnsweredSection = "main" | "progress" | "funding" | "history";

/** A place named beside the towns that is not a monotown: said in one line before the answer. */
export interface Aside {
  placeId: string;
  /** The national list names it as having left (Текели). */
  formerListed: boolean;
}

export type Answer =
  /** «Абай» alone: the town, or another place of that name (a region, when it is one). */
  | { kind: "which-one"; word: string; townId: string; otherRegionId: string | null }
  | { kind: "card"; townId: string; section: AnsweredSection }
  /** «когда запустят ГПЗ в Жанаозене»: the project's card; several: a choice. */
  | { kind: "project"; projectIds: string[] }
  | { kind: "compare"; townIds: string[]; aside: Aside | null }
  | { kind: "tier"; tier: TierId }
  | { kind: "tiers" }
  | { kind: "overview" }
  | { kind: "region"; regionId: string }
  /** «Балқаш ауданы»: another place named like a monotown, and the monotowns of its region. */
  | { kind: "namesake"; word: string; townId: string; regionId: string | null }
  /** A place the national list names as having left it, without a card of its own. */
  | { kind: "former-listed"; placeId: string; figure: Figure; regionId: string | null }
  | { kind: "not-monotown"; placeId: string; regionId: string | null }
  | { kind: "help" }
  /** «что неизвестно по Балхашу»: a town's unknowns and who holds them (null: the country's). */
  | { kind: "gaps"; townId: string | null }
  | { kind: "greeting"; thanks: boolean }
  /** Nothing recognised but a word that may be a misspelt town: "did you mean" (maybe no one). */
  | { kind: "not-found"; query: string; suggestions: Suggestion[] }
  | { kind: "out-of-scope"; townIds: string[] };

/** What the choice reads: the catalogue, the town names' index and the gazetteer lookups. */
export interface AnswerFacts {
  catalog: Catalog;
  towns: Pick<TownIndex, "suggest">;
  understander: Pick<Understander, "region" | "place">;
}

const SECTION: Partial<Record<Understanding["intent"], AnsweredSection>> = {
  tier: "main",
  progress: "progress",
  shortfall: "funding",
  town_overview: "main",
  former_monotown: "main",
  history: "history",
};

/** The national list's mention of a place that left it without a card of its own (Текели). */
function formerListed(catalog: Catalog, place: { ru: string; kk: string }): Figure | undefined {
  const same = (a: string | null, b: string) => !!a && a.toLocaleLowerCase("ru") === b.toLocaleLowerCase("ru");
  return catalog.nationalFigures.find((f) => f.key === "removed_town" && (same(f.labelRu, place.ru) || same(f.labelKk, place.kk)));
}

function aside(f: AnswerFacts, placeId: string | null): Aside | null {
  const place = placeId ? f.understander.place(placeId) : undefined;
  return place ? { placeId: place.id, formerListed: !!formerListed(f.catalog, place) } : null;
}

export function decideAnswer(f: AnswerFacts, u: Understanding, text: string): Answer {
  const { catalog, understander } = f;

  const which = u.ambiguous[0];
  if (which && u.towns.length === 1) {
    const other = which.others.find((o) => o.kind === "region" && o.id);
    const region = other?.id ? understander.region(other.id) : undefined;
    return { kind: "which-one", word: which.word, townId: which.townId, otherRegionId: region?.id ?? null };
  }

  switch (u.intent) {
    case "tier":
    case "progress":
    case "shortfall":
    case "town_overview":
    case "former_monotown":
    case "history": {
      const id = u.towns[0];
      if (!id) break;
      // A town named with a place that is not a monotown («балхаш и жезказган сравни»):
      // what can be answered is, and the other place is said not to be a monotown.
      const beside = aside(f, u.place);
      if (u.towns.length > 1 || beside) return { kind: "compare", townIds: u.towns, aside: beside };
      return { kind: "card", townId: id, section: SECTION[u.intent]! };
    }
    case "compare": {
      if (!u.towns.length) break;
      return { kind: "compare", townIds: u.towns, aside: aside(f, u.place) };
    }
    case "tier_list": {
      // «в одной группе с Балхашем»: the tier is the town's.
      const tier = u.tier ?? (u.towns.length === 1 ? (catalog.towns.get(u.towns[0]!)?.tierId ?? null) : null);
      return tier ? { kind: "tier", tier } : { kind: "tiers" };
    }
    case "national_overview": {
      const region = u.region ? understander.region(u.region) : undefined;
      return region ? { kind: "region", regionId: region.id } : { kind: "overview" };
    }
    case "not_monotown": {
      const place = u.place ? understander.place(u.place) : undefined;
      const region = u.region ? understander.region(u.region) : undefined;
      const regionId = region?.id ?? null;
      if (u.namesake && catalog.towns.has(u.namesake.townId)) return { kind: "namesake", word: u.namesake.word, townId: u.namesake.townId, regionId };
      const listed = place && formerListed(catalog, place);
      if (place && listed) return { kind: "former-listed", placeId: place.id, figure: listed, regionId };
      if (place) return { kind: "not-monotown", placeId: place.id, regionId };
      if (region) return { kind: "region", regionId: region.id };
      break;
    }
    case "project": {
      const projectIds = u.projects.filter((id) => projectById(catalog, id));
      if (projectIds.length) return { kind: "project", projectIds };
      break;
    }
    case "subscribe":
    case "unsubscribe":
      // The bot layer acts on these (a wizard, the unsubscribe flow) before asking for an answer.
      break;
    case "gaps":
      return { kind: "gaps", townId: u.towns[0] ?? null };
    case "help":
      return { kind: "help" };
    case "greeting":
      return { kind: "greeting", thanks: u.thanks };
    case "out_of_scope":
      break;
  }
  // Nothing we know: a misspelt town perhaps, else what the bot can do.
  if (!u.towns.length && u.unknownWords.length) {
    const suggestions = f.towns.suggest(u.unknownWords.join(" ").length <= 30 ? u.unknownWords.join(" ") : u.unknownWords[0]!);
    // Only names within typo reach: «Мәскеу» is not a misspelt «Ақсу», and a place abroad gets no town.
    if (suggestions.length) return { kind: "not-found", query: text, suggestions };
    if (u.unknownWords.length === 1 && text.trim().split(/\s+/).length <= 2) return { kind: "not-found", query: text, suggestions: [] };
  }
  return { kind: "out-of-scope", townIds: u.towns };
}
