// Constructions the dev18 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("the reply language of Kazakh typed with Russian letters", () => {
  it("reads the genitive and -дағы without Kazakh letters as Kazakh grammar", () => {
    expect(read("Абай есимди ул баланын аты нени билдиреди").lang).toBe("kk");
  });
  it("leaves Russian nouns in -анин, -янин Russian", () => {
    expect(read("гражданин Казахстана паспорт").lang).toBe("ru");
  });
  it("does not take a Russian adjective for a Kazakh off-topic word both languages spell alike", () => {
    expect(read("Экибастузский металлургический завод вакансии")).toMatchObject({ lang: "ru", intent: "out_of_scope" });
  });
});

describe("old names", () => {
  it("reads Новый Узень, Жанаозен's name until 1993", () => {
    expect(read("Новый Узень категория")).toMatchObject({ intent: "tier", towns: ["zhanaozen"] });
  });
});

describe("asking for the data as a file", () => {
  it("reads «выгрузи» as a request for the data, not a typo of «выиграл»", () => {
    expect(read("выгрузите таблицу по всем моногородам")).toMatchObject({ intent: "national_overview" });
    expect(read("кто выиграл матч вчера").intent).toBe("out_of_scope");
  });
});

describe("a street named after a town's namesake, the street word after the name", () => {
  it("reads the name in the genitive, or with another city after the street word, as the street", () => {
    expect(read("Курчатова улица ремонт")).toMatchObject({ intent: "out_of_scope", towns: [], because: expect.arrayContaining(["town.street:kurchatov"]) });
    expect(read("Абай проспект Семей пробки")).toMatchObject({ intent: "out_of_scope", towns: [] });
  });
  it("keeps an address in the town", () => {
    expect(read("Экибастуз, улица Энергетиков, 12").towns).toEqual(["ekibastuz"]);
  });
});

describe("a typo in a phrase's last word", () => {
  it("reads the phrase when its other words are typed right", () => {
    expect(read("Каражал сколько не хватет денег")).toMatchObject({ intent: "shortfall", towns: ["karazhal"] });
    expect(read("больше не хочу получтаь")).toMatchObject({ intent: "unsubscribe" });
  });
  it("reads a neutral phrase only as it is typed", () => {
    expect(read("сен қалай жұмыс істейсің, түсіндір").intent).toBe("help");
  });
});

describe("a town's name with a typo that spells the last word of a longer name", () => {
  it("reads the town when the longer name's other words are not there", () => {
    expect(read("Алтйа категория какая")).toMatchObject({ intent: "tier", towns: ["altai"] });
  });
  it("still reads the longer name typed whole", () => {
    expect(read("Рудного Алтая").towns).toEqual([]);
  });
});
