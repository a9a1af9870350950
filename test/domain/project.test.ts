import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import { digestContent, digestSnapshot, type DigestSnapshot, type MeasureChange } from "../../src/domain/digest.ts";
import { deadlines, projectById } from "../../src/domain/project.ts";
import { DEFAULT_SCHEDULE } from "../../src/domain/subscription.ts";
import type { Catalog, Measure } from "../../src/domain/types.ts";
import { renderDigestTexts } from "../../src/render/digest.ts";
import { contextFor } from "../helpers/audit/replies.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

let db: TestDb;
let catalog: Catalog;
beforeAll(async () => {
  db = await freshDb();
  catalog = await loadCatalog(db.db);
});
afterAll(() => db.close());

const GPZ = "zhanaozen-gas-processing-plant";

/** The catalog with one project changed, as an editor would. */
function withProject(id: string, change: (m: Measure) => Measure): Catalog {
  const measures = catalog.measures.map((m) => (m.id === id ? change({ ...m }) : m));
  const measuresByTown = new Map([...catalog.measuresByTown].map(([town, list]) => [town, list.map((m) => measures.find((x) => x.id === m.id)!)]));
  return { ...catalog, measures, measuresByTown };
}

const changeOf = (c: Catalog, before: DigestSnapshot) =>
  digestContent(c, ["zhanaozen"], before).towns[0]!.changes.find((x) => "measure" in x && x.measure.id === GPZ);

describe("a project's deadlines", () => {
  it("are every deadline it slipped from, oldest first, then the one in force", () => {
    const m = projectById(catalog, GPZ)!;
    expect(deadlines(m).map((d) => `${d.deadline}${d.current ? "!" : ""}`)).toEqual(["2023", "2025", "2026", "2027-02!"]);
    expect(
      deadlines(m)
        .filter((d) => !d.current)
        .every((d) => d.source?.url),
    ).toBe(true);
    expect(projectById(catalog, "no-such-project")).toBeUndefined();
  });
});

describe("a digest after a project slipped again", () => {
  const snapshotNow = () => digestSnapshot(catalog);
  const slipped = () =>
    withProject(GPZ, (m) => ({ ...m, deadline: "2028", deadlineHistory: [...m.deadlineHistory, { deadline: m.deadline!, source: m.sources[0]! }] }));

  it("reports the change as a slip and shows the project's whole timeline, in both languages", () => {
    const c = changeOf(slipped(), snapshotNow()) as Extract<MeasureChange, { kind: "updated" }>;
    expect(c.kind).toBe("updated");
    expect(c.slipped).toBe(true);
    const sub = { scope: { kind: "towns" as const, townIds: ["zhanaozen"] }, schedule: DEFAULT_SCHEDULE };
    const content = digestContent(slipped(), ["zhanaozen"], snapshotNow());
    const ru = renderDigestTexts(slipped(), sub, content, contextFor("ru"), { period: "2026-W48" }).join("\n");
    expect(ru).toContain("Срок: 02.2027 → 2028");
    expect(ru).toContain("⏱ Срок снова перенесён, все сроки: 2023 → 2025 → 2026 → 02.2027 → <b>2028</b>");
    const kk = renderDigestTexts(slipped(), sub, content, contextFor("kk"), { period: "2026-W48" }).join("\n");
    expect(kk).toContain("⏱ Мерзімі тағы ауыстырылды, барлық мерзімдері: 2023 → 2025 → 2026 → 02.2027 → <b>2028</b>");
  });

  it("counts an earlier deadline that became known as a slip too", () => {
    const learned = withProject(GPZ, (m) => ({ ...m, deadlineHistory: [{ deadline: "2022", source: m.sources[0]! }, ...m.deadlineHistory] }));
    const c = changeOf(learned, snapshotNow()) as Extract<MeasureChange, { kind: "updated" }>;
    expect(c).toMatchObject({ kind: "updated", slipped: true });
  });

  it("is no slip when a deadline is first named, nor against a snapshot stored before slips were counted", () => {
    const named = withProject("kurchatov-700-mw-power-plant", (m) => ({ ...m, deadline: "2029" }));
    const c = digestContent(named, ["kurchatov"], snapshotNow()).towns[0]!.changes[0] as Extract<MeasureChange, { kind: "updated" }>;
    expect(c).toMatchObject({ kind: "updated", slipped: false });
    const old = snapshotNow();
    for (const town of Object.values(old)) for (const m of Object.values(town.measures)) delete m.slips;
    const learned = withProject(GPZ, (m) => ({ ...m, deadlineHistory: [{ deadline: "2022", source: m.sources[0]! }, ...m.deadlineHistory] }));
    expect(changeOf(learned, old)).toBeUndefined();
  });

  it("is nothing when nothing moved", () => {
    expect(changeOf(catalog, snapshotNow())).toBeUndefined();
  });
});
