import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import type { Db } from "../../src/db/client.ts";
import { EditRepo } from "../../src/db/edits.ts";
import { HISTORY_EDITS_SHOWN, townHistory, type HistoryEvent } from "../../src/domain/history.ts";
import type { Catalog } from "../../src/domain/types.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

let t: TestDb | undefined;
afterEach(async () => t?.close());

async function catalogOf(): Promise<Catalog> {
  t = await freshDb();
  return loadCatalog(t.db);
}

const of = <K extends HistoryEvent["kind"]>(c: Catalog, townId: string, kind: K) =>
  townHistory(c, c.towns.get(townId)!).events.filter((e): e is Extract<HistoryEvent, { kind: K }> => e.kind === kind);

/** An editor's change of a town's population, applied at `at`. */
async function editPopulation(db: Db, townId: string, value: number, at: string) {
  const catalog = await loadCatalog(db);
  const f = catalog.towns.get(townId)!.figures.find((x) => x.key === "population")!;
  const edits = new EditRepo(db);
  const source = { title: "Акимат города", date: at.slice(0, 10), url: "https://example.kz/akimat" };
  const row = { line: 2, id: f.id, townId, key: "population", period: f.period, value, qualifier: "exact", asOf: f.asOf, source };
  const { setId } = await edits.propose(catalog, { kind: "edit", userId: 7, chatId: 7, fileName: null, sheet: "figures", rows: [row] });
  const res = await edits.apply(setId!, 7, new Date(at));
  expect(res.ok).toBe(true);
  return { edits, setId: setId!, old: f.value };
}

describe("a town's history", () => {
  it("dates Сарань's leaving the list by order № 248 of 21.11.2023, with its reason and source, and says it is in no tier of the draft", async () => {
    const c = await catalogOf();
    const [left] = of(c, "saran", "left-list");
    expect(left!.date).toBe("2023-11-21");
    expect(left!.basis?.ru).toContain("№ 248 от 21.11.2023");
    expect(left!.basis?.kk).toContain("№ 248 бұйрығы");
    expect(left!.reason?.ru).toBe("рост диверсификации экономики");
    expect(left!.source?.id).toBe("kursiv-saran");
    const [noTier] = of(c, "saran", "no-tier");
    expect(noTier!.classification.adopted).toBe(false);
    expect(noTier!.date).toBe("2025-03");
    expect(of(c, "saran", "tier")).toEqual([]);
  });

  it("says the four towns removed from the 2023–2025 set left the list on a date no source gives, bounded by the list's 27 and 20 towns", async () => {
    const c = await catalogOf();
    for (const id of ["serebryansk", "arkalyk", "zhanatas", "karatau"]) {
      const [left] = of(c, id, "left-list");
      expect(left!.date).toBeNull();
      expect(left!.basis).toBeNull();
      expect(left!.source?.id).toBe("lada-2026-01-28");
      expect([left!.before?.value, left!.before?.asOf, left!.after?.value]).toEqual([27, "2021-11", 20]);
      // Still part of the ten plans of 2023–2027, as the dataset records.
      expect(of(c, id, "plan").map((e) => e.plan.id)).toContain(`town:${id}:cp2023_2027`);
    }
  });

  it("gives each plan's approval date where known, and the national record where a town's plan has none", async () => {
    const c = await catalogOf();
    const plans = (id: string) => of(c, id, "plan").map((e) => [e.plan.id, e.date, e.allPlans?.id ?? null]);
    expect(plans("stepnogorsk")).toEqual([
      ["plan2023_2025", null, null],
      ["town:stepnogorsk:cp2023_2027", "2023-08-10", null],
    ]);
    expect(plans("zhanatas")).toContainEqual(["town:zhanatas:cp2023_2027", "2023-09", null]);
    expect(plans("balkhash")).toContainEqual(["town:balkhash:cp2023_2027", null, "cp2023_2027"]);
    const all = of(c, "balkhash", "plan").find((e) => e.allPlans)!.allPlans!;
    expect(all.note?.ru).toContain("2023 год");
    expect(plans("temirtau")).toEqual([]);
  });

  it("puts a monotown's draft tier and the 2022 change of region on the timeline, oldest first", async () => {
    const c = await catalogOf();
    const kinds = townHistory(c, c.towns.get("kurchatov")!).events.map((e) => [e.kind, e.date]);
    expect(kinds).toEqual([
      ["in-list", null],
      ["region", "2022-06-08"],
      ["tier", "2025-03"],
    ]);
    const [region] = of(c, "kurchatov", "region");
    expect(region!.from.ru).toBe("Восточно-Казахстанская область");
    expect(region!.to.kk).toBe("Абай облысы");
    expect(region!.source?.id).toBe("kazinform-en-2022-05-04-regions");
    const [tier] = of(c, "kurchatov", "tier");
    expect(tier!.tier.id).toBe("stagnating");
    expect(tier!.classification?.adopted).toBe(false);
    expect(tier!.classification?.draftDateSource?.id).toBe("baq-2025-09-25-kurchatov-naukograd");
    // A town whose region never changed in the data gets no such entry.
    expect(of(c, "temirtau", "region")).toEqual([]);
  });

  it("lists an editor's change to a figure after it is applied, with the old and new value, when and the source; an undone change goes", async () => {
    t = await freshDb();
    expect(townHistory(await loadCatalog(t.db), (await loadCatalog(t.db)).towns.get("temirtau")!).editsTotal).toBe(0);
    const { edits, setId, old } = await editPopulation(t.db, "temirtau", 172000, "2026-12-01T09:00:00Z");
    let c = await loadCatalog(t.db);
    const h = townHistory(c, c.towns.get("temirtau")!);
    expect(h.editsTotal).toBe(1);
    expect(h.edits[0]).toMatchObject({ entity: "figure", field: "value", old, new: 172000 });
    expect(h.edits[0]!.at.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(h.edits[0]!.source?.title).toBe("Акимат города");
    // Other towns' histories do not show it.
    expect(townHistory(c, c.towns.get("balkhash")!).editsTotal).toBe(0);
    expect((await edits.undo(setId, 7, 7, new Date("2026-12-02T09:00:00Z"))).ok).toBe(true);
    c = await loadCatalog(t.db);
    expect(townHistory(c, c.towns.get("temirtau")!).editsTotal).toBe(0);
  });

  it("keeps the latest few changes, newest first, and counts the rest", async () => {
    t = await freshDb();
    for (let i = 1; i <= HISTORY_EDITS_SHOWN + 2; i++) await editPopulation(t.db, "rudny", 110000 + i, `2026-12-0${i}T09:00:00Z`);
    const c = await loadCatalog(t.db);
    const h = townHistory(c, c.towns.get("rudny")!);
    expect(h.editsTotal).toBe(HISTORY_EDITS_SHOWN + 2);
    expect(h.edits.map((e) => e.new)).toEqual([110007, 110006, 110005, 110004, 110003]);
  });
});
