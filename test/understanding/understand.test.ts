import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";
import { loadExamples, type Example } from "../fixtures/load.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));

const check = (e: Example) => {
  const r = u.understand(e.text);
  const got = { intent: r.intent, towns: r.towns, tier: r.tier, ...(e.lang ? { lang: r.lang } : {}) };
  expect(got).toEqual({ intent: e.intent, towns: e.towns, tier: e.tier, ...(e.lang ? { lang: e.lang } : {}) });
};

// Dev examples we still get wrong, each for a reason we chose not to paper over with a
// special case: «абайламай» (a verb, "carelessly") in a question about how to ask.
// `it.fails` turns green→red when one starts passing, so this list is kept honest.
const KNOWN_MISSES = new Set(["d016"]);

describe("the shared examples", () => {
  it.each(loadExamples("shared").map((e) => [e.id, e.text, e] as const))("%s %s", (_id, _text, e) => check(e));
});

describe("our examples (dev set)", () => {
  const all = loadExamples("dev");
  it.each(all.filter((e) => !KNOWN_MISSES.has(e.id)).map((e) => [e.id, e.text, e] as const))("%s %s", (_id, _text, e) => check(e));
  it.fails.each(all.filter((e) => KNOWN_MISSES.has(e.id)).map((e) => [e.id, e.text, e] as const))("known miss %s %s", (_id, _text, e) => check(e));
});

/** Share of a set with language, intent, towns and tier all right. */
function rightShare(set: Parameters<typeof loadExamples>[0]) {
  const all = loadExamples(set);
  const right = all.filter((e) => {
    const r = u.understand(e.text);
    return r.intent === e.intent && JSON.stringify(r.towns) === JSON.stringify(e.towns) && r.tier === e.tier && (!e.lang || r.lang === e.lang);
  });
  return right.length / all.length;
}

// Floors under what the sets score now (all three right, with the reply language), so
// that a change that loses ground fails. docs/understanding.md and test/fixtures/load.ts say who wrote each set.
type Scored = Parameters<typeof rightShare>[0];
describe("messages the code was never tuned on", () => {
  it.each<[Scored, number, number]>([
    ["holdout", 98.4, 96],
    ["holdout2", 98.7, 96],
    ["holdout3", 97.8, 95],
    ["holdout4", 96.3, 93],
    ["holdout5", 99.6, 98],
    ["holdout6", 98.5, 96],
    ["holdout7", 99.2, 98],
    ["holdout8", 97.8, 95],
    ["holdout9", 99.6, 97],
    ["holdout10", 99.1, 98],
    ["holdout11", 97.2, 95],
    ["holdout12", 99.2, 98],
    ["holdout13", 98.1, 96],
  ])("%s (now %s%%): at least %s%%", (set, _now, floor) => expect(rightShare(set)).toBeGreaterThanOrEqual(floor / 100));
});

describe("the fresh sets tuned on", () => {
  it.each<[Scored, number, number]>([
    ["dev3", 100, 98],
    ["dev4", 100, 98],
    ["dev5", 99.6, 98],
    ["dev6", 100, 98],
    ["dev7", 99.3, 98],
    ["dev8", 100, 98],
    ["dev9", 99.2, 97],
    ["dev10", 99.4, 97],
    ["dev11", 98.7, 96],
    ["dev12", 99.4, 97],
    ["dev13", 100, 98],
    ["dev14", 100, 98],
    ["dev15", 100, 98],
    ["dev16", 100, 98],
    ["dev17", 97.6, 96],
    ["dev18", 98.9, 97],
    ["dev19", 99.6, 98],
    ["dev20", 100, 98],
    ["dev21", 99.6, 98],
    ["dev22", 96.8, 95],
    ["dev23", 96.8, 95],
    ["dev24", 99.2, 97],
    ["dev25", 99.6, 98],
    ["dev26", 100, 98],
    ["dev27", 99.2, 98],
    ["dev28", 96, 94],
  ])("%s (now %s%%): at least %s%%", (set, _now, floor) => expect(rightShare(set)).toBeGreaterThanOrEqual(floor / 100));
});

describe("look-alike words, places abroad and cities that are regions", () => {
  const of = (text: string) => u.understand(text);
  it("reads «в среднем», «жұмысшы» and «тұрған» as the ordinary words they are", () => {
    expect(of("сколько получают шахтеры в среднем")).toMatchObject({ intent: "out_of_scope", tier: null });
    expect(of("балқыту цехына жұмысшы керек пе").intent).toBe("out_of_scope");
    expect(of("тоқырап тұрған қалалар қайсылары")).toMatchObject({ intent: "tier_list", tier: "stagnating", place: null });
    expect(of("со средним потенциалом какие города")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
    expect(of("Балқашта жұмыстар қалай жүріп жатыр").intent).toBe("progress");
  });
  it("does not take a town's namesake abroad for the town", () => {
    expect(of("Лениногорск Татарстан население")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(of("Курчатов Курская область новости").towns).toEqual([]);
    expect(of("Лениногорск план").towns).toEqual(["ridder"]);
    // Саранск (Mordovia) is not Сарань with an ending.
    expect(of("театр стал лауреатом фестиваля в г.Саранске").towns).toEqual([]);
    expect(of("в Сарани безработица").towns).toEqual(["saran"]);
  });
  it("takes «г. Шымкент» for the city, which is not a monotown", () => {
    expect(of("Прошу предоставить сведения о финансировании плана развития г. Шымкент.")).toMatchObject({ intent: "not_monotown", place: "shymkent" });
    expect(of("моногорода Павлодарской области").intent).toBe("national_overview");
  });
  it("leaves a town with two words it knows nothing of, and no question it answers, out of scope", () => {
    expect(of("Хромтауда қыстық көмірді кім жеткізеді")).toMatchObject({ intent: "out_of_scope", towns: ["khromtau"] });
    expect(of("Хромтауда көмір")).toMatchObject({ intent: "town_overview", towns: ["khromtau"] });
    expect(of("Прошу предоставить краткую справку о социально-экономическом положении моногорода Каражал").intent).toBe("town_overview");
  });
  it("reads jobs, ski slopes and «кто аким» as out of scope, with the town kept", () => {
    expect(of("Рудныйда жұмыс бар ма, вакансия керек")).toMatchObject({ intent: "out_of_scope", towns: ["rudny"] });
    expect(of("Риддер горнолыжка работает?")).toMatchObject({ intent: "out_of_scope", towns: ["ridder"] });
    expect(of("кто аким Хромтау сейчас?")).toMatchObject({ intent: "out_of_scope", towns: ["khromtau"] });
  });
  it("knows Степногор, «потратили», «сипаттап бер» and a cue's last two letters swapped", () => {
    expect(of("Степногор қай топқа жатады")).toMatchObject({ intent: "tier", towns: ["stepnogorsk"] });
    expect(of("сколько потратили в Кульсарах").intent).toBe("shortfall");
    expect(of("Шахтинскіні жалпы сипаттап берші").intent).toBe("town_overview");
    expect(of("подпсиаться на Кентау").intent).toBe("subscribe");
    expect(of("какие моногорода стангирующие")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
  });
});

describe("words that fold onto other words, and names that are not the town", () => {
  const of = (text: string) => u.understand(text);
  it("reads «болып», «болды», «күні» as the ordinary words they are, not money", () => {
    expect(of("Қаражалда не болып жатыр").intent).toBe("town_overview");
    expect(of("Балқашта не болды").intent).toBe("town_overview");
    expect(of("шахтерлер күні қай күні тойланады").intent).toBe("out_of_scope");
    expect(of("Балқашқа қанша қаржы бөліп берді").intent).toBe("shortfall");
  });
  it("takes a district named after a town for another place, and a name with a patronymic for a person", () => {
    expect(of("Алматы облысындағы Балқаш ауданының жоспары қалай орындалды")).toMatchObject({ intent: "not_monotown", towns: [] });
    expect(of("Абай ауданы моноқала ма")).toMatchObject({ intent: "not_monotown", towns: [] });
    expect(of("Ермак Тимофеевич чем известен")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(of("Алматыдағы Ақсай ықшамауданында пәтер бағасы қанша")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(of("Балқаш ауданы").towns).toEqual([]);
    expect(of("Балқаштың жоспары").towns).toEqual(["balkhash"]);
  });
  it("greets when the bot is greeted, and helps when it is only addressed", () => {
    expect(of("салем бот").intent).toBe("greeting");
    expect(of("приветик бот").intent).toBe("greeting");
    expect(of("бот?").intent).toBe("help");
    expect(of("қалай пайдаланамын").intent).toBe("help");
  });
  it("reads Russian «не дали» as money and Kazakh «жазылымнан шығу» as unsubscribing", () => {
    expect(of("Курчатову сколько не дали").intent).toBe("shortfall");
    expect(of("жазылымнан шығу").intent).toBe("unsubscribe");
  });
});

describe("names split, glued to a word, or beside another place", () => {
  const of = (text: string) => u.understand(text);
  it("joins a one-word name typed as two words, but not a name and the next word", () => {
    expect(of("темир тау к какой группе относится")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
    expect(of("в какую группу попал жанна озен").towns).toEqual(["zhanaozen"]);
    expect(of("Житикара. Деньги. Сколько?")).toMatchObject({ intent: "shortfall", towns: ["zhitikara"] });
  });
  it("reads a word the lexicon knows whole as that word (іс-шара is not Шар + а)", () => {
    expect(of("Барлық моноқалалар бойынша қанша іс-шара орындалмаған?")).toMatchObject({ intent: "national_overview", place: null });
  });
  it("takes a name beside a village, a river, another region or a microdistrict number for something else", () => {
    expect(of("с. Абай Жамбылского р-на — это моногород?")).toMatchObject({
      intent: "not_monotown",
      towns: [],
      namesake: { townId: "abai", word: "абай" },
      region: "zhambyl",
      place: null,
    });
    expect(of("Алматы облысындағы Балқаш ауданы")).toMatchObject({ intent: "not_monotown", namesake: { townId: "balkhash" }, region: "almaty_region" });
    expect(of("посёлок Темиртау в Кемеровской области, там рудник ещё работает?")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(of("река Тентек, которая в Сасыкколь впадает").towns).toEqual([]);
    expect(of("Аксай-4 когда горячую воду дадут").towns).toEqual([]);
    expect(of("Экибастуз 78% выполнения — это правда?")).toMatchObject({ intent: "progress", towns: ["ekibastuz"] });
    expect(of("Теміртау, Қарағанды облысы, қай топта")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
  });
  it("keeps a town in a Kazakh place case beside «көше», and drops a street's name", () => {
    expect(of("Риддерде көше жөндеуі қашан бітеді?").towns).toEqual(["ridder"]);
    expect(of("Абай көшесі қайда").towns).toEqual([]);
  });
});

describe("traps from the hard sets", () => {
  const of = (text: string) => u.understand(text);
  it("takes a town typed as two words only in a question about the data", () => {
    expect(of("қара жалды айғыр сатылады, бағасы келісімді").towns).toEqual([]);
    expect(of("кара жалда қанша қаржы бөлінді").towns).toEqual(["karazhal"]);
    expect(of("Ақмола облысындағы Ақсу кентін моноқала деп санай ма")).toMatchObject({ intent: "not_monotown", namesake: { townId: "aksu" }, place: null });
  });
  it("splits a town glued to the next word", () => {
    expect(of("Теміртаудыңтобы қандай")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
    expect(of("Балқашқақанша қаржы бөлінді")).toMatchObject({ intent: "shortfall", towns: ["balkhash"] });
  });
  it("takes a bare name after a shop or a club for the venue's, not the town", () => {
    expect(of("магазин Балхаш на Райымбека до скольки работает").towns).toEqual([]);
    expect(of("ХК Ермак Ангарск состав на сезон").towns).toEqual([]);
    expect(of("Степногордағы кинотеатр қайда")).toMatchObject({ intent: "out_of_scope", towns: ["stepnogorsk"] });
  });
  it("tells a region asked about as if it were a town from its monotowns", () => {
    expect(of("Абай облысы моноқала ма").intent).toBe("not_monotown");
    expect(of("Абай облысы қай топта").intent).toBe("not_monotown");
    expect(of("Қарағанды облысында қанша моноқала бар?").intent).toBe("national_overview");
    expect(of("Ұлытау облысында моноқала бар ма").intent).toBe("national_overview");
  });
  it("knows demonyms in the plural, the old Джетыгара and Rudny Altai", () => {
    expect(of("біз екібастұздықтармыз, қаламыз қай топта екенін айтыңызшы")).toMatchObject({ intent: "tier", towns: ["ekibastuz"] });
    expect(of("к какой категории моногородов отнесена Джетыгара")).toMatchObject({ intent: "tier", towns: ["zhitikara"] });
    expect(of("Рудный Алтай это какие месторождения?")).toMatchObject({ intent: "out_of_scope", towns: [] });
  });
  it("reads «көмектестің» (you helped) as thanks and «в Рудной» in a money question as the town", () => {
    expect(of("рахмет, көп көмектестің")).toMatchObject({ intent: "greeting", thanks: true });
    expect(of("дефицит финансирования в Рудной")).toMatchObject({ intent: "shortfall", towns: ["rudny"] });
    expect(of("рудная руда").towns).toEqual([]);
  });
});

describe("what a question is about", () => {
  const of = (text: string) => u.understand(text);
  it("takes what «сколько»/«қанша» counts as the topic", () => {
    expect(of("Каражал сколько нужно еще денег чтобы закрыть все мероприятия").intent).toBe("shortfall");
    expect(of("Сколько из запланированных мероприятий по Лисаковску закрыто в 2024 году?").intent).toBe("progress");
  });
  it("answers the whole card when every section is asked for", () => {
    expect(of("Прошу предоставить общую информацию по моногороду Аксай: группа, ход реализации плана, финансирование.").intent).toBe("town_overview");
  });
  it("lets the topic inside an official request decide, not the request's frame", () => {
    expect(of("Риддер қаласының даму жоспарын қаржыландыру көлемі туралы мәлімет беруіңізді сұраймын").intent).toBe("shortfall");
    expect(of("Жаңаөзен туралы мәлімет керек").intent).toBe("town_overview");
  });
  it("reads a word typed in two scripts, and «қай тпта»", () => {
    expect(of("абайға бөлiнген қаржының қанша пайызы игерiлдi")).toMatchObject({ intent: "shortfall", towns: ["abai"] });
    expect(of("ақсу моноқаласы қай тпта??")).toMatchObject({ intent: "tier", towns: ["aksu"] });
  });
  it("knows Kazakh ranking words for the tiers, and thanks for help as thanks", () => {
    expect(of("ең нашар моноқалалар қайсы")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
    expect(of("болашағы зор моноқалалар қайсы?")).toMatchObject({ intent: "tier_list", tier: "diversifying" });
    expect(of("спасибо, очень помогли")).toMatchObject({ intent: "greeting", thanks: true });
  });
  it("reads a Russian word with a Kazakh case ending as Kazakh", () => {
    expect(of("рассылкадан шыгарып таста")).toMatchObject({ intent: "unsubscribe", lang: "kk" });
    expect(of("Аксуга финансированиеге канша выделили")).toMatchObject({ intent: "shortfall", lang: "kk" });
  });
  it("reads newsroom words, common misspellings and «I am from …»", () => {
    expect(of("а у Сатпаева какой тир?").intent).toBe("tier");
    expect(of("в Степногорске что с КП, двигается вообще?").intent).toBe("progress");
    expect(of("Степногорск финасирование 2024").intent).toBe("shortfall");
    expect(of("Лисаковск в какой грппе? пжл срочно")).toMatchObject({ intent: "tier", towns: ["lisakovsk"] });
    expect(of("Теміртаулықпын ғой, біздің қала қай топта қазір?")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
  });
  it("keeps «орта» (middle) apart from «өрт» (fire), and «жұмыс істейді» apart from help", () => {
    expect(of("орта әлеуетті топта қанша қала бар және қайсылар")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
    expect(of("мыс балқыту зауыты қалай жұмыс істейді").intent).toBe("out_of_scope");
    expect(of("ДТП в Рудном сегодня что известно?")).toMatchObject({ intent: "out_of_scope", towns: ["rudny"] });
    expect(of("Абай облысының әкімі кім").intent).toBe("out_of_scope");
  });
});

describe("understanding", () => {
  const ids = (text: string) => u.understand(text).towns;

  it("reads Russian cases and Kazakh suffix chains", () => {
    expect(ids("в Рудном")).toEqual(["rudny"]);
    expect(ids("по Житикаре")).toEqual(["zhitikara"]);
    expect(ids("Лисаковска")).toEqual(["lisakovsk"]);
    expect(ids("в Аксае")).toEqual(["aksai"]);
    expect(ids("Шахтинском")).toEqual(["shakhtinsk"]);
    expect(ids("Теміртаудың")).toEqual(["temirtau"]);
    expect(ids("Екібастұзда")).toEqual(["ekibastuz"]);
    expect(ids("Балқашқа")).toEqual(["balkhash"]);
    expect(ids("Жітіқараның")).toEqual(["zhitikara"]);
    expect(ids("Сәтбаевтағы")).toEqual(["satbayev"]);
    expect(ids("Шахтинскідегі")).toEqual(["shakhtinsk"]);
  });

  it("reads Latin script, look-alike letters, old names and typos", () => {
    expect(ids("riddrer kai topta")).toEqual(["ridder"]);
    expect(ids("Ekibastuzda")).toEqual(["ekibastuz"]);
    expect(ids("Balqaşqa")).toEqual(["balkhash"]);
    expect(ids("Жанаозен")).toEqual(["zhanaozen"]);
    expect(ids("Лениногорск")).toEqual(["ridder"]);
    expect(ids("Зыряновска")).toEqual(["altai"]);
    expect(ids("Ермак")).toEqual(["aksu"]);
    expect(ids("Экибастзу")).toEqual(["ekibastuz"]);
    expect(ids("Степногорксе")).toEqual(["stepnogorsk"]);
    // A key missed or mistyped counts as one typo however the letter transliterates (ч is ch).
    for (const typo of ["Шхтинск", "Жиикара", "Куратов", "Каажал", "Риддкр", "Кулчары", "Риддрдегі"]) expect(ids(`${typo} в какой группе`)).toHaveLength(1);
    // A long name typed whole with one wrong letter in a short ending.
    for (const [typo, id] of [
      ["Кентаудвң", "kentau"],
      ["Қаражалдв", "karazhal"],
      ["Екібастұзға", "ekibastuz"],
      ["Хромтаудв", "khromtau"],
    ] as const)
      expect(ids(`${typo} санаты`)).toEqual([id]);
    // …but not a short name (Аксуат is a village) or a long tail.
    for (const text of ["Аксуат санаты", "Темиртаупромснаб санаты"]) expect(ids(text)).toEqual([]);
  });

  it("does not read ordinary words as towns", () => {
    for (const text of ["абайлаңыз", "сарай", "рудная руда", "балық аулау", "хромой", "аксессуары", "темір бағасы"]) expect(ids(text)).toEqual([]);
  });

  it("tells the monotown from the mountains, the lake, the poet and the region", () => {
    expect(u.understand("Қаратау тауына қалай баруға болады").intent).toBe("out_of_scope");
    expect(ids("стихи Абая")).toEqual([]);
    expect(ids("рыбалка на озере Балхаш")).toEqual([]);
    expect(u.understand("моноқалалар Абай облысында").region).toBe("abai_region");
    expect(u.understand("Аксу Акмолинской области моногород?").intent).toBe("not_monotown");
    expect(u.understand("город Абай недофинансирование")).toMatchObject({ intent: "shortfall", towns: ["abai"], ambiguous: [] });
  });

  it("asks rather than guesses when a bare name may mean several things", () => {
    expect(u.understand("Абай").ambiguous.map((a) => a.townId)).toEqual(["abai"]);
    expect(u.understand("Аксу").ambiguous.map((a) => a.townId)).toEqual(["aksu"]);
    expect(u.understand("Аксу план").ambiguous).toEqual([]);
  });

  it("names places that are not monotowns and the region they are in", () => {
    expect(u.understand("Караганда моногород?")).toMatchObject({ intent: "not_monotown", place: "karaganda", region: "karaganda" });
    expect(u.understand("моногорода Павлодарской области")).toMatchObject({ intent: "national_overview", region: "pavlodar", towns: [] });
    expect(u.townsOfRegion("pavlodar")).toEqual(["ekibastuz", "aksu"]);
  });

  it("answers in the language of the message, else the stored one", () => {
    expect(u.understand("Балқаш қай топта", "ru").lang).toBe("kk");
    expect(u.understand("в какой группе Балхаш", "kk").lang).toBe("ru");
    expect(u.understand("Ridder info", "kk")).toMatchObject({ lang: "kk", langSure: false });
    expect(u.understand("Saran endi monoqala emes pe?", "ru").lang).toBe("kk");
    // «категория» is a word of both languages: a Kazakh case on it is Kazakh grammar; bare, it says nothing.
    expect(u.understand("Жетикара каи категорияда", "ru").lang).toBe("kk");
    expect(u.understand("Жетикара категория", "kk").lang).toBe("kk");
    expect(u.understand("Жетикара категория", "ru").lang).toBe("ru");
    // Kazakh Latin spells қ with q; Russian transliteration never does.
    expect(u.understand("Qarajal", "ru").lang).toBe("kk");
    // English is answered in Russian; «been» is not the Kazakh «бен».
    expect(u.understand("What projects have been completed in Khromtau so far?", "kk").lang).toBe("ru");
    expect(u.understand("Aqsu ben Ekibastuz salystyr", "ru").lang).toBe("kk");
    expect(u.understand("Karazhal", "kk").lang).toBe("kk");
  });

  it("reads «қарағанда» after a town as 'compared with', not as Караганда", () => {
    expect(u.understand("Балқашқа қарағанда Теміртаудың жағдайы қалай")).toMatchObject({ intent: "compare", towns: ["balkhash", "temirtau"], place: null });
    expect(u.understand("Караганда моногород?").place).toBe("karaganda");
  });

  it("does not take a word for a misspelt cue when the stem's last letter changed", () => {
    expect(u.understand("Рудненский ГОК проблемы").intent).not.toBe("tier_list");
  });

  it("takes thanks as a greeting, not as out of scope", () => {
    expect(u.understand("спасибо")).toMatchObject({ intent: "greeting", thanks: true });
    expect(u.understand("Сәлем!")).toMatchObject({ intent: "greeting", thanks: false, lang: "kk" });
  });

  it("takes a greeting that goes on to ask what the bot tells as help; a greeting to the bot stays a greeting", () => {
    expect(u.understand("Сәлеметсіз бе, бұл бот қандай ақпарат береді?").intent).toBe("help");
    expect(u.understand("Здравствуйте, какую информацию можно получить через данного бота?").intent).toBe("help");
    expect(u.understand("привет бот").intent).toBe("greeting");
  });

  it("reads a tier named with «не» as the one not meant, of two", () => {
    expect(u.understand("Какие моногорода не относятся к диверсифицирующимся, а находятся в группе стагнации?")).toMatchObject({
      intent: "tier_list",
      tier: "stagnating",
    });
    expect(u.understand("әртараптандыру жолында емес, тоқырау тобындағы қалалар")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
    expect(u.understand("стагнирующие города")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
  });

  it("reads key words with a vowel left out or two letters swapped, but not a changed letter in a short stem", () => {
    expect(u.understand("привт").intent).toBe("greeting");
    expect(u.understand("всем привт").intent).toBe("greeting");
    expect(u.understand("отпсика от Балхаша")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash"] });
    expect(u.understand("оптисаться от стагнирующих").intent).toBe("unsubscribe");
    // «receive» is one letter from «ресей» (Russia): a five-letter stem takes no changed letter.
    expect(u.understand("How much funding did Kulsary actually receive?")).toMatchObject({ intent: "shortfall", towns: ["kulsary"] });
  });

  it("splits two words the space bar missed, and keeps every word after the split", () => {
    expect(u.understand("какаягруппа у Курчатова")).toMatchObject({ intent: "tier", towns: ["kurchatov"] });
    // «ақша» after a split word used to be lost, leaving only the plan.
    expect(u.understand("Риддердіңжоспары емес, ақша")).toMatchObject({ intent: "shortfall", towns: ["ridder"] });
    // A word a cue reads is not split («обещ» + «али»).
    expect(u.understand("Житикаре обещали новую школу").intent).toBe("progress");
  });

  it("reads refusals to receive as stopping, and a refusal turned round as subscribing", () => {
    expect(u.understand("Не хочу больше получать рассылку по Рудному")).toMatchObject({ intent: "unsubscribe", towns: ["rudny"] });
    expect(u.understand("Степногорскіден жазылымымды жойыңыз")).toMatchObject({ intent: "unsubscribe", towns: ["stepnogorsk"] });
    expect(u.understand("Лисаков пен Рудныйдан шығарып таста")).toMatchObject({ intent: "unsubscribe", towns: ["lisakovsk", "rudny"] });
    expect(u.understand("Я не хочу отписываться, наоборот — подпишите ещё и на Балхаш")).toMatchObject({ intent: "subscribe", towns: ["balkhash"] });
    expect(u.understand("Кидай мне по понедельникам инфу по Степногорску и Курчатову")).toMatchObject({
      intent: "subscribe",
      towns: ["stepnogorsk", "kurchatov"],
    });
  });

  it("reads where the writer is from as not the question when the country or a town is asked about", () => {
    expect(u.understand("Я из Караганды. Сколько всего моногородов по стране?")).toMatchObject({ intent: "national_overview", place: null });
    expect(u.understand("Павлодарданмын. Жалпы республика бойынша моноқалалар жағдайы қалай?")).toMatchObject({ intent: "national_overview", region: null });
    expect(u.understand("Я из Караганды, какие моногорода рядом?").region).toBe("karaganda");
  });

  it("reads «на Абая», «на Сатпаева» as the street when nothing about the data is asked", () => {
    expect(u.understand("ресторан «Балхаш» на Абая доставка есть?").towns).toEqual([]);
    expect(u.understand("кафе на Сатпаева").towns).toEqual([]);
    expect(u.understand("сколько выделили на Абая")).toMatchObject({ intent: "shortfall", towns: ["abai"] });
  });

  it("reads «в Абайской» as the region's adjective, not the town", () => {
    expect(u.understand("Курчатов который город в Абайской, не физик — сколько проектов завершено?")).toMatchObject({
      intent: "progress",
      towns: ["kurchatov"],
    });
  });

  it("reads «лучший», «средний», «ең нашар» as a ranking unless a tier word, a list or a subscription is there", () => {
    expect(u.understand("Средний процент исполнения планов по моногородам")).toMatchObject({ intent: "national_overview", tier: null });
    expect(u.understand("какие моногорода сейчас в отстающих")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
    expect(u.understand("города средней группы")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
  });

  it("stops the digest for towns named with a refusal and nothing asked about them", () => {
    expect(u.understand("Балқаш пен Абайдан бас тартамын, хаттары енді керек емес")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash", "abai"] });
    expect(u.understand("рассылкадан шығаршы").intent).toBe("unsubscribe");
    expect(u.understand("Балқаш пен Абайдың жоспары тоқтап тұр ма").intent).not.toBe("unsubscribe");
  });

  it("reads a case after a demonym's plural («Теміртаулықтарға»), and «қалай жетеді» as 'is it enough'", () => {
    expect(u.understand("Теміртаулықтарға уәде етілген жобалар салынды ма, істеп жатыр ма?")).toMatchObject({ intent: "progress", towns: ["temirtau"] });
    expect(u.understand("кулсарыга акша калай, жетеді ме")).toMatchObject({ intent: "shortfall", towns: ["kulsary"] });
    expect(u.understand("мені Степногорскіге жазып қойшы")).toMatchObject({ intent: "subscribe", towns: ["stepnogorsk"] });
  });

  it("takes thanks to the bot as a greeting", () => {
    expect(u.understand("көп ракмет, жақсы бот").intent).toBe("greeting");
  });

  it("reads a town's name followed by «в» and a place of another region as a namesake there", () => {
    expect(u.understand("Аксай в Алматы это моногород?")).toMatchObject({ intent: "not_monotown", towns: [], namesake: { townId: "aksai" } });
    expect(u.understand("аксай в алматы микрорайон как доехать")).toMatchObject({ intent: "out_of_scope", towns: [] });
    // In its own region it is the town.
    expect(u.understand("Темиртау в Караганде план")).toMatchObject({ intent: "progress", towns: ["temirtau"] });
  });

  it("reads a promise of a school as progress, a school alone as off topic; extra money needed as shortfall", () => {
    expect(u.understand("Житикаре обещали новую школу и где она 😡😡")).toMatchObject({ intent: "progress", towns: ["zhitikara"] });
    expect(u.understand("школа номер 5 в Риддере телефон")).toMatchObject({ intent: "out_of_scope", towns: ["ridder"] });
    expect(u.understand("Қаражал қаласының жоспарын іске асыруға қажетті қосымша қаражат көлемін хабарлауыңызды сұраймын.").intent).toBe("shortfall");
  });

  it("takes a bare «stop» as stopping the digest, a subscription to a tier as a subscription however long", () => {
    expect(u.understand("stop").intent).toBe("unsubscribe");
    expect(u.understand("хватит").intent).toBe("unsubscribe");
    expect(u.understand("хватит слать сообщения!!!").intent).toBe("unsubscribe");
    expect(u.understand("подпиши меня на все стагнирующие, хочу знать кто че не доделал")).toMatchObject({ intent: "subscribe", tier: "stagnating" });
  });

  it("takes another subscription (a magazine, a newspaper) as out of scope", () => {
    expect(u.understand("как подписаться на журнал «Forbes Kazakhstan»").intent).toBe("out_of_scope");
    expect(u.understand("Егемен Қазақстан газетіне қалай жазылуға болады?").intent).toBe("out_of_scope");
  });

  it("takes thanks with nothing asked as a greeting, and «X моногород?» about a place we do not know as out of scope", () => {
    expect(u.understand("спасибо большое, всё понятно").intent).toBe("greeting");
    expect(u.understand("спасибо, а всего сколько моногородов?").intent).toBe("national_overview");
    expect(u.understand("тольятти моногород?").intent).toBe("out_of_scope");
    expect(u.understand("Караганда моногород?").intent).toBe("not_monotown");
  });

  it("keeps «Rudny» before an unknown word when the message asks about the data", () => {
    expect(u.understand("How much funding has Rudny received vs planned?")).toMatchObject({ intent: "shortfall", towns: ["rudny"] });
    expect(u.understand("рудный двор где находится").towns).toEqual([]);
  });

  it("reads who a town's akim is as out of scope, but an akim's word on the plan as progress", () => {
    expect(u.understand("аким Риддера кто сейчас?")).toMatchObject({ intent: "out_of_scope", towns: ["ridder"] });
    expect(u.understand("Риддер әкімі кім")).toMatchObject({ intent: "out_of_scope", towns: ["ridder"] });
    expect(u.understand("аким Риддера заявил, что план сорван")).toMatchObject({ intent: "progress", towns: ["ridder"] });
    expect(u.understand("Нужна краткая справка по г. Шахтинск к выезду акима области")).toMatchObject({ intent: "town_overview", towns: ["shakhtinsk"] });
  });

  it("takes «how do I subscribe» without a town or tier as help; with one, as the subscription", () => {
    expect(u.understand("а как подписаться вообще? что писать?").intent).toBe("help");
    expect(u.understand("Жазылу қалай жасалады, үйретші").intent).toBe("help");
    expect(u.understand("как подписаться на Риддер")).toMatchObject({ intent: "subscribe", towns: ["ridder"] });
  });

  it("reads «абай бол(ыңыз)» as 'be careful' and «Алтай деген досым» as a friend, not the towns", () => {
    expect(u.understand("Абай болыңыз, ертең жолда көктайғақ болады деп жатыр ма?")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(u.understand("Абай болса қай топта")).toMatchObject({ intent: "tier", towns: ["abai"] });
    expect(u.understand("Алтай деген досым Астанада тұрады, оның телефонын таба аласың ба").towns).toEqual([]);
  });

  it("reads «пр.» before a name as an avenue, «недоделали» as progress, «хватит спамить» as stop", () => {
    expect(u.understand("Живу в Темиртау на пр. Абая, к какой категории относится наш город?")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
    expect(u.understand("чё там у риддерцев с планом, много недоделали?").intent).toBe("progress");
    expect(u.understand("хватит спамить про Рудный")).toMatchObject({ intent: "unsubscribe", towns: ["rudny"] });
  });

  it("gives out_of_scope for empty or meaningless text", () => {
    expect(u.understand("")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(u.understand("   ?!  ")).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(u.understand("x".repeat(5000)).intent).toBe("out_of_scope");
  });
});
