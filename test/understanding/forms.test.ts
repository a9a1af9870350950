// Every town in every case: forms built by the grammar rules from the dataset's names
// (not written by hand), so a town whose name declines in a way the tables miss shows up
// here before a user types it. Russian: genitive, dative, prepositional, instrumental.
// Kazakh: genitive, dative, locative, ablative, accusative, the long instrumental
// (Ақсуменен, Балқашпенен), and a case after -дағы and -дікі (Балқаштағыдан,
// Теміртаудікінен), with vowel harmony and the
// consonant rules, in Cyrillic, with Russian look-alike letters and in 2021 Latin.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";
import { kazakhCases, latin, lookalike, russianCases } from "../fixtures/town-forms.ts";

const ds = loadDataset();
const u = new Understander(townsFromDataset(ds));

const RU_FRAMES: Record<string, string> = {
  gen: "недофинансирование {} сколько",
  dat: "сколько денег выделили {}",
  loc: "что с планом в {}",
  ins: "что сделано за год с {}",
};
const KK_FRAMES: Record<string, string> = {
  gen: "{} жоспары қалай орындалды",
  dat: "{} қанша ақша бөлінді",
  loc: "{} қанша іс-шара орындалмады",
  abl: "{} қандай жаңалық бар",
  acc: "{} басқалармен салыстыр",
  rel: "жоспар {} жақсы орындалды ма",
  poss: "қаржысы {} кем бе",
  theirs: "{} айтуынша жоспар орындалмады",
  insLong: "{} байланысты жоспар қалай орындалды",
};
const KK_LATIN_FRAMES: Record<string, string> = {
  gen: "{} josparı qalai oryndaldy",
  dat: "{} qanşa aqşa bölındı",
  loc: "{} qanşa is-şara oryndalmady",
  abl: "{} qandai jañalyq bar",
  acc: "{} basqalarmen salystyr",
  rel: "jospar {} jaqsy oryndaldy ma",
  poss: "qarjysy {} kem be",
  theirs: "{} aituynşa jospar oryndalmady",
  insLong: "{} bailanysty jospar qalai oryndaldy",
};

const cases: Array<[string, string, "ru" | "kk"]> = [];
for (const t of ds.towns) {
  for (const name of new Set([t.nameRu, ...t.aliases.filter((a) => !/\d/.test(a))])) {
    for (const [c, form] of Object.entries(russianCases(name))) cases.push([RU_FRAMES[c]!.replace("{}", form), t.id, "ru"]);
  }
  for (const [c, form] of Object.entries(kazakhCases(t.nameKk))) {
    cases.push([KK_FRAMES[c]!.replace("{}", form), t.id, "kk"]);
    if (lookalike(form) !== form) cases.push([KK_FRAMES[c]!.replace("{}", lookalike(form)), t.id, "kk"]);
    cases.push([KK_LATIN_FRAMES[c]!.replace("{}", latin(form)), t.id, "kk"]);
  }
}

describe("every town in every case", () => {
  it("builds enough forms to mean something", () => expect(cases.length).toBeGreaterThan(400));
  it.each(cases)("%s → %s (%s)", (text, id, lang) => {
    const r = u.understand(text);
    expect({ towns: r.towns, lang: r.lang }).toEqual({ towns: [id], lang });
  });
});

describe("adjectives and residents built on a town's name", () => {
  it.each([
    ["рудненский акимат план развития", "rudny"],
    ["житикаринские проекты", "zhitikara"],
    ["экибастузские мероприятия", "ekibastuz"],
    ["каражальский план выполнен?", "karazhal"],
    ["лисаковские проекты", "lisakovsk"],
    ["рудничане спрашивают про проекты", "rudny"],
    ["темиртауцы спрашивают про финансирование", "temirtau"],
    // Residents whose word takes the stem's own suffix: рудн-енцы, житикар-инец, аксу-йцы.
    ["рудненцы спрашивают про проекты", "rudny"],
    ["житикаринец спрашивает про финансирование", "zhitikara"],
    ["рудненцев наградили за проекты", "rudny"],
    ["кульсаринские проекты сроки", "kulsary"],
  ])("%s → %s", (text, id) => expect(u.understand(text).towns).toEqual([id]));
});

describe("a final к, қ or п voiced before a Kazakh ending", () => {
  it.each([
    ["Арқалығының жоспары қалай", "arkalyk"],
    ["Арқалығы моноқала ма", "arkalyk"],
    ["Тентегі туралы айтшы", "shakhtinsk"],
  ])("%s → %s, read as the name itself, not a typo of it or of another place", (text, id) => {
    const r = u.understand(text);
    expect({ towns: r.towns, guessed: r.guessed, place: r.place }).toEqual({ towns: [id], guessed: [], place: null });
  });
});
