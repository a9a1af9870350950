// Whether a town's name in a message means the town. It may name a street, a shop, a
// person, a place abroad or a river (drop), another place of that name — a district, a village, a
// town of another region (other-place) — or, alone, several things at once (ask).
import { HOMONYMS, homonymRule, unsharedName, type Verdict } from "./homonyms.ts";
import { isEnding } from "./morphology.ts";
import type { NameHit } from "./names.ts";
import {
  ablativeCase,
  dativeCase,
  GIVEN_NAMES,
  NAMING_NOUNS,
  nameIsSurname,
  PATRONYMIC,
  personTitle,
  placeCase,
  residentsNoun,
  SURNAME,
  surnameOfName,
} from "./name-endings.ts";
import { hyphenPair, namedThing, unitOf } from "./named-things.ts";
import type { TownRule } from "./rules.ts";
import type { Surface } from "./surface.ts";
import { AND, FROM, IN, PREPOSITION, SHORT } from "./text-shape.ts";
import type { Votes } from "./votes.ts";

/** A region the message names, by gazetteer id and word positions. */
export interface Area {
  id: string;
  start: number;
  end: number;
  /** A place beside a name that names no other place at home: a route or a pair, never where the town is. */
  placeOnly?: boolean;
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
  /** The town's own region, and the one it was part of before a split («Курчатов Восточно-Казахстанской области»). */
  ownRegion: string | undefined;
  formerRegion: string | undefined;
  /** Every name the message holds (towns, places, regions), by word positions: lists are made of them. */
  names: Array<{ start: number; end: number; kind: string; id: string }>;
  /** Whether the word at each position is a function word or one the lexicon knows (not a misspelt name). */
  known: readonly boolean[];
  /** Quotes, hyphens, capitals and brackets around each word (null: not read). */
  surface: Surface | null;
  /** The region of a place the gazetteer knows. */
  placeRegion: (id: string) => string | undefined;
  /** The message reads as Kazakh. */
  kazakh: boolean;
  /** The name is also a city's district of numbered microdistricts (the gazetteer's homonyms: Almaty's Аксай). */
  numberedElsewhere?: boolean;
}

/**
 * Towns named after people. «на Абая», «на Сатпаева», «на Курчатова» (the person's genitive
 * after «на») is how Russian names the street: the town would be «на Абай».
 */
const PERSON_NAMED = new Set(["abai", "satbayev", "kurchatov"]);

/** «ұлы», «қызы» after a name: a son or a daughter of that person. */
const SON_OR_DAUGHTER = new Set(["uli", "ulinin", "kizi", "kizinin"]);
/** A Russian patronymic in any case («Филипповича», «Ивановичем», «Сергеевны»). */
const RUSSIAN_PATRONYMIC = /.(ovich|evich)(a|u|em|e)?$|.(ovn|evn)(a|i|e|u|oi)$/;
/** A plural ending in a list's noun («аудандарында», «районов», «тауларында»). */
const PLURAL = /(lar|ler|dar|der|tar|ter)|^[a-z]+(ov|ah|am|ami|i)$/;
/** «мкр», «микрорайон» in any case (skeletons). */
const MICRODISTRICT = /^(mkr|mikroraion)/;
/** A Kazakh dative ending on a place's word («Астанаға», «Ақтөбеге»). */
const DATIVE_WORD = /(ga|ge|ka|ke)$/;
/** A Kazakh ablative ending on a place's word («Алматыдан», «Семейден»). */
const ABLATIVE_WORD = /(dan|den|tan|ten|nan|nen)$/;
/** A locative (or «-дағы») ending: «Балқаштағы зауыттар» is the town's own plants. */
const LOCATIVE = /(da|de|ta|te|nda|nde)(gi)?$/;
/** Running text for sure: as long as the homonyms' rules take it to be (`minWords`). */
const RUNNING_TEXT = 12;
/**
 * A message that opens with a hello and has fewer words than this is written to the bot
 * («Добрый день, я из акимата, нужна справка по Сатпаеву…»), not running text; a letter or a
 * review that opens with one («Сәлеметсіздер ме? Біз Абай аренасына…») runs much longer.
 */
const GREETED_MAX_WORDS = 2 * RUNNING_TEXT;
/** At most this many words about the data beside a facility's name: running text, not a question. */
const FACILITY_DOMAIN = 3;
/**
 * Running text has stray words that could ask about the data in proportion to its length (a
 * career: «бітіріп», «орынбасары», «атқарды»): one in this many words is allowed beside a
 * facility's name when that is more than the limits above.
 */
const FACILITY_STRAY_EVERY = 10;
/**
 * At most this many words about the data with a facility word a few words off the name:
 * running text has stray ones («бастады», «түсті»); a question about a plant's plan more.
 */
const FACILITY_NEAR_DOMAIN = 2;
/** A Kazakh genitive ending (-ның/-нің/-дың/-дің/-тың/-тің) in the skeleton alphabet. */
const KAZAKH_GENITIVE = /(nin|din|tin)$/;
/** A plural noun: Kazakh -лар/-лер/-дар/-дер/-тар/-тер, Russian -ов, -ами, -ах («зауыттары», «заводов»). */
const PLURAL_NOUN = /(lar|ler|dar|der|tar|ter)|(ov|ami|ah)$/;

/** A verdict and the rule that gave it. */
interface Judged {
  verdict: Verdict;
  rule: TownRule;
}

const judged = (verdict: Verdict, rule: TownRule): Judged => ({ verdict, rule });

export function townVerdict(h: NameHit, c: NameContext): Judged & { area?: Area } {
  const { votes, toks } = c;
  // «Темиртаусцы в один голос отвечают…», «с молодыми жанаозенцами»: the residents are the
  // town's people, whatever word follows them (a paper's «голос», a plant's).
  if (residentsNoun(toks[h.end - 1]!, h)) return judged("keep", "town.residents");
  // «посёлок получил статус города и имя Темиртау», «посёлку присвоено имя Абай»: the bare name
  // after the noun it is given by, with a town or settlement word in the message, is the place
  // named so, not a person («имя» is a person's word too).
  if (h.bare && NAMING_NOUNS.has(toks[h.start - 1] ?? "") && (votes.has("city") || votes.has("village"))) return judged("keep", "town.name-given");
  // «Балқаш қаласында туған», «Сәтбаев қаласында», «Екібастұз қаласы, Московская көшесі»:
  // a city word right beside the name outweighs a person's, a village's or a place abroad's nearby.
  // (A one-letter «г.», «қ.» is not enough: «университет К. Сатпаева»; nor one outside the
  // quotes the name is in: «Жаңатас қаласында "Қаратау … құрылысы" тресі».)
  const quote = c.surface?.quote;
  // «Аба́й (до 1961 — посёлок Чурубай-Нура) — город…»: an aside in brackets right after the
  // name, and the city word after it, as an encyclopedia opens an entry.
  const cityAt = (i: number) => (c.toks[i]?.length ?? 0) > 1 && votes.isAt(i, "city") && (!quote || quote[i] === quote[h.start]);
  const cityAfterAside = afterAside(h, c.surface).some(cityAt);
  const cityBeside = cityAt(h.start - 1) || cityAt(h.end) || cityAfterAside;
  // «Степногорскіге қарасты Ақсудағы кеніш», «Степногорск қаласына қарасты Ақсу кенті»: the
  // name right after a word of belonging with another town in the dative before it is a
  // settlement in that town's territory, not the town of its name.
  if (!cityBeside && underTown(h, c)) return judged("other-place", "town.under-town");
  const list = listOf(h, c);
  const noun = list.noun ?? unknownPlaces(h, c).noun;
  const other = usedForSomethingElse(h, c, cityBeside, list.towns > 0) ?? (noun ? noun.rule : null);
  if (other) return { ...judged(noun && other === noun.rule ? noun.verdict : "drop", other) };
  // «Жылусервис-Ақсу» КМК, «Ақсу жолы», «кен орындары (Шолақтау, Ақсай, Жаңатас)»: a thing's proper name.
  const thing = namedThing(h, c, cityBeside);
  if (thing) return judged("drop", thing);
  // «Қарағанды, Теміртау, Жезқазған», «Павлодар, Ақсу және Екібастұз қалаларында»: every
  // monotown in a list of places is a town, whatever stands beside it in the list.
  // A homonym alone in a list is a town when the list's noun says they are towns («Сәтбаев пен Жезғазған қалалары»).
  if (list.towns && (list.towns >= 2 || !isHomonym(h.id) || list.cityNoun)) return judged("keep", "town.in-list");
  const named = facility(h, c, cityBeside)
    ? judged("drop", "town.facility")
    : cityAfterAside
      ? judged("keep", "town.city-after-aside")
      : homonym(h, toks[h.end - 1]!, c);
  // «Балқаш ауданы», «Абай району», «посёлок Темиртау», «Абай Жамбылского района»: a
  // district, a village or a place in another region, named like the town.
  const beside = cityBeside ? undefined : c.areas.find((r) => r.id !== c.ownRegion && r.id !== c.formerRegion && (r.start === h.end || r.end === h.start));
  // «Балқаш-Жезқазған өнеркәсіп тораптары», «Қарағанды-Теміртау»: two places joined by a hyphen
  // are a route or a hub named by the towns, not a place and where it is.
  const paired = beside !== undefined && hyphenPair(h, beside, c.surface);
  const area = paired || (beside !== undefined && (beside.placeOnly || fromTo(h, beside, c))) ? undefined : beside;
  const villageWord = (votes.isAt(h.end, "village") || wordBefore(votes, h, "village")) && !cityBeside;
  // «в 1963 году посёлок Каражал официально назначен городом», «Қаражал кенті қала мәртебесін
  // алды»: a settlement's word beside the name and a city's status granted, with no other place
  // named, is the town when it was a settlement (data/lexicon/status.txt).
  const becameCity = villageWord && votes.has("status") && c.regions.length === 0 && c.names.every((n) => n.id === h.id);
  const elsewhere: TownRule | null = votes.isAt(h.end, "district")
    ? "town.area-district"
    : villageWord && !becameCity
      ? "town.village-near"
      : area
        ? "town.area-beside"
        : null;
  // A homonym already taken for another place keeps its own, more telling, rule.
  if (named.verdict !== "drop" && named.verdict !== "other-place" && elsewhere) return { verdict: "other-place", rule: elsewhere, area };
  if (paired && named.verdict === "keep") return judged("keep", "town.hyphen-pair");
  if (becameCity && named.verdict === "keep") return judged("keep", "town.settlement-became-city");
  return { verdict: named.verdict, rule: named.rule, area };
}

/** A Kazakh dative ending, also after the possessive («Степногорскіге», «қаласына»). */
const KAZAKH_DATIVE = /(ga|ge|ka|ke|na|ne)$/;

/**
 * A word of belonging («қарасты», data/lexicon/belong.txt) right before the name, and right
 * before that another town in the dative, bare or with its city word («Степногорскіге»,
 * «Степногорск қаласына»).
 */
function underTown(h: NameHit, c: NameContext): boolean {
  const { toks, votes } = c;
  if (!votes.isAt(h.start - 1, "belong") || votes.isAt(h.start - 1, "tier")) return false;
  const city = votes.isAt(h.start - 2, "city") ? 1 : 0;
  const owner = nameEnding(c, h.start - 1 - city);
  return owner !== undefined && owner.kind === "town" && owner.id !== h.id && KAZAKH_DATIVE.test(toks[h.start - 2]!);
}

/** At most this many words in an aside in brackets right after a name. */
const ASIDE_WORDS = 10;

/**
 * Where an aside that a bracket opens right after the name may end: the word after each
 * bracket or full stop inside it («(каз. Абай) — город»: after «каз.», after «Абай)»).
 */
function afterAside(h: NameHit, s: Surface | null): number[] {
  const out: number[] = [];
  if (!s?.opens[h.end]) return out;
  for (let k = h.end; k < Math.min(s.closes.length, h.end + ASIDE_WORDS); k++) if (s.closes[k]) out.push(k + 1);
  return out;
}

/**
 * Where a journey or a flight goes from and to, not the town and where it is: the town in
 * the ablative and the place right after it in the dative, or the reverse («Арқалықтан
 * Астанаға», «Жаңаөзенге Ақтөбеден»); the place in the ablative and the town after it in the
 * dative («Алматыдан Курчатовқа»); the town after «из» or «от» («из Экибастуза в Усть-Каменогорск»).
 */
function fromTo(h: NameHit, r: { start: number; end: number }, c: NameContext): boolean {
  const { toks } = c;
  const dative = () => dativeCase(toks[h.end - 1]!, h, toks[h.start - 1], c.norm[h.end - 1]);
  if (r.start === h.end)
    return (
      (ablativeCase(toks[h.end - 1]!, h) && DATIVE_WORD.test(toks[r.end - 1] ?? "")) ||
      (ABLATIVE_WORD.test(toks[r.end - 1] ?? "") && dative()) ||
      FROM.has(toks[h.start - 1] ?? "")
    );
  return ABLATIVE_WORD.test(toks[r.end - 1] ?? "") && dative();
}

/**
 * Named after the town or sharing its name: a street or a microdistrict («Аксай-4»), a
 * person, a place abroad, a river or a lake right beside the name. The rule that says so.
 */
function usedForSomethingElse(h: NameHit, c: NameContext, cityBeside: boolean, townsListed: boolean): TownRule | null {
  const { votes, toks, norm } = c;
  if (street(h, c) && !placeCase(toks[h.end - 1]!, h)) return "town.street";
  if (votes.near(h, "venue", 1) && h.bare) return "town.venue";
  // «в Сарани открыли памятник Абаю»: after «в» the name is where, not whom.
  if (!cityBeside && votes.near(h, "person", 2) && !IN.has(toks[h.start - 1] ?? "")) return "town.person-near";
  if (abroad(h, c)) return "town.abroad-near";
  // «Абайұлы» is read as «Абай ұлы» (two words glued): a son of Абай, a patronymic too. A
  // patronymic is a name: after a name written with a capital, a word in lower case is none
  // («Риддеру вернули» is a verb), while «ермак тимофеевич», all in lower case, is a person.
  // Russian writes the patronymic before the surname: «Филиппа Филипповича Риддера».
  const lowerAfterCapital = c.surface?.capital[h.start] === true && c.surface.capital[h.end] === false;
  const patronymicAfter = PATRONYMIC.test(toks[h.end] ?? "") && !lowerAfterCapital;
  const patronymicBefore = RUSSIAN_PATRONYMIC.test(toks[h.start - 1] ?? "") && c.surface?.capital[h.start - 1] === true;
  if (patronymicAfter || patronymicBefore || PATRONYMIC.test(toks[h.end - 1]!) || SON_OR_DAUGHTER.has(toks[h.end] ?? "")) return "town.patronymic";
  // «Құлсары батыр», «Құлсары бабамызды»: a person's title right after the bare name; Russian
  // writes it before the name: «батыру Кульсары».
  if (h.bare && (personTitle(toks[h.end] ?? "") || (personTitle(toks[h.start - 1] ?? "") && c.surface?.capital[h.start - 1] === false)))
    return "town.person-title";
  if (initial(h, c)) return "town.initial";
  if (givenName(h, c)) return "town.given-name";
  if (surname(h, c, cityBeside)) return "town.surname";
  if (h.typo && typoBeforeSurname(h, c)) return "town.typo-before-surname";
  // Published running text spells a town right: a name read only through a typo there is
  // another word, most often a person's name («Қаратайды» is not Қаратау).
  if (h.typo && !cityBeside && c.toks.length >= RUNNING_TEXT && !greeted(c) && c.votes.domainCount === 0) return "town.typo-in-text";
  // «Қаратай ағамыз»: a word read only through a typo that is a given name of data/given-names.txt,
  // with its endings, in a message that asks nothing about the data.
  if (h.typo && h.end - h.start === 1 && !votes.domain && givenNameWord(c.toks[h.start]!)) return "town.typo-given-name";
  // «Жамбыл облысы Жаңатау қаласында … бастаған.»: a town word beside it does not make a
  // misspelt monotown of it in a sentence written as published text writes one: the writer
  // names another town, and spells it as it is.
  if (h.typo && cityBeside && c.toks.length >= RUNNING_TEXT && c.votes.domainCount * 10 <= c.toks.length && written(c)) return "town.typo-beside-city";
  // «бес-алтауы», «құлдарына», «қарамауы»: a writer who capitalises names writes a town's name
  // with a capital, so a word in lower case read only through a typo is another word.
  if (h.typo && !cityBeside && lowerCaseWord(h, c) && (capitalises(h, c) || statement(c))) return "town.lower-case-typo";
  // «Ақан серінің «Балқадиша» әні»: quotes around nothing but a word read only through a typo
  // hold the name of a song, a book or a company, not a misspelt town.
  if (h.typo && !cityBeside && quotedAlone(h, c)) return "town.typo-in-quotes";
  // «г.Экибастуза 4,3 га»: after «г.» the number is a figure about the town, not a microdistrict's.
  const cityMark = votes.isAt(h.start - 1, "city");
  // «Кентауда 3 нысан»: a Kazakh place case on the name makes it the town; a numbered
  // microdistrict takes its ending after the number («Ақсай-4-те»).
  // Not a number that begins the next sentence («в центре Жанаозена. 2 сентября»).
  // «Кентау 3 группы», «Теміртау 3-ші топта ма»: the number names the town's tier (tier-number.ts).
  // «Кентаудағы 3-ші мектеп» (the school No. 3 in Kentau): a place case with «-ғы» is the town's too.
  // «Темиртау 3 микрорайон», «Балқаш 2 мкр»: a microdistrict numbered after a name no city's district bears is the town's own.
  if (
    (c.numberedElsewhere === true || !MICRODISTRICT.test(toks[h.end + 1] ?? "")) &&
    /^\d$/.test(norm[h.end] ?? "") &&
    !c.surface?.stops[h.end] &&
    !townsListed &&
    !cityMark &&
    !placeCase(toks[h.end - 1]!, h) &&
    !(!h.bare && toks[h.end - 1]!.endsWith("gi") && LOCATIVE.test(toks[h.end - 1]!)) &&
    !tierNumber(votes, h.end, toks)
  )
    return "town.numbered";
  if (PERSON_NAMED.has(h.id) && toks[h.start - 1] === "na" && /(a|ia)$/.test(toks[h.end - 1]!) && !votes.domain) return "town.na-genitive";
  // «Сатпаева, 49», «Абая 12»: the person's genitive and a house number is an address.
  const genitive = PERSON_NAMED.has(h.id) && /(a|ia)$/.test(toks[h.end - 1]!);
  if (genitive && /^\d{1,3}$/.test(norm[h.end] ?? "") && !cityMark && !votes.domain) return "town.house-number";
  // «Объезд по Мендикулова, Назарбаева, Сатпаева…»: the person's genitive between commas
  // beside another surname's genitive is one of a list of streets.
  if (genitive && !cityMark && surnameBesideInList(h, c)) return "town.street-list";
  if (!cityBeside && (waterNear(h, c, "river", 1) || waterNear(h, c, "lake", 1))) return "town.river-or-lake";
  // «Екібастұз көлінен … 1,5 км жерде орналасқан Екібастұз 20 … тұрағы»: the text has named
  // the lake, river or mountains so; the bare name again, with no town word, is that or a thing
  // named after it.
  // Not where something is or happens, in a place case: «Балқашқа құятын өзен» (flowing into it)
  // is the lake again, «Балқашта тұратындар» (living in it) the town.
  const notWhere = h.bare || (!LOCATIVE.test(toks[h.end - 1]!) && !IN.has(toks[h.start - 1] ?? ""));
  if (!cityBeside && notWhere && natureBefore(h, c) && toks.length >= RUNNING_TEXT && votes.domainCount * 10 <= toks.length) return "town.nature-named-before";
  // «Жаңатас тауы», «Кентаудың тауы»: a Kazakh landform's noun with its ending right after the
  // name is the mountain or the depression named so (bare «тау» is «тау-кен», mining). A
  // name shared with a mountain or a lake (Алтай, Қаратау, Балқаш, Арқалық) is left to its homonym rules.
  if (
    !cityBeside &&
    !isHomonym(h.id) &&
    toks[h.end] !== "tau" &&
    votes.at.get(h.end)?.some((x) => x.cue === "mountain" && x.lang === "kk" && x.start === h.end)
  )
    return "town.landform";
  return null;
}

/** A capitalised surname in the genitive («Назарбаева», «Тлендиева») next to the name, a comma between. */
function surnameBesideInList(h: NameHit, c: NameContext): boolean {
  const s = c.surface;
  if (!s) return false;
  const surname = (i: number) => s.capital[i] === true && SURNAME.test(c.toks[i] ?? "") && /(ova|eva|ina)$/.test(c.toks[i]!);
  return (s.comma[h.start] === true && surname(h.start - 1)) || (s.comma[h.end] === true && surname(h.end));
}

/** The same name earlier in the message with a lake's, a river's or a mountain's word right beside it. */
function natureBefore(h: NameHit, c: NameContext): boolean {
  return c.names.some(
    (n) => n.kind === "town" && n.id === h.id && n.end <= h.start && (["lake", "river", "mountain"] as const).some((k) => c.votes.near(n, k, 1)),
  );
}

/**
 * A place abroad within three words; not a street named after one («Московская көшесі»),
 * nor one that is only another item in a list of places with the town («связь с
 * Экибастузом, Уралом, Сибирью»): one foreign place in a list does not put every item abroad.
 */
function abroad(h: NameHit, c: NameContext): boolean {
  const { votes } = c;
  // The list is looked for only once a place abroad is near: most names have none.
  let listed: Set<number> | undefined;
  for (let i = h.start - 3; i < h.end + 3; i++)
    for (const x of votes.at.get(i) ?? [])
      if (
        x.cue === "abroad" &&
        x.start === i &&
        !streetAt(votes, x.end, true) &&
        !streetAt(votes, x.start - 1, true) &&
        !route(h, x, c.toks) &&
        !(listed ??= placesListed(h, c)).has(x.start)
      )
        return true;
  return false;
}

/** «Из Тюмени в Лисаковск»: from a place abroad to the name after «в», a route, not where the name is. */
function route(h: NameHit, x: { start: number; end: number }, toks: string[]): boolean {
  return x.end <= h.start && FROM.has(toks[x.start - 1] ?? "") && IN.has(toks[h.start - 1] ?? "");
}

/**
 * The starts of the places listed with the name, foreign ones included: names and places
 * abroad one after another or joined by «и», «мен»…, three or more of them. Empty when
 * the name is in no such list («Лениногорск Татарстан» is a town and where it is).
 */
function placesListed(h: NameHit, c: NameContext): Set<number> {
  const spans = [...c.names.map((n) => ({ start: n.start, end: n.end })), ...[...c.votes.at.values()].flat().filter((x) => x.cue === "abroad")];
  const members = [{ start: h.start, end: h.end }];
  for (let first = members[0]!; ; ) {
    const prev = spanEnding(spans, first.start) ?? (AND.has(c.toks[first.start - 1] ?? "") ? spanEnding(spans, first.start - 1) : undefined);
    if (!prev || members.length > 8) break;
    members.unshift((first = prev));
  }
  for (let last = members.at(-1)!; ; ) {
    const next = spanStarting(spans, last.end) ?? (AND.has(c.toks[last.end] ?? "") ? spanStarting(spans, last.end + 1) : undefined);
    if (!next || members.length > 8) break;
    members.push((last = next));
  }
  return new Set(members.length >= 3 ? members.map((m) => m.start) : []);
}

// Module functions, not arrows made per call: under tsx every named arrow made in a function is also renamed.
const spanStarting = (spans: Array<{ start: number; end: number }>, i: number) => spans.find((s) => s.start === i);
const spanEnding = (spans: Array<{ start: number; end: number }>, i: number) => spans.find((s) => s.end === i);

/**
 * A street word before the name («улица Сатпаева», «ул. Абая»), or a Kazakh or English one
 * after it («Сәтбаев көшесі», «Аксай микрорайон»). A Russian one after the name and before
 * the street's own name is an address in the town («Экибастуз, бульвар Энергостроителей, 7»),
 * and so is any after «г.» («г. Экибастуз, ул. Московская, 59»): «г.» names the town. Not
 * when the name is in the genitive («Сатпаева улица»: the street's name), nor when another
 * place's name follows the street word («Сатпаев улица Алматы»: a street of that city).
 */
function street(h: NameHit, c: NameContext): boolean {
  const { votes, toks } = c;
  if (votes.at.get(h.start - 1)?.some((x) => x.cue === "city" && x.lang === "ru")) return false;
  const after = toks[h.end + 1];
  const genitive = !h.bare && /[ая]$/.test(c.norm[h.end - 1] ?? "");
  const placeAfter = c.names.some((n) => n.start === h.end + 1 && n.id !== h.id);
  const address = after !== undefined && !c.known[h.end + 1] && !/\d/.test(after) && !genitive && !placeAfter;
  // «на центральной площади Жанаозена»: a street word after an adjective is the town's own
  // street or square described, and the name in the genitive owns it.
  const described = genitive && RUSSIAN_ADJECTIVE.test(toks[h.start - 2] ?? "");
  // «Балқаш көшелерінің атауы»: the Kazakh plural after one name is the town's streets, not a
  // street named so; a list of names before it («Абай мен Сәтбаев көшелері») is streets.
  const townsStreets = PLURAL_NOUN.test(toks[h.end] ?? "") && !c.names.some((n) => n.end === h.start || (n.end === h.start - 1 && AND.has(toks[h.start - 1]!)));
  // «ремонт улиц Аркалыка»: streets in the plural before the genitive are the town's streets
  // (not where streets are named after a person: «улиц Абая и Сатпаева»).
  const plural = genitive && !PERSON_NAMED.has(h.id) && PLURAL_STREET.test(toks[h.start - 1] ?? "");
  return (wordBefore(votes, h, "street") && !described && !plural) || (streetAt(votes, h.end, !address) && !townsStreets);
}

/**
 * A street's or a village's word right before the name that is the name's: a Russian or an
 * English one («улица Сатпаева», «село Аксу»). Kazakh writes it after the name («Абай көшесі»,
 * «Ақсу ауылы»), so a Kazakh one before the name belongs to the word before it («Ынтымақ
 * алаңында кентаулық өнерпаздар», «Амантоғай ауылынан Арқалыққа»).
 */
function wordBefore(votes: Votes, h: NameHit, cue: "street" | "village"): boolean {
  return votes.at.get(h.start - 1)?.some((x) => x.cue === cue && x.lang !== "kk") ?? false;
}

/** A Russian street word in the plural («улиц», «улицам», «улицах», «проспектов»), skeletons. */
const PLURAL_STREET = /(ic|am|ah|ami|ov)$/;

/** A Russian adjective's ending in the skeleton alphabet («центральной», «главную», «городских»). */
const RUSSIAN_ADJECTIVE = /..(oi|aia|uiu|ih|ie|ii|ei|oe|ogo|omu)$/;

/** A street word at position `i` (`ru`: a Russian one counts too). */
function streetAt(votes: Votes, i: number, ru: boolean): boolean {
  return votes.at.get(i)?.some((x) => x.cue === "street" && (ru || x.lang !== "ru")) ?? false;
}

/**
 * A given name (data/homonyms.json says which towns' names are one) beside a surname or
 * after one; or a name that can be a surname (such a given name, or a surname itself:
 * Сәтбаев) right after a given name people write before one (data/given-names.txt:
 * «Халифа Алтай», in any case form).
 */
function givenName(h: NameHit, c: NameContext): boolean {
  const given = HOMONYMS.get(h.id)?.givenName ?? false;
  if ((given || nameIsSurname(h)) && GIVEN_NAMES.has(c.toks[h.start - 1] ?? "")) return true;
  // «Игорем Курчатовым»: a capitalised given name with its case ending before a surname.
  if (nameIsSurname(h) && !h.bare && c.surface?.capital[h.start - 1] === true && givenNameWord(c.toks[h.start - 1] ?? "")) return true;
  if (!given) return false;
  return surnameAt(c, h.end) || (h.bare && surnameAt(c, h.start - 1));
}

/**
 * A capitalised name read only through a typo right before a capitalised surname («Күлшара
 * Саханова», «Кулшара Саханова»): a person's given name, written as one writes a person,
 * not a misspelt town (Құлсары). A town's own name is spelt right; only a typo reading
 * is taken for a given name the dataset does not know.
 */
function typoBeforeSurname(h: NameHit, c: NameContext): boolean {
  const s = c.surface;
  return s !== null && surnameAt(c, h.end) && s.capital[h.start]! && s.capital[h.end]! && !s.caps[h.end]!;
}

/** A word at `i` that looks like a surname, nothing we know and no name found. */
function surnameAt(c: NameContext, i: number): boolean {
  const t = c.toks[i];
  return t !== undefined && SURNAME.test(t) && !c.known[i] && !c.names.some((n) => n.start <= i && i < n.end);
}

/**
 * An initial right before a name that can be a surname («Қ.Сәтпаев», «К. Сатпаева»): one
 * capital letter and a full stop before the capitalised name, as published text writes a
 * person («Ш.Уалиханов»). Not «Г.», which abbreviates «город»; the name not in capitals
 * (an address written in capitals: «Г.САТПАЕВ»).
 */
function initial(h: NameHit, c: NameContext): boolean {
  const s = c.surface;
  const i = h.start - 1;
  if (!s || i < 0 || c.norm[i]!.length !== 1 || c.norm[i] === "г" || !nameIsSurname(h)) return false;
  return s.capital[i]! && s.closes[i]! && s.capital[h.start]! && !s.caps[h.start]!;
}

/**
 * A surname made from the name («Абаев», «В.Ермаков»): a person. In running text that asks
 * nothing about the data, a surname within typo reach of a town named after a person
 * («Сатыбаев Данияр» beside Сәтбаев) is another person's: published text spells a town right.
 */
function surname(h: NameHit, c: NameContext, cityBeside: boolean): boolean {
  const word = c.toks[h.end - 1]!;
  if (surnameOfName(word, h)) return true;
  // Running text: longer than a question, and at most one word in ten that could ask about the data.
  const running = c.toks.length > SHORT && c.votes.domainCount * 10 <= c.toks.length;
  return h.typo && nameIsSurname(h) && SURNAME.test(word) && running && !cityBeside;
}

/**
 * An enterprise or a facility named after the town («Екібастұз ГРЭС-1», «Ақсу ферроқорытпа
 * зауыты», «АрселорМиттал Теміртау»): a facility word right before the name or within
 * three words after it. The town's own plants («Балқаштағы зауыттар», «в Темиртау
 * комбинат»), a city word beside it, or a question about the data keep the town.
 */
function facility(h: NameHit, c: NameContext, cityBeside: boolean): boolean {
  const { votes, toks } = c;
  // A short message naming a plant asks the bot about the town's economy («Аксу ферросплавный
  // завод вакансии»); running text names the enterprise, and so does a short sentence written
  // as one (a capital, a full stop) that asks nothing about the data, with the facility word
  // right beside the name («Балқаш станциясының орталығында 2007 жылы ашылған.»).
  const short = toks.length <= SHORT;
  if (cityBeside) return false;
  const word = toks[h.end - 1]!;
  // «в Темиртау», «в г. Экибастуз»: the town as a place.
  const cityMark = votes.isAt(h.start - 1, "city");
  if ((!h.bare && LOCATIVE.test(word)) || IN.has(toks[h.start - (cityMark ? 2 : 1)] ?? "")) return false;
  // A short message that asks nothing about the data (nor when, nor how much: a project's
  // questions), with a mine's or a deposit's noun right beside the bare name, before it as
  // Russian writes it («рудник Аксу», «на руднике Аксу добывают золото») or after it in the
  // singular as Kazakh does («Ақсу кеніші»), names the site after the land it lies in, not the
  // town; a plant's or an airport's word there still asks after the town's own
  // («АрселорМиттал Темиртау новости», «аэропорт Балхаш»).
  if (short && !statement(c)) return h.bare && !votes.domain && !votes.has("when") && !votes.has("quantity") && siteBeside(h, c);
  // Right beside the name («Екібастұз ГРЭС-2 стансасы», «Голос Экибастуза»), or beside the
  // hyphenated pair or the quotes it is in («станций Жамбыл-Жанатас»), the facility is
  // named even where running text has a word or two that could ask about the data (building,
  // output); a question about the plan has more («жобасы … қаржы … жоспар»).
  const u = unitOf(h, c.surface);
  // A name in the Kazakh genitive owns what follows it, not the word before («Зауыт Алтайдың
  // кендерін өңдейді»: the plant processes the Altai's ores).
  const genitive = !h.bare && KAZAKH_GENITIVE.test(word);
  const strays = Math.floor(toks.length / FACILITY_STRAY_EVERY);
  if (
    ((votes.isAt(u.start - 1, "facility") && !genitive) ||
      votes.isAt(u.end, "facility") ||
      (votes.isAt(h.start - 1, "facility") && !genitive) ||
      votes.isAt(h.end, "facility")) &&
    votes.domainCount <= Math.max(FACILITY_DOMAIN, strays)
  )
    return true;
  if (short) return false;
  // Further off, within three words after the bare name («Ермак металл бұйымдары зауыты»,
  // «Балқаш кен-металлургия комбинаты»): with at most a stray word about the data.
  if (votes.domainCount > Math.max(FACILITY_NEAR_DOMAIN, strays)) return false;
  // With one or two, only one plant named (a singular word): plural ones are the town's own
  // («Балқаш мыс … зауыттары»).
  // Not past «и», «және»: «школы в г. Экибастуз и плавательного бассейна» is another thing.
  if (namedFacility(votes, toks, h.start - 1) && !genitive) return true;
  // Nor past a preposition: «Аркалык у месторождения бокситов» is the town beside a deposit.
  for (let i = h.end; i < h.end + 3 && !AND.has(toks[i] ?? "") && !PREPOSITION.has(toks[i] ?? ""); i++) if (namedFacility(votes, toks, i)) return true;
  return false;
}

/** A mine's or a deposit's noun right before the name, or right after it in the singular («Ақсу кеніші», not «Ақсу кеніштері»). */
function siteBeside(h: NameHit, c: NameContext): boolean {
  return c.votes.isAt(h.start - 1, "site") || (c.votes.isAt(h.end, "site") && !PLURAL_NOUN.test(c.toks[h.end]!));
}

/** A sentence written as published text writes one (a capital first, a full stop last) that asks nothing about the data. */
function statement(c: NameContext): boolean {
  return written(c) && c.votes.domainCount === 0;
}

/** The message opens with a hello and is not long: written to the bot, not running text (GREETED_MAX_WORDS). */
function greeted(c: NameContext): boolean {
  return c.toks.length < GREETED_MAX_WORDS && c.votes.isAt(0, "greeting");
}

/** A capital first and a full stop (or a closing bracket, a colon) last: written as published text writes a sentence. */
function written(c: NameContext): boolean {
  const s = c.surface;
  return Boolean(s?.capital[0] && s.closes[c.toks.length - 1]);
}

interface ListAround {
  /** How many monotowns the list holds (0: the name is in no list). */
  towns: number;
  /** The noun after the list when it says they are something else: districts, mountains… */
  noun?: { rule: TownRule; verdict: Verdict };
  /** The noun after the list says they are towns («қалалары», «города»). */
  cityNoun?: boolean;
}

/**
 * The list of places the name is in: names one after another, or joined by «и», «және»,
 * «мен»… (commas are gone by now). Three names, or two joined by a word, make a list; two
 * side by side are a name and where it is («Абай Жамбылского р-на»). The noun after the
 * list, or after «Балқаш пен Райымбек», says what they all are.
 */
function listOf(h: NameHit, c: NameContext): ListAround {
  const { toks, votes } = c;
  const members = [{ start: h.start, end: h.end, kind: "town", id: h.id }];
  let joined = false;
  for (let first = members[0]!; ; ) {
    const prev = nameEnding(c, first.start) ?? (AND.has(toks[first.start - 1] ?? "") ? nameEnding(c, first.start - 1) : undefined);
    if (!prev) break;
    if (prev.end !== first.start) joined = true;
    members.unshift((first = prev));
  }
  for (let last = members.at(-1)!; ; ) {
    const next = nameStarting(c, last.end) ?? (AND.has(toks[last.end] ?? "") ? nameStarting(c, last.end + 1) : undefined);
    if (!next) break;
    if (next.start !== last.end) joined = true;
    members.push((last = next));
  }
  const end = members.at(-1)!.end;
  // «Балқаш пен Райымбек аудандарында»: the district word after the coordination is both's.
  const nounAt = members.length >= 3 || joined ? end : AND.has(toks[h.end] ?? "") && PLURAL.test(toks[h.end + 2] ?? "") ? h.end + 2 : -1;
  const cues = nounAt >= 0 ? (votes.at.get(nounAt) ?? []).map((x) => x.cue) : [];
  const written = writtenListEnd(h, c);
  // The written list's noun in the plural: all the items' («…, Абай аудандары»), not the last one's.
  // A phrase's last word carries the plural («…, Ақсай кен орындары»).
  const writtenHits = written !== undefined ? (votes.at.get(written) ?? []) : [];
  const writtenLast = Math.max(written ?? -1, ...writtenHits.filter((x) => x.start === written).map((x) => x.end - 1));
  const writtenNoun = written !== undefined && PLURAL.test(toks[writtenLast] ?? "") ? listNoun(writtenHits.map((x) => x.cue)) : undefined;
  const noun = listNoun(cues) ?? writtenNoun;
  const inList = members.length >= 3 || joined;
  return {
    towns: inList ? new Set(members.filter((m) => m.kind === "town").map((m) => m.id)).size : 0,
    ...(noun ? { noun } : {}),
    // «қаласы», «города», or a list's plural town word («қалалары», «городов»).
    ...(inList && (cues.includes("city") || (cues.includes("list") && PLURAL.test(toks[nounAt] ?? ""))) ? { cityNoun: true } : {}),
  };
}

/**
 * Where a Kazakh list written with commas ends, when the name begins one or stands in it: capitalised
 * items after it, each after a comma (or «және», «мен», «и» before the last), a hyphen joining
 * the words of one («Қаратау, Еңбекші, Әл-Фараби, Абай аудандары»: names the gazetteer lacks
 * and ordinary words are items too). The position of the word after the last item, or
 * undefined where no comma follows the name.
 */
function writtenListEnd(h: NameHit, c: NameContext): number | undefined {
  const s = c.surface;
  // Russian lists of districts are adjectives agreeing with the noun («Аксу, Актогайском … районах»): not the name's.
  if (!s || !c.kazakh) return undefined;
  let end = h.end;
  // A name that stands in the list (a capitalised item and a comma before it) may be its last but one: «…, Ақсай және Көксу кендері».
  const inside = h.start > 0 && Boolean(s.comma[h.start] && s.capital[h.start - 1]);
  while (end < c.toks.length) {
    const at = s.comma[end] ? end : AND.has(c.toks[end]!) && (end > h.end || inside) ? end + 1 : -1;
    if (at < 0 || at >= c.toks.length || !s.capital[at] || s.stops[at]) break;
    end = at + 1;
    while (end < c.toks.length && s.hyphen[end]) end++;
  }
  return end > h.end ? end : undefined;
}

/**
 * What the noun after a list says its places are: districts or villages (another place of
 * the name), mountains, lakes, rivers, deposits, mines or gauging stations (not a place to
 * answer about); a town word, nothing.
 */
function listNoun(cues: string[]): ListAround["noun"] {
  if (cues.includes("city")) return undefined;
  if (cues.some((k) => k === "district" || k === "village")) return { rule: "town.list-noun", verdict: "other-place" };
  if (cues.some((k) => k === "mountain" || k === "lake" || k === "river" || k === "site")) return { rule: "town.list-noun", verdict: "drop" };
  return undefined;
}

/**
 * A list of places that holds places the gazetteer lacks: names with one unknown word
 * between them («Глубокий, Зырянь, Қатон-Қарағай, Ұлан, Шемонайха аудандарының»,
 * «Қаратал, Лепсі, Ақсу, Іле, Тентек, Сарқан»), three items or more. Its noun when it says
 * they are districts, villages, mountains or lakes, and the regions of the places in it.
 * Only what the list says about the others: a town is not kept for being in it.
 */
function unknownPlaces(h: NameHit, c: NameContext): { noun?: ListAround["noun"]; regions: string[] } {
  const { votes } = c;
  const members: Array<{ start: number; end: number; kind: string; id: string }> = [{ start: h.start, end: h.end, kind: "town", id: h.id }];
  // Places the gazetteer lacks, counted as items of the list: a writer who gives the name a
  // capital gives them one too, so a word in lower case between two names is no place
  // («Степногорскіге қарасты Ақсудағы кенішті»: the mine in Ақсу, under Степногорск).
  const capitalised = c.surface?.capital[h.start] === true;
  const unknownPlace = (i: number) => unknownWordAt(c, i) && (!capitalised || c.surface!.capital[i] === true);
  let unknowns = 0;
  for (let first = members[0]!; members.length < 12; ) {
    const prev = nameEnding(c, first.start) ?? (unknownPlace(first.start - 1) ? nameEnding(c, first.start - 1) : undefined);
    if (!prev) break;
    if (prev.end !== first.start) unknowns++;
    members.unshift((first = prev));
  }
  for (let last = members.at(-1)!; members.length < 12; ) {
    const next = nameStarting(c, last.end) ?? (unknownPlace(last.end) ? nameStarting(c, last.end + 1) : undefined);
    if (!next) break;
    if (next.start !== last.end) unknowns++;
    members.push((last = next));
  }
  if (members.length < 2 || members.length + unknowns < 3) return { regions: [] };
  const end = members.at(-1)!.end;
  // The noun may follow one more unknown place («…, Ұлан аудандарының»).
  const cues = [end, end + 1].flatMap((i, k) => (k === 0 || unknownWordAt(c, end) ? (votes.at.get(i) ?? []).map((x) => x.cue) : []));
  const noun = listNoun(cues);
  const regions = members.filter((m) => m.kind === "place").flatMap((m) => c.placeRegion(m.id) ?? []);
  return { ...(noun ? { noun } : {}), regions };
}

/** A word, not a figure («г. Аксу – 6; Павлодарский район»), that nothing knows. */
function unknownWordAt(c: NameContext, i: number): boolean {
  const t = c.toks[i];
  return t !== undefined && /^[a-z]{3,}$/.test(t) && !c.known[i] && !c.names.some((n) => n.start <= i && i < n.end) && !c.votes.at.has(i);
}

/**
 * A river's or a lake's word within `span` words of the name (two by default), not one before
 * it past a comma: that word ends the list's item before the name («Қарағанды көмір алабының,
 * Балқаштағы мыс қорыту зауытының»: the coal basin, then the town).
 */
function waterNear(h: NameHit, c: NameContext, cue: "river" | "lake", span = 2): boolean {
  const comma = c.surface?.comma;
  let from = h.start - span;
  if (comma) for (let i = h.start; i > from; i--) if (comma[i]) from = i;
  for (let i = from; i < h.end + span; i++) if (c.votes.isAt(i, cue)) return true;
  return false;
}

const nameStarting = (c: NameContext, i: number) => c.names.find((n) => n.start === i);
const nameEnding = (c: NameContext, i: number) => c.names.find((n) => n.end === i);

/** A facility word at `i` that names one plant: singular, or plural where nothing asks about the data. */
const namedFacility = (votes: Votes, toks: string[], i: number) => votes.isAt(i, "facility") && (!votes.domain || !PLURAL_NOUN.test(toks[i]!));

const isHomonym = (id: string) => HOMONYMS.has(id);

/** A given name of data/given-names.txt, as it is or with endings («Қаратайды»). */
function givenNameWord(tok: string): boolean {
  if (GIVEN_NAMES.has(tok)) return true;
  for (let k = tok.length - 1; k >= 3; k--) if (GIVEN_NAMES.has(tok.slice(0, k)) && isEnding(tok.slice(k))) return true;
  return false;
}

/** The name alone inside quotes: «Балқадиша», not a quoted sentence («Кнетауда жоспар орындалмады»). */
function quotedAlone(h: NameHit, c: NameContext): boolean {
  const quote = c.surface?.quote;
  const q = quote?.[h.start] ?? -1;
  return q >= 0 && quote![h.end - 1] === q && quote![h.start - 1] !== q && quote![h.end] !== q;
}

/** The name typed in lower case after the first word of a message whose first word has a capital. */
function lowerCaseWord(h: NameHit, c: NameContext): boolean {
  return h.start > 0 && Boolean(c.surface?.capital[0]) && c.surface?.capital[h.start] === false;
}

/**
 * The writer shows they capitalise names: the first word has a capital, and so does a word
 * inside a sentence (not one after «.», «!», «?»; not in capitals) other than the name — a
 * proper name («Алматыда», «Асқар») — or the message is a sentence of twelve words or more
 * written out (a full stop last) with at most one word in ten about the data. A capital on
 * the first word alone is not enough: people type «Расскажи про абай.» to the bot.
 */
function capitalises(h: NameHit, c: NameContext): boolean {
  const s = c.surface;
  if (!s?.capital[0]) return false;
  const n = c.toks.length;
  if (n >= RUNNING_TEXT && s.closes[n - 1] && c.votes.domainCount * 10 <= n) return true;
  for (let i = 1; i < n; i++) if (s.capital[i] && !s.stops[i] && !s.caps[i] && (i < h.start || i >= h.end)) return true;
  return false;
}

/**
 * Names shared with something else (Аксу, Абай, Алтай, Каратау, Балхаш, Рудный): the town's
 * rules in data/homonyms.json decide, or the bot asks.
 */
function homonym(h: NameHit, word: string, c: NameContext): Judged {
  // A town no homonym entry lists has no rule to test: what the rules would read is not gathered.
  if (!isHomonym(h.id)) return judged("keep", "town.plain");
  // «под Зыряновском», «Вокруг Зыряновска»: a name of the town the homonym does not share.
  if (unsharedName(h.id, h.name)) return judged("keep", "town.unshared-name");
  const { votes, toks } = c;
  const rule = homonymRule(h.id, {
    // Methods, not arrow functions: under tsx every named arrow made per call is also renamed.
    near(cue, span) {
      return cue === "river" || cue === "lake" ? waterNear(h, c, cue, span) : votes.near(h, cue, span);
    },
    follows(cue, span) {
      return [...Array(span).keys()].some((k) => votes.isAt(h.end + k, cue));
    },
    has(cue) {
      return votes.has(cue);
    },
    domain: votes.domain,
    domainCount: votes.domainCount,
    bare: h.bare,
    word,
    spelled: c.norm[h.end - 1] ?? "",
    prev: toks[h.start - 1] ?? "",
    next: toks[h.end] ?? "",
    nounFollows: c.nounFollows,
    // The regions named, and those of the places listed with the name («Қаратал, Лепсі, Ақсу, Іле, Сарқан»: Жетісу's).
    regions: [...c.regions.map((r) => r.id), ...unknownPlaces(h, c).regions],
    otherTown: c.names.some((n) => n.kind === "town" && n.id !== h.id),
    words: toks.length,
    greeted: greeted(c),
    kazakh: c.kazakh,
    lowerCase: lowerCaseWord(h, c),
    capitalises: capitalises(h, c),
    toks,
  });
  return rule ? judged(rule.verdict, rule.id) : judged("keep", "town.plain");
}

const TIER_CUES = new Set<string>(["diversifying", "medium_potential", "stagnating"]);
/** What may end a question about a town's tier right after the group noun (skeletons): «или нет», «ма», «ба», «пожалуйста». */
const TIER_QUESTION_TAIL = new Set(["ili", "net", "ma", "me", "ba", "be", "pa", "pe", "ale", "alde", "pojaluista", "pliz", "pls", "rahmet", "spasibo"]);

/**
 * Whether word `i` is a tier's number beside a tier noun («Кентау 3 группы?», «Теміртау
 * 3-ші топта ма»): the noun ends the message or the question, or a word we read follows it;
 * not «Риддер 1 группа крови», «Аксу 3 категория дорог» (the group of something else).
 */
function tierNumber(votes: Votes, i: number, toks: readonly string[]): boolean {
  let end = -1;
  for (const c of votes.at.get(i) ?? []) if (TIER_CUES.has(c.cue)) end = Math.max(end, c.end);
  if (end < 0) return false;
  if (end >= toks.length || TIER_QUESTION_TAIL.has(toks[end]!)) return true;
  return (votes.at.get(end) ?? []).some((c) => c.cue !== "offtopic");
}
