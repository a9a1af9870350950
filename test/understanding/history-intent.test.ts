import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { intent: r.intent, towns: r.towns, lang: r.lang };
};

describe("asking for a town's history", () => {
  it.each([
    ["история Сарани", "saran", "ru"],
    ["расскажи историю Темиртау", "temirtau", "ru"],
    ["какая история у Аркалыка", "arkalyk", "ru"],
    ["Саран тарихы", "saran", "kk"],
    ["Балқаш қаласының тарихы", "balkhash", "kk"],
    ["Шахтинск Тентек история переименования", "shakhtinsk", "ru"],
    ["Жаңатас атауының тарихы", "zhanatas", "kk"],
    ["Кентау қалай пайда болған", "kentau", "kk"],
  ] as const)("«%s» asks for %s's history section", (text, town, lang) => {
    expect(read(text)).toEqual({ intent: "history", towns: [town], lang });
  });

  it("leaves other histories named with a town off-topic: a test site, a strike's chronology", () => {
    expect(read("Курчатовтағы полигонның тарихы туралы").intent).toBe("out_of_scope");
    expect(read("забастовка в Жанаозене 2011 хронология").intent).toBe("out_of_scope");
  });

  it("needs one town: the history word alone or with two towns is not a section", () => {
    expect(read("история").intent).not.toBe("history");
    expect(read("история Балхаша и Темиртау").intent).not.toBe("history");
  });
});
