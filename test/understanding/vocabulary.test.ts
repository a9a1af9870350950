import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { GAZETTEER } from "../../src/understanding/gazetteer.ts";
import { normalize, skeletonOfWord } from "../../src/understanding/normalize.ts";
import { Understander } from "../../src/understanding/understand.ts";
import { parseVocabulary, VOCABULARY, Vocabulary, VOCABULARY_FILE } from "../../src/understanding/vocabulary.ts";
import { WordListError } from "../../src/understanding/word-lists.ts";

const towns = townsFromDataset(loadDataset());
const u = new Understander(towns);
/** The same understanding without the vocabulary: what the matchers read on their own. */
const plain = new Understander(towns, GAZETTEER, [], new Vocabulary());
const entries = parseVocabulary(readFileSync(VOCABULARY_FILE, "utf8"), VOCABULARY_FILE);
const listed = new Set(entries.map((e) => e.word));

describe("ordinary words are not misspelt names", () => {
  it.each([
    // «кім алатынын» (who would take): not Алтай, not Алматы.
    ["Жүлдені кім алатынын ешкім білмеді.", "town.ordinary-word:altai"],
    // «қарыштап» (by leaps): not Қаныш (a person's cue) with a typo.
    ["Ауыл шаруашылығы қарыштап дамыды.", null],
    // «келген» (came): not Кеген.
    ["Делегация Теміртауға келген.", null],
    // «руднигіне», «руднигінің» (to, of its mine): the voiced possessive of «рудник» with a case
    // ending, not Рудный; a facility's word of the lexicon now (data/lexicon/facility.txt), so no
    // longer listed.
    ["Ол 1937 жылы Қоңырат руднигіне жұмысқа орналасты.", null],
    ["Тишин руднигінің бас инженері болып істеді.", null],
    // Forms kk_KZ does not make, listed in monoqala-extra.dic. «осы аралықта» (in this period),
    // not Арқалық: apertium/apertium-kaz-rus@7bd16eb:CORPUS/enu1-kaz.tmx#L521.
    ["Өндіру көлемі жоспарда 84 млн тонна болса, осы аралықта 68,7 млн тоннаны құрады.", "town.ordinary-word:arkalyk"],
    // «сарайында» (at the palace), not Саран: apertium/apertium-kaz@95c6dd0:dev/segmentation-corpus.tsv#L4173.
    ["Мамандығы бойынша – заңгер, Византия императоры сарайында қызмет атқарған.", "town.ordinary-word:saran"],
    // «Жетіқарақшы» (the Big Dipper), not Жітіқара: apertium/apertium-kaz@95c6dd0:dev/segmentation-corpus.tsv#L5700.
    ["NGC 3184 — Жетіқарақшы шоқжұлдызында орналасқан SBC типті галактика.", "town.ordinary-word:zhitikara"],
    // «Балқан» (the Balkans), not Балқаш: IS2AI/KazQAD@ab8684a:data/information-retrieval/topics/kazqad-topics-v1.0-kk-train.tsv#L1574.
    ["Бірінші Балқан соғысы қайда болды?", "town.ordinary-word:balkhash"],
  ])("%s", (text, rule) => {
    const r = u.understand(text);
    expect(r.towns.filter((id) => id !== "temirtau")).toEqual([]);
    expect(r.place).toBeNull();
    if (rule) expect(r.because).toContain(rule);
  });

  it("the same words without the vocabulary were misread: the list is what changed it", () => {
    expect(plain.misreadings("алатынын")).toContain("town:altai");
    expect(plain.misreadings("қарыштап")).toContain("cue:person");
    expect(plain.misreadings("келген")).toContain("place:kegen");
    for (const w of ["алатынын", "қарыштап", "келген"]) expect(listed.has(w)).toBe(true);
    for (const [w, id] of [
      ["аралықта", "arkalyk"],
      ["сарайында", "saran"],
      ["жетіқарақшы", "zhitikara"],
      ["балқан", "balkhash"],
    ]) {
      expect(plain.misreadings(w!)).toContain(`town:${id}`);
      expect(listed.has(w!)).toBe(true);
    }
  });

  it.each([
    // Chains kk_KZ's affix rules do not make (scripts/kazakh-forms.ts): «алтауы» (all six of
    // them) is no Алтай, «алмаймыз» (we do not take) no Алматы, «тереңдігін» (its depth) no
    // Зеренда, «барғандай» (as if gone) no Қарағанды, «сайтында» (on its site) no Сайхин.
    ["Олардың алтауы да жиналысқа келді.", "altai"],
    ["Біз бұл бағаны алмаймыз.", null],
    ["Ғалымдар көлдің тереңдігін өлшеді.", null],
    ["Ол бір жаққа барғандай болды.", null],
    ["Хабарландыру компанияның сайтында жарияланды.", null],
  ])("%s: a Kazakh suffix chain is an ordinary word", (text, town) => {
    const r = u.understand(text);
    expect(r.towns).toEqual([]);
    expect(r.place).toBeNull();
    if (town) expect(r.because).toContain(`town.ordinary-word:${town}`);
  });

  it("the chains are listed where the matchers read them as a name through a typo, never where they are a name's own form", () => {
    expect(plain.misreadings("алтауы")).toContain("town:altai");
    expect(plain.misreadings("алмаймыз", { names: true })).toEqual(["place:almaty"]);
    for (const w of ["алтауы", "алмаймыз", "тереңдігін", "барғандай", "сайтында"]) expect(listed.has(w)).toBe(true);
    // «ақсайды» (it limps, of «ақсау») is also Ақсай's accusative: the town.
    expect(plain.misreadings("ақсайды", { names: true })).toEqual([]);
    expect(listed.has("ақсайды")).toBe(false);
    expect(u.understand("Ақсайды жақсы білемін").towns).toEqual(["aksai"]);
  });

  it.each([
    // «ақсүйек» (an aristocrat), «сараң» (stingy), «бірең-сараң» (a few): a Kazakh letter where
    // every spelling of the short name has a Russian one makes another word.
    ["Неміс ақсүйегінің отбасында дүниеге келген.", "aksu"],
    ["Бірең-сараң қателер бар екен.", "saran"],
    ["Сатушы сараң екен, жеңілдік бермеді.", "saran"],
  ])("%s: a word typed with another Kazakh letter, not the name", (text, town) => {
    const r = u.understand(text);
    expect(r.towns).toEqual([]);
    expect(r.because).toContain(`town.kazakh-letter:${town}`);
  });

  it("a short name found only through the typo search (the skeleton writes «сараңнан»'s «ңн» as one n) is another word with a Kazakh letter too", () => {
    expect(u.understand("Сараңнан сарқыт жегенше, иттен тартып же.").towns).toEqual([]);
    expect(u.understand("Соқырдан көрмес туады, сараңнан бермес туады.").towns).toEqual([]);
    expect(u.understand("Сараннан не хабар").towns).toEqual(["saran"]);
  });

  it("the name typed with its own letters, Russian ones for Kazakh ones, or a slip between two Kazakh letters is still the town", () => {
    expect(u.understand("Саранда не болып жатыр").towns).toEqual(["saran"]);
    expect(u.understand("Аксуда жұмыс бар ма").towns).toEqual(["aksu"]);
    expect(u.understand("Күлсарыға жеткізіп береді ме").towns).toEqual(["kulsary"]);
  });

  it("knows the voiced forms kk_KZ does not make: «ақсағы» (ақсақ, lame) is not Аксай", () => {
    expect(listed.has("ақсағы")).toBe(true);
    expect(plain.misreadings("ақсағы")).toContain("town:aksai");
    expect(u.understand("Аттың ақсағы үйде қалды").towns).toEqual([]);
  });

  it("a Russian word read as a name only through a Kazakh ending is a word: «семейный» is not «Семейні»", () => {
    expect(plain.misreadings("семейный", { endings: false })).toContain("place:semey");
    expect(plain.misreadings("семею", { endings: false })).toEqual([]);
    expect(listed.has("семейный")).toBe(true);
    expect(u.understand("как вести семейный бюджет")).toMatchObject({ intent: "out_of_scope", place: null });
    expect(u.understand("Семейге қанша қаржы бөлінді").place).toBe("semey");
  });

  it("a dictionary word that is the name itself stays a name: «саран», «достық», «рудный» and their case forms", () => {
    // «алған» (took) is also a form hunspell gives the noun «алға», the village Алға's name: the name wins.
    for (const w of ["саран", "сараның", "достық", "достықта", "рудный", "рудного", "арқалық", "алған"]) expect(listed.has(w)).toBe(false);
    expect(u.understand("Достық").place).toBe("dostyk");
  });

  it.each([
    ["Темиртай", "temirtau"],
    ["Экибастус", "ekibastuz"],
    ["Теміртаудың тобы", "temirtau"],
    ["Рудного", "rudny"],
    ["Балқаштағы жоба", "balkhash"],
    ["Жанатс", "zhanatas"],
    ["riddrer kai topta", "ridder"],
  ])("a typo or an ending of a name still reads as the town: %s", (text, town) => {
    expect(u.understand(text).towns).toEqual([town]);
  });
});

describe("the list (data/ordinary-words.txt)", () => {
  it("was generated from the dictionaries as they are (else: npm run vocabulary)", () => {
    const kk = path.resolve(import.meta.dirname, "../fixtures/dictionaries/kk");
    const ru = path.dirname(createRequire(import.meta.url).resolve("dictionary-ru"));
    const hash = createHash("sha256");
    const strip = (b: Buffer) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
    for (const f of ["kk_KZ.aff", "kk_KZ.dic", "monoqala-extra.dic"]) hash.update(strip(readFileSync(path.join(kk, f))));
    for (const f of ["index.aff", "index.dic"]) hash.update(readFileSync(path.join(ru, f)));
    expect(readFileSync(VOCABULARY_FILE, "utf8")).toContain(`# dictionaries sha256 ${hash.digest("hex").slice(0, 16)}`);
  });

  it("holds only words the matchers still misread, and what they read them as (else: npm run vocabulary)", () => {
    // Every word read as a town, and every tenth of the rest: the whole list takes seconds.
    const checked = entries.filter((e, i) => i % 10 === 0 || e.readings.some((r) => r.startsWith("town:")));
    const stale = checked.filter((e) => !e.readings.every((r) => plain.misreadings(e.word).includes(r)));
    expect(stale.map((e) => e.word)).toEqual([]);
  });

  it("never holds a name: every town, place and region name is read as it is", () => {
    const names = [...towns.flatMap((t) => t.names), ...GAZETTEER.places.flatMap((p) => [p.ru, p.kk]), ...GAZETTEER.regions.flatMap((r) => [r.ru, r.kk])];
    const skeletons = new Set(entries.map((e) => skeletonOfWord(normalize(e.word))));
    expect(names.filter((n) => skeletons.has(skeletonOfWord(normalize(n))))).toEqual([]);
  });

  it("the list read from the file's bytes holds what it holds read as text, word by word", () => {
    const fromText = new Vocabulary(entries);
    const differ = entries.filter(({ word }) =>
      [word, normalize(word)].some((w) => VOCABULARY.has(w) !== fromText.has(w) || VOCABULARY.townsOf(w).join() !== fromText.townsOf(w).join()),
    );
    expect(differ.map((e) => e.word)).toEqual([]);
    // Every listed word is held (as normalize.ts leaves it: ё as е).
    expect(entries.filter(({ word }) => !VOCABULARY.has(word.replace(/ё/g, "е"))).map((e) => e.word)).toEqual([]);
  });

  it("reads Kazakh letters and ё folded, lines in other shapes as text, and merges a word listed twice", () => {
    const v = Vocabulary.read(Buffer.from("# a comment\n  алған town:altai \r\nёлка cue:person\nелка town:kegen\n\nқарыш cue:person\n", "utf8"), "f.txt");
    expect(v.has("алган")).toBe(true);
    expect(v.townsOf("алған")).toEqual(["altai"]);
    expect(v.has("елка")).toBe(true);
    expect(v.townsOf("елка")).toEqual(["kegen"]);
    expect(v.has("карыш")).toBe(true);
    expect(v.has("қарыс")).toBe(false);
    expect(() => Vocabulary.read(Buffer.from("алған town:altai\nАлған town:altai\n", "utf8"), "f.txt")).toThrow(/^f\.txt:2: «Алған town:altai» is not/);
  });

  it("a malformed line stops the start with its file and line", () => {
    const why = "is not a lower-case word and its readings (town:, place:, region: or cue: and an id)";
    expect(() => parseVocabulary("# ok\nалатын town:altai\nАлатын town:altai\n", "f.txt")).toThrow(new WordListError(`f.txt:3: «Алатын town:altai» ${why}`));
    expect(() => parseVocabulary("алатын\n", "f.txt")).toThrow(new WordListError(`f.txt:1: «алатын» ${why}`));
    expect(() => parseVocabulary("алатын town:Altai\n", "f.txt")).toThrow(new WordListError(`f.txt:1: «алатын town:Altai» ${why}`));
    expect(parseVocabulary("# ok\n\nалатын town:altai place:almaty\n", "f.txt")).toEqual([{ word: "алатын", readings: ["town:altai", "place:almaty"] }]);
  });
});
