// Turns a message into what the person asks: language, intent, towns, tier, region, and
// what we are unsure of. Pure (no grammY, no Prisma): built from the towns' names and the
// gazetteer, then called once per message.
import type { Lang, TierId, TownStatus } from "../domain/types.ts";
import { CueMatcher, type CueHit } from "./cues.ts";
import { GAZETTEER, regionOf, type Gazetteer } from "./gazetteer.ts";
import { decideLanguage, LanguageSignals } from "./language.ts";
import { LEXICON, type Cue, type LexLang } from "./lexicon.ts";
import { editDistance, NameMatcher, type NameHit } from "./names.ts";
import { isKazakhEnding, isRussianEnding } from "./morphology.ts";
import { normalize, skeleton, skeletonOfWord } from "./normalize.ts";

export const INTENTS = [
  "tier", "progress", "shortfall", "town_overview", "tier_list", "national_overview", "compare", "subscribe", "unsubscribe",
  "help", "greeting", "not_monotown", "former_monotown", "out_of_scope",
] as const;
export type Intent = (typeof INTENTS)[number];

export interface UnderstandingTown {
  id: string;
  status: TownStatus;
  /** The region as the dataset names it (Kazakh or Russian). */
  region: string;
  names: string[];
}

/** A town name that may mean something else: the bot asks instead of guessing. */
export interface Ambiguity {
  townId: string;
  word: string;
  /** What else it may be: another place (gazetteer id), a region, or not a place at all. */
  others: Array<{ kind: "place" | "region" | "other"; id: string | null }>;
}

export interface Understanding {
  lang: Lang;
  /** False when the message carried no clear sign of its language (the stored one was used). */
  langSure: boolean;
  intent: Intent;
  /** Dataset town ids, in the order the message names them. */
  towns: string[];
  tier: TierId | null;
  /** Gazetteer region asked about ("monotowns of Pavlodar region"), or a named place's region. */
  region: string | null;
  /** A named place that is not a monotown (gazetteer id). */
  place: string | null;
  /**
   * A monotown's name used for another place: «Балқаш ауданы», «с. Абай Жамбылского р-на».
   * The reply says which one the monotown is; `region` is then the other place's region.
   */
  namesake: { townId: string; word: string } | null;
  ambiguous: Ambiguity[];
  /** «спасибо», «рахмет»: a greeting-like message that thanks rather than greets. */
  thanks: boolean;
  /** Towns recognised only through a typo: worth a "did you mean" when nothing else was asked. */
  guessed: string[];
  /** Words of four letters or more that matched nothing: a misspelt name, perhaps. */
  unknownWords: string[];
}

type Kind = "town" | "place" | "region";

const TIERS: TierId[] = ["diversifying", "medium_potential", "stagnating"];
/** Cues that make a message about monotown data (as opposed to fuel prices in Жанаозен). */
/** A patronymic after a name makes it a person's (Ермак Тимофеевич, Абай Құнанбайұлы). */
const PATRONYMIC = /.(ovich|evich|ovna|evna|ichna|uli|kizi)$/;

const DOMAIN: Cue[] = ["tier", "progress", "shortfall", "monotown", "subscribe", "former", "diversifying", "medium_potential", "stagnating"];
const MAX_WORDS = 80;
const QUANTIFIED = new Set<Cue>(["progress", "shortfall"]);
const CITY_REGION = "city_of_republican_significance";
/** Cues that point away from monotown data, which a negation cancels. */
const OTHER = new Set<Cue>(["offtopic", "poet", "person", "lake", "mountain", "river"]);
/** A Kazakh genitive ending (-ның/-нің/-дың/-дің/-тың/-тің) in the skeleton alphabet. */
const GENITIVE = /(nin|din|tin)$/;
/** Possessed nouns that follow a town's genitive, as skeletons, with the cue they carry. */
const POSSESSED: Array<[string, Cue]> = [["tobi", "tier"], ["sanati", "tier"]];
/** Nouns that follow «қай» (which) in a tier question: «қай топта», «қай топқа». */
const AFTER_WHICH: Array<[string, Cue]> = [["topta", "tier"], ["topka", "tier"], ["grupe", "tier"], ["grupu", "tier"], ["grupa", "tier"]];
/** «қай», «какой», «какую», «какая» as skeletons. */
const WHICH = new Set(["kai", "kakoi", "kakuiu", "kakaia"]);

export class Understander {
  private names: NameMatcher<Kind>;
  private regionStems: CueMatcher;
  /** «облыс», «область», «аудан», «район»: the nouns inside region and district names. */
  private areaWords = new CueMatcher({ region: LEXICON.region, district: LEXICON.district });
  private cues: CueMatcher;
  private lang = new LanguageSignals();
  private towns: Map<string, UnderstandingTown>;
  private townRegion = new Map<string, string>();

  constructor(towns: UnderstandingTown[], private gazetteer: Gazetteer = GAZETTEER) {
    this.towns = new Map(towns.map((t) => [t.id, t]));
    for (const t of towns) {
      const r = regionOf(gazetteer, t.region);
      if (r) this.townRegion.set(t.id, r.id);
    }
    this.cues = new CueMatcher(undefined, this.lang.ordinary);
    const entries = [
      ...towns.map((t) => ({ id: t.id, kind: "town" as const, names: t.names })),
      ...gazetteer.places.map((p) => ({ id: p.id, kind: "place" as const, names: [p.ru, p.kk, ...p.latin, ...p.aliases] })),
      ...gazetteer.regions.map((r) => ({ id: r.id, kind: "region" as const, names: [r.ru, r.kk, ...r.names] })),
    ];
    this.names = new NameMatcher<Kind>(entries, (s) => this.cues.isKnown(s) || this.lang.ordinary.has(s));
    this.regionStems = new CueMatcher(
      Object.fromEntries(gazetteer.regions.map((r) => [r.id, { ru: r.stems.map((s) => `${s}*`) }])) as never,
    );
  }

  /** The monotowns (and former ones) of a gazetteer region, in dataset order. */
  townsOfRegion(regionId: string): string[] {
    return [...this.towns.keys()].filter((id) => this.townRegion.get(id) === regionId);
  }

  regionOfTown(townId: string): string | null {
    return this.townRegion.get(townId) ?? null;
  }

  region(id: string) {
    return this.gazetteer.regions.find((r) => r.id === id);
  }

  place(id: string) {
    return this.gazetteer.places.find((p) => p.id === id);
  }

  understand(text: string, stored: Lang = "ru"): Understanding {
    const norm = normalize(text).split(" ").filter(Boolean).slice(0, MAX_WORDS);
    const toks = norm.map(skeletonOfWord);
    const result: Understanding = {
      lang: stored, langSure: false, intent: "out_of_scope", towns: [], tier: null, region: null, place: null, namesake: null, ambiguous: [], guessed: [], thanks: false, unknownWords: [],
    };
    if (!toks.length) return result;

    // Region stems (Карагандинской области, области Абай) outrank the names they contain.
    const regionStemHits = this.regionStems.find(toks);
    const inRegion = (h: { start: number; end: number }) => regionStemHits.some((r) => h.start < r.end && r.start < h.end);
    // «Балқашқа қарағанда» is "compared with Балқаш", not the city (Қарағанды in Kazakh).
    const hits = this.names.find(toks, norm).filter((h) => !inRegion(h) && !(h.kind === "place" && norm[h.start] === "қарағанда"));
    const taken = new Array<boolean>(toks.length).fill(false);
    for (const h of [...hits, ...regionStemHits]) for (let i = h.start; i < h.end; i++) taken[i] = true;
    // «не поэт, а город Абай», «ақын емес»: a negated "something else" is not what is asked.
    const cueHits = this.cues.find(toks, taken).filter((c) => !(OTHER.has(c.cue) && (toks[c.start - 1] === "ne" || toks[c.end] === "emes")));
    cueHits.push(...this.possessedTypos(toks, hits, taken, cueHits));

    const cueAt = new Map<number, CueHit[]>();
    for (const c of cueHits) for (let i = c.start; i < c.end; i++) cueAt.set(i, [...(cueAt.get(i) ?? []), c]);
    // One word is one vote per cue, however many languages list it («статус» is Russian,
    // Kazakh and English): the heaviest entry counts, once.
    const count = new Map<Cue, number>();
    for (let k = 0; k < cueHits.length; k++) {
      const c = cueHits[k]!;
      let best = c.weight;
      let first = true;
      for (let j = 0; j < cueHits.length && first; j++) {
        const o = cueHits[j]!;
        if (j === k || o.cue !== c.cue || o.start !== c.start || o.end !== c.end) continue;
        if (o.weight > best || (o.weight === best && j < k)) first = false;
        else best = Math.max(best, o.weight);
      }
      if (first) count.set(c.cue, (count.get(c.cue) ?? 0) + best);
    }
    // «сколько нужно ещё денег…», «қанша қаржы»: what a quantity asks about is the topic.
    const counted = new Set<number>();
    for (const q of cueHits) {
      if (q.cue !== "quantity" || counted.has(q.start)) continue;
      counted.add(q.start);
      const topic = cueHits.find((c) => QUANTIFIED.has(c.cue) && c.weight === 1 && c.start >= q.end && c.start <= q.end + 2);
      if (topic) count.set(topic.cue, (count.get(topic.cue) ?? 0) + 1);
    }
    const has = (c: Cue) => (count.get(c) ?? 0) > 0;
    const near = (h: { start: number; end: number }, cue: Cue, span = 2) => {
      for (let i = h.start - span; i < h.end + span; i++) if (cueAt.get(i)?.some((c) => c.cue === cue)) return true;
      return false;
    };

    // Language: every word that is not a name votes.
    // A name's ending is grammar, and grammar is the frame a mixed message is built on:
    // «Степногорскіде план выполнения қалай» is Kazakh with Russian nouns in it.
    let score = 0;
    for (const h of hits) score += endingLanguage(toks[h.end - 1]!, h);
    // Inside a region's or a place's name, «облысында» or «области» is a common noun in the
    // message's own language: it votes like any word.
    const areaLang = new Map<number, LexLang>();
    if (regionStemHits.length || hits.some((h) => h.kind !== "town")) {
      for (const c of this.areaWords.find(toks, taken.map((t) => !t))) if (c.lang !== "en") areaLang.set(c.start, c.lang);
    }
    for (let i = 0; i < norm.length; i++) {
      if (taken[i]) {
        const area = areaLang.get(i);
        score += area ? this.lang.word(norm[i]!, toks[i]!, area) : this.lang.name(norm[i]!);
        continue;
      }
      // A cue word both languages use («анекдот»), or a Latin word that is also English
      // («info», «status»), tells nothing about the language.
      const langs = new Set(cueAt.get(i)?.map((c) => c.lang));
      const neutral = (langs.has("ru") && langs.has("kk")) || (langs.has("en") && /[a-z]/.test(norm[i]!));
      const cueLang = neutral ? undefined : langs.has("kk") ? "kk" : langs.has("ru") ? "ru" : undefined;
      score += this.lang.word(norm[i]!, toks[i]!, cueLang);
    }
    const { lang, sure } = decideLanguage(score, stored);
    result.lang = lang;
    result.langSure = sure;

    const domain = DOMAIN.some(has);
    const towns: Array<NameHit<Kind>> = [];
    let dropped = false;
    let otherPlace = false;
    let namesakeRegion: string | undefined;
    for (const h of hits) {
      if (h.kind === "region") result.region ??= h.id;
      else if (h.kind === "place") result.place ??= h.id;
      else {
        const next = h.end < toks.length && !taken[h.end] && !cueAt.has(h.end) && !this.lang.ordinary.has(toks[h.end]!);
        const regions = [...hits.filter((o) => o.kind === "region"), ...regionStemHits.map((r) => ({ kind: "region", id: r.cue as string, start: r.start, end: r.end }))];
        // A place named right after the town stands for its region («Абай Жамбылского р-на»).
        const areas = [...regions, ...hits.filter((o) => o.kind === "place" && o.start === h.end).map((o) => ({ ...o, id: this.place(o.id)?.region ?? o.id }))];
        // Named after the town or sharing its name: a street or a microdistrict («Аксай-4»),
        // a person, a place abroad, a river or a lake right beside the name.
        const named = (near(h, "street", 1) && !placeCase(toks[h.end - 1]!, h)) || near(h, "person", 2) || near(h, "abroad", 3) || PATRONYMIC.test(toks[h.end] ?? "") || /^\d$/.test(norm[h.end] ?? "")
          || (!near(h, "city", 1) && (near(h, "river", 1) || near(h, "lake", 1))) ? "drop"
          : this.homonym(h, toks[h.end - 1]!, next, near, has, domain, regions);
        // «Балқаш ауданы», «Абай району», «посёлок Темиртау», «Абай Жамбылского района»: a
        // district, a village or a place in another region, named like the town.
        const ownRegion = this.townRegion.get(h.id);
        const area = areas.find((r) => r.id !== ownRegion && (r.start === h.end || r.end === h.start));
        const elsewhere = cueAt.get(h.end)?.some((c) => c.cue === "district") || near(h, "village", 1) || area;
        const verdict = named !== "drop" && elsewhere ? "other-place" : named;
        if (verdict === "drop") dropped = true;
        else if (verdict === "other-place") {
          otherPlace = true;
          if (!result.namesake) {
            result.namesake = { townId: h.id, word: norm.slice(h.start, h.end).join(" ") };
            namesakeRegion = area?.id;
          }
        } else {
          towns.push(h);
          if (verdict === "ask") result.ambiguous.push(this.ambiguity(h, norm));
        }
      }
    }
    for (const h of regionStemHits) result.region ??= h.cue as string;
    // The place beside a namesake only says where it is («Жамбылского» is not Тараз asked about).
    if (result.namesake) {
      result.place = null;
      if (namesakeRegion && this.region(namesakeRegion)) result.region = namesakeRegion;
    }
    // «г. Шымкент» is a region by law but a city to the person asking: the city is the place.
    if (result.region && !result.place) result.place = this.region(result.region)?.kind === CITY_REGION ? (this.region(result.region)?.center ?? null) : null;
    result.towns = [...new Set(towns.map((t) => t.id))];
    result.guessed = result.towns.filter((id) => towns.every((t) => t.id !== id || t.typo));
    for (let i = 0; i < toks.length; i++) {
      if (!taken[i] && !cueAt.has(i) && norm[i]!.length >= 4 && !this.lang.ordinary.has(toks[i]!)) result.unknownWords.push(norm[i]!);
    }

    const tierCue = TIERS.find((t) => has(t)) ?? null;
    result.intent = this.decide(result, has, count, { tierCue, domain, dropped, otherPlace, words: toks.length });
    // A tier asked for, or subscribed to («подпишись на стагнирующие»: the wizard starts on it).
    if (result.intent === "tier_list" || result.intent === "subscribe") result.tier = tierCue;
    result.thanks = result.intent === "greeting" && has("thanks") && !has("greeting");
    if (result.intent === "not_monotown" && result.place && !result.region) {
      result.region = this.gazetteer.places.find((p) => p.id === result.place)?.region ?? null;
    }
    return result;
  }

  /**
   * «Ақсайдың тбы», «Кентаудың тоыб», «қай тпта», «в какой грппе»: right after a town in the
   * genitive Kazakh expects a possessed noun, and after «қай»/«какой» a tier question expects
   * «топта»/«группе», so a
   * short word one typo from those nouns there is that noun. Too short to fuzzy-match
   * anywhere else (тоы, тбы would hit той, ты...).
   */
  private possessedTypos(toks: string[], hits: Array<NameHit<Kind>>, taken: boolean[], cueHits: CueHit[]): CueHit[] {
    const slots: Array<[number, Array<[string, Cue]>]> = [];
    for (const h of hits) if (h.kind === "town" && GENITIVE.test(toks[h.end - 1]!)) slots.push([h.end, POSSESSED]);
    for (let i = 0; i + 1 < toks.length; i++) if (WHICH.has(toks[i]!)) slots.push([i + 1, AFTER_WHICH]);
    const out: CueHit[] = [];
    for (const [i, nouns] of slots) {
      if (i >= toks.length || taken[i]) continue;
      const tok = toks[i]!;
      if (tok.length < 3 || this.lang.ordinary.has(tok) || cueHits.some((c) => c.start <= i && i < c.end)) continue;
      for (const [noun, cue] of nouns) {
        if (Math.abs(tok.length - noun.length) <= 1 && editDistance(tok, noun) <= 1) {
          out.push({ cue, lang: "kk", weight: 1, start: i, end: i + 1 });
          break;
        }
      }
    }
    return out;
  }

  private decide(
    r: Understanding,
    has: (c: Cue) => boolean,
    count: Map<Cue, number>,
    f: { tierCue: TierId | null; domain: boolean; dropped: boolean; otherPlace: boolean; words: number },
  ): Intent {
    const n = (c: Cue) => count.get(c) ?? 0;
    const townIds = r.towns;
    const offtopic = has("offtopic") && n("offtopic") >= domainCount(count);
    if (has("unsubscribe") || (has("stop") && has("subscribe"))) return "unsubscribe";
    if (has("subscribe") && !(townIds.length === 0 && (has("progress") || has("shortfall")) && !has("monotown") && n("subscribe") < 2 && f.words > 6)) return "subscribe";
    if (townIds.length && offtopic) return "out_of_scope";
    if (townIds.some((id) => this.towns.get(id)?.status !== "monotown")) return "former_monotown";
    if (townIds.length >= 2) return "compare";
    if (townIds.length === 1) {
      const tier = n("tier") + (f.tierCue ? 1 : 0);
      const progress = n("progress");
      const shortfall = n("shortfall");
      const best = Math.max(tier, progress, shortfall);
      // A town and two or more words we know nothing of, and nothing we answer asked about:
      // «Хромтауда қыстық көмір қайдан алуға болады» (where to buy coal) is not for us.
      if (best === 0 && n("overview") + n("aspect") === 0 && r.unknownWords.length >= 2) return "out_of_scope";
      // «группа, ход реализации плана, финансирование»: asked about every section, it is the card.
      if (best === 0 || n("overview") + n("aspect") > best || (tier > 0 && progress > 0 && shortfall > 0)) return "town_overview";
      if (shortfall === best) return "shortfall";
      if (progress === best) return "progress";
      return "tier";
    }
    if (f.otherPlace) return "not_monotown";
    // «город Шахты Ростовской области», «Аксу в Синьцзяне, рейсы из Алматы»: abroad, or a
    // name used for a street or a person next to a place, is not a question for us.
    if (has("abroad") || (f.dropped && r.place && !f.domain)) return "out_of_scope";
    if ((r.place || r.region) && offtopic) return "out_of_scope";
    const placeRegion = r.place ? this.gazetteer.places.find((p) => p.id === r.place)?.region : undefined;
    if (r.place && (!r.region || r.region === placeRegion)) return "not_monotown";
    if (r.region) return "national_overview";
    if (f.dropped) return "out_of_scope";
    if (f.tierCue && !has("offtopic")) return "tier_list";
    if (has("tier") && has("list") && has("monotown")) return "tier_list";
    if (has("help") || (has("bot") && !has("greeting"))) return "help";
    if (offtopic) return "out_of_scope";
    if (has("national") || has("monotown") || has("shortfall") || has("progress") || (has("quantity") && has("monotown"))) return "national_overview";
    if (has("greeting") || has("thanks")) return "greeting";
    return "out_of_scope";
  }

  /**
   * Names shared with something else (Аксу, Абай, Алтай, Каратау, Балхаш, Рудный):
   * context decides, or the bot asks.
   */
  private homonym(
    h: NameHit<Kind>,
    word: string,
    /** An unknown word follows the name (a noun it may qualify: «рудный двор»). */
    nounFollows: boolean,
    near: (h: NameHit<Kind>, cue: Cue, span?: number) => boolean,
    has: (c: Cue) => boolean,
    domain: boolean,
    hits: Array<{ kind: string; id: string }>,
  ): "keep" | "drop" | "ask" | "other-place" {
    const isCity = near(h, "city", 1);
    switch (h.id) {
      case "abai":
        if (isCity) return "keep";
        if (near(h, "poet", 3) || (has("poet") && !domain)) return "drop";
        if (domain) return "keep";
        return h.bare && !has("overview") ? "ask" : "keep";
      case "altai":
        if (near(h, "mountain") || near(h, "region", 1)) return "drop";
        if (isCity || domain) return "keep";
        return h.bare ? "ask" : "keep";
      case "karatau":
        if (near(h, "mountain")) return "drop";
        return "keep";
      case "balkhash":
        if (!isCity && (near(h, "lake") || (has("lake") && !domain))) return "drop";
        return "keep";
      case "aksu":
        if (near(h, "river")) return "drop";
        if (hits.some((o) => o.kind === "region" && (o.id === "akmola" || o.id === "jetisu")) || near(h, "village", 1) || near(h, "district", 1)) return "other-place";
        if (isCity || domain) return "keep";
        return h.bare && !has("overview") ? "ask" : "keep";
      case "aksai":
        // Our Аксай is a district's centre, not a district: «Аксайский район» is in Russia.
        if (near(h, "river") || near(h, "district", 1)) return "drop";
        return "keep";
      case "rudny":
        // The town is masculine (Рудный, Рудного, Рудном); «рудная/рудное/рудные» are the adjective "ore".
        if (/^rudn(aia|oe|ie|ih|uiu|oi)$/.test(word)) return "drop";
        return nounFollows && h.bare && !isCity ? "drop" : "keep";
      default:
        return "keep";
    }
  }

  private ambiguity(h: NameHit<Kind>, norm: string[]): Ambiguity {
    const word = norm.slice(h.start, h.end).join(" ");
    const others: Ambiguity["others"] =
      h.id === "abai" ? [{ kind: "region", id: "abai_region" }, { kind: "other", id: null }]
      : h.id === "aksu" ? [{ kind: "other", id: null }]
      : [{ kind: "other", id: null }];
    return { townId: h.id, word, others };
  }
}

const lastSkeletons = new Map<string, string>();
/** The skeleton of a name's last word; names come from a fixed list, so the map stays small. */
function lastSkeleton(name: string): string {
  let s = lastSkeletons.get(name);
  if (s === undefined) lastSkeletons.set(name, (s = skeleton(normalize(name).split(" ").at(-1) ?? "")));
  return s;
}

/** +1 for a Kazakh suffix chain after a name, -1 for a Russian case ending, 0 when both could be. */
function endingLanguage(tok: string, h: NameHit<Kind>): number {
  if (h.bare || h.typo) return 0;
  const name = lastSkeleton(h.name);
  // The token may carry a declension stem (Житикар-е) rather than the whole name.
  const stem = tok.startsWith(name) ? name : name.slice(0, -1);
  if (!tok.startsWith(stem)) return 0;
  const rest = tok.slice(stem.length);
  if (!rest) return 0;
  const ru = isRussianEnding(rest);
  const kk = stem === name && isKazakhEnding(rest);
  return kk && !ru ? 1 : ru && !kk ? -1 : 0;
}

/** «Риддерде көше жөндеуі»: a name in a Kazakh locative, dative or ablative is the town itself, not a street's name. */
function placeCase(tok: string, h: NameHit<Kind>): boolean {
  const name = lastSkeleton(h.name);
  if (h.bare || h.typo || !tok.startsWith(name)) return false;
  const rest = tok.slice(name.length);
  return isKazakhEnding(rest) && /(da|de|ta|te|ga|ge|ka|ke|na|ne|dan|den|tan|ten|nan|nen)$/.test(rest);
}

function domainCount(count: Map<Cue, number>): number {
  return DOMAIN.reduce((s, c) => s + (count.get(c) ?? 0), 0);
}
