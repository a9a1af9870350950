// Constructions the dev19 question set taught: each case is a kind of message, written here
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

describe("the reply language of Russian words in a Kazakh frame", () => {
  it("answers in Kazakh when «бар» or «жоқ» ends the message as its predicate", () => {
    const r = read("Костанай облысында какие моногорода бар?");
    expect(r).toMatchObject({ lang: "kk", intent: "national_overview" });
    expect(r.because).toContain("lang.kazakh-existential");
    expect(read("Акмола облысында какие моногорода бар ма").lang).toBe("kk");
  });
  it("keeps Russian when «бар» is not the last word", () => {
    expect(read("бар в Темиртау где найти").lang).toBe("ru");
  });
});

describe("Kazakh words that share a stem with a cue", () => {
  it("reads «ескерткіш» (a monument) as no request for the digest", () => {
    expect(read("Сәтбаев ескерткішінің суреті бар ма").intent).not.toBe("subscribe");
    expect(read("Ақсу бойынша ескертіп тұрыңыз")).toMatchObject({ intent: "subscribe", towns: ["aksu"] });
    expect(read("Абайды ескермеу үлкен қате")).toMatchObject({ intent: "out_of_scope", towns: [] });
  });
  it("reads skiing with its endings as off topic, the town kept", () => {
    expect(read("Лисаковскіде шаңғысы бар жер қайда")).toMatchObject({ intent: "out_of_scope", towns: ["lisakovsk"] });
  });
});
