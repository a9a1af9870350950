// Whether a town's name in a message means the town. It may name a street, a shop, a
// person, a place abroad or a river (drop), another place of that name — a district, a village, a
// town of another region (other-place) — or, alone, several things at once (ask).
import { homonymRule, type Verdict } from "./homonyms.ts";
import type { NameHit } from "./names.ts";
import { placeCase } from "./name-endings.ts";
import type { TownRule } from "./rules.ts";
import type { Votes } from "./votes.ts";

/** A region the message names, by gazetteer id and word positions. */
export interface Area {
  id: string;
  start: number;
  end: number;
}

export interface NameContext {
  toks: string[];
  norm: string[];
  votes: Votes;
  /** An unknown word follows the name (a noun it may qualify: «рудный двор»). */
  nounFollows: boolean;
  /** Regions the message names. */
  regions: Area[];
  /** Those, and places named right after the town, as their regions («Абай Жамбылского р-на»). */
  areas: Area[];
  /** The town's own region. */
  ownRegion: string | undefined;
}

/**
 * Towns named after people. «на Абая», «на Сатпаева», «на Курчатова» (the person's genitive
 * after «на») is how Russian names the street: the town would be «на Абай».
 */
const PERSON_NAMED = new Set(["abai", "satbayev", "kurchatov"]);

/** A patronymic after a name makes it a person's (Ермак Тимофеевич, Абай Құнанбайұлы). */
const PATRONYMIC = /.(ovich|evich|ovna|evna|ichna|uli|kizi)$/;

/** A verdict and the rule that gave it. */
interface Judged {
  verdict: Verdict;
  rule: TownRule;
}

const judged = (verdict: Verdict, rule: TownRule): Judged => ({ verdict, rule });

export function townVerdict(h: NameHit, c: NameContext): Judged & { area?: Area } {
  const { votes, toks } = c;
  const other = usedForSomethingElse(h, c);
  const named = other ? judged("drop", other) : homonym(h, toks[h.end - 1]!, c);
  // «Балқаш ауданы», «Абай району», «посёлок Темиртау», «Абай Жамбылского района»: a
  // district, a village or a place in another region, named like the town.
  const area = c.areas.find((r) => r.id !== c.ownRegion && (r.start === h.end || r.end === h.start));
  const elsewhere: TownRule | null = votes.at.get(h.end)?.some((x) => x.cue === "district")
    ? "town.area-district"
    : votes.near(h, "village", 1)
      ? "town.village-near"
      : area
        ? "town.area-beside"
        : null;
  // A homonym already taken for another place keeps its own, more telling, rule.
  if (named.verdict !== "drop" && named.verdict !== "other-place" && elsewhere) return { verdict: "other-place", rule: elsewhere, area };
  return { verdict: named.verdict, rule: named.rule, area };
}

/**
 * Named after the town or sharing its name: a street or a microdistrict («Аксай-4»), a
 * person, a place abroad, a river or a lake right beside the name. The rule that says so.
 */
function usedForSomethingElse(h: NameHit, c: NameContext): TownRule | null {
  const { votes, toks, norm } = c;
  if (votes.near(h, "street", 1) && !placeCase(toks[h.end - 1]!, h)) return "town.street";
  if (votes.near(h, "venue", 1) && h.bare) return "town.venue";
  if (votes.near(h, "person", 2)) return "town.person-near";
  if (votes.near(h, "abroad", 3)) return "town.abroad-near";
  if (PATRONYMIC.test(toks[h.end] ?? "")) return "town.patronymic";
  if (/^\d$/.test(norm[h.end] ?? "")) return "town.numbered";
  if (PERSON_NAMED.has(h.id) && toks[h.start - 1] === "na" && /(a|ia)$/.test(toks[h.end - 1]!) && !votes.domain) return "town.na-genitive";
  if (!votes.near(h, "city", 1) && (votes.near(h, "river", 1) || votes.near(h, "lake", 1))) return "town.river-or-lake";
  return null;
}

/**
 * Names shared with something else (Аксу, Абай, Алтай, Каратау, Балхаш, Рудный): the town's
 * rules in data/homonyms.json decide, or the bot asks.
 */
function homonym(h: NameHit, word: string, c: NameContext): Judged {
  const { votes, toks } = c;
  const rule = homonymRule(h.id, {
    near: (cue, span) => votes.near(h, cue, span),
    has: (cue) => votes.has(cue),
    domain: votes.domain,
    bare: h.bare,
    word,
    prev: toks[h.start - 1] ?? "",
    next: toks[h.end] ?? "",
    nounFollows: c.nounFollows,
    regions: c.regions.map((r) => r.id),
  });
  return rule ? judged(rule.verdict, rule.id) : judged("keep", "town.plain");
}
