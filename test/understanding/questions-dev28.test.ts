// Constructions the dev28 question set taught (a tier named every way people name it): each
// case is a kind of message, written here in words of its own rather than copied from the set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because, unknown: r.unknownWords };
};

describe("a tier named by its number", () => {
  it("reads a number or an ordinal before a group noun, with its ending, as that tier", () => {
    for (const [text, tier] of [
      ["выведи моногорода 2-й категории", "medium_potential"],
      ["перечень городов первой категории", "diversifying"],
      ["кто попал в 3-ю группу", "stagnating"],
      ["список 1ой группы", "diversifying"],
      ["екінші санатқа кіретін моноқалалар тізімі", "medium_potential"],
      ["1-ші топтың моноқалалары", "diversifying"],
      ["ushinshi sanattagy monoqalalar tizimi", "stagnating"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "tier_list", towns: [], tier });
    }
  });
  it("reads the number after the noun, and Roman numerals, as the tier", () => {
    for (const [text, tier] of [
      ["покажи категорию 2", "medium_potential"],
      ["моногорода из группы № 1", "diversifying"],
      ["города категории III", "stagnating"],
      ["II санаттың қалалары", "medium_potential"],
      ["ІІІ топ моноқалалары", "stagnating"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "tier_list", tier });
    }
  });
  it("reads «класс», «тип», «деңгей» with a number as a tier only where towns are talked about", () => {
    expect(read("какие моногорода второго класса")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
    expect(read("үшінші деңгейдегі қалалар")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
    expect(read("задачи для 2 класса")).toMatchObject({ tier: null });
    expect(read("задачи для 2 класса").intent).not.toBe("tier_list");
  });
  it("keeps a subscription to a numbered tier that tier's", () => {
    expect(read("подпишите на категорию 3")).toMatchObject({ intent: "subscribe", tier: "stagnating" });
    expect(read("екінші топ бойынша хабарламаға жазылайын")).toMatchObject({ intent: "subscribe", tier: "medium_potential" });
  });
});

describe("a town with its tier's number", () => {
  it("reads «Рудный 2 группы?» as the town's tier, not a microdistrict", () => {
    for (const [text, town] of [
      ["Хромтау 1 категории?", "khromtau"],
      ["Аксай 2-ші санатта ма", "aksai"],
      ["Lisakovsk 3 kategoria?", "lisakovsk"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "tier", towns: [town] });
      expect(r.because, text).not.toContain(`town.numbered:${town}`);
    }
  });
  it("keeps the number a microdistrict's when the group noun is followed by what it groups", () => {
    for (const text of ["Риддер 1 группа крови донор", "Аксу 3 категория дорог ремонт"]) {
      expect(read(text), text).toMatchObject({ intent: "out_of_scope", towns: [] });
    }
  });
  it("reads «группа номер 3» and a Roman numeral with its ending as the tier", () => {
    expect(read("моногорода группа номер 2")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
    expect(read("III-ші санаттағы моноқалалар")).toMatchObject({ intent: "tier_list", tier: "stagnating" });
  });
  it("keeps a number with no group noun a microdistrict, and money money", () => {
    expect(read("Аксай-4 садик").because).toContain("town.numbered:aksai");
    expect(read("Житикаре недодали 2 млрд?")).toMatchObject({ intent: "shortfall", towns: ["zhitikara"] });
  });
});

describe("a town's own numbered places and a weak tier word said of a town", () => {
  it("keeps the town before a numbered microdistrict of its own, unlike Almaty's «Аксай 3 микрорайон»", () => {
    expect(read("Кентау 5 мкр жарық жоқ").towns).toEqual(["kentau"]);
    expect(read("в Хромтау 2 микрорайоне что строят").towns).toEqual(["khromtau"]);
    expect(read("Аксай 3 микрорайон пробки").towns).toEqual([]);
  });
  it("keeps the town in «Рудныйдағы 2 мектеп» (the one in the town), unlike a bare «Аксай-4»", () => {
    expect(read("Рудныйдағы 2 мектептің мекенжайы").towns).toEqual(["rudny"]);
  });
  it("reads a weak tier word right after the town, with only «город», «қала» and the question after it, as its tier", () => {
    for (const [text, town] of [
      ["Хромтау средний или нет", "khromtau"],
      ["Ақсай проблемалы ма", "aksai"],
      ["Экибастуз успешный город?", "ekibastuz"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "tier", towns: [town] });
    }
    expect(read("Рудный средний бизнес поддержка").intent).not.toBe("tier");
    expect(read("Балхаш лучший город для жизни?").intent).not.toBe("tier");
  });
});

describe("two tiers side by side, or all but one", () => {
  it("reads two tiers named with no town as the picture by tier", () => {
    for (const text of [
      "вторая и третья группы: в чём разница",
      "сопоставь диверсифицирующиеся и депрессивные моногорода",
      "1 мен 2 топты салыстырып бер",
      "орташа әлеуетті және тоқыраған қалалар айырмасы",
    ]) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "national_overview", towns: [], tier: null });
      expect(r.because, text).toContain("intent.tiers-side-by-side");
    }
  });
  it("reads the only tier named, negated, as the picture by tier", () => {
    for (const text of ["покажи моногорода, которые не стагнируют", "тоқырамаған моноқалалар тізімі"]) {
      expect(read(text), text).toMatchObject({ intent: "national_overview", tier: null });
    }
  });
  it("keeps one tier named against the negated other that tier's list, and a town's either-or its tier", () => {
    expect(read("не стагнирующие, а со средним потенциалом — какие?")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
    expect(read("Сатпаев первой или второй группы?")).toMatchObject({ intent: "tier", towns: ["satbayev"] });
  });
  it("reads «в каждой группе», «әр топта» as the picture by tier", () => {
    expect(read("әр топта неше моноқала")).toMatchObject({ intent: "national_overview", tier: null });
  });
});

describe("a group of something else", () => {
  it("reads a disability group and a school subject as off topic", () => {
    for (const text of ["2 группа инвалидности документы", "мүгедектік 3 тобын рәсімдеу", "математика 3 сынып"]) {
      expect(read(text).intent, text).toBe("out_of_scope");
    }
  });
  it("reads a town's chat group in a messenger as off topic, the town kept", () => {
    expect(read("Сатпаев тобы whatsapp та қайда")).toMatchObject({ intent: "out_of_scope", towns: ["satbayev"] });
  });
  it("reads «тип» with a Kazakh ending as the tier asked", () => {
    expect(read("Рудный қай типке жатады")).toMatchObject({ intent: "tier", towns: ["rudny"] });
  });
});
