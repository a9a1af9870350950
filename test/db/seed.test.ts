import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatasetError, DEFAULT_DATASET_DIR, loadDataset } from "../../src/db/seed/dataset.ts";
import { seedDatabase } from "../../src/db/seed/seed.ts";
import { loadCatalog } from "../../src/db/catalog.ts";
import { freshDb, providers, type TestDb } from "../helpers/db.ts";

function datasetCopy(edit: (name: string, data: any) => void, file: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mq-ds-"));
  cpSync(DEFAULT_DATASET_DIR, dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(readFileSync(p, "utf8"));
  edit(file, data);
  writeFileSync(p, JSON.stringify(data));
  return dir;
}

describe("dataset validation", () => {
  it("accepts the shipped dataset", () => {
    const ds = loadDataset();
    expect(ds.towns).toHaveLength(25);
    expect(ds.projects.projects).toHaveLength(91);
    expect(ds.compiledAt).toBe("2026-12-06");
  });

  it.each([
    [
      "monotowns.json",
      (_: string, d: any) => {
        d.towns[2].population.value = "many";
      },
      /monotowns\.json: record towns\[2\] \(id "aksu"\), field population\.value: .*number/,
    ],
    [
      "monotowns.json",
      (_: string, d: any) => {
        d.towns[0].tier = "golden";
      },
      /monotowns\.json: record towns\[0\] \(id "temirtau"\), field tier/,
    ],
    [
      "monotowns.json",
      (_: string, d: any) => {
        d.towns[5].population = null;
      },
      /monotowns\.json: record towns\[5\] .*field population/,
    ],
    [
      "projects.json",
      (_: string, d: any) => {
        d.planFacts[0].period = "до 2029";
      },
      /projects\.json: record planFacts\[0\] .*field period: must be YYYY or YYYY–YYYY/,
    ],
    [
      "projects.json",
      (_: string, d: any) => {
        d.planFacts[0].component = "Republican budget";
      },
      /projects\.json: record planFacts\[0\] .*field component/,
    ],
    [
      "program.json",
      (_: string, d: any) => {
        d.headlineFigures.population = "population-1900";
      },
      /program\.json: record headlineFigures, field population: unknown figure id/,
    ],
    [
      "program.json",
      (_: string, d: any) => {
        d.schemaVersion = 1;
      },
      /program\.json: field schemaVersion/,
    ],
    [
      "projects.json",
      (_: string, d: any) => {
        d.projects[4].status = "almost";
      },
      /projects\.json: record projects\[4\] \(id "[^"]+"\), field status/,
    ],
    [
      "projects.json",
      (_: string, d: any) => {
        d.projects[0].amountKztBn = -5;
      },
      /projects\.json: record projects\[0\] .*field amountKztBn/,
    ],
    [
      "projects.json",
      (_: string, d: any) => {
        d.projects[1].townId = "atlantis";
      },
      /projects\.json: record projects\[1\] .*field townId: unknown town id "atlantis"/,
    ],
    [
      "program.json",
      (_: string, d: any) => {
        d.measures[0].sourceId = "nowhere";
      },
      /program\.json: record measures\[0\] .*unknown source id "nowhere"/,
    ],
  ])("stops on a bad record in %s with file, record and field", (file, edit, message) => {
    const dir = datasetCopy(edit, file);
    expect(() => loadDataset(dir)).toThrow(DatasetError);
    expect(() => loadDataset(dir)).toThrow(message);
  });

  it("reports broken JSON by file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mq-ds-"));
    cpSync(DEFAULT_DATASET_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, "program.json"), "{ broken");
    expect(() => loadDataset(dir)).toThrow(/^program\.json: not valid JSON/);
  });
});

describe.each(providers())("seeding on %s", (provider) => {
  let t: TestDb;
  afterEach(async () => t?.close());

  it("holds the whole dataset, with unknown figures stored as null", async () => {
    t = await freshDb(provider);
    const c = await loadCatalog(t.db);
    expect(c.towns.size).toBe(25);
    expect(c.measures.filter((m) => m.kind === "project")).toHaveLength(91);
    expect(c.tiers.map((x) => x.townIds.length)).toEqual([6, 10, 4]);
    const temirtau = c.towns.get("temirtau")!;
    expect(temirtau.figures.find((f) => f.key === "population")?.value).toBe(171609);
    const balkhashP25 = c.towns.get("balkhash")!.figures.find((f) => f.id === "town:balkhash:p25:planned_kzt_bn")!;
    expect(balkhashP25.value).toBeNull();
    const planned = c.nationalFigures.find((f) => f.id === "national:p25:planned_kzt_bn")!;
    expect(planned.value).toBe(343.6);
    expect(planned.source?.id).toBe("lada-2026-01-28");
    // Every town has a dated population saying which territory it counts.
    for (const town of c.towns.values()) {
      const pop = town.figures.find((f) => f.key === "population")!;
      expect(pop.value, town.id).toBeGreaterThan(0);
      expect(pop.asOf, town.id).toMatch(/^\d{4}/);
      expect(["city", "city_administration"], town.id).toContain(pop.scope);
    }
    expect(c.towns.get("lisakovsk")!.figures.find((f) => f.key === "population")).toMatchObject({
      value: 34300,
      qualifier: "approx",
      scope: "city_administration",
    });
    // Users' texts in both languages; the compiler's notes nowhere.
    const ent = c.towns.get("temirtau")!.enterprises[0]!;
    expect(ent.name.kk).toContain("АҚ");
    expect(c.sources.get("lada-2026-01-28")!.about?.kk).toMatch(/Мәжіліс/);
    expect(c.headlineFigures.population).toBe("population-2025-mne");
    const d1 = c.discrepancies.find((d) => d.id === "discrepancy-1")!;
    expect(d1.values).toHaveLength(3);
    expect(d1.preferred).toMatchObject({ sourceId: "trend-mne-monotowns-2024-results", value: 1.4 });
    expect(d1.explanation?.kk).toBeTruthy();
  });

  it("is idempotent and never overwrites an edited figure", async () => {
    t = await freshDb(provider);
    expect((await seedDatabase(t.db)).skipped).toBe(true);
    await t.db.release.deleteMany();
    const again = await seedDatabase(t.db);
    expect(again).toMatchObject({ skipped: false, created: 0, updated: 0, keptEdited: 0 });

    // An editor changes a figure; the dataset later changes the same and another figure.
    await t.db.figure.update({ where: { id: "national:p25:allocated_kzt_bn" }, data: { value: 180 } });
    const dir = datasetCopy((_, d) => {
      d.plan2023_2025.allocatedKztBn = 171;
      d.plan2023_2025.measuresTotal = 316;
    }, "program.json");
    const report = await seedDatabase(t.db, dir);
    expect(report.keptEdited).toBe(1);
    expect(report.updated).toBe(1);
    const get = (id: string) => t.db.figure.findUniqueOrThrow({ where: { id } });
    expect((await get("national:p25:allocated_kzt_bn")).value).toBe(180);
    expect((await get("national:p25:measures_total")).value).toBe(316);
    expect(await t.db.town.count()).toBe(25);
  });

  it("does not bring back a row an editor deleted", async () => {
    t = await freshDb(provider);
    await t.db.measureTown.deleteMany({ where: { measureId: "aksu-boiler-house" } });
    await t.db.measure.delete({ where: { id: "aksu-boiler-house" } });
    const dir = datasetCopy((_, d) => {
      d.projects.find((m: any) => m.id === "aksu-boiler-house").status = "done";
    }, "projects.json");
    expect((await seedDatabase(t.db, dir)).keptEdited).toBe(1);
    expect(await t.db.measure.findUnique({ where: { id: "aksu-boiler-house" } })).toBeNull();
  });
});
