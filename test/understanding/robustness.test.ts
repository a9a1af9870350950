// Classes of failure `npm run robustness` found: a message read right, changed the way
// people change what they type, must be read the same. Each case is a kind of change,
// written here in words of its own rather than copied from a set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("a typo in the stem of a declined name", () => {
  it("reads the name whose Russian stem has two letters swapped or one left out, before a Russian ending", () => {
    expect(read("в Житкиаре что построили по плану")).toMatchObject({ intent: "progress", towns: ["zhitikara"] });
    expect(read("группа у Жтикары какая")).toMatchObject({ intent: "tier", towns: ["zhitikara"] });
    expect(read("по Кульсраам сколько денег не дошло")).toMatchObject({ intent: "shortfall", towns: ["kulsary"] });
  });
  it("takes no Kazakh ending after a declension stem: the stem is no name of its own", () => {
    expect(read("Житкиарда не болып жатыр").towns).toEqual([]);
  });
});
