import { describe, expect, it } from "vitest";
import { byHolder, nationalGaps, townGaps, withHolders } from "../../src/domain/gaps.ts";
import type { Catalog } from "../../src/domain/types.ts";
import type { Snapshot } from "../../src/knowledge.ts";
import { loadHolders, parseHolders } from "../../src/holders.ts";
import data from "../../src/domain/data/holders.json" with { type: "json" };
import { withFreshSnapshot } from "../helpers/db.ts";

let snap: Snapshot;
withFreshSnapshot((s) => {
  snap = s;
});
const holders = loadHolders();

/** The catalog with one town's figures replaced: what an editor's change or a new release would do. */
function withFigures(catalog: Catalog, townId: string, edit: (f: Catalog["nationalFigures"][number]) => Catalog["nationalFigures"][number]): Catalog {
  const town = catalog.towns.get(townId)!;
  return { ...catalog, towns: new Map([...catalog.towns, [townId, { ...town, figures: town.figures.map(edit) }]]) };
}

describe("a town's gaps", () => {
  it("are the figures the data calls unknown, plan by plan, and the projects whose status or cost nobody gave", () => {
    const gaps = townGaps(snap.catalog, "balkhash");
    const keys = gaps.map((g) => g.key);
    // The 2023–2025 plan of 10 towns: every per-town figure is null in the dataset.
    for (const what of ["measures_total", "measures_done", "measures_unfinished", "planned_kzt_bn", "allocated_kzt_bn"])
      expect(keys).toContain(`balkhash:plan2023_2025:${what}`);
    // Its 2023–2027 plan: 66 measures and 242,8 bn planned are known; what was allocated is not.
    expect(keys).toContain("balkhash:town:balkhash:cp2023_2027:allocated_kzt_bn");
    expect(keys).not.toContain("balkhash:town:balkhash:cp2023_2027:measures_total");
    expect(keys).not.toContain("balkhash:town:balkhash:cp2023_2027:planned_kzt_bn");
    expect(keys).not.toContain("balkhash:-:population");
    const unknownStatus = (snap.catalog.measuresByTown.get("balkhash") ?? []).filter((m) => m.status === "unknown" && m.kind === "project");
    expect(gaps.filter((g) => g.what === "project_status").map((g) => g.measure!.id)).toEqual(expect.arrayContaining(unknownStatus.map((m) => m.id)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(gaps.find((g) => g.what === "allocated_kzt_bn" && g.plan?.id === "plan2023_2025")?.period).toBe("2023-2025");
  });

  it("never list a figure whose value is known, and a known zero is not a gap", () => {
    const catalog = withFigures(snap.catalog, "balkhash", (f) => (f.planId === "plan2023_2025" && f.key === "measures_done" ? { ...f, value: 0 } : f));
    expect(townGaps(catalog, "balkhash").map((g) => g.key)).not.toContain("balkhash:plan2023_2025:measures_done");
    for (const town of snap.catalog.towns.values())
      for (const g of townGaps(snap.catalog, town.id).filter((x) => !x.measure)) {
        const fig = town.figures.find((f) => f.planId === (g.plan?.id ?? null) && f.key === g.what && !f.component);
        expect(fig?.value ?? null, g.key).toBeNull();
      }
  });

  it("include a population no source gives, held by the statistics bureau", () => {
    const catalog = withFigures(snap.catalog, "temirtau", (f) => (f.key === "population" ? { ...f, value: null } : f));
    const gap = withHolders(townGaps(catalog, "temirtau"), catalog, holders).find((g) => g.what === "population");
    expect(gap?.holder?.id).toBe("bns");
    expect(gap?.holder?.name.ru).toMatch(/Бюро национальной статистики/);
    expect(gap?.holder?.name.kk).toMatch(/Ұлттық статистика бюросы/);
  });

  it("go to the town's akimat, the region's akimat or a ministry, named in both languages", () => {
    const held = withHolders(townGaps(snap.catalog, "balkhash"), snap.catalog, holders);
    const of = (key: string) => held.find((g) => g.key === key)?.holder;
    expect(of("balkhash:plan2023_2025:planned_kzt_bn")?.name).toEqual({ ru: "Акимат города Балхаш", kk: "Балқаш қаласының әкімдігі" });
    expect(of("balkhash:town:balkhash:cp2023_2027:allocated_kzt_bn")?.name).toEqual({
      ru: "Акимат Карагандинской области",
      kk: "Қарағанды облысының әкімдігі",
    });
    expect(held.every((g) => g.holder)).toBe(true);
    expect(byHolder(held).map((g) => g.holder?.id)).toEqual(["town", "region"]);
    // Every town's every gap has a holder: the table covers every region of the data.
    for (const town of snap.catalog.towns.values())
      expect(withHolders(townGaps(snap.catalog, town.id), snap.catalog, holders).filter((g) => !g.holder)).toEqual([]);
  });

  it("are none for a town the catalog does not have", () => {
    expect(townGaps(snap.catalog, "atlantis")).toEqual([]);
  });
});

describe("the country's gaps", () => {
  it("are the national totals nobody published: the measures done under the 2023–2025 plans, held by the ministry", () => {
    const held = withHolders(nationalGaps(snap.catalog), snap.catalog, holders);
    const done = held.find((g) => g.key === "national:plan2023_2025:measures_done");
    expect(done?.holder?.id).toBe("mne");
    // 315 measures, 343,6 bn planned, about 170,2 bn allocated and 100 not carried out are known.
    for (const what of ["measures_total", "planned_kzt_bn", "allocated_kzt_bn", "measures_unfinished"])
      expect(held.map((g) => g.key)).not.toContain(`national:plan2023_2025:${what}`);
  });
});

describe("the holders table", () => {
  it("is refused with the field named when an entry is malformed", () => {
    const bad = { ...data, holders: [{ ...data.holders[0], id: "Not An Id" }] };
    expect(() => parseHolders(bad)).toThrow(/id/);
    expect(() => parseHolders({ ...data, portal: { name: "e-Otinish", url: "eotinish" } })).toThrow(/url/i);
  });
});
