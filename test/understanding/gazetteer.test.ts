// data/gazetteer.json is kept by hand: a bad entry must stop the start with where it is.
import { describe, expect, it } from "vitest";
import data from "../../src/understanding/data/gazetteer.json" with { type: "json" };
import { checkGazetteer, GAZETTEER } from "../../src/understanding/gazetteer.ts";

const copy = () =>
  structuredClone(data) as unknown as {
    regions: Array<Record<string, unknown>>;
    places: Array<Record<string, unknown>>;
    homonyms: Array<Record<string, unknown>>;
  };

describe("the gazetteer file", () => {
  it("passes its schema as shipped", () => {
    expect(GAZETTEER.regions.length).toBeGreaterThanOrEqual(20);
    expect(GAZETTEER.places.length).toBeGreaterThan(100);
  });
  it("refuses a place in a region it does not list, naming the place", () => {
    const g = copy();
    g.places[0]!.region = "atlantis";
    expect(() => checkGazetteer(g, "gazetteer.json")).toThrow(/gazetteer\.json: .*«atlantis» is no region/);
  });
  it("refuses an unknown field, a wrong kind and an id listed twice, with the path", () => {
    const extra = copy();
    extra.places[3]!.population = 5;
    expect(() => checkGazetteer(extra, "g")).toThrow(/^g: places\.3: /);
    const kind = copy();
    kind.regions[1]!.kind = "county";
    expect(() => checkGazetteer(kind, "g")).toThrow(/^g: regions\.1\.kind: /);
    const twice = copy();
    twice.places.push({ ...twice.places[0]! });
    expect(() => checkGazetteer(twice, "g")).toThrow(/a place id is listed twice/);
  });
});
