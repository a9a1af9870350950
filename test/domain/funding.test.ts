import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { computeShortfall, shareOf } from "../../src/domain/funding.ts";
import { figureWith } from "../helpers/figure.ts";

const fig = figureWith;

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
