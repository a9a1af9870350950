// Key words and constructions the hard example sets (dev9–dev12) taught: each case is a
// construction, written here in words of its own rather than copied from a set's line.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier };
};

describe("key words in the forms people type", () => {
  it("reads «в застое» in any case as the stagnating tier", () => {
    expect(read("какие моногорода сейчас в застое")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
    expect(read("список городов, находящихся в застое")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
  });

  it("reads «бас тарту» and «жазып қой» typed as one word", () => {
    expect(read("Балқаштан жазылымнан бастартамын")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash"] });
    expect(read("Теміртау мен Кентауға жазыпқойшы")).toMatchObject({ intent: "subscribe", towns: ["temirtau", "kentau"] });
  });

  it("reads «шығу» (leaving) beside a subscription as unsubscribing, and not alone", () => {
    expect(read("Шахтинскіге жазылымнан шығуым керек")).toMatchObject({ intent: "unsubscribe", towns: ["shakhtinsk"] });
    expect(read("жаңа зауыттың шығу тегі қандай").intent).not.toBe("unsubscribe");
  });

  it("reads «орта» (medium) as the tier, and «орталық» (central) as no tier word", () => {
    expect(read("Кентау orta topta ma")).toMatchObject({ intent: "tier", towns: ["kentau"] });
    expect(read("Кентау орта топта ма")).toMatchObject({ intent: "tier", towns: ["kentau"] });
    expect(read("Кентаудың орталығында жаңа саябақ бар ма")).not.toMatchObject({ intent: "tier" });
  });

  it("reads «баға жетпес» (priceless) as neither a price nor money that fell short", () => {
    expect(u.understand("Баға жетпес қазынамыз — Абай.").towns).toEqual([]);
    expect(read("Кентауға ақша жетпеді")).toMatchObject({ intent: "shortfall", towns: ["kentau"] });
  });

  it("reads a pharmacy in a town as out of scope, with the town kept", () => {
    expect(read("Рудныйда түнгі дәріхана бар ма")).toMatchObject({ intent: "out_of_scope", towns: ["rudny"] });
  });

  it("reads «жағдайы қандай» about a town as its card, and the plan's state as progress", () => {
    expect(read("Кентаудың жағдайы қалай қазір")).toMatchObject({ intent: "town_overview", towns: ["kentau"] });
    expect(read("Кентауда жоспардың орындалу жағдайы қандай")).toMatchObject({ intent: "progress", towns: ["kentau"] });
  });

  it("reads where the bot's data comes from as a question for help", () => {
    expect(read("а откуда у вас эти цифры?")).toMatchObject({ intent: "help" });
    expect(read("какой источник у бота")).toMatchObject({ intent: "help" });
    expect(read("Ботта қандай деректер бар")).toMatchObject({ lang: "kk", intent: "help" });
    expect(read("дереккөздеріңіз қандай?")).toMatchObject({ lang: "kk", intent: "help" });
    // A source of money is funding, not the bot's sources.
    expect(read("источники финансирования Кентау")).toMatchObject({ intent: "shortfall", towns: ["kentau"] });
  });

  it("reads a Kazakh verb carrying a Russian noun («подписка жасаңыз») as Kazakh", () => {
    expect(read("Кентауға подписка жасаңызшы")).toMatchObject({ lang: "kk", intent: "subscribe", towns: ["kentau"] });
  });

  it("reads Экибаз, the short name townspeople use, as Экибастуз", () => {
    expect(read("что в Экибазе с планом")).toMatchObject({ intent: "progress", towns: ["ekibastuz"] });
  });

  it("takes a town's namesake in Ukraine for a place abroad", () => {
    expect(read("Степногорск Запорожская область погода").towns).toEqual([]);
  });
});

describe("key words with a finger's slip", () => {
  it("reads a stem whose last letter slipped onto the next key, with only an ending after it", () => {
    // д→л, л→д, ы→в: neighbours on the Russian and Kazakh keyboards.
    expect(read("покажи команлы")).toMatchObject({ intent: "help" });
    expect(read("Теміртауға жазыдым")).toMatchObject({ intent: "subscribe", towns: ["temirtau"] });
    expect(read("қайырлв таң")).toMatchObject({ intent: "greeting" });
  });

  it("does not read a last letter changed to one that is not its neighbour", () => {
    // н and ы are far apart: «проблемы» is not «проблемн-» (problematic, a tier word).
    expect(read("Рудненский ГОК проблемы").intent).not.toBe("tier_list");
    expect(read("покажи комары").intent).not.toBe("help");
  });
});

describe("tier words that say something else", () => {
  it("reads «лучший», «ең жақсы» beside «рейтинг» or one monotown as a ranking, not a tier", () => {
    expect(read("рейтинг моногородов, от лучшего к худшему")).toMatchObject({ intent: "national_overview", tier: null });
    expect(read("моноқалалар рейтингі: ең жақсысы қайсы?")).toMatchObject({ intent: "national_overview", tier: null });
    expect(read("назови худший моногород по исполнению плана")).toMatchObject({ intent: "national_overview", tier: null });
    // Without a ranking word the tier is named, as before.
    expect(read("лучшие моногорода, какие они")).toMatchObject({ intent: "tier_list", tier: "diversifying" });
  });

  it("reads a level word beside a measure as that measure's level, not a tier", () => {
    expect(read("моноқалалардағы жоспарлардың орындалу деңгейі ең нашар")).toMatchObject({ intent: "national_overview", tier: null });
    expect(read("средний уровень освоения средств по моногородам")).toMatchObject({ intent: "national_overview", tier: null });
    expect(read("Теміртаудың деңгейі қандай")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
  });

  it("reads a tier word about the economy in general as off topic, and about monotowns as the tier", () => {
    expect(read("говорят, экономика страны стагнирует — это так?")).toMatchObject({ intent: "out_of_scope", tier: null });
    expect(read("экономикалық тоқырау дегеніміз не")).toMatchObject({ intent: "out_of_scope", tier: null });
    expect(read("моногорода с экономикой в стагнации")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
  });

  it("reads a region asked whether it belongs to the monotowns, or about as one, as not a monotown", () => {
    expect(read("Жетісу облысы моноқалаларға жатады ма?")).toMatchObject({ intent: "not_monotown" });
    expect(read("Абай облысы моноқала ретінде қай топта")).toMatchObject({ intent: "not_monotown" });
    expect(read("Абай облысындағы моноқалалар")).toMatchObject({ intent: "national_overview" });
  });
});

describe("Kazakh words of the tier and of help", () => {
  it("reads «қандай әлеуетті» (of what potential) as the tier", () => {
    expect(read("Кентау қандай әлеуетті қалаға жатады")).toMatchObject({ intent: "tier", towns: ["kentau"] });
  });

  it("reads «жұмыс істейсің» (you work) as asking the bot, and «жұмыс істейді» (it works) as not", () => {
    expect(read("сен қалай жұмыс істейсің?")).toMatchObject({ lang: "kk", intent: "help" });
    expect(read("мыс зауыты қалай жұмыс істейді").intent).toBe("out_of_scope");
  });
});

describe("a tier noun with a typo where a tier question expects it", () => {
  it("reads «санатта» with a letter left out after «қандай» as the tier", () => {
    expect(read("Сәтбаев қандай снатта тұр?")).toMatchObject({ intent: "tier", towns: ["satbayev"] });
    expect(read("Сәтбаев қандай сната").intent).toBe("tier");
  });
});

describe("two letters swapped around ш, щ or ч, and English key words with a typo", () => {
  it("reads a key word whose ш or ч swapped places with the letter beside it", () => {
    expect(read("отпшиите меня от Балхаша")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash"] });
    expect(read("хочу полчуать сводку по Риддеру")).toMatchObject({ intent: "subscribe", towns: ["ridder"] });
    expect(read("подпшиись на Кентау")).toMatchObject({ intent: "subscribe", towns: ["kentau"] });
  });

  it("reads a long word with a typo, not a four-letter stem with two letters swapped that the typo also makes", () => {
    // «жөнніде» is «жөнінде» (about) mistyped, not «жойың-» (delete) with «ын» swapped.
    expect(read("Кентау жөнніде айтып берші")).toMatchObject({ intent: "town_overview", towns: ["kentau"] });
  });

  it("reads a short stem whose last letter swapped with the ending's first, and a phrase's five-letter last word with two letters swapped", () => {
    expect(read("Рудныйдағы жоблаар кешігіп жатыр ма")).toMatchObject({ intent: "progress", towns: ["rudny"] });
    expect(read("Балқашпен бір топатғы моноқалалар")).toMatchObject({ intent: "tier_list", towns: ["balkhash"] });
    // «түсіп» (having fallen) is no «түсп-» (did not arrive) with two letters swapped: nothing follows the pair.
    expect(read("Балқашта баға түсіп жатыр ма").intent).not.toBe("shortfall");
  });

  it("reads a long stem with two letters swapped in a word a four-letter stem alone begins («поетнциал» is no «поэт-»)", () => {
    expect(read("какой поетнциал у Кентау")).toMatchObject({ intent: "tier", towns: ["kentau"] });
    expect(read("орташа поетнциалды қалалар кай?")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
  });

  it("reads English command words with two letters swapped", () => {
    expect(read("susbcribe me to Temirtau")).toMatchObject({ intent: "subscribe", towns: ["temirtau"] });
    expect(read("unsubscirbe from Balkhash please")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash"] });
    expect(read("Ekibastuz hisotry")).toMatchObject({ intent: "history", towns: ["ekibastuz"] });
  });
});
