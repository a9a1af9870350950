import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { differenceOf, sumOf, type Part, type Statement } from "../../src/domain/quantity.ts";
import type { Qualifier } from "../../src/domain/types.ts";

/** How far an «около» figure may be off in these tests; a statement with «около» is read with the same slack. */
const SLACK = 0.2;

/** The values a statement lets a reader conclude, with «около» read as ±SLACK. */
function implied(s: Statement): [number, number] {
  const widen = (lo: number, hi: number, approx: boolean): [number, number] =>
    approx ? [Math.min(lo * (1 - SLACK), lo * (1 + SLACK)), Math.max(hi * (1 + SLACK), hi * (1 - SLACK))] : [lo, hi];
  switch (s.kind) {
    case "exact":
      return [s.value, s.value];
    case "approx":
      return widen(s.value, s.value, true);
    case "more_than":
    case "at_least":
      return widen(s.value, Infinity, s.approx);
    case "up_to":
    case "less_than":
      return widen(-Infinity, s.value, s.approx);
    case "range":
      return widen(s.from, s.to, s.approx);
    case "unknown":
      return [-Infinity, Infinity];
  }
}

const QUALIFIERS: Qualifier[] = ["exact", "approx", "more_than", "up_to"];
const amount = fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 10);
const part = fc.record({ value: amount, qualifier: fc.constantFrom(...QUALIFIERS) });
/** A true value a part's source allows: «более v» anything above v, «до v» anything in 0…v. */
const truth = (p: Part, r: number) => {
  switch (p.qualifier) {
    case "approx":
      return p.value * (1 - SLACK + 2 * SLACK * r);
    case "more_than":
      return p.value * (1 + 0.0001 + 10 * r);
    case "up_to":
      return p.value * r;
    default:
      return p.value;
  }
};
const EPS = 1e-6;
const within = (x: number, [lo, hi]: [number, number]) => x >= lo - EPS * Math.max(1, Math.abs(lo)) && x <= hi + EPS * Math.max(1, Math.abs(hi));

describe("sums of qualified figures", () => {
  it("state bounds that contain every total the parts allow", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(part, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }), (items) => {
        const s = sumOf(items.map(([p]) => p));
        const total = items.reduce((acc, [p, r]) => acc + truth(p, r), 0);
        expect(within(total, implied(s)), `${JSON.stringify(items)} → ${JSON.stringify(s)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("are exact only when every part is, and never «около» with «до» or «более» among the parts", () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const s = sumOf(parts);
        expect(s.kind === "exact").toBe(parts.every((p) => p.qualifier === "exact"));
        if (parts.some((p) => p.qualifier === "more_than" || p.qualifier === "up_to")) expect(["exact", "approx"]).not.toContain(s.kind);
      }),
    );
  });

  it("say what the Экибастуз and Балхаш digests could truly say", () => {
    expect(
      sumOf([
        { value: 400, qualifier: "up_to" },
        { value: 100, qualifier: "more_than" },
      ]),
    ).toEqual({ kind: "more_than", value: 100, approx: false });
    expect(
      sumOf([
        { value: 3.8, qualifier: "approx" },
        { value: 1.2, qualifier: "exact" },
      ]),
    ).toEqual({ kind: "approx", value: 5 });
    expect(
      sumOf([
        { value: 10, qualifier: "exact" },
        { value: 5, qualifier: "up_to" },
      ]),
    ).toEqual({ kind: "range", from: 10, to: 15, approx: false });
    expect(
      sumOf([
        { value: 10, qualifier: "up_to" },
        { value: 5, qualifier: "up_to" },
      ]),
    ).toEqual({ kind: "up_to", value: 15, approx: false });
  });
});

describe("differences of qualified figures", () => {
  it("state bounds that contain every difference the figures allow (no «около» involved)", () => {
    const sure = fc.record({ value: amount, qualifier: fc.constantFrom<Qualifier>("exact", "more_than", "up_to") });
    const r = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(sure, r, sure, r, (a, ra, b, rb) => {
        const s = differenceOf(a, b);
        expect(within(truth(a, ra) - truth(b, rb), implied(s)), `${JSON.stringify([a, b])} → ${JSON.stringify(s)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("carry «около» along and are exact only from two exact figures", () => {
    fc.assert(
      fc.property(part, part, (a, b) => {
        const s = differenceOf(a, b);
        if (a.qualifier !== "exact" || b.qualifier !== "exact") expect(s.kind).not.toBe("exact");
        if (a.qualifier === "approx" || b.qualifier === "approx") expect(s.kind === "approx" || s.kind === "unknown" || ("approx" in s && s.approx)).toBe(true);
      }),
    );
  });

  it("word a shortfall from «до» or «более» as a bound", () => {
    expect(differenceOf({ value: 400, qualifier: "up_to" }, { value: 100, qualifier: "exact" })).toEqual({ kind: "up_to", value: 300, approx: false });
    expect(differenceOf({ value: 343.6, qualifier: "exact" }, { value: 170, qualifier: "more_than" })).toEqual({
      kind: "less_than",
      value: 173.6,
      approx: false,
    });
    expect(differenceOf({ value: 343.6, qualifier: "exact" }, { value: 100, qualifier: "up_to" })).toEqual({
      kind: "range",
      from: 243.6,
      to: 343.6,
      approx: false,
    });
    expect(differenceOf({ value: 343.6, qualifier: "more_than" }, { value: 100, qualifier: "more_than" }).kind).toBe("unknown");
  });
});
