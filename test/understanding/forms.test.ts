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

const ds = loadDataset();
const u = new Understander(townsFromDataset(ds));

function russianCases(name: string): Record<string, string> {
  if (/[уыиюо]$/.test(name)) return { gen: name, dat: name, loc: name, ins: name };
  if (name.endsWith("ый")) return declined(name.slice(0, -2), "ого", "ому", "ом", "ым");
  if (name.endsWith("й")) return declined(name.slice(0, -1), "я", "ю", "е", "ем");
  if (name.endsWith("ь")) return declined(name.slice(0, -1), "и", "и", "и", "ью");
  if (name.endsWith("а")) {
    const s = name.slice(0, -1);
    return declined(s, /[жшкгх]$/.test(s) ? "и" : "ы", "е", "е", "ой");
  }
  return declined(name, "а", "у", "е", /(ов|ев)$/.test(name) ? "ым" : /[жшчщц]$/.test(name) ? "ем" : "ом");
}
const declined = (stem: string, gen: string, dat: string, loc: string, ins: string) => ({ gen: stem + gen, dat: stem + dat, loc: stem + loc, ins: stem + ins });

function kazakhCases(name: string): Record<string, string> {
  const w = name.toLowerCase();
  const vowels = [...w].filter((c) => "аәеоөұүыі".includes(c));
  const back = vowels.length === 0 || "аоұы".includes(vowels.at(-1)!);
  const last = w.at(-1)!;
  const vowel = "аәеоөұүыіи".includes(last);
  const voiceless = "кқпстфхцчшщ".includes(last);
  const nasal = "мнң".includes(last);
  const h = (b: string, f: string) => name + (back ? b : f);
  return {
    gen: vowel || nasal ? h("ның", "нің") : voiceless ? h("тың", "тің") : h("дың", "дің"),
    dat: voiceless ? h("қа", "ке") : h("ға", "ге"),
    loc: voiceless ? h("та", "те") : h("да", "де"),
    abl: nasal ? h("нан", "нен") : voiceless ? h("тан", "тен") : h("дан", "ден"),
    acc: vowel ? h("ны", "ні") : voiceless ? h("ты", "ті") : h("ды", "ді"),
    // "than the one in X", "than X's": a case after -дағы and -дікі.
    rel: voiceless ? h("тағыдан", "тегіден") : h("дағыдан", "дегіден"),
    poss: vowel || nasal ? h("ныкынан", "нікінен") : voiceless ? h("тыкынан", "тікінен") : h("дыкынан", "дікінен"),
    // "of those in X": -дағы, plural, genitive.
    theirs: voiceless ? h("тағылардың", "тегілердің") : h("дағылардың", "дегілердің"),
    // The long instrumental (no vowel harmony): -менен after a vowel or a sonorant, -бенен
    // after ж and з, -пенен after the others.
    insLong: name + (vowel || "лмнңрйу".includes(last) ? "менен" : "жз".includes(last) ? "бенен" : "пенен"),
  };
}

const LOOKALIKE: Record<string, string> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };
const LATIN_2021: Record<string, string> = {
  а: "a",
  ә: "ä",
  б: "b",
  в: "v",
  г: "g",
  ғ: "ğ",
  д: "d",
  е: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "ñ",
  о: "o",
  ө: "ö",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "ū",
  ү: "ü",
  ф: "f",
  х: "h",
  ч: "ch",
  ш: "ş",
  ы: "y",
  і: "ı",
  я: "ia",
  ю: "iu",
  э: "e",
  ц: "ts",
};
const lookalike = (s: string) => s.replace(/[әғқңөұүһі]/g, (c) => LOOKALIKE[c]!);
const latin = (s: string) =>
  [...s]
    .map((c) => {
      const l = LATIN_2021[c.toLowerCase()];
      return l === undefined ? c : c === c.toLowerCase() ? l : l[0]!.toUpperCase() + l.slice(1);
    })
    .join("");

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
