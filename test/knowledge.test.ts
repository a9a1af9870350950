import { afterEach, describe, expect, it } from "vitest";
import { Knowledge, MEMO_LIMIT } from "../src/knowledge.ts";
import { freshDb, type TestDb } from "./helpers/db.ts";

let db: TestDb;
afterEach(async () => db?.close());

describe("Knowledge snapshot", () => {
  it("memoises a value per key and drops it with the snapshot on reload", async () => {
    db = await freshDb();
    const k = await Knowledge.load(db.db);
    let made = 0;
    const population = () => {
      made++;
      return k.current.catalog.towns.get("temirtau")!.figures.find((f) => f.key === "population")?.value;
    };
    expect(k.current.memo("pop", population)).toBe(171609);
    expect(k.current.memo("pop", population)).toBe(171609);
    expect(made).toBe(1);

    await db.db.figure.update({ where: { id: "town:temirtau:population" }, data: { value: 170000 } });
    await k.reload();
    expect(k.current.memo("pop", population)).toBe(170000);
    expect(made).toBe(2);
  });

  it("keeps nothing for unknown ids, and when full forgets the oldest reply first", async () => {
    db = await freshDb();
    const k = await Knowledge.load(db.db);
    const made: string[] = [];
    const make = (key: string, value: string | null) => () => (made.push(key), value);
    // A flood of forged ids: nothing is kept, so a real reply is still memoised after it.
    for (let i = 0; i < MEMO_LIMIT + 10; i++) expect(k.current.memo(`src:forged${i}`, make("forged", null))).toBeNull();
    k.current.memo("card:temirtau", make("card", "Темиртау"));
    k.current.memo("card:temirtau", make("card", "Темиртау"));
    expect(made.filter((m) => m === "card")).toHaveLength(1);
    // A flood of distinct real keys: the newest are kept, the oldest made again.
    for (let i = 0; i < MEMO_LIMIT; i++) k.current.memo(`q${i}`, make(`q${i}`, "x"));
    k.current.memo(`q${MEMO_LIMIT - 1}`, make("again-newest", "x"));
    k.current.memo("card:temirtau", make("card", "Темиртау"));
    expect(made).not.toContain("again-newest");
    expect(made.filter((m) => m === "card")).toHaveLength(2);
  });
});
