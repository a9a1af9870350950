// Constructions the dev13 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set's lines.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("questions about the country that are not the national picture", () => {
  it("reads the government, ministers, taxes, pensions and inflation as out of scope", () => {
    expect(read("кто сейчас премьер-министр РК").intent).toBe("out_of_scope");
    expect(read("какая инфляция по стране за год").intent).toBe("out_of_scope");
    expect(read("когда поднимут пенсии в Казахстане").intent).toBe("out_of_scope");
    expect(read("Қазақстанда салық қанша пайыз").intent).toBe("out_of_scope");
    expect(read("үкімет неге ештеңе істемейді").intent).toBe("out_of_scope");
  });

  it("reads the tenge falling as the currency, not the plan's money", () => {
    expect(read("тенге падает, что будет дальше").intent).toBe("out_of_scope");
    expect(read("теңге құлап жатыр ма").intent).toBe("out_of_scope");
  });

  it("keeps a minister who is cited about the data as a half vote", () => {
    expect(read("Министр сказал, что три моногорода стагнируют. Какие?")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
    expect(read("Вице-министр заявил: дефицит финансирования моногородов 40 млрд").intent).toBe("national_overview");
  });
});

describe("a town and something the bot does not answer", () => {
  it("reads a rally and somewhere to eat in a town as out of scope, with the town kept", () => {
    expect(read("Ақсуда митинг болды ма")).toMatchObject({ intent: "out_of_scope", towns: ["aksu"] });
    expect(read("где поесть в Рудном")).toMatchObject({ intent: "out_of_scope", towns: ["rudny"] });
  });

  it("reads signing up for a doctor in a town as another subscription, not the digest", () => {
    const r = read("Теміртауда дәрігерге қалай жазылуға болады");
    expect(r).toMatchObject({ intent: "out_of_scope", towns: ["temirtau"] });
    expect(r.because).toContain("intent.other-subscription");
    expect(read("Теміртауға жазылуға болады ма").intent).toBe("subscribe");
  });
});

describe("the tier a town shares", () => {
  it("reads «X-пен бір топтағы моноқалалар» (plural monotowns) as that tier's list", () => {
    expect(read("Кентаумен бір топтағы моноқалалар")).toMatchObject({ intent: "tier_list", towns: ["kentau"] });
    expect(read("Хромтаупенен бір санаттағы моноқалалар")).toMatchObject({ intent: "tier_list", towns: ["khromtau"] });
  });

  it("reads «в группе с X» with «кто ещё» as that tier's list", () => {
    expect(read("кто ещё в группе с Рудным?")).toMatchObject({ intent: "tier_list", towns: ["rudny"] });
    expect(read("Рудный в какой группе?")).toMatchObject({ intent: "tier", towns: ["rudny"] });
  });
});

describe("short follow-ups and requests", () => {
  it("reads a town in the dative and «сколько» / «қанша» as its money", () => {
    expect(read("а Хромтауға қанша?")).toMatchObject({ intent: "shortfall", towns: ["khromtau"] });
    expect(read("а Балхашу сколько?")).toMatchObject({ intent: "shortfall", towns: ["balkhash"] });
    // «по Балхашу» is "about": nothing says money; a word we do not read keeps the card.
    expect(read("по Балхашу сколько?").intent).toBe("town_overview");
    expect(read("Хромтауға қанша жол").intent).not.toBe("shortfall");
  });

  it("reads the Kazakh «мен» between two names in a Russian question as a list, not the frame", () => {
    expect(read("сопоставь Хромтау мен Рудный")).toMatchObject({ lang: "ru", intent: "compare" });
    expect(read("Хромтау мен Рудный салыстыр")).toMatchObject({ lang: "kk", intent: "compare" });
  });

  it("reads «ше» as Kazakh", () => {
    expect(read("Павлодар ше?")).toMatchObject({ lang: "kk", intent: "not_monotown" });
  });

  it("reads «барлығынан бас тарт» as unsubscribing from everything", () => {
    expect(read("бәрінен бас тартамын")).toMatchObject({ intent: "unsubscribe", towns: [] });
    expect(read("барлығынан бас тартамын").because).toContain("intent.stop-all");
  });

  it("reads «барлығынан» typed with Russian letters or in Latin as everything too", () => {
    for (const text of ["барлыгынан бас тарт", "barlyğynan bas tart", "barlygynan bas tartu"])
      expect(read(text)).toMatchObject({ intent: "unsubscribe", towns: [], because: expect.arrayContaining(["intent.stop-all"]) });
    // «ал» (and) is not English «all», whose skeleton it shares.
    expect(read("ал жазылымнан бас тарт").because).not.toContain("intent.stop-all");
  });

  it("reads where the data comes from, in Kazakh, as help", () => {
    expect(read("мәліметтер қайдан алынады").intent).toBe("help");
  });

  it("reads what data is missing as the gaps, not the funding", () => {
    expect(read("каких данных не хватает по Кентау")).toMatchObject({ intent: "gaps", towns: ["kentau"] });
  });

  it("reads «не жағдай» about a town as its card", () => {
    expect(read("Хромтауда не жағдай?")).toMatchObject({ intent: "town_overview", towns: ["khromtau"] });
  });

  it("reads «сколько не доплатили» with the negation apart as funding", () => {
    expect(read("Кентау сколько не доплатили")).toMatchObject({ intent: "shortfall", towns: ["kentau"] });
  });

  it("reads a number after a town in a Kazakh place case as a figure, not a microdistrict", () => {
    expect(read("Хромтауда 5 жоба аяқталмады")).toMatchObject({ intent: "progress", towns: ["khromtau"] });
    expect(read("Аксай-4 где находится").towns).toEqual([]);
  });
});

describe("the country's other figures", () => {
  it("reads the country and a word we know nothing of, with no monotown word, as out of scope", () => {
    const r = read("внешний госдолг Казахстана");
    expect(r.intent).toBe("out_of_scope");
    expect(r.because).toContain("intent.country-unknown-words");
    // Two words about the country or the data, one misspelt: still the national picture.
    expect(read("общий недофин по стране какой").intent).toBe("national_overview");
    expect(read("сколько всего моногородов по стране").intent).toBe("national_overview");
  });
});

describe("words that look like cues in the other language or in a report", () => {
  it("reads the Russian «той же группы» as the same tier, not a Kazakh feast", () => {
    expect(read("какие города из той же категории что Кентау")).toMatchObject({ intent: "tier_list", towns: ["kentau"] });
    expect(read("Хромтауда тойға қайда барамыз")).toMatchObject({ intent: "out_of_scope", towns: ["khromtau"] });
  });

  it("reads «деп жазылған» (it is written) as a report, not a subscription", () => {
    expect(read("Кентау тоқыраған қала деп жазылған, рас па")).toMatchObject({ intent: "tier", towns: ["kentau"] });
  });

  it("reads the other towns in a town's tier, and «с кем», as that tier's list", () => {
    expect(read("Хромтау тобындағы басқа қалаларды атаңыз")).toMatchObject({ intent: "tier_list", towns: ["khromtau"] });
    expect(read("с кем в одной группе Кентау?")).toMatchObject({ intent: "tier_list", towns: ["kentau"] });
  });

  it("reads wages in a town as out of scope", () => {
    expect(read("Хромтауда жалақы қанша")).toMatchObject({ intent: "out_of_scope", towns: ["khromtau"] });
  });

  it("reads «не известно» typed apart as the gaps", () => {
    expect(read("что не известно по Кентау")).toMatchObject({ intent: "gaps", towns: ["kentau"] });
  });
});
