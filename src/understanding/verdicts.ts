// Whether a town's name in a message means the town. It may name a street, a shop, a
// person, a place abroad or a river (drop), another place of that name — a district, a village, a
// town of another region (other-place) — or, alone, several things at once (ask).
import type { NameHit } from "./names.ts";
import { placeCase } from "./name-endings.ts";
import type { Votes } from "./votes.ts";

export type Verdict = "keep" | "drop" | "ask" | "other-place";

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

/** A patronymic after a name makes it a person's (Ермак Тимофеевич, Абай Құнанбайұлы). */
/** «бол», «болыңыз», «болыңдар», «болайық» after «абай»: the imperative of "be careful". */
const CAREFUL = /^bol(iniz|indar|aik|u)?(shi)?$/;

/**
 * Towns named after people. «на Абая», «на Сатпаева», «на Курчатова» (the person's genitive
 * after «на») is how Russian names the street: the town would be «на Абай».
 */
const PERSON_NAMED = new Set(["abai", "satbayev", "kurchatov"]);

const PATRONYMIC = /.(ovich|evich|ovna|evna|ichna|uli|kizi)$/;

export function townVerdict(h: NameHit, c: NameContext): { verdict: Verdict; area?: Area } {
  const { votes, toks, norm } = c;
  // Named after the town or sharing its name: a street or a microdistrict («Аксай-4»),
  // a person, a place abroad, a river or a lake right beside the name.
  const named =
    (votes.near(h, "street", 1) && !placeCase(toks[h.end - 1]!, h)) ||
    (votes.near(h, "venue", 1) && h.bare) ||
    votes.near(h, "person", 2) ||
    votes.near(h, "abroad", 3) ||
    PATRONYMIC.test(toks[h.end] ?? "") ||
    /^\d$/.test(norm[h.end] ?? "") ||
    (PERSON_NAMED.has(h.id) && toks[h.start - 1] === "na" && /(a|ia)$/.test(toks[h.end - 1]!) && !votes.domain) ||
    (!votes.near(h, "city", 1) && (votes.near(h, "river", 1) || votes.near(h, "lake", 1)))
      ? "drop"
      : homonym(h, toks[h.end - 1]!, c);
  // «Балқаш ауданы», «Абай району», «посёлок Темиртау», «Абай Жамбылского района»: a
  // district, a village or a place in another region, named like the town.
  const area = c.areas.find((r) => r.id !== c.ownRegion && (r.start === h.end || r.end === h.start));
  const elsewhere = votes.at.get(h.end)?.some((x) => x.cue === "district") || votes.near(h, "village", 1) || area;
  return { verdict: named !== "drop" && elsewhere ? "other-place" : named, area };
}

/**
 * Names shared with something else (Аксу, Абай, Алтай, Каратау, Балхаш, Рудный):
 * context decides, or the bot asks.
 */
function homonym(h: NameHit, word: string, c: NameContext): Verdict {
  const { votes } = c;
  const near = (cue: Parameters<Votes["near"]>[1], span?: number) => votes.near(h, cue, span);
  const isCity = near("city", 1);
  const domain = votes.domain;
  switch (h.id) {
    case "abai":
      if (isCity) return "keep";
      // «в Абайской» (области): the region's adjective, not the town.
      if (/^abaisk(aia|oi|uiu)$/.test(word)) return "drop";
      // «абай бол(ыңыз)»: "be careful", said to anyone.
      if (h.bare && CAREFUL.test(c.toks[h.end] ?? "")) return "drop";
      if (near("poet", 3) || (votes.has("poet") && !domain)) return "drop";
      if (domain) return "keep";
      return h.bare && !votes.has("overview") ? "ask" : "keep";
    case "altai":
      if (near("mountain") || near("region", 1)) return "drop";
      if (isCity || domain) return "keep";
      return h.bare ? "ask" : "keep";
    case "karatau":
      if (near("mountain")) return "drop";
      return "keep";
    case "balkhash":
      if (!isCity && (near("lake") || (votes.has("lake") && !domain))) return "drop";
      return "keep";
    case "aksu":
      if (near("river")) return "drop";
      if (c.regions.some((o) => o.id === "akmola" || o.id === "jetisu") || near("village", 1) || near("district", 1)) return "other-place";
      if (isCity || domain) return "keep";
      return h.bare && !votes.has("overview") ? "ask" : "keep";
    case "aksai":
      // Our Аксай is a district's centre, not a district: «Аксайский район» is in Russia.
      if (near("river") || near("district", 1)) return "drop";
      return "keep";
    case "rudny":
      // The town is masculine (Рудный, Рудного, Рудном); «рудная/рудное/рудные» are the
      // adjective "ore" — unless the message asks about the plan («дефицит … в Рудной»).
      if (/^rudn(aia|oe|ie|ih|uiu|oi)$/.test(word) && !domain) return "drop";
      return c.nounFollows && h.bare && !isCity && !domain ? "drop" : "keep";
    default:
      return "keep";
  }
}
