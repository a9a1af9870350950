// Constructions the dev23 question set taught: each case is a kind of message, written here
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

describe("«хотел спросить» (wanted to ask)", () => {
  it("reads «хотел», «хотела», «хотели» as the verb, not a typo of «отель», so the question after it is asked", () => {
    for (const text of ["добрый вечер, хотел узнать Каражал в какой группе", "хотели спросить в какой группе Кентау"]) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "tier" });
      expect(r.because, text).not.toContain("intent.offtopic-with-town");
      expect(r.unknown, text).toEqual([]);
    }
  });
  it("still reads a hotel in a town as off topic", () => {
    expect(read("отель в Балхаше недорого").intent).toBe("out_of_scope");
  });
});

describe("a chart or a file wanted with nothing else said", () => {
  it("reads «скинь csv», «файлмен жібер», «кестені жібер» as the national picture", () => {
    for (const text of ["скинь csv", "файлмен жібер", "кестені жіберші"]) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "national_overview", towns: [] });
      expect(r.because, text).toContain("intent.chart-alone");
    }
  });
  it("reads a hello or thanks beside it as the request, and a hello alone as a hello", () => {
    for (const text of ["Добрый вечер, скинь csv", "кестені жіберші, рахмет"]) {
      expect(read(text).because, text).toContain("intent.chart-alone");
    }
    expect(read("привет всем").intent).toBe("greeting");
  });
  it("reads thanks for a chart already sent as thanks, not a new request", () => {
    for (const text of ["спасибо за график", "Рахмет, диаграмма үшін"]) {
      const r = read(text);
      expect(r.intent, text).toBe("greeting");
      expect(r.because, text).not.toContain("intent.chart-alone");
    }
  });
  it("keeps a timetable of something else («поезд кестесі») off topic", () => {
    expect(read("пойыз кестесі қандай").intent).toBe("out_of_scope");
  });
});

describe("a town's chart wanted with nothing else asked", () => {
  it("reads it as the town's funding, whose section offers the chart", () => {
    for (const [text, town] of [
      ["диаграмма по Рудному пожалуйста", "rudny"],
      ["Кентау графигі", "kentau"],
      ["покажи график Сатпаев", "satbayev"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "shortfall", towns: [town] });
      expect(r.because, text).toContain("intent.town-chart");
    }
  });
  it("leaves a chart of progress to progress, thanks for a chart to the card, a timetable off topic", () => {
    expect(read("график выполнения плана по Житикаре").intent).toBe("progress");
    expect(read("спасибо за график по Темиртау").because).not.toContain("intent.town-chart");
    expect(read("график приема граждан в Рудном").intent).toBe("out_of_scope");
  });
});

describe("«самый» heads a ranking", () => {
  it("reads «самый отстающий моногород» as the national ranking, not an unknown word", () => {
    const r = read("самый отстающий моногород какой");
    expect(r).toMatchObject({ intent: "national_overview", towns: [] });
    expect(r.unknown).toEqual([]);
  });
  it("keeps «самый» beside an off-topic subject in a town off topic", () => {
    expect(read("самый лучший ресторан в Рудном").intent).toBe("out_of_scope");
  });
});

describe("«қай кезде» (at what time) asks when", () => {
  it("reads a project's kind beside «қай кезде» as the town's project", () => {
    const r = read("Балқаш әуежайы қай кезде ашылады");
    expect(r).toMatchObject({ intent: "project", towns: ["balkhash"] });
    expect(r.because).toContain("intent.project-asked");
  });
  it("keeps a job asked «қай кезде» off topic", () => {
    expect(read("Рудныйда қай кезде жұмыс табуға болады").intent).toBe("out_of_scope");
  });
});
