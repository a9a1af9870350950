// Turns a message into what the person asks: language, intent, towns, tier, region, and
// what we are unsure of. Pure (no grammY, no Prisma): built from the towns' names and the
// gazetteer, then called once per message.
import type { Lang, TierId } from "../domain/types.ts";
import { CueMatcher, type CueHit, type Pattern } from "./cues.ts";
import { GAZETTEER, regionOf, type Gazetteer } from "./gazetteer.ts";
import { asksForAll } from "./everything.ts";
import { decideIntent, type Section } from "./intent.ts";
import { decideLanguage, LanguageSignals } from "./language.ts";
import { LEXICON, type Cue, type LexLang } from "./lexicon.ts";
import { accusativeCase, dativeCase, endingLanguage } from "./name-endings.ts";
import { GluedWords } from "./glued.ts";
import { editDistance, isSwapAt, type Match, oneEditAt, NameMatcher, type NameHit, type OtherLetter } from "./names.ts";
import { normalize, normalizedWords, skeletonOfNewWord, skeletonOfWord } from "./normalize.ts";
import { isEnding, isRussianEnding, russianStems } from "./morphology.ts";
import { latinKeyedWords, wrongLayout } from "./layout.ts";
import { asksIfOne, ranksTowns, tierWordsInContext } from "./tier-context.ts";
import { numberedTiers } from "./tier-number.ts";
import { ProjectNames, type UnderstandingProject } from "./project-names.ts";
import { cutSurface, spread, surfaceOf, type Surface } from "./surface.ts";
import { questionBesideGreeting } from "./greeting.ts";
import { IN } from "./text-shape.ts";
import { townVerdict, type Area } from "./verdicts.ts";
import { VOCABULARY, type Vocabulary } from "./vocabulary.ts";
import { dataWordSkeletons } from "./word-lists.ts";
import { DOMAIN, Votes } from "./votes.ts";
import type { Ambiguity, Understanding, UnderstandingTown } from "./types.ts";
import { StampedMemo } from "./memo.ts";

export type { Ambiguity, Understanding, UnderstandingTown } from "./types.ts";
export type { UnderstandingProject } from "./project-names.ts";

type Kind = "town" | "place" | "region";

/**
 * What is known of one word (as normalised), kept across messages: a word costs one memo
 * look-up, not one in each matcher (look-ups in large maps are most of a message's time).
 */
interface WordInfo {
  /** The word memo's generation it was last asked for in (StampedMemo). */
  generation: number;
  tok: string;
  /** A dictionary knows it (vocabulary.ts): read only as it is, by names and cues alike. */
  dictionary: boolean;
  /** The towns the dictionary word would have been misread as (`town.ordinary-word`); none for other words. */
  ordinaryTowns: readonly string[];
  /** A function word (LanguageSignals.ordinary), asked of a word at several places a message. */
  ordinary: boolean;
  /** A function word or a word the lexicon knows, not a misspelt name (the verdicts ask): filled when first asked. */
  known?: boolean;
  /** How it reads as names' last words. */
  names: ReadonlyArray<Match<Kind>>;
  /** How it reads as region stems' last words. */
  regionStems: readonly Pattern[];
  /** How it reads as cues' last words, and which project words it matches: filled when first asked. */
  cues?: readonly Pattern[];
  project?: ReadonlySet<number>;
  /** The two words it was typed as, glued together («Теміртаудыңтобы»), or null: filled when first asked. */
  glued?: readonly string[] | null;
  /**
   * Its language vote (LanguageSignals.word) by the language of the cue read in it (VOTE_NONE,
   * VOTE_RU, VOTE_KK, VOTE_BOTH), each filled when first asked. An array by a number, not an object by
   * the language: an object given its keys in different orders made the look-up megamorphic.
   */
  votes?: Array<number | undefined>;
}

/** The Kazakh «and» that joins names in a list («Балқаш пен Теміртау»). */
const LIST_AND = new Set(["мен", "бен", "пен"]);
/** Kazakh «there is», «there is not» (also typed «жок»), and the question particles after them. */
const EXISTENTIAL = new Set(["бар", "жоқ", "жок"]);
/**
 * Kazakh verbs of standing and belonging as a message's last word («тұр», «жатыр», «кіреді»),
 * also typed without Kazakh letters: Kazakh puts the verb last, so it frames the Russian nouns
 * before it («Хромтау какой группада тұр»). «тур» is left out: it is the Russian «tour».
 */
const KAZAKH_PREDICATE = new Set(["тұр", "тұрады", "турады", "жатыр", "жатады", "кіреді", "киреди", "енеді", "енеди"]);
const QUESTION_PARTICLE = new Set(["ма", "ме", "ба", "бе", "па", "пе"]);
/** A Russian verb in the past tense («сдали», «закончила», «начал»): the particle after it is Kazakh grammar. */
const RUSSIAN_PAST = /^[а-яё]{2,}[аиеоуыя](л|ла|ло|ли)$/;
/**
 * A letter of any script. A constant, not a literal in the loop: under tsx (esbuild) a literal
 * with \p{…} becomes `new RegExp(…)`, made again each time it is reached.
 */
const LETTER = /\p{L}/u;
/** A word's language vote by the language of the cue read in it: its place in `WordInfo.votes`. */
const VOTE_NONE = 0;
const VOTE_RU = 1;
const VOTE_KK = 2;
const VOTE_BOTH = 3;
const TIERS: TierId[] = ["diversifying", "medium_potential", "stagnating"];
/**
 * The most words of a message read, a bound on the work. Published text of 1 000 characters
 * (MAX_INPUT) with numbers and addresses splits into 150–250 words, and a town named late in it
 * («Екібастұз қаласының мемлекеттік мұрағаты» after a page of telephone numbers) is a town named.
 */
const MAX_WORDS = 250;
/** Words that make a message a question or a request (data/question-words.txt), as skeletons. */
const QUESTION_WORDS: ReadonlySet<string> = dataWordSkeletons("question-words.txt");
/** Words that join two questions in one message (data/clause-joiners.txt), as skeletons. */
const CLAUSE_JOINERS: ReadonlySet<string> = dataWordSkeletons("clause-joiners.txt");
/** The card's sections a cue asks for: a tier named asks the tier. */
const SECTION_OF: Partial<Record<Cue, Section>> = {
  tier: "tier",
  diversifying: "tier",
  medium_potential: "tier",
  stagnating: "tier",
  progress: "progress",
  shortfall: "shortfall",
};
const SECTION_CUES = Object.entries(SECTION_OF) as Array<[Cue, Section]>;
/** A name this long tells its typos from other words (names.ts counts a changed letter from six). */
const LONG_NAME = 6;
/** The bare Kazakh «қала» (town), in the skeleton alphabet: before a word it qualifies it. */
const CITY_BARE_KK = skeletonOfWord("қала");
/** Fewer words than this is a question, not running text (the twelve of `town.typo-in-text`). */
const SHORT_MESSAGE = 12;
/**
 * The intent rules that need a word asking about a town's data: a town read over a
 * dictionary word (misspeltOverWord) stands only when one of them decides.
 */
const ASKED_OF_TOWN = new Set<string>([
  "intent.town-tier",
  "intent.town-progress",
  "intent.town-shortfall",
  "intent.town-overview-cue",
  "intent.town-every-section",
  "intent.town-first-question",
  "intent.town-dative-quantity",
  "intent.two-towns",
  "intent.subscribe",
  "intent.sign-up-verb",
  "intent.unsubscribe",
  "intent.stop-towns",
  "intent.gaps",
  "intent.town-history",
]);
/**
 * Of those, what a former monotown is asked about: its group, beside another town, its digest.
 * Not a section asked alone: «аралық есеп», «аралық қаржыландыру» (an interim report, interim
 * funding) are no questions about Арқалық.
 */
const ASKED_OF_FORMER = new Set<string>([
  "intent.town-tier",
  "intent.two-towns",
  "intent.subscribe",
  "intent.sign-up-verb",
  "intent.unsubscribe",
  "intent.stop-towns",
]);
const WORD_MEMO_LIMIT = 20_000;
/** «за» (for) and «үшін» (for, after its noun), in the skeleton alphabet: what thanks are given for. */
const THANKS_FOR_RU = skeletonOfWord("за");
const THANKS_FOR_KK = skeletonOfWord("үшін");
/** `WordInfo.ordinaryTowns` of a word no dictionary knows: one shared list, never changed. */
const NO_TOWNS: readonly string[] = [];
/**
 * The longest text read, in characters: whatever comes in (a question, a command's
 * argument, a wizard's answer, an inline query) is cut to this first. Splitting glued
 * words grows faster than the text, and Telegram lets a message run to 4096 characters.
 */
export const MAX_INPUT = 1000;
/** An ablative and "I am" («Павлодарданмын»: I am from Pavlodar). */
const HOME_ENDING = /(dan|den|tan|ten|nan|nen)(min|pin|bin)$/;
/** «моноқала», «моногород», «монокала» as skeletons. */
const SINGULAR_MONOTOWN = new Set(["monokala", "monogorod"]);
/** Question particles after a predicate: ма, ме, ба, бе, па, пе, ли. */
const QUESTION = new Set(["ma", "me", "ba", "be", "pa", "pe", "li"]);
const CITY_REGION = "city_of_republican_significance";
/** Cues that point away from monotown data, which a negation cancels. */
const OTHER = new Set<Cue>(["offtopic", "poet", "person", "lake", "mountain", "river"]);
/** Cues that only tell what a town's name beside them means (verdicts.ts). */
const CONTEXT_ONLY = new Set<Cue>(["facility", "reserve", "site"]);
/** A Kazakh genitive ending (-ның/-нің/-дың/-дің/-тың/-тің) in the skeleton alphabet. */
const GENITIVE = /(nin|din|tin)$/;
/** Possessed nouns that follow a town's genitive, as skeletons, with the cue they carry. */
const POSSESSED: Array<[string, Cue]> = [
  ["tobi", "tier"],
  ["sanati", "tier"],
];
/** Nouns that follow «қай», «қандай» (which) in a tier question: «қай топта», «қай топқа», «қандай санатта». */
const AFTER_WHICH: Array<[string, Cue]> = [
  ["topta", "tier"],
  ["topka", "tier"],
  ["grupe", "tier"],
  ["grupu", "tier"],
  ["grupa", "tier"],
  ["sanata", "tier"],
];
/** «қай», «қандай», «какой», «какую», «какая» as skeletons. */
const WHICH = new Set(["kai", "kandai", "kakoi", "kakuiu", "kakaia"]);
/**
 * «а», «ал», «ну», «ше», and «что», «чего», «чё» (what [was given]): what a follow-up is made of
 * besides its town («ал Рудныйға ше?», «а Рудному?», «а Рудному чего?»); «пожалуйста», «өтінемін»
 * (please) ask nothing more.
 */
const FOLLOW_UP = new Set(["a", "al", "nu", "she", "chto", "chego", "che", "pojaluista", "otinemin"]);
/** «жаз», «жазыңыз», «жазыңызшы», «жазып (қойыңыз)»: write (me) down; after a town in the dative, sign me up for it. */
const WRITE_DOWN = /^jaz(shi|iniz|inizshi|saniz|sanizshi|ip)?$/;
/** «қос», «қосшы», «қосыңыз», «қоссаңыз», «қосып (қойыңыз)» as skeletons (a doubled «с» is one): add; after a town in the accusative, add it to my towns. */
const ADD = /^(kos|koshi|kosiniz|kosinizshi|kosaniz|kosanizshi|kosip)$/;
/** Words that may stand between the town and «жазыңыз», «қосшы»: «мені» (me), «да» (too), «тізіміме» (to my list), «жазылымға». */
const SIGN_UP_BETWEEN = /^(meni|bizdi|da$|de$|ta$|te$|tizim|jazilim|podpisk|spisok)/;
/** «қалаларға», «моноқалаларға» (to the towns): with a tier named, what «жазыңыз» signs up for. */
const TOWNS_DATIVE = /^(mono)?kalalarga$/;
/** The noun «бюджет» in a case form, «госбюджет» («бюджетных», «бюджеттен» are the plan's money as often). */
const BUDGET = /^(gos)?biudjet(a|u|e|om|i|in|inin|ine|inde|ke)?$/;
/** What a question about a named project may have been read as before its project was seen. */
const PROJECT_OVER = new Set<Understanding["intent"]>([
  "town_overview",
  "progress",
  "shortfall",
  "tier",
  "former_monotown",
  "national_overview",
  "out_of_scope",
]);

export class Understander {
  private names: NameMatcher<Kind>;
  private regionStems: CueMatcher;
  /** «облыс», «область», «аудан», «район»: the nouns inside region and district names. */
  private areaWords = new CueMatcher({ region: LEXICON.region, district: LEXICON.district });
  private cues: CueMatcher;
  private lang = new LanguageSignals();
  private towns: Map<string, UnderstandingTown>;
  private townRegion = new Map<string, string>();
  /** Towns whose name names another place in Kazakhstan too (the gazetteer's homonyms). */
  private namesakes: ReadonlySet<string>;
  /** Towns whose name is also a city's district of numbered microdistricts («Аксай-4» in Almaty). */
  private numberedElsewhere: ReadonlySet<string>;
  private glued: GluedWords;
  private projects: ProjectNames;
  private words = new StampedMemo<WordInfo>(WORD_MEMO_LIMIT);
  // What the rules ask of the Understander, made once: a function made inside understand()
  // would be made again for every message.
  private placeRegion = (id: string) => this.place(id)?.region;
  private statusOf = (id: string) => this.towns.get(id)?.status;

  constructor(
    towns: UnderstandingTown[],
    private gazetteer: Gazetteer = GAZETTEER,
    projects: UnderstandingProject[] = [],
    /** Ordinary words that are not misspelt names or cues (vocabulary.ts). */
    private vocabulary: Vocabulary = VOCABULARY,
  ) {
    this.towns = new Map(towns.map((t) => [t.id, t]));
    const atHome = (gazetteer.homonyms ?? []).filter((h) => h.other_region !== null && h.other_kind !== "word");
    this.namesakes = new Set(atHome.map((h) => h.monotown));
    // A district of a city of republican significance (Almaty's Аксай) is where numbered microdistricts are.
    const cities = new Set(gazetteer.regions.filter((r) => r.kind === "city_of_republican_significance").map((r) => r.id));
    this.numberedElsewhere = new Set(atHome.filter((h) => h.other_kind === "district" && cities.has(h.other_region!)).map((h) => h.monotown));
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
    this.names = new NameMatcher<Kind>(
      entries,
      (s) => this.cues.isKnown(s) || this.lang.ordinary.has(s),
      (w) => vocabulary.has(w),
      new Set<Kind>(["town"]),
    );
    this.glued = new GluedWords({
      isCue: (t) => this.cues.isKnown(t),
      isRead: (t) => this.cues.matches(t),
      isOrdinary: (t) => this.lang.ordinary.has(t),
      isTown: (t) => this.names.isName(t, "town"),
      isBareTown: (t) => this.names.isBareName(t, "town"),
      isPlace: (t) => this.names.isName(t, "place"),
      isPhrase: (a, b) => this.cues.isPhrase(a, b),
    });
    this.projects = new ProjectNames(projects, (t) => this.names.isName(t, "town") || this.names.isName(t, "place") || this.names.isName(t, "region"));
    this.regionStems = new CueMatcher(Object.fromEntries(gazetteer.regions.map((r) => [r.id, { ru: r.stems.map((s) => `${s}*`) }])) as never);
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
    const first = this.misspeltOverWord(this.read(text, stored), text, stored);
    // «Ntvbhnfe»: words keyed on the Latin layout that nothing knew, read again as the
    // Russian letters on the same keys; kept when that reading knows more and finds something.
    // A message with no unknown word has none to turn: the text is not looked at again.
    // The Latin-keyed words are checked before the text is turned: most are known words.
    if (!first.unknownWords.length) return first;
    const raw = text.slice(0, MAX_INPUT);
    if (!longWordsUnknown(latinKeyedWords(raw), first.unknownWords)) return first;
    const again = this.read(wrongLayout(raw)!.text, stored);
    if (again.unknownWords.length >= first.unknownWords.length || (!again.towns.length && again.intent === "out_of_scope")) return first;
    return { ...again, because: [...again.because.slice(0, 1), "text.keyboard-layout", ...again.because.slice(1)] };
  }

  /**
   * «Хромату план выполнен или нет»: a word a dictionary knows (chromate, in the dative) that
   * is also a town's name with a typo, in a short message, read again as the town; kept when
   * that reading asks about the town's data by a rule that needs a word asking it (a section,
   * a comparison, a subscription), so a bare word or one that asks nothing stays the word.
   */
  private misspeltOverWord(first: Understanding, text: string, stored: Lang): Understanding {
    if (!first.because.some((r) => r.startsWith("town.ordinary-word:"))) return first;
    const words = normalizedWords(text.slice(0, MAX_INPUT));
    if (words.length >= SHORT_MESSAGE) return first;
    const freed = new Set(words.filter((w) => this.vocabulary.townsOf(w).some((id) => this.longNameTypo(w, id))));
    if (!freed.size) return first;
    const wordTowns = new Set([...freed].flatMap((w) => this.vocabulary.townsOf(w)));
    const again = this.read(text, stored, freed);
    // Only the freed words' towns come in, and every town read before stays.
    const added = again.towns.filter((id) => !first.towns.includes(id));
    if (!added.length || !added.every((id) => wordTowns.has(id)) || !first.towns.every((id) => again.towns.includes(id))) return first;
    if (!ASKED_OF_TOWN.has(again.because.at(-1)!) && !this.namedAsTown(words, freed) && !this.askedAsMonotown(first, again, text, stored, freed, added))
      return first;
    return { ...again, because: [again.because[0]!, ...added.map((id) => `town.misspelt-over-word:${id}` as const), ...again.because.slice(1)] };
  }

  /**
   * «Қарату қаласы», «г. Хромату»: a city word right beside the word makes it a town's name;
   * «ну а Хромату?», nothing but the word after «а», «ал», «ну», asks about the town it names.
   */
  private namedAsTown(words: string[], freed: ReadonlySet<string>): boolean {
    const city = (w: string | undefined) => w !== undefined && this.cues.readingOf(skeletonOfWord(w), true).some((p) => p.cue === "city" && !p.head.length);
    // Before the word, the bare Kazakh «қала» qualifies it (a town's name comes before «қаласы»):
    // «қала аралық» is intercity, not Арқалық.
    const cityBefore = (w: string | undefined) => city(w) && skeletonOfWord(w!) !== CITY_BARE_KK;
    if (words.some((w, i) => freed.has(w) && (cityBefore(words[i - 1]) || city(words[i + 1])))) return true;
    return words.length > 1 && words.every((w) => freed.has(w) || FOLLOW_UP.has(skeletonOfWord(w))) && !freed.has(words[0]!);
  }

  /**
   * «Аралық қай топта» (Арқалық): a former monotown is former_monotown whatever is asked, so
   * whether the message asks about its data is read as if it were still one; «Аралық моноқала
   * ма?», the word asked about as a monotown, asks about it too.
   */
  private askedAsMonotown(first: Understanding, again: Understanding, text: string, stored: Lang, freed: ReadonlySet<string>, added: string[]): boolean {
    if (again.because.at(-1) !== "intent.former-monotown") return false;
    if (first.because.at(-1) === "intent.unknown-place-as-monotown") return true;
    const asOne = this.read(text, stored, freed, new Set(added));
    return ASKED_OF_FORMER.has(asOne.because.at(-1)!);
  }

  /**
   * Whether a word (normalised) is one of the town's names of six letters or more with two
   * letters inside it swapped or one left out, its first and last letters kept, and endings
   * after it: «хромату» (Хромтау), «қаржалдың» (Қаражал); not «алатынын» (Алтай is too short
   * to tell), «степного» (Степногор without its last letter), «алкаш» (Балкаш without its first).
   */
  private longNameTypo(word: string, id: string): boolean {
    const tok = skeletonOfWord(word);
    return (this.towns.get(id)?.names ?? []).some((name) => {
      const last = skeletonOfWord(normalize(name).split(" ").at(-1) ?? "");
      if (last.length < LONG_NAME) return false;
      for (const k of [last.length - 1, last.length]) {
        const head = tok.slice(0, k);
        if (k > tok.length || head[0] !== last[0] || head.at(-1) !== last.at(-1) || !isEnding(tok.slice(k))) continue;
        if (k === last.length ? isSwapAt(tok, k, last) : oneEditAt(tok, k, last)) return true;
      }
      return false;
    });
  }

  private read(text: string, stored: Lang, freed?: ReadonlySet<string>, asMonotown?: ReadonlySet<string>): Understanding {
    const raw = text.slice(0, MAX_INPUT);
    const words = normalizedWords(raw);
    // The words read, glued ones split in two, and what is known of each (one loop, no
    // array made per reading).
    const norm: string[] = [];
    const info: WordInfo[] = [];
    const toks: string[] = [];
    // Dictionary words (vocabulary.ts) are read only as they are, by names and cues alike.
    const dictionary: boolean[] = [];
    const nameReadings: Array<ReadonlyArray<Match<Kind>>> = [];
    const regionReadings: Array<readonly Pattern[]> = [];
    for (let i = 0; i < words.length && i < MAX_WORDS; i++) {
      const whole = this.word(words[i]!);
      const parts = this.gluedParts(words[i]!, whole);
      for (let j = 0; j < (parts ? parts.length : 1); j++) {
        const w = parts ? parts[j]! : words[i]!;
        const wi = parts ? this.word(w) : whole;
        // A word misspeltOverWord frees is read as a name may be, typo and all.
        const free = freed?.has(w) === true;
        norm.push(w);
        info.push(wi);
        toks.push(wi.tok);
        dictionary.push(wi.dictionary && !free);
        nameReadings.push(free ? this.names.readingOf(wi.tok, w, false) : wi.names);
        regionReadings.push(wi.regionStems);
      }
    }
    const result: Understanding = {
      lang: stored,
      langSure: false,
      intent: "out_of_scope",
      towns: [],
      projects: [],
      tier: null,
      region: null,
      place: null,
      namesake: null,
      ambiguous: [],
      guessed: [],
      thanks: false,
      unknownWords: [],
      because: ["lang.no-sign", "intent.empty"],
    };
    if (!toks.length) return result;

    // Region stems (Карагандинской области, области Абай) outrank the names they contain.
    const regionStemHits = this.regionStems.find(toks, undefined, undefined, regionReadings);
    // «сараң», «ақсүйегі»: a short name's skeleton typed with a Kazakh letter it does not have.
    const otherLetters: Array<OtherLetter<Kind>> = [];
    // «Балқашқа қарағанда» is "compared with Балқаш", not the city (Қарағанды in Kazakh).
    const named = this.names
      .find(toks, norm, dictionary, nameReadings, otherLetters)
      .filter((h) => !overlapsAny(h, regionStemHits) && !(h.kind === "place" && norm[h.start] === "қарағанда"));
    // «Кентауды қосшы»: the word right after a town in the accusative is the verb («add»), not the village Қосшы.
    const found = named.filter(
      (h) =>
        !(
          h.kind === "place" &&
          h.bare &&
          h.end - h.start === 1 &&
          ADD.test(toks[h.start]!) &&
          named.some((t) => t.kind === "town" && t.end === h.start && accusativeCase(toks[t.end - 1]!, t))
        ),
    );
    let hits = found.filter((h) => !h.joined);
    const taken = new Array<boolean>(toks.length).fill(false);
    for (const h of hits) take(taken, h);
    for (const h of regionStemHits) take(taken, h);
    // «не поэт, а город Абай», «ақын емес»: a negated "something else" is not what is asked.
    const cueReadings: Array<readonly Pattern[] | undefined> = [];
    for (let i = 0; i < info.length; i++) {
      const w = info[i]!;
      cueReadings.push(taken[i] ? undefined : (w.cues ??= this.cues.readingOf(w.tok, w.dictionary)));
    }
    let cueHits = this.cues
      .find(toks, taken, dictionary, cueReadings)
      .filter((c) => !(OTHER.has(c.cue) && (toks[c.start - 1] === "ne" || toks[c.end] === "emes")));
    // A town typed as two words («темир тау», «жанна озен») only in a question about the data:
    // the words are ordinary ones too («қара жалды айғыр», a black-maned stallion).
    const joined = found.filter((h) => h.joined && h.kind === "town");
    if (joined.length) {
      if (cueHits.some((c) => DOMAIN.includes(c.cue) && !overlapsAny(c, joined))) {
        hits = [...hits.filter((h) => !overlapsAny(h, joined)), ...joined].sort((a, b) => a.start - b.start);
        for (const h of joined) take(taken, h);
        cueHits = cueHits.filter((c) => !overlapsAny(c, joined));
      }
    }
    cueHits.push(...this.possessedTypos(toks, hits, taken, cueHits));
    cueHits = cueHits.filter((c) => !finiteVerb(c, norm, cueHits) || !this.cues.isInfinitiveEntry(toks[c.start]!, c.cue));
    // Whether a town is named, asked below at several places (hits stay as they are from here).
    const townNamed = hits.some((h) => h.kind === "town");
    // «3-ші топтағы», «моногорода группы 3», «третьей категории»: a tier by its number.
    cueHits.push(...numberedTiers(norm, toks, townNamed || cueHits.some((c) => c.cue === "monotown")));
    cueHits = tierWordsInContext(cueHits, townNamed, toks);

    const votes = new Votes(cueHits);
    // A word that only says what a name beside it is (a plant: «комбинат») is not read as
    // asking anything: it leaves the language and the unknown words as they were.
    // By word position (an array: positions are small numbers).
    const cueAt: Array<CueHit[] | undefined> = [];
    for (const [i, cs] of votes.at) {
      const asking = cs.filter((c) => !CONTEXT_ONLY.has(c.cue));
      if (asking.length) cueAt[i] = asking;
    }

    // Language: every word that is not a name votes.
    // A name's ending is grammar, and grammar is the frame a mixed message is built on:
    // «Степногорскіде план выполнения қалай» is Kazakh with Russian nouns in it.
    let score = 0;
    for (const h of hits) score += endingLanguage(toks[h.end - 1]!, h);
    // Inside a region's or a place's name, «облысында» or «области» is a common noun in the
    // message's own language: it votes like any word.
    const areaLang: Array<LexLang | undefined> = [];
    if (regionStemHits.length || hits.some((h) => h.kind !== "town")) {
      for (const c of this.areaWords.find(
        toks,
        taken.map((t) => !t),
      ))
        if (c.lang !== "en") areaLang[c.start] = c.lang;
    }
    for (let i = 0; i < norm.length; i++) {
      if (taken[i]) {
        const area = areaLang[i];
        score += area ? this.lang.word(norm[i]!, toks[i]!, area) : this.lang.name(norm[i]!);
        continue;
      }
      // A cue word both languages use («анекдот»), or a Latin word that is also English
      // («info», «status»), tells nothing about the language.
      let ru = false;
      let kk = false;
      let en = false;
      for (const c of cueAt[i] ?? []) {
        ru ||= c.lang === "ru";
        kk ||= c.lang === "kk";
        en ||= c.lang === "en";
      }
      const shared = ru && kk;
      const neutral = shared || (en && /[a-z]/.test(norm[i]!));
      const cueLang = shared ? "both" : neutral ? undefined : kk ? "kk" : ru ? "ru" : undefined;
      const by = shared ? VOTE_BOTH : neutral ? VOTE_NONE : kk ? VOTE_KK : ru ? VOTE_RU : VOTE_NONE;
      // «сравни Балхаш мен Темиртау»: the Kazakh «and» between two names joins the list, it
      // does not frame the sentence: it leans Kazakh by a quarter of a Kazakh word.
      const joins = LIST_AND.has(norm[i]!) && taken[i - 1] && taken[i + 1];
      const votes = (info[i]!.votes ??= [undefined, undefined, undefined, undefined]);
      const vote = (votes[by] ??= this.lang.word(norm[i]!, toks[i]!, cueLang));
      score += joins ? Math.min(0.5, vote) : vote;
    }
    // «Павлодар облысында какие моногорода бар?»: Russian nouns, and «бар» or «жоқ» (there is,
    // there is not) at the end as the predicate that frames the sentence: it counts twice.
    let last = norm.length - 1;
    while (last >= 0 && (taken[last] || !LETTER.test(norm[last]!) || QUESTION_PARTICLE.has(norm[last]!))) last--;
    const existential = last >= 0 && EXISTENTIAL.has(norm[last]!);
    const verb = last >= 0 && KAZAKH_PREDICATE.has(norm[last]!);
    // «Сатбаевта объекты сдали ма?»: a Kazakh question particle that ends the message right
    // after a Russian verb in the past tense asks the question in Kazakh.
    let end = norm.length - 1;
    while (end >= 0 && !LETTER.test(norm[end]!)) end--;
    const particle = end > 0 && !taken[end] && QUESTION_PARTICLE.has(norm[end]!) && !taken[end - 1] && RUSSIAN_PAST.test(norm[end - 1]!);
    const predicate = existential || verb || particle ? 2 : 0;
    const voted = decideLanguage(score + predicate, stored);
    const { lang, sure } = voted;
    const turned = predicate && decideLanguage(score, stored).lang !== lang;
    const frame = existential ? "lang.kazakh-existential" : verb ? "lang.kazakh-predicate" : "lang.kazakh-question-particle";
    const langRule = turned ? frame : voted.rule;
    result.lang = lang;
    result.langSure = sure;
    const because: Understanding["because"] = [langRule];

    const towns: Array<NameHit<Kind>> = [];
    // Quotes, hyphens and capitals, read only when a town's name is there to judge.
    const surface = townNamed ? this.surfaceOfText(raw, words, norm.length) : null;
    let dropped = false;
    let otherPlace = false;
    let namesakeRegion: string | undefined;
    const regions = regionsNamed(hits, regionStemHits);
    // «Я из Караганды. Сколько всего моногородов по стране?», «Павлодарданмын»: where the
    // writer is from, not what is asked, when the message asks about the country or a town.
    const asksElsewhere = votes.has("national") || townNamed;
    // Every name the message holds, for the verdicts on its towns (made once, read only).
    const names = townNamed ? [...hits, ...regionStemHits.map((r) => ({ start: r.start, end: r.end, kind: "region", id: r.cue as string }))] : [];
    const known = names.length ? knownWords(info, this.cues) : [];
    for (const h of hits) {
      if (h.kind !== "town" && asksElsewhere && isHome(h, toks)) continue;
      if (h.kind === "region") result.region ??= h.id;
      else if (h.kind === "place") result.place ??= h.id;
      else {
        const { verdict, rule, area } = townVerdict(h, {
          toks,
          norm,
          votes,
          regions,
          nounFollows: nounFollows(h, toks, norm, surface) && !taken[h.end] && !cueAt[h.end] && !info[h.end]!.ordinary,
          areas: this.areasAfter(h, hits, regions, toks, votes),
          ownRegion: this.townRegion.get(h.id),
          numberedElsewhere: this.numberedElsewhere.has(h.id),
          formerRegion: this.region(this.townRegion.get(h.id) ?? "")?.formerlyPartOf,
          names,
          known,
          surface,
          placeRegion: this.placeRegion,
          kazakh: lang === "kk",
        });
        because.push(`${rule}:${h.id}`);
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
    // A dictionary word the matcher would have taken for a town with a typo or an ending
    // («алатын», not Алтай): said, so `because` explains why no town was read there.
    for (let i = 0; i < toks.length; i++) if (dictionary[i]) for (const id of info[i]!.ordinaryTowns) because.push(`town.ordinary-word:${id}`);
    for (const o of otherLetters)
      if (o.kind === "town" && !taken[o.at] && !because.includes(`town.kazakh-letter:${o.id}`)) because.push(`town.kazakh-letter:${o.id}`);
    for (const h of regionStemHits) result.region ??= h.cue as string;
    // The place beside a namesake only says where it is («Жамбылского» is not Тараз asked about).
    if (result.namesake) {
      result.place = null;
      if (namesakeRegion && this.region(namesakeRegion)) result.region = namesakeRegion;
    }
    // «г. Шымкент» is a region by law but a city to the person asking: the city is the place.
    if (result.region && !result.place) result.place = this.region(result.region)?.kind === CITY_REGION ? (this.region(result.region)?.center ?? null) : null;
    // Each town once, in the order first read (a loop: a message names few).
    for (const t of towns) if (!result.towns.includes(t.id)) result.towns.push(t.id);
    result.guessed = result.towns.filter((id) => towns.every((t) => t.id !== id || t.typo));
    for (let i = 0; i < toks.length; i++) {
      if (unknownAt(i, taken, cueAt, norm, info)) result.unknownWords.push(norm[i]!);
    }

    // «лучший», «ең нашар» name a tier or rank the towns (tierNamed).
    const ranks = ranksTowns(votes, toks);
    const tiersNamed = TIERS.filter((t) => tierNamed(t, votes, ranks) || (!ranks && cueHits.some((c) => c.cue === t && townPredicate(c, towns, toks))));
    const tierCue = namedTier(tiersNamed, cueHits, toks);
    const tiersAsked = tiersNamed.filter((t) => !negatedTier(t, cueHits, toks)).length;
    // A word of the greeting or thanks itself asks nothing, nor does the particle after one («Сәлеметсіз бе»).
    // A hello or thanks around a request adds nothing to it («Сәлеметсіз бе, барлығынан бас тарт»).
    let politeWords = 0;
    if (votes.has("greeting") || votes.has("thanks")) for (let i = 0; i < toks.length; i++) if (polite(toks, votes, i)) politeWords++;
    let questionWord = false;
    for (let i = 0; i < toks.length && !questionWord; i++) questionWord = asks(toks, votes, i);
    // Read only beside a hello or thanks: the punctuation is looked at for nothing else here.
    const greetingSurface =
      questionWord && (votes.has("greeting") || votes.has("thanks")) && result.unknownWords.length >= 2
        ? (surface ?? this.surfaceOfText(raw, words, norm.length))
        : null;
    const decided = decideIntent(result, votes, {
      tierCue,
      // «сравни 1 и 3 группу», «какие не стагнирующие»: two tiers side by side, or all but one.
      tiersApart: tiersAsked >= 2 || (tiersNamed.length === 1 && tiersAsked === 0),
      dropped,
      otherPlace,
      words: toks.length - politeWords,
      // Asked of the stop rules only (intent.ts): the text is not lower-cased and split for any other.
      all: votes.has("stop") && asksForAll(text),
      // «ал Екібастұзға қанша?»: the town in the dative and nothing but words we read («лет», «жол» are not).
      dative:
        towns.length === 1 &&
        dativeCase(toks[towns[0]!.end - 1]!, towns[0]!, toks[towns[0]!.start - 1], norm[towns[0]!.end - 1]) &&
        toks.every((_, i) => taken[i] || cueAt[i] !== undefined || info[i]!.ordinary),
      // A hello or thanks around it asks nothing more («Сәлеметсіз бе, ал Рудныйға ше», «а Рудному?, пожалуйста»).
      followUp: towns.length === 1 && toks.every((t, i) => FOLLOW_UP.has(t) || polite(toks, votes, i) || (i >= towns[0]!.start && i < towns[0]!.end)),
      signUp: signsUp(toks, towns, tierCue !== null),
      questionWord,
      question: questionWord || raw.includes("?"),
      questionBesideGreeting:
        greetingSurface !== null &&
        questionBesideGreeting(greetingSurface, toks.length, {
          greets: (i) => greets(votes, i),
          asks: (i) => asks(toks, votes, i),
          unknown: (i) => unknownAt(i, taken, cueAt, norm, info),
        }),
      // «спасибо за график», «диаграмма үшін рахмет»: the chart governed by «за» / «үшін» is what the thanks are for.
      thanksForChart: votes.has("thanks") && toks.some((_, i) => votes.isAt(i, "chart") && (toks[i - 1] === THANKS_FOR_RU || toks[i + 1] === THANKS_FOR_KK)),
      firstAsked: firstOfTwoQuestions(toks, votes),
      budget: toks.some((t) => BUDGET.test(t)),
      // «…моноқала ма?», «…моногород?»: the singular as the predicate, not «қанша моноқала бар».
      // «моноқалаларға жата ма», «моноқала ретінде»: whether it belongs to them, or as one.
      singularMonotown: toks.some((t, i) => SINGULAR_MONOTOWN.has(t) && (i + 1 === toks.length || QUESTION.has(toks[i + 1]!))) || asksIfOne(toks, cueHits),
      statusOf: asMonotown ? (id) => (asMonotown.has(id) ? "monotown" : this.statusOf(id)) : this.statusOf,
      placeRegion: this.placeRegion,
    });
    result.intent = decided.intent;
    because.push(decided.rule);
    result.because = because;
    if (PROJECT_OVER.has(result.intent)) this.projectAsked(result, info, toks, norm, taken, votes);
    // A tier asked for, or subscribed to («подпишись на стагнирующие»: the wizard starts on it).
    if (result.intent === "tier_list" || result.intent === "subscribe") result.tier = tierCue;
    result.thanks = result.intent === "greeting" && votes.has("thanks") && !votes.has("greeting");
    if (result.intent === "not_monotown" && result.place && !result.region) {
      result.region = this.gazetteer.places.find((p) => p.id === result.place)?.region ?? null;
    }
    return result;
  }

  /**
   * The areas a town may be said to be in: the regions named, a place named right after the
   * town, which stands for its region («Абай Жамбылского р-на»), one after «в» («Аксай в
   * Алматы»: a microdistrict there; only a route or a pair for a name that names no other
   * place at home, `placeOnly`), and a district named after another town («а. Каражар
   * Экибастузский р-н»: a village there). Loops, not filter().map(): TurboFan's inlined map()
   * on filter()'s result, empty or not, fell into a loop of deoptimisations of read().
   */
  private areasAfter(h: NameHit<Kind>, hits: Array<NameHit<Kind>>, regions: Area[], toks: string[], votes: Votes): Area[] {
    const out = regions.slice();
    for (const o of hits)
      if (o.kind === "place" && (o.start === h.end || (o.start === h.end + 1 && IN.has(toks[h.end]!))))
        // A name that names no other place at home («Житикара Павлодар», a bus route) is not another place of that name.
        out.push({ ...o, start: h.end, id: this.place(o.id)?.region ?? o.id, placeOnly: !this.namesakes.has(h.id) });
    for (const o of hits)
      if (o.kind === "town" && o.id !== h.id && o.start === h.end && votes.isAt(o.end, "district"))
        out.push({ start: h.end, end: o.end, id: this.townRegion.get(o.id) ?? o.id });
    return out;
  }

  /** Quotes, hyphens and capitals of the words read (`words` as normalised, `count` after glued words are split). */
  private surfaceOfText(raw: string, words: string[], count: number): Surface | null {
    const s = surfaceOf(raw, words.length);
    const cut = s && words.length > MAX_WORDS ? cutSurface(s, MAX_WORDS) : s;
    return cut && count !== Math.min(words.length, MAX_WORDS)
      ? spread(
          cut,
          words.slice(0, MAX_WORDS).map((w) => this.gluedParts(w, this.word(w))?.length ?? 1),
        )
      : cut;
  }

  /** The words `norm` was typed as, glued together, or null; kept with what is known of the word. */
  private gluedParts(norm: string, info: WordInfo): readonly string[] | null {
    if (info.glued === undefined) {
      const parts = this.glued.partsOf(norm, info.tok);
      // «Қаартауға» (Қаратау, two letters swapped) is one word, not «каар» and «тауға» (a
      // mountain): a town's name with a typo stands unless the split finds a town itself.
      info.glued =
        parts && info.names.some((m) => m.typo && m.form.entry.kind === "town") && !parts.some((p) => this.names.isName(skeletonOfWord(p), "town"))
          ? null
          : parts;
    }
    return info.glued;
  }

  /**
   * What is known of a word: one memo look-up, since words repeat. A number (a year, a house,
   * a telephone) is read anew each time and not remembered: most numbers come once, and each
   * would push out of the memo a word that repeats, to be read again at its next message.
   */
  private word(norm: string): WordInfo {
    if (isNumber(norm)) return this.newWord(norm, true);
    let w = this.words.get(norm);
    if (w) return w;
    w = this.newWord(norm, false);
    this.words.set(norm, w);
    return w;
  }

  /** What is known of a word not asked before; `once`: not remembered, so its cues are read with no memo either. */
  private newWord(norm: string, once: boolean): WordInfo {
    const tok = skeletonOfNewWord(norm);
    const dictionary = this.vocabulary.has(norm);
    // Every field there from the start (filled later), so that every word has one shape.
    return {
      generation: 0,
      tok,
      dictionary,
      ordinaryTowns: dictionary ? this.vocabulary.townsOf(norm) : NO_TOWNS,
      ordinary: this.lang.ordinary.has(tok),
      known: undefined,
      names: this.names.readingOf(tok, norm, dictionary),
      regionStems: this.regionStems.freshReadingOf(tok),
      cues: once ? this.cues.readingOf(tok, dictionary, false) : undefined,
      project: undefined,
      glued: undefined,
      votes: undefined,
    };
  }

  /**
   * The projects a text names, however plainly («Курчатов электростанция», with no word
   * asking when): for a command that asks for a project by name.
   */
  projectsIn(text: string, stored: Lang = "ru"): string[] {
    const u = this.understand(text, stored);
    if (u.projects.length) return u.projects;
    const toks = normalizedWords(text.slice(0, MAX_INPUT)).slice(0, MAX_WORDS).map(skeletonOfWord);
    return this.projects.find(toks, u.towns).ids;
  }

  /**
   * A named project («ГПЗ в Жанаозене», «Курчатов электр станциясы қай кезеңде») is asked
   * about itself: the intent becomes `project`. Not when something else is asked beside it:
   * an off-topic word that is not «сколько стоит» («Qarmet зауытында жалақы»), or, in a
   * message read as out of scope, a word that is neither the project's nor a question.
   */
  private projectAsked(result: Understanding, info: WordInfo[], toks: string[], norm: string[], taken: boolean[], votes: Votes): void {
    const p = this.projects.find(
      toks,
      result.towns,
      info.map((w) => (w.project ??= this.projects.readingOf(w.tok))),
    );
    if (!p.ids.length || !(p.strong || p.asked)) return;
    // A word outside the project's name: an off-topic one, or one nothing reads.
    if ([...votes.at].some(([i, cs]) => !p.read.has(i) && cs.some((c) => c.cue === "offtopic"))) return;
    if (
      result.intent === "out_of_scope" &&
      !p.asked &&
      toks.some((_, i) => !p.read.has(i) && !taken[i] && !votes.at.has(i) && norm[i]!.length >= 4 && !info[i]!.ordinary)
    )
      return;
    result.intent = "project";
    result.projects = p.ids;
    result.because[result.because.length - 1] = p.ids.length > 1 ? "intent.project-several" : p.strong ? "intent.project-named" : "intent.project-asked";
  }

  /**
   * What one word would be read as only through a typo or an ending: `town:<id>`,
   * `place:<id>`, `region:<id>` (a one-word name) or `cue:<cue>` (a typo of a cue's stem);
   * `endings: false` leaves out a name read with a Russian ending and no typo; `names: true`
   * asks only for the names read through a typo, no cue, and for nothing when the word is
   * also a name as it is or with an ending and no typo (the name's own form: «ақсайды» of Ақсай).
   * With the vocabulary this Understander was built with, a listed word reads as nothing.
   * scripts/ordinary-words.ts asks this of every dictionary word, on an Understander built
   * without a vocabulary.
   */
  misreadings(word: string, { endings = true, names = false } = {}): string[] {
    const norm = normalize(word);
    if (!norm || norm.includes(" ")) return [];
    const tok = skeletonOfWord(norm);
    const out = new Set<string>();
    // A name and a Kazakh ending in a Russian word («семейный» as «Семейні») is no form of the name.
    const russianForm = (name: string) => {
      const n = normalize(name);
      return [n, ...russianStems(n)].map(skeletonOfWord).some((s) => tok.startsWith(s) && isRussianEnding(tok.slice(s.length)));
    };
    for (const h of this.names.find([tok], [norm])) {
      if (h.joined) continue;
      if (names && !h.typo) return [];
      if (h.typo || (!h.bare && (endings || !russianForm(h.name)))) out.add(`${h.kind}:${h.id}`);
    }
    if (!names) for (const cue of this.cues.typoReadings(tok)) out.add(`cue:${cue}`);
    return [...out];
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

  private ambiguity(h: NameHit<Kind>, norm: string[]): Ambiguity {
    const word = norm.slice(h.start, h.end).join(" ");
    const others: Ambiguity["others"] =
      h.id === "abai"
        ? [
            { kind: "region", id: "abai_region" },
            { kind: "other", id: null },
          ]
        : h.id === "aksu"
          ? [{ kind: "other", id: null }]
          : [{ kind: "other", id: null }];
    return { townId: h.id, word, others };
  }
}

/**
 * Whether each word is a function word or one the lexicon knows (not a misspelt name), for
 * the verdicts; kept with what is known of the word, since the lexicon's stems cost a few look-ups.
 */
function knownWords(info: WordInfo[], cues: CueMatcher): boolean[] {
  const out: boolean[] = [];
  for (const w of info) out.push((w.known ??= w.ordinary || cues.isKnown(w.tok)));
  return out;
}

/** A Russian finite verb's ending in «-т» where the infinitive has «-ть» («получат», «следит», «мониторит»). */
const FINITE_T = /[аяиеу]т$/;

/**
 * «Аксу и Степногорск получат новые автобусы»: the skeleton drops the soft sign, so the
 * finite verb («получат», they will get; «следит», he watches) reads as the subscription's
 * infinitive («получать», «следить»), a whole word of the lexicon (the caller checks that);
 * someone else gets or watches, no one asks for the digest. Not beside a wish («хочу
 * получат» is the infinitive mistyped).
 */
function finiteVerb(c: CueHit, norm: readonly string[], hits: readonly CueHit[]): boolean {
  if (c.cue !== "subscribe" || c.lang !== "ru" || c.end - c.start !== 1 || !FINITE_T.test(norm[c.start]!)) return false;
  return !hits.some((w) => w.cue === "wish" && w.start < c.end && c.start < w.end);
}

/** The regions a message names: by name, then by a region's stem («Карагандинской области»). */
function regionsNamed(hits: Array<NameHit<Kind>>, regionStemHits: CueHit[]): Area[] {
  const out: Area[] = [];
  for (const o of hits) if (o.kind === "region") out.push(o);
  for (const r of regionStemHits) out.push({ id: r.cue as string, start: r.start, end: r.end });
  return out;
}

/**
 * Whether the word at `i` is a greeting's or thanks' own. A module function: under tsx a named
 * arrow made in read() is renamed (Object.defineProperty) for every message.
 */
function greets(votes: Votes, i: number): boolean {
  return votes.isAt(i, "greeting") || votes.isAt(i, "thanks");
}

/** Whether the word at `i` is a greeting's or thanks' own, or the question particle after one («Сәлеметсіз бе»). */
function polite(toks: string[], votes: Votes, i: number): boolean {
  return greets(votes, i) || (QUESTION.has(toks[i]!) && greets(votes, i - 1));
}

/**
 * Two questions about one town joined by «и», «және» («в какой группе Сатпаев и сколько ему не
 * доплатили»): the section the first clause asks, when it asks one section and a later clause
 * asks another; null otherwise. Only a cue's full vote counts; a joiner inside a cue («и» of a
 * phrase) does not split.
 */
function firstOfTwoQuestions(toks: string[], votes: Votes): Section | null {
  // Two clauses asking different sections need two sections in the message: most messages
  // have one or none, and their words are not walked.
  let seen: Section | undefined;
  let several = false;
  for (const [cue, section] of SECTION_CUES) {
    if (!votes.has(cue)) continue;
    if (seen !== undefined && seen !== section) {
      several = true;
      break;
    }
    seen = section;
  }
  if (!several) return null;
  const clauses: Set<Section>[] = [new Set()];
  for (let i = 0; i < toks.length; i++) {
    const hits = votes.at.get(i);
    if (CLAUSE_JOINERS.has(toks[i]!) && !hits?.length) {
      clauses.push(new Set());
      continue;
    }
    for (const h of hits ?? []) {
      const section = SECTION_OF[h.cue];
      if (section && h.weight === 1) clauses.at(-1)!.add(section);
    }
  }
  const asked = clauses.filter((c) => c.size);
  if (asked.length < 2 || asked[0]!.size !== 1) return null;
  const [first] = asked[0]!;
  return asked.slice(1).some((c) => !c.has(first!)) ? first! : null;
}

/** Whether the word at `i` asks (data/question-words.txt), not as a greeting's own word or the particle after one. */
function asks(toks: string[], votes: Votes, i: number): boolean {
  return QUESTION_WORDS.has(toks[i]!) && !polite(toks, votes, i);
}

/** A word read as nothing: no name, no cue, no function word, four letters or more (`unknownWords`). */
function unknownAt(i: number, taken: boolean[], cueAt: Array<CueHit[] | undefined>, norm: string[], info: WordInfo[]): boolean {
  return !taken[i] && !cueAt[i] && norm[i]!.length >= 4 && !info[i]!.ordinary;
}

const DIGIT_0 = "0".charCodeAt(0);
const DIGIT_9 = "9".charCodeAt(0);

/** Whether a word (normalised) is a number: digits only. */
function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) return false;
  }
  return word.length > 0;
}

/**
 * Whether the words (as typed) hold a word of four letters or more once normalised, and every
 * such word is among the unknown ones: Latin-keyed words worth reading in the other layout.
 */
function longWordsUnknown(typed: string[], unknown: readonly string[]): boolean {
  let long = false;
  for (const w of typed)
    for (const part of normalizedWords(w)) {
      if (part.length < 4) continue;
      if (!unknown.includes(part)) return false;
      long = true;
    }
  return long;
}

/** Whether a span overlaps any of the others. */
function overlapsAny(h: { start: number; end: number }, spans: Array<{ start: number; end: number }>): boolean {
  return spans.some((r) => h.start < r.end && r.start < h.end);
}

function take(taken: boolean[], h: { start: number; end: number }): void {
  for (let i = h.start; i < h.end; i++) taken[i] = true;
}

/** «Я из Караганды», «Павлодарданмын»: where the writer is from. */
function isHome(h: { start: number; end: number }, toks: string[]): boolean {
  return (toks[h.start - 1] === "iz" && toks[h.start - 2] === "ia") || HOME_ENDING.test(toks[h.end - 1]!);
}

/**
 * «лучший», «средний», «ең нашар» rank as often as they name a tier: alone (half a vote)
 * they name one only beside a tier word («средней группы»), a list or a subscription
 * («какие моногорода в отстающих»), or monotowns and nothing to rank them by.
 * Beside «рейтинг» or one monotown (`ranks`) they rank the towns («от худшего к лучшему»).
 */
function tierNamed(t: TierId, v: Votes, ranks: boolean): boolean {
  return (
    v.n(t) >= 1 ||
    (v.has(t) &&
      !ranks &&
      (v.has("tier") || v.has("list") || v.has("subscribe") || (v.has("monotown") && !v.has("progress") && !v.has("shortfall") && !v.has("national"))))
  );
}

/** «город», «қала» after a tier word that says what the town is, and what may end the question after it (skeletons). */
const TOWN_NOUN = new Set(["gorod", "kala", "kalasi", "monogorod", "monokala"]);
const YES_NO_TAIL = new Set(["ili", "net", "ma", "me", "ba", "be", "pa", "pe", "da", "de", "emes", "ved", "pojaluista", "pliz", "pls", "rahmet", "spasibo"]);

/**
 * «Степногорск проблемный город или нет», «Қаражал проблемалы қала ма», «Темиртау
 * отстающий?»: a weak tier word right after the town's name, with at most «город», «қала»
 * and the question's tail after it, says what the town is (not «средний бизнес»).
 */
function townPredicate(c: CueHit, towns: Array<NameHit<Kind>>, toks: string[]): boolean {
  if (!towns.some((h) => h.end === c.start)) return false;
  let i = c.end;
  if (TOWN_NOUN.has(toks[i] ?? "")) i++;
  for (; i < toks.length; i++) if (!YES_NO_TAIL.has(toks[i]!)) return false;
  return true;
}

/**
 * «Балқашқа жазыңыз», «мені Теміртауға жазыңызшы», «Кентауды да қосшы», «Риддерді тізіміме
 * қосып қойыңыз»: «write (me) down» after a town in the dative, or «add» after a town in the
 * accusative, with at most «мені», «да» or «тізіміме» between: sign me up for it. With a tier
 * named, «тоқырап тұрған қалаларға жазыңыз» signs up for the tier.
 */
function signsUp(toks: string[], towns: Array<NameHit<Kind>>, tierNamed: boolean): boolean {
  for (let i = 1; i < toks.length; i++) {
    const write = WRITE_DOWN.test(toks[i]!);
    if (!write && !ADD.test(toks[i]!)) continue;
    let j = i - 1;
    while (j > 0 && j >= i - 2 && SIGN_UP_BETWEEN.test(toks[j]!)) j--;
    const town = towns.find((t) => t.end - 1 === j);
    if (town && (write ? dativeCase(toks[j]!, town, toks[town.start - 1]) : accusativeCase(toks[j]!, town))) return true;
    if (write && tierNamed && TOWNS_DATIVE.test(toks[j]!)) return true;
  }
  return false;
}

/**
 * The tier a message names. Of two, the one not negated: «не относятся к диверсифицирующимся,
 * а находятся в группе стагнации», «әртараптандыру жолында емес, тоқырау тобында».
 */
function namedTier(named: TierId[], cueHits: CueHit[], toks: string[]): TierId | null {
  if (named.length < 2) return named[0] ?? null;
  return named.find((t) => !negatedTier(t, cueHits, toks)) ?? named[0]!;
}

/** «тоқырамаған», «құлдырамаған» (skeletons): the Kazakh tier verbs in the negative. */
const NEGATIVE_TIER_VERB = /^(tokira|kuldira)m[ae]/;

/** Whether every naming of tier `t` is negated: «не стагнирующие», «тоқыраған емес», «тоқырамаған». */
function negatedTier(t: TierId, cueHits: CueHit[], toks: string[]): boolean {
  return cueHits.some(
    (c) =>
      c.cue === t &&
      (toks.slice(Math.max(0, c.start - 3), c.start).includes("ne") ||
        toks.slice(c.end, c.end + 3).includes("emes") ||
        NEGATIVE_TIER_VERB.test(toks[c.end - 1]!)),
  );
}

/**
 * The word after the name can be a noun the name describes («рудный район»): not past a dash,
 * a comma or a full stop («Рудный – один из…»: the town and what it is), nor a Russian
 * reflexive verb, which no noun ends like («Рудный является…»).
 */
function nounFollows(h: { end: number }, toks: string[], norm: string[], surface: Surface | null): boolean {
  if (h.end >= toks.length) return false;
  if (surface && (surface.dash[h.end] || surface.comma[h.end] || surface.stops[h.end])) return false;
  return !REFLEXIVE_VERB.test(norm[h.end] ?? "");
}

/** A Russian reflexive verb's ending: «является», «находится», «строилось». */
const REFLEXIVE_VERB = /[а-я]{2}(ся|сь)$/;
