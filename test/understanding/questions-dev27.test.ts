// Constructions the dev27 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because, unknown: r.unknownWords };
};

describe("a Kazakh question particle after a Russian verb in the past tense", () => {
  it("answers «… сделали ма?», «… начали ме?» in Kazakh: the particle asks the question", () => {
    for (const text of ["Лисаковскте работы начали ма?", "Жанаозенде проекты сдали ба", "Рудныйда мероприятия завершили ме?"]) {
      const r = read(text);
      expect(r.lang, text).toBe("kk");
      expect(r.because, text).toContain("lang.kazakh-question-particle");
    }
  });
  it("leaves a Russian question with no particle Russian", () => {
    expect(read("работы в Хромтау начали?").lang).toBe("ru");
    expect(read("мероприятия в Лисаковске завершили или нет").lang).toBe("ru");
  });
});

describe("«не істеп жатыр», what is being done in a town", () => {
  it("reads it beside a town as the plan's progress", () => {
    for (const [text, town] of [
      ["Жітіқарада әкімдік не істеп жатыр", "zhitikara"],
      ["Ekibastuzde qazir ne istep jatyr", "ekibastuz"],
      ["Хромтауда не істеп жатқанын білгім келеді", "khromtau"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "progress", towns: [town] });
    }
  });
  it("keeps «не істей аласың», asked of the bot, help", () => {
    expect(read("сен тағы не істей аласың").intent).toBe("help");
  });
});

describe("a town that stopped being a monotown", () => {
  it("reads «моноқала болудан қалды» with «қашан» as the date in its history", () => {
    for (const [text, town] of [
      ["Серебрянск қай жылы моноқала болудан қалған", "serebryansk"],
      ["Жаңатас қашан моноқала болудан қалды екен", "zhanatas"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "history", towns: [town], unknown: [] });
      expect(r.because, text).toContain("intent.town-left-when");
    }
  });
  it("and without a word asking when, the former monotown's card", () => {
    expect(read("Қаратау моноқала болудан қалған ба")).toMatchObject({ intent: "former_monotown", towns: ["karatau"] });
  });
});

describe("the housing queue in a monotown", () => {
  it("reads «кезегі», the queue's possessive, as off topic beside a town", () => {
    for (const [text, town] of [
      ["Балқашта баспана кезегі қанша жыл күтеді", "balkhash"],
      ["Рудныйда балабақша кезегіне қалай тұрамын", "rudny"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "out_of_scope", towns: [town] });
    }
  });
});

describe("«Кеш жарық», good evening in Kazakh", () => {
  it("reads it alone, and before a question, as the greeting it is", () => {
    expect(read("кеш жарық!")).toMatchObject({ intent: "greeting", lang: "kk" });
    expect(read("Кеш жарық, Кентау қай топта").intent).toBe("tier");
  });
});

describe("a phrase's first word mistyped before a stem with its ending", () => {
  it("reads «жаызп қойыңыз» (жазып қой- with two letters swapped) as a sign-up", () => {
    for (const [text, town] of [
      ["Ақсайды жаызп қойыңызшы", "aksai"],
      ["мені Риддерге жазпы қойсаңыз", "ridder"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "subscribe", towns: [town] });
    }
  });
});
