import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { MAX_INPUT, Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));

describe("the understanding's input limit", () => {
  it("reads only the first MAX_INPUT characters of any text", () => {
    const glued = "абвгдеклмнопрст".repeat(Math.ceil(MAX_INPUT / 15)).slice(0, MAX_INPUT - 1);
    expect(u.understand(`${glued} Темиртау`).towns).toEqual([]);
    expect(u.understand(`Темиртау ${glued}`).towns).toEqual(["temirtau"]);
  });
});
