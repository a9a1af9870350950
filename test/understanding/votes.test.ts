import { describe, expect, it } from "vitest";
import type { CueHit } from "../../src/understanding/cues.ts";
import { Votes } from "../../src/understanding/votes.ts";

const hit = (cue: CueHit["cue"], start: number, weight = 1, lang: CueHit["lang"] = "ru"): CueHit => ({ cue, lang, weight, start, end: start + 1 });

describe("votes", () => {
  it("counts a word once per cue, at its heaviest entry, whatever languages list it", () => {
    const v = new Votes([hit("tier", 0, 0.5, "ru"), hit("tier", 0, 1, "kk"), hit("tier", 0, 1, "en"), hit("progress", 1, 0.5)]);
    expect(v.n("tier")).toBe(1);
    expect(v.n("progress")).toBe(0.5);
  });
  it("gives what a quantity counts one more vote, once per quantity word", () => {
    // «сколько нужно ещё денег … мероприятия»: the money after «сколько» is the topic.
    const v = new Votes([hit("quantity", 0), hit("quantity", 0, 1, "en"), hit("shortfall", 2), hit("progress", 4), hit("progress", 5)]);
    expect(v.n("shortfall")).toBe(2);
    expect(v.n("progress")).toBe(2);
  });
  it("skips weak cues when looking for the quantity's topic, and looks only two words ahead", () => {
    const v = new Votes([hit("quantity", 0), hit("shortfall", 1, 0.5), hit("progress", 2), hit("shortfall", 5)]);
    expect(v.n("progress")).toBe(2);
    expect(v.n("shortfall")).toBe(1.5);
  });
  it("takes the word right before a quantity as its topic when none follows («қаражат көлемі»)", () => {
    const v = new Votes([hit("progress", 0), hit("shortfall", 2), hit("quantity", 3)]);
    expect(v.n("shortfall")).toBe(2);
    expect(v.n("progress")).toBe(1);
    // One after it comes first.
    const w = new Votes([hit("shortfall", 0), hit("quantity", 1), hit("progress", 2)]);
    expect(w.n("progress")).toBe(2);
    expect(w.n("shortfall")).toBe(1);
  });
  it("finds cues near a name and tells whether the message is about monotown data", () => {
    const v = new Votes([hit("street", 3), hit("offtopic", 6)]);
    expect(v.near({ start: 2, end: 3 }, "street", 1)).toBe(true);
    expect(v.near({ start: 0, end: 1 }, "street", 1)).toBe(false);
    expect(v.domain).toBe(false);
    expect(new Votes([hit("former", 0)]).domain).toBe(true);
  });
});
