import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { computeShortfall, shareOf } from "../../src/domain/funding.ts";
import type { Figure } from "../../src/domain/types.ts";

const fig = (over: Partial<Figure>): Figure => ({
  id: "f",
  townId: null,
  planId: "p",
  key: "planned_kzt_bn",
  value: null,
  text: null,
  unit: "KZT bn",
  qualifier: "exact",
  component: null,
  period: null,
  asOf: null,
  labelRu: null,
  labelKk: null,
  note: null,
  scope: null,
  position: 0,
  source: null,
  updatedAt: new Date(0),
  ...over,
});

describe("shortfall", () => {
  const program = JSON.parse(readFileSync(new URL("../../prisma/seed-data/program.json", import.meta.url), "utf8"));
  const p = program.plan2023_2025;

  it("is planned minus allocated, marked as computed, and agrees with the dataset's own arithmetic", () => {
    const s = computeShortfall(fig({ value: p.plannedKztBn }), fig({ key: "allocated_kzt_bn", value: p.allocatedKztBn, qualifier: "approx" }));
    expect(s?.value).toBe(p.derived.shortfallKztBn.value);
    expect(s?.formula).toBe("343.6 − 170.2");
    expect(s?.qualifier).toBe("approx");
  });

  it("is unknown, not zero, when either side is unknown", () => {
    expect(computeShortfall(fig({ value: 10 }), fig({ value: null }))).toBeNull();
    expect(computeShortfall(fig({ value: null }), fig({ value: 5 }))).toBeNull();
    expect(computeShortfall(null, fig({ value: 5 }))).toBeNull();
  });

  it("computes shares as the dataset does", () => {
    expect(shareOf(fig({ value: 170.2 }), fig({ value: 343.6 }))?.value).toBe(p.derived.allocatedSharePct.value);
    expect(shareOf(fig({ value: 100 }), fig({ value: 315 }))?.value).toBe(p.derived.unfinishedSharePct.value);
  });
});
