// The homonym data file: it reads, every town in it is a town, and a malformed entry stops
// the start with what is wrong rather than being read as something else.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { HOMONYMS, HomonymDataError, parseHomonyms } from "../../src/understanding/homonyms.ts";
import { RULES } from "../../src/understanding/rules.ts";

const file = (towns: unknown) => JSON.stringify({ towns });
const lastRule = { id: "town", means: "the name as a name: the town", verdict: "keep" };

describe("data/homonyms.json", () => {
  it("names only towns of the dataset, each with rules that are the understanding's rules", () => {
    const ids = new Set(townsFromDataset(loadDataset()).map((t) => t.id));
    for (const [townId, h] of HOMONYMS) {
      expect(ids.has(townId)).toBe(true);
      for (const r of h.rules) expect(RULES[r.id]).toBe(r.means);
    }
  });

  it("tries a town's rules in order, the last one when none holds", () => {
    const data = parseHomonyms(
      file({
        kentau: {
          shares: ["a ridge"],
          rules: [
            { id: "mountain", means: "a mountain word near: the ridge", verdict: "drop", near: { cue: "mountain" } },
            { id: "north", means: "after «Северный»: the ridge", verdict: "drop", before: ["северн*"] },
            { id: "peak", means: "a mountain word after the name: a peak", verdict: "drop", follows: { cue: "mountain", span: 2 } },
            lastRule,
          ],
        },
      }),
    );
    const rules = data.get("kentau")!.rules;
    expect(rules.map((r) => r.id)).toEqual(["homonym.kentau.mountain", "homonym.kentau.north", "homonym.kentau.peak", "homonym.kentau.town"]);
    const context = {
      near: () => false,
      follows: () => false,
      has: () => false,
      domain: false,
      domainCount: 0,
      bare: true,
      word: "kentau",
      spelled: "кентау",
      prev: "",
      next: "",
      nounFollows: false,
      regions: [],
      otherTown: false,
      words: 3,
      greeted: false,
      kazakh: false,
      lowerCase: false,
      capitalises: false,
      toks: [],
    };
    expect(rules.find((r) => r.when.test({ ...context, prev: "severnii" }))?.id).toBe("homonym.kentau.north");
    expect(rules.find((r) => r.when.test({ ...context, near: (c) => c === "mountain" }))?.id).toBe("homonym.kentau.mountain");
    expect(rules.find((r) => r.when.test({ ...context, follows: (c, span) => c === "mountain" && span === 2 }))?.id).toBe("homonym.kentau.peak");
    expect(rules.find((r) => r.when.test(context))?.id).toBe("homonym.kentau.town");
  });

  it.each([
    ["not JSON", "{", /homonyms\.json: /],
    ["an unknown cue", file({ abai: { shares: ["a poet"], rules: [{ ...lastRule, id: "x", near: { cue: "poem" } }, lastRule] } }), /near\.cue/],
    ["an unknown condition", file({ abai: { shares: ["a poet"], rules: [{ ...lastRule, id: "x", close: "poet" }, lastRule] } }), /close/],
    ["a broken pattern", file({ abai: { shares: ["a poet"], rules: [{ ...lastRule, id: "x", word: "(" }, lastRule] } }), /not a regular expression/],
    ["a last rule with conditions", file({ abai: { shares: ["a poet"], rules: [{ ...lastRule, bare: true }] } }), /must have no conditions/],
    ["a rule listed twice", file({ abai: { shares: ["a poet"], rules: [lastRule, lastRule] } }), /listed twice/],
    ["a verdict it does not know", file({ abai: { shares: ["a poet"], rules: [{ ...lastRule, verdict: "maybe" }] } }), /verdict/],
  ])("stops on %s", (_, text, message) => {
    expect(() => parseHomonyms(text)).toThrow(HomonymDataError);
    expect(() => parseHomonyms(text)).toThrow(message);
  });
});
