// Constructions the dev22 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because, unknown: r.unknownWords };
};

describe("a chart or a file of the figures asked for all the towns", () => {
  it("reads «диаграмма», «график», «csv», «кесте» as words about the data, not unknown ones", () => {
    for (const text of ["diagramma jasap ber barlyq qalalar boiynsha", "гистограмма по всем моногородам", "барлық қалалар бойынша кесте жібер"]) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "national_overview", towns: [] });
      expect(r.because, text).toContain("intent.national");
      expect(r.unknown, text).toEqual([]);
    }
  });
  it("reads a hello or thanks around such a request as the request, and «всем привет» as a hello", () => {
    for (const text of ["Сәлем, барлық қалалар бойынша диаграмма", "Добрый день, гистограмма по всем городам"]) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "national_overview", towns: [] });
      expect(r.because, text).not.toContain("intent.greeting");
    }
    expect(read("всем привет").because).toContain("intent.greeting");
  });
  it("still reads a town's opening hours («график работы») as off topic", () => {
    expect(read("график работы акимата Темиртау").intent).toBe("out_of_scope");
  });
});

describe("send me, said to the bot", () => {
  it("reads «скиньте», «пришли», «отправь» as a request, so the country's list is asked", () => {
    for (const text of ["скиньте список по всем городам", "пришли итоги по всем городам", "отправь сводку по стране"]) {
      const r = read(text);
      expect(r, text).toMatchObject({ lang: "ru", intent: "national_overview" });
      expect(r.because, text).not.toContain("intent.country-unknown-words");
    }
  });
  it("keeps a word it knows nothing of beside them off topic", () => {
    expect(read("пришли рецепт плова").intent).toBe("out_of_scope");
  });
});

describe("a project said as what it is: a beach, an embankment", () => {
  it("reads «жағажай», «набережная», «пляж» beside a when as the town's project", () => {
    expect(read("Балқаштағы жағажай қашан ашылады")).toMatchObject({ intent: "project", towns: ["balkhash"] });
    expect(read("набережную в Балхаше когда сдадут")).toMatchObject({ intent: "project", towns: ["balkhash"] });
  });
  it("leaves the word without a when to the sections («Балхаш пляж»)", () => {
    expect(read("Балхаш пляж").intent).not.toBe("project");
  });
});

describe("a Kazakh frame round a Russian question", () => {
  it("reads «соны білгім келеді», «оны айтшы» (that, in the accusative) as Kazakh", () => {
    expect(read("Хромтауға сколько денег выделили соны білгім келеді")).toMatchObject({ lang: "kk", intent: "shortfall", towns: ["khromtau"] });
    expect(read("Кентауда что сделано оны айтшы")).toMatchObject({ lang: "kk", intent: "progress", towns: ["kentau"] });
  });
});
