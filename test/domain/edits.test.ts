import { beforeAll, describe, expect, it } from "vitest";
import { planMeasures, planFigures, reversePlan, editorSource, type MeasureRow } from "../../src/domain/edits.ts";
import type { Catalog } from "../../src/domain/types.ts";
import { loadCatalog } from "../../src/db/catalog.ts";
import { freshDb } from "../helpers/db.ts";

let catalog: Catalog;
beforeAll(async () => {
  const db = await freshDb("sqlite");
  catalog = await loadCatalog(db.db);
  await db.close();
});

const SRC = { title: "Отчёт", date: "2026-11-20", url: "https://example.kz/r" };
const rowOf = (id: string, line: number, over: Partial<MeasureRow> = {}): MeasureRow => {
  const m = catalog.measures.find((x) => x.id === id)!;
  return {
    line,
    id,
    townId: m.townIds[0]!,
    titleRu: m.titleRu,
    titleKk: m.titleKk,
    status: m.status,
    amountKztBn: m.amountKztBn,
    deadline: m.deadline,
    doneOn: m.doneOn,
    source: null,
    ...over,
  };
};

describe("planMeasures", () => {
  it("plans nothing for the data as it is, and asks a source only of changed rows", () => {
    const ids = catalog.measures.filter((m) => m.kind === "project" && m.townIds[0] === "balkhash").map((m) => m.id);
    expect(
      planMeasures(
        catalog,
        ids.map((id, i) => rowOf(id, i + 2)),
      ),
    ).toEqual({ plan: { kind: "measures", changes: [], sources: [] }, errors: [] });
    const changed = ids.map((id, i) => rowOf(id, i + 2, id === ids[0] ? { status: "delayed" } : {}));
    expect(planMeasures(catalog, changed).errors).toEqual([{ line: 2, column: "source_title", code: "source_missing" }]);
  });

  it("remembers a moved deadline and puts the new source first", () => {
    const m = catalog.measures.find((x) => x.kind === "project" && x.deadline && x.sources.length)!;
    const { plan, errors } = planMeasures(catalog, [rowOf(m.id, 2, { deadline: "2030", source: SRC })], false);
    expect(errors).toEqual([]);
    const fields = Object.fromEntries(plan.changes[0]!.fields.map((f) => [f.field, f.new]));
    expect(fields.deadline).toBe("2030");
    expect(JSON.parse(fields.deadlineHistory as string).at(-1)).toEqual({ deadline: m.deadline, sourceId: m.sources[0]!.id });
    expect(JSON.parse(fields.sourceIds as string)[0]).toBe(editorSource(SRC).id);
  });

  it("finds unknown ids, duplicates, and projects moved to another town", () => {
    const [m, other] = catalog.measures.filter((x) => x.kind === "project" && x.townIds[0] === "balkhash");
    const { errors } = planMeasures(
      catalog,
      [rowOf(m!.id, 2), rowOf(m!.id, 3), { ...rowOf(m!.id, 4), id: "no-such-project" }, { ...rowOf(other!.id, 5), townId: "temirtau" }],
      false,
    );
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [3, "duplicate"],
      [4, "unknown_id"],
      [5, "town_mismatch"],
    ]);
  });
});

describe("planFigures and reversePlan", () => {
  it("undoing a plan swaps old and new and turns additions into removals", () => {
    const f = catalog.towns.get("temirtau")!.figures.find((x) => x.key === "population")!;
    const { plan } = planFigures(
      catalog,
      [{ line: 2, id: f.id, townId: "temirtau", key: "population", period: f.period, value: 1, qualifier: "exact", asOf: f.asOf, source: SRC }],
      false,
    );
    const back = reversePlan(plan.changes);
    expect(back[0]!.fields.find((x) => x.field === "value")).toEqual({ field: "value", old: 1, new: f.value });
    expect(reversePlan([{ ...plan.changes[0]!, op: "add" }])[0]!.op).toBe("remove");
  });
});
