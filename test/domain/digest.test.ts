import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import { digestContent, digestSnapshot, serializeSnapshot } from "../../src/domain/digest.ts";
import { reportedProjects } from "../../src/domain/progress.ts";
import { townsInScope } from "../../src/domain/subscription.ts";
import type { Catalog, Measure } from "../../src/domain/types.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

let db: TestDb;
let catalog: Catalog;
beforeAll(async () => {
  db = await freshDb();
  catalog = await loadCatalog(db.db);
});
afterAll(() => db.close());

/** The catalog with one town's projects changed, as an editor would. */
function edited(townId: string, change: (list: Measure[]) => Measure[]): Catalog {
  const measuresByTown = new Map(catalog.measuresByTown);
  measuresByTown.set(townId, change((catalog.measuresByTown.get(townId) ?? []).map((m) => ({ ...m }))));
  return { ...catalog, measuresByTown };
}

const townWithUnfinished = () =>
  [...catalog.towns.keys()].find((id) => reportedProjects(catalog, id).filter((m) => m.status !== "done" && m.status !== "unknown").length >= 2)!;

describe("digest content", () => {
  it("lists a town's unfinished reported projects with their known total and unknown amounts", () => {
    const id = townWithUnfinished();
    const c = digestContent(catalog, [id], null);
    const projects = reportedProjects(catalog, id);
    const unfinished = projects.filter((m) => m.status !== "done" && m.status !== "unknown");
    expect(c.towns[0]!.unfinished.map((m) => m.id)).toEqual(unfinished.map((m) => m.id));
    expect(c.towns[0]!.reported).toBe(projects.length);
    const known = unfinished.filter((m) => m.amountKztBn !== null);
    expect(c.towns[0]!.unfinishedAmounts.map((p) => p.value)).toEqual(known.map((m) => m.amountKztBn));
    expect(c.towns[0]!.unknownAmounts).toBe(unfinished.length - known.length);
    expect(c.compared).toBe(false);
    expect(c.worthSending).toBe(true);
  });

  it("reports no changes against its own snapshot, and each kind of change against an older one", () => {
    const id = townWithUnfinished();
    const before = digestSnapshot(catalog);
    expect(digestContent(catalog, [id], before).towns[0]!.changes).toEqual([]);

    const [first, second, third] = reportedProjects(catalog, id).filter((m) => m.status !== "done" && m.status !== "unknown");
    const after = edited(id, (list) => [
      ...list
        .filter((m) => m.id !== third?.id)
        .map((m) => (m.id === first!.id ? { ...m, status: "done" as const } : m.id === second!.id ? { ...m, amountKztBn: 99.5, deadline: "2027" } : m)),
      { ...first!, id: "brand-new", titleRu: "Новый объект", status: "planned" as const },
    ]);
    const kinds = digestContent(after, [id], before).towns[0]!.changes.map((c) => `${c.kind}:${"measure" in c ? c.measure.id : c.id}`);
    expect(kinds).toContain(`done:${first!.id}`);
    expect(kinds).toContain(`updated:${second!.id}`);
    expect(kinds).toContain("new:brand-new");
    if (third) expect(kinds).toContain(`removed:${third.id}`);
  });

  it("is not worth sending when nothing is unfinished and nothing changed", () => {
    const id = townWithUnfinished();
    const allDone = edited(id, (list) => list.map((m) => ({ ...m, status: "done" as const })));
    expect(digestContent(allDone, [id], digestSnapshot(allDone)).worthSending).toBe(false);
    // The same data compared with a snapshot from before the work was done: completions are news.
    expect(digestContent(allDone, [id], digestSnapshot(catalog)).worthSending).toBe(true);
  });

  it("hashes equal content equally and different content differently", () => {
    const a = serializeSnapshot(digestSnapshot(catalog));
    expect(serializeSnapshot(digestSnapshot(catalog)).hash).toBe(a.hash);
    const id = townWithUnfinished();
    const changed = edited(id, (list) => list.map((m, i) => (i === 0 ? { ...m, amountKztBn: 1234 } : m)));
    expect(serializeSnapshot(digestSnapshot(changed)).hash).not.toBe(a.hash);
  });
});

describe("amount qualifiers in what changed", () => {
  it("a «до» amount turned «более» is a change; a snapshot stored before qualifiers were recorded reports none", () => {
    const id = "ekibastuz";
    const upTo = reportedProjects(catalog, id).find((m) => m.amountQualifier === "up_to")!;
    const before = digestSnapshot(catalog);
    const after = edited(id, (list) => list.map((m) => (m.id === upTo.id ? { ...m, amountQualifier: "more_than" as const } : m)));
    const changes = digestContent(after, [id], before).towns[0]!.changes;
    expect(changes.map((c) => ("measure" in c ? `${c.kind}:${c.measure.id}` : c.kind))).toEqual([`updated:${upTo.id}`]);
    expect(changes[0]).toMatchObject({ before: { amount: upTo.amountKztBn, qualifier: "up_to" } });
    const old = structuredClone(before);
    for (const m of Object.values(old[id]!.measures)) delete m.qualifier;
    expect(digestContent(catalog, [id], old).towns[0]!.changes).toEqual([]);
  });
});

describe("projects whose status is unknown", () => {
  const balkhash = () => digestContent(catalog, ["balkhash"], null).towns[0]!;

  it("are a group of their own, never counted or summed as unfinished", () => {
    const d = balkhash();
    const unknown = reportedProjects(catalog, "balkhash").filter((m) => m.status === "unknown");
    expect(unknown.length).toBeGreaterThan(0);
    expect(d.unknownStatus.map((m) => m.id)).toEqual(unknown.map((m) => m.id));
    expect(d.unfinished.some((m) => m.status === "unknown")).toBe(false);
    expect(d.unfinishedAmounts).toHaveLength(d.unfinished.filter((m) => m.amountKztBn !== null).length);
  });

  it("keep a digest worth sending when nothing else is left", () => {
    const onlyUnknown = edited("balkhash", (list) => list.map((m) => ({ ...m, status: m.status === "unknown" ? m.status : ("done" as const) })));
    const d = digestContent(onlyUnknown, ["balkhash"], digestSnapshot(onlyUnknown));
    expect(d.towns[0]!.unfinished).toEqual([]);
    expect(d.towns[0]!.unknownStatus.length).toBeGreaterThan(0);
    expect(d.worthSending).toBe(true);
  });
});

describe("scopes", () => {
  it("cover a tier's monotowns, all 20 monotowns, or the towns named", () => {
    const all = townsInScope(catalog, { kind: "all" });
    expect(all).toHaveLength(20);
    const tiers = catalog.tiers.map((t) => townsInScope(catalog, { kind: "tier", tierId: t.id }));
    expect(tiers.flat().sort()).toEqual([...all].sort());
    expect(townsInScope(catalog, { kind: "towns", townIds: ["temirtau", "nowhere"] })).toEqual(["temirtau"]);
  });
});
