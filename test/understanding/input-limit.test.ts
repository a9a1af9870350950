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

  it("reads a town named late in a long published text, after a page of telephone numbers", () => {
    // An archive's list: 12 addresses with telephones and e-mails are about 120 words.
    const entry =
      "«Павлодар облысының мұрағаты» КММ Мекенжайы: 140000, Павлодар қаласы, Кривенко көшесі, 25, Тел.: 8 (718-2) 32-72-48 (факс), e-mail: arh@mail.ru";
    const text = `${Array(6).fill(entry).join(" ")} «Екібастұз қаласының мемлекеттік мұрағаты» КММ Мекенжайы: 141200, Екібастұз қаласы`;
    expect(text.length).toBeLessThan(MAX_INPUT);
    expect(u.understand(text).towns).toEqual(["ekibastuz"]);
  });
});
