import { describe, expect, it } from "vitest";
import { GluedWords, type WordKnowledge } from "../../src/understanding/glued.ts";
import { skeletonOfWord } from "../../src/understanding/normalize.ts";

// A small world: two cue words, two function words, one town (with endings).
const sk = (words: string[]) => new Set(words.map(skeletonOfWord));
const cues = sk(["группа", "тобы", "обещали"]);
const ordinary = sk(["какая", "мен", "при", "что", "под"]);
const know: WordKnowledge = {
  isCue: (t) => cues.has(t),
  isRead: (t) => cues.has(t) || t.startsWith("obesh"),
  isOrdinary: (t) => ordinary.has(t),
  isTown: (t) => /^temirtau(din)?$/.test(t),
  // One other place, and one phrase of the lexicon: «алып таста» (remove).
  isPlace: (t) => /^jezkazganu?$/.test(t),
  isPhrase: (a, b) => a === "alip" && /^tasta/.test(b),
};

describe("glued words", () => {
  const g = new GluedWords(know);
  /** The words with each glued pair split in two, as the Understander reads them. */
  const split = (words: string[]) => words.flatMap((w) => g.partsOf(w, skeletonOfWord(w)) ?? [w]);
  it("splits a town glued to the word after it", () => {
    expect(split(["теміртаудыңтобы", "қандай"])).toEqual(["теміртаудың", "тобы", "қандай"]);
  });
  it("splits two known words when one is a cue, keeping every word around them", () => {
    expect(split(["а", "какаягруппа", "у", "нас"])).toEqual(["а", "какая", "группа", "у", "нас"]);
  });
  it("splits a cue or a function word of three letters or more glued to a town after it", () => {
    expect(split(["группатемиртау"])).toEqual(["группа", "темиртау"]);
    expect(split(["какаятемиртау"])).toEqual(["какая", "темиртау"]);
    expect(split(["ментемиртау"])).toEqual(["мен", "темиртау"]);
    expect(split(["обещалитемиртау"])).toEqual(["обещали", "темиртау"]);
  });
  it("leaves alone the Russian name of the land around a place, though «при» is a word («Прибалхашье»)", () => {
    expect(split(["притемиртау"])).toEqual(["при", "темиртау"]);
    for (const w of ["притемиртауье", "притемиртауья", "притемиртауьем"]) expect(g.partsOf(w, skeletonOfWord(w))).toBeNull();
  });
  it("splits a phrase of the lexicon typed without its space, neither word a cue alone", () => {
    expect(split(["жазылымды", "алыптаста"])).toEqual(["жазылымды", "алып", "таста"]);
  });
  it("splits two known words glued to a town or another place after them into three", () => {
    expect(split(["чтоподжезказгану"])).toEqual(["что", "под", "жезказгану"]);
    expect(split(["чтоподжезказган"])).toEqual(["что", "под", "жезказган"]);
    expect(g.partsOf("чтоподжезказганск", skeletonOfWord("чтоподжезказганск"))).toBeNull();
  });
  it("leaves alone words a cue reads, short words, and words with an unknown part", () => {
    const words = ["обещали", "какая", "какаяшкола", "мен"];
    expect(split(words)).toEqual(words);
    for (const w of words) expect(g.partsOf(w, skeletonOfWord(w))).toBeNull();
  });
});
