// Constructions the dev26 question set taught: each case is a kind of message, written here
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

describe("a town's tier-mates asked through the town's group", () => {
  it("reads «города в группе …», «ещё в категории …» and «топтағылар» as that tier's list", () => {
    for (const [text, town] of [
      ["какие моногорода в группе Балхаша", "balkhash"],
      ["кто ещё в категории Жанаозена", "zhanaozen"],
      ["Сәтбаевпен бір топтағылар қайсы", "satbayev"],
      ["Риддермен бірдей санаттағылар", "ridder"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "tier_list", towns: [town], tier: null });
      expect(r.because, text).toContain("intent.same-tier-as-town");
    }
  });
  it("keeps a tier named with no town that tier's list, and a town's own group its tier", () => {
    expect(read("какие города в группе стагнирующих")).toMatchObject({ intent: "tier_list", towns: [], tier: "stagnating" });
    expect(read("Балхаш в какой группе").intent).toBe("tier");
  });
});

describe("how many groups there are", () => {
  it("reads «сколько групп», «неше топқа бөлінген» beside the monotown word as the three tiers", () => {
    for (const text of ["сколько категорий у моногородов", "моноқалалар неше санатқа бөлінеді", "моноқалалардың неше тобы бар"]) {
      expect(read(text), text).toMatchObject({ intent: "tier_list", towns: [], tier: null });
    }
  });
  it("keeps how many monotowns a tier holds that tier's list, and a town's group its tier", () => {
    expect(read("сколько моногородов со средним потенциалом")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
    expect(read("Ақсай неше топта").intent).toBe("tier");
  });
});

describe("«недофин», the chats' short word for the shortfall", () => {
  it("reads it as the town's money, not a word it knows nothing of", () => {
    for (const [text, town] of [
      ["какой недофин у Аксая", "aksai"],
      ["Рудный недофин", "rudny"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "shortfall", towns: [town], unknown: [] });
    }
  });
});

describe("how a town came about", () => {
  it("reads «как появился», «как возник» beside one town as its history", () => {
    for (const [text, town] of [
      ["как появился город Рудный", "rudny"],
      ["как возник Степногорск", "stepnogorsk"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "history", towns: [town] });
      expect(r.because, text).toContain("intent.town-history");
    }
  });
});

describe("a key word's letter slipped onto the key beside it that the skeleton writes with two letters", () => {
  it("reads ч for с, ш for г, щ for з in a stem of five letters or more", () => {
    for (const [text, intent, town] of [
      ["подпичка на Рудный", "subscribe", "rudny"],
      ["отпичаться от Аксу", "unsubscribe", "aksu"],
      ["финанчирование Хромтау", "shortfall", "khromtau"],
      ["Ақсайға жащылайын", "subscribe", "aksai"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent, towns: [town], unknown: [] });
    }
  });
  it("leaves a word that reads as a cue some other way as it is", () => {
    expect(read("сколько не хватает денег Сатпаеву")).toMatchObject({ intent: "shortfall", towns: ["satbayev"] });
  });
});

describe("two letters swapped in a short key word", () => {
  it("reads a four-letter stem with two letters swapped, not the first, before an ending", () => {
    for (const [text, intent, town] of [
      ["Сатпаев гурппа", "tier", "satbayev"],
      ["сорки сдачи объектов в Кентау", "progress", "kentau"],
      ["Балқаштың қражысы", "shortfall", "balkhash"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent, towns: [town], unknown: [] });
    }
  });
  it("still reads a town's name with two letters swapped as the town", () => {
    expect(read("Кнетауды қосшы")).toMatchObject({ intent: "subscribe", towns: ["kentau"] });
  });
});

describe("whether a town is a monotown, asked with a verb of belonging", () => {
  it("reads «входит в список моногородов», «моногородом числится», «моноқала тізіміне кіреді» as the town's card", () => {
    for (const [text, town] of [
      ["Хромтау входит в перечень моногородов?", "khromtau"],
      ["Лисаковск числится моногородом", "lisakovsk"],
      ["Қаражал моноқалалар тізіміне кіреді ме", "karazhal"],
      ["Шахтинск относится к моногородам?", "shakhtinsk"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "town_overview", towns: [town] });
    }
  });
  it("keeps the verb a tier question when a group is its complement", () => {
    for (const text of ["Хромтау входит в группу стагнирующих?", "к какой группе моногородов относится Хромтау", "Хромтау қай топқа кіреді"]) {
      expect(read(text).intent, text).toBe("tier");
    }
  });
  it("reads the towns in the list of monotowns, with no town, as the national list", () => {
    expect(read("какие города входят в перечень моногородов").intent).toBe("national_overview");
  });
});

describe("signing up at a place in Kazakh", () => {
  it("reads a place in the dative right before «жазылу» as another subscription, out of scope", () => {
    for (const [text, town] of [
      ["Ақсуда балабақшаға жазылу керек", "aksu"],
      ["Жаңаөзенде дәрігерге жазылу", "zhanaozen"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "out_of_scope", towns: [town] });
      expect(r.because, text).toContain("intent.other-subscription");
    }
  });
  it("keeps a town in the dative before «жазылу» a subscription", () => {
    expect(read("Жаңаөзенге жазылу")).toMatchObject({ intent: "subscribe", towns: ["zhanaozen"] });
  });
});
