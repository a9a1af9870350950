import { describe, expect, it } from "vitest";
import { Memo } from "../../src/understanding/memo.ts";

/** The two generations as two maps, the newer dropped into the older when full: what Memo must keep. */
class TwoMaps {
  recent = new Map<string, string>();
  older = new Map<string, string>();
  constructor(private limit: number) {}
  get(key: string): string | undefined {
    const v = this.recent.get(key);
    if (v !== undefined) return v;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }
  set(key: string, v: string): void {
    if (this.recent.size >= this.limit / 2) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, v);
  }
}

describe("memo", () => {
  it("keeps what two generations of maps keep: a word asked for since the last one filled stays, others go", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const limit of [2, 3, 8, 21]) {
      const memo = new Memo<string>(limit);
      const model = new TwoMaps(limit);
      for (let i = 0; i < 5000; i++) {
        const key = String(Math.floor(rnd() * 30));
        const found = memo.get(key);
        expect(found).toBe(model.get(key));
        // A miss is filled; now and then a value found is replaced, or another key asked for first.
        if (found === undefined || rnd() < 0.1) {
          if (rnd() < 0.1) expect(memo.get("other")).toBe(model.get("other"));
          memo.set(key, `${key}:${i}`);
          model.set(key, `${key}:${i}`);
        }
      }
    }
  });
  it("keeps a stored null as a value", () => {
    const memo = new Memo<string | null>(4);
    memo.set("a", null);
    expect(memo.get("a")).toBeNull();
    expect(memo.get("b")).toBeUndefined();
  });
});
