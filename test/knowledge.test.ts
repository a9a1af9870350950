import { afterEach, describe, expect, it } from "vitest";
import { Knowledge } from "../src/knowledge.ts";
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
});
