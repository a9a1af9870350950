// Applying a dataset release to a database in use: release 1 seeded, an editor's change,
// then release 2 imported over it.
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import { applyRelease } from "../../src/db/seed/seed.ts";
import { prepareDatabase } from "../../src/db/prepare.ts";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { digestContent, digestSnapshot } from "../../src/domain/digest.ts";
import { freshDb, providers, type TestDb } from "../helpers/db.ts";
import { emptyData, PLANT, proposePlantDelayed, release1 } from "../helpers/release1.ts";

describe.each(providers())("release import on %s", (provider) => {
  let t: TestDb;
  afterEach(async () => t?.close());

  it("updates what nobody edited, keeps and lists an editor's change, logs the rest, and is a no-op the second time", async () => {
    t = await freshDb(provider);
    const { db } = t;
    await emptyData(db);
    const r1 = await applyRelease(db, release1(), new Date("2026-11-23T00:00:00Z"));
    expect(r1).toMatchObject({ release: "2026-11-22", skipped: false, updated: 0, keptEdited: 0 });
    let c = await loadCatalog(db);
    expect(c.measures.filter((m) => m.kind === "project")).toHaveLength(85);
    expect(c.measures.find((m) => m.id === PLANT)!.status).toBe("planned");
    expect(c.towns.get("stepnogorsk")!.figures.find((f) => f.key === "population")).toBeUndefined();
    // Seeding an empty database is not a change anyone needs in /history.
    expect(await db.changeSet.count({ where: { kind: "release" } })).toBe(0);

    // An editor marks the plant delayed (release 2 will say in progress).
    const { edits, setId } = await proposePlantDelayed(db, 7);
    expect((await edits.apply(setId, 7, new Date("2026-12-01T00:00:00Z"))).ok).toBe(true);
    c = await loadCatalog(db);
    const before = digestSnapshot(c);

    const ds = loadDataset();
    // A start with the bundled release (newer than the database's) imports it.
    const started = await prepareDatabase(t.url);
    await started.db.$disconnect();
    const r2 = started.seed;
    expect(r2.skipped).toBe(false);
    expect(r2.created).toBeGreaterThan(0);
    expect(r2.updated).toBeGreaterThan(0);
    c = await loadCatalog(db);

    // The editor's status stands; the release's is listed with both values.
    expect(c.measures.find((m) => m.id === PLANT)!.status).toBe("delayed");
    const conflicts = await db.releaseConflict.findMany({ where: { entityId: PLANT } });
    expect(conflicts.find((x) => x.field === "status")).toMatchObject({
      releaseId: "2026-12-06",
      entity: "measure",
      townId: "kurchatov",
      releaseValue: '"in_progress"',
      keptValue: '"delayed"',
    });
    // Fields the editor did not touch take the release's values, in both languages.
    expect(c.measures.find((m) => m.id === PLANT)!.note?.kk).toBeTruthy();
    expect(c.measures.find((m) => m.id === "ridder-chp-repairs-2023-2024")!.status).toBe("done");
    expect(c.measures.filter((m) => m.kind === "project")).toHaveLength(91);
    expect(c.towns.get("stepnogorsk")!.figures.find((f) => f.key === "population")).toMatchObject({ value: 46401, asOf: "2012", scope: "city" });
    expect(c.towns.get("temirtau")!.enterprises[0]!.name.kk).toContain("АҚ");
    expect(c.headlineFigures.population).toBe("population-2025-mne");
    expect(c.discrepancies.find((d) => d.id === "discrepancy-2")!.preferred?.value).toBe(18);

    // The release's changes are in the change log like an edit: history and digests show them.
    const history = await edits.history("ridder");
    const release = history.find((h) => h.kind === "release")!;
    expect(release.fileName).toBe("2026-12-06");
    expect(release.changes).toContainEqual(expect.objectContaining({ entityId: "ridder-chp-repairs-2023-2024", field: "status", new: "done" }));
    const digest = digestContent(c, ["ridder", "kurchatov"], before);
    const ridder = digest.towns.find((x) => x.townId === "ridder")!;
    expect(ridder.changes).toContainEqual(expect.objectContaining({ kind: "done", measure: expect.objectContaining({ id: "ridder-chp-repairs-2023-2024" }) }));
    // A figure the release updated shows its source's date, not the import's.
    expect(c.towns.get("stepnogorsk")!.figures.find((f) => f.key === "population")!.changedAt).toBeUndefined();

    // The same release again changes nothing.
    const counts = async () => ({
      changes: await db.change.count(),
      conflicts: await db.releaseConflict.count(),
      version: (await db.meta.findUnique({ where: { key: "data.version" } }))?.value,
    });
    const was = await counts();
    expect((await applyRelease(db, ds, new Date("2026-12-08T00:00:00Z"))).skipped).toBe(true);
    await db.release.deleteMany({ where: { id: "2026-12-06" } });
    const forced = await applyRelease(db, ds, new Date("2026-12-08T00:00:00Z"));
    expect(forced).toMatchObject({ created: 0, updated: 0 });
    expect(await counts()).toEqual(was);
    // An older release never undoes a newer one.
    expect((await applyRelease(db, release1())).skipped).toBe(true);
    expect((await loadCatalog(db)).measures.filter((m) => m.kind === "project")).toHaveLength(91);
  }, 120_000); // two whole-dataset imports: slow on PostgreSQL

  it("upgrades a database seeded before releases kept their rows, going by the change log", async () => {
    t = await freshDb(provider);
    const { db } = t;
    await emptyData(db);
    await applyRelease(db, release1());
    // What the earlier seed left: a hash per record, no row, no release table entry.
    await db.seedRecord.updateMany({ data: { values: null, hash: "from-an-earlier-seed" } });
    await db.release.deleteMany();
    const { edits, setId } = await proposePlantDelayed(db, 7);
    await edits.apply(setId, 7, new Date("2026-12-01T00:00:00Z"));

    const report = await applyRelease(db, loadDataset());
    expect(report.skipped).toBe(false);
    const after = await loadCatalog(db);
    expect(after.measures.find((m) => m.id === PLANT)!.status).toBe("delayed");
    expect(await db.releaseConflict.count({ where: { entityId: PLANT, field: "status" } })).toBe(1);
    expect(after.measures.find((m) => m.id === "ridder-chp-repairs-2023-2024")!.status).toBe("done");
    expect(after.sources.get("lada-2026-01-28")!.about?.ru).toBeTruthy();
    expect(await db.changeSet.count({ where: { kind: "release" } })).toBe(1);
  }, 120_000);
});
