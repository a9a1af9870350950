// Constructions the dev17 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { fromLatinLayout, latinKeyedWords, wrongLayout } from "../../src/understanding/layout.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("words keyed on the Latin layout", () => {
  it("turns the keys into the Russian letters on them, punctuation keys included", () => {
    expect(fromLatinLayout("Kbcfrjdcr")).toBe("Лисаковск");
    expect(fromLatinLayout("[hjvnfe")).toBe("хромтау");
    expect(fromLatinLayout("{hjvnfe")).toBe("Хромтау");
    expect(fromLatinLayout("crf;b")).toBe("скажи");
    expect(wrongLayout("Cntgyjujhcr, rfntujhbz?")?.text).toBe("Степногорск, категория?");
    expect(wrongLayout("Степногорск категория")).toBeNull();
  });

  it("finds the Latin-keyed words without turning the text, as wrongLayout finds them", () => {
    const text = "Cntgyjujhcr, rfntujhbz? 2024 Степногорск {hjvnfe!";
    expect(latinKeyedWords(text)).toEqual(["Cntgyjujhcr", "rfntujhbz", "{hjvnfe"]);
    expect(latinKeyedWords(text)).toEqual(wrongLayout(text)?.words);
    expect(latinKeyedWords("Степногорск категория 2024")).toEqual([]);
  });

  it("reads a message with a number the same each time (numbers are not remembered)", () => {
    const first = u.understand("Кентау тобы 123456");
    expect(first.unknownWords).toContain("123456");
    expect(u.understand("Кентау тобы 123456")).toEqual(first);
  });

  it("reads a town and a question keyed on the wrong layout", () => {
    expect(read("Kbcfrjdcr")).toMatchObject({ intent: "town_overview", towns: ["lisakovsk"], because: expect.arrayContaining(["text.keyboard-layout"]) });
    expect(read("[hjvnfe rfntujhbz")).toMatchObject({ intent: "tier", towns: ["khromtau"] });
    expect(read("Cntgyjujhcr план выполнения")).toMatchObject({ intent: "progress", towns: ["stepnogorsk"] });
  });

  it("leaves Latin words it knows, and gibberish, as they are", () => {
    expect(read("Temirtau kategoriya")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
    expect(read("Temirtau kategoriya").because).not.toContain("text.keyboard-layout");
    expect(read("asdfgh qwerty").because).not.toContain("text.keyboard-layout");
  });
});

describe("a word glued to the town after it", () => {
  it("splits a cue or a preposition from the town, even where the whole reads near a cue", () => {
    expect(read("прориддер расскажи")).toMatchObject({ intent: "town_overview", towns: ["ridder"] });
    expect(read("группаКентау какая")).toMatchObject({ intent: "tier", towns: ["kentau"] });
    expect(read("дляЖитикары план")).toMatchObject({ intent: "progress", towns: ["zhitikara"] });
  });
  it("leaves «не» and one-letter prepositions on the word: «нерудный» is a word of its own", () => {
    expect(read("нерудные материалы цены").towns).toEqual([]);
  });
});

describe("Шахтёрск, Донецк region", () => {
  it("is a place abroad, not Шахтинск with a typo; the miners' adjective is not it", () => {
    expect(read("Шахтерск где находится")).toMatchObject({ intent: "out_of_scope", towns: [], because: expect.arrayContaining(["intent.abroad"]) });
    expect(read("шахтёрский город Шахтинск план")).toMatchObject({ intent: "progress", towns: ["shakhtinsk"] });
  });
});

describe("what is missing from the data", () => {
  it("reads «не хватает в данных» as a gap in the data, not in the money", () => {
    expect(read("что не хватает в данных по Аксу")).toMatchObject({ intent: "gaps", towns: ["aksu"] });
    expect(read("сколько не хватает Аксу")).toMatchObject({ intent: "shortfall", towns: ["aksu"] });
  });
});
