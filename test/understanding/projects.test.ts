import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { ProjectNames } from "../../src/understanding/project-names.ts";
import { parseProjectWords } from "../../src/understanding/project-words.ts";
import { Understander } from "../../src/understanding/understand.ts";

const ds = loadDataset();
const u = new Understander(townsFromDataset(ds), undefined, projectsFromDataset(ds));
const GPZ = "zhanaozen-gas-processing-plant";
const KENDERLI = "zhanaozen-kenderli-desalination-plant";

describe("a named project", () => {
  it.each([
    ["когда запустят ГПЗ в Жанаозене", "ru", GPZ, "intent.project-named"],
    ["Жаңаөзен газ өңдеу зауыты қашан іске қосылады", "kk", GPZ, "intent.project-named"],
    ["Жаңаөзендегі газ өңдеу зауытының мерзімі", "kk", GPZ, "intent.project-named"],
    ["сроки газоперерабатывающего завода в Жанаозене", "ru", GPZ, "intent.project-named"],
    ["сколько стоит опреснительный завод Кендерли", "ru", KENDERLI, "intent.project-named"],
    ["Кендірлі тұщыту зауытының құны қанша", "kk", KENDERLI, "intent.project-named"],
    ["Курчатов электр станциясы қай кезеңде", "kk", "kurchatov-700-mw-power-plant", "intent.project-asked"],
    ["когда откроют аэропорт в Аркалыке", "ru", "arkalyk-airport", "intent.project-asked"],
    ["Степногорская ТЭЦ когда отремонтируют", "ru", "stepnogorsk-chp-capital-repair", "intent.project-named"],
    ["Степногорск ЖЭО-сын жөндеу қашан бітеді", "kk", "stepnogorsk-chp-capital-repair", "intent.project-named"],
    ["Экибастузская ГРЭС-1 энергоблок", "ru", "ekibastuz-gres1-unit-1-restoration", "intent.project-named"],
  ])("«%s» → %s's card", (text, lang, id, rule) => {
    const r = u.understand(text);
    expect(r.intent).toBe("project");
    expect(r.lang).toBe(lang);
    expect(r.projects).toEqual([id]);
    expect(r.because.at(-1)).toBe(rule);
  });

  it("reads a misspelt name and a misspelt town", () => {
    expect(u.understand("когда запустят опреснительный завод Кендерле").projects).toEqual([KENDERLI]);
    expect(u.understand("гпз жаназен когда сдадут").projects).toEqual([GPZ]);
  });

  it("keeps the town a tap away: the town named stays in the understanding", () => {
    expect(u.understand("когда запустят ГПЗ в Жанаозене").towns).toEqual(["zhanaozen"]);
  });

  it("gives every project the words fit equally, and a number in the title breaks the tie", () => {
    const two = u.understand("ГРЭС-2 Экибастуза когда введут энергоблок");
    expect(two.intent).toBe("project");
    expect(two.projects.sort()).toEqual(["ekibastuz-gres2-unit-3", "ekibastuz-gres2-unit-4"]);
    expect(two.because.at(-1)).toBe("intent.project-several");
    expect(u.understand("ГРЭС-2 Экибастуз энергоблок 4").projects).toEqual(["ekibastuz-gres2-unit-4"]);
    // ТЭЦ with no town: the six towns' plants, a choice.
    expect(u.understand("когда отремонтируют ТЭЦ").projects).toHaveLength(6);
  });

  it.each([
    ["проекты Балхаша", "progress"],
    ["Сарань индустриальная зона как пример", "former_monotown"],
    ["обещали в Кентау новую школу построить, построили или опять нет??", "progress"],
    ["Qarmet зауытында жалақы қанша?", "out_of_scope"],
    ["сколько стоит бензин в Жанаозене", "out_of_scope"],
    // What a project is, with no word asking when or how much: the town's card.
    ["аэропорт Аркалык", "former_monotown"],
    // A kind of project the town has none of.
    ["когда построят аэропорт в Темиртау", "progress"],
    ["я из Караганды, когда запустят ГПЗ в Жанаозене", "project"],
  ])("«%s» stays %s", (text, intent) => {
    const r = u.understand(text);
    expect(r.intent).toBe(intent);
    if (intent !== "project") expect(r.projects).toEqual([]);
  });

  it("/project takes what a project is without a question word", () => {
    expect(u.projectsIn("Курчатов электростанция")).toEqual(["kurchatov-700-mw-power-plant"]);
    expect(u.projectsIn("Балхаш")).toEqual([]);
  });
});

describe("project words", () => {
  const file = "project-words.txt";
  const minimal = "[names]\nГПЗ = газ өңдеу зауыты\n[kinds]\nаэропорт = әуежай\n[ask]\nкогда\n[generic]\nРазвитие регионов\n";

  it("are validated at load, naming the file and line", () => {
    expect(() => parseProjectWords(minimal, file)).not.toThrow();
    expect(() => parseProjectWords(`${minimal}[other]\nx\n`, file)).toThrow(/project-words\.txt:9: unknown section \[other\]/);
    expect(() => parseProjectWords(minimal.replace("ГПЗ =", "ГПЗ! ="), file)).toThrow(/:2: «ГПЗ!» is not a word/);
    expect(() => parseProjectWords(`${minimal}[names]\nгпз\n`, file)).toThrow(/:10: «гпз» is already on line 2/);
    expect(() => parseProjectWords(minimal.replace("[ask]\nкогда\n", ""), file)).toThrow(/\[ask\] is missing or empty/);
    expect(() => parseProjectWords(`ГПЗ\n${minimal}`, file)).toThrow(/:1: an entry before any \[section\]/);
  });

  it("name the projects whose titles hold them, in either language", () => {
    const words = parseProjectWords(minimal, file);
    const names = new ProjectNames(
      [
        { id: "gpz", townIds: ["a"], titles: ["Газоперерабатывающий завод", "Газ өңдеу зауыты"] },
        { id: "airport", townIds: ["a"], titles: ["Реконструкция аэропорта", "Әуежайды қайта жаңарту"] },
        { id: "shop", townIds: ["b"], titles: ["Цех «Болашак»", "«Болашақ» цехы"] },
      ],
      () => false,
      words,
    );
    const read = (text: string, towns: string[] = []) => names.find(text.split(" "), towns);
    expect(read("gpz kogda").ids).toEqual(["gpz"]);
    expect(read("aeroport").ids).toEqual(["airport"]);
    expect(read("aeroport").strong).toBe(false);
    expect(read("aeroport kogda").asked).toBe(true);
    expect(read("bolashak").ids).toEqual(["shop"]);
    expect(read("bolashak", ["a"]).ids).toEqual([]);
  });
});
