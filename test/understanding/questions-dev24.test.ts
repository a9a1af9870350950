// Constructions the dev24 question set taught: each case is a kind of message, written here
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

describe("when a town left the list", () => {
  it("reads «когда» or «қашан» beside a word for leaving the list as the town's history", () => {
    for (const [text, town] of [
      ["когда Аркалык вывели из моногородов", "arkalyk"],
      ["в каком году Жанатас исключили из списка", "zhanatas"],
      ["Саран қай жылы тізімнен шықты", "saran"],
      ["Qaratau qashan shygaryldy", "karatau"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "history", towns: [town] });
      expect(r.because, text).toContain("intent.town-left-when");
    }
  });
  it("leaves why it left, whether it left and two towns' dates to the former monotown's answer", () => {
    for (const text of ["почему Аркалык вывели из моногородов", "Жанатас исключили?", "Каратау и Жанатас когда исключили"]) {
      expect(read(text).intent, text).toBe("former_monotown");
    }
  });
  it("reads «списка», «списке» as known words, not words it knows nothing of", () => {
    expect(read("Сарань в списке моногородов?").unknown).toEqual([]);
  });
});

describe("two questions about one town in one message", () => {
  it("answers the first one asked when «и» or «және» joins clauses about different sections", () => {
    for (const [text, intent] of [
      ["какой статус группы у Хромтау и сколько денег недодали", "tier"],
      ["сколько недодали Хромтау и какая у него группа", "shortfall"],
      ["что выполнено по плану в Аксае и какая категория", "progress"],
      ["Балқашқа қанша қаржы жетпейді және қай топта", "shortfall"],
      ["Риддер қай топта және қанша ақша бөлінді", "tier"],
    ] as const) {
      const r = read(text);
      expect(r.intent, text).toBe(intent);
      expect(r.because, text).toContain("intent.town-first-question");
    }
  });
  it("leaves one clause asking two sections, and every section asked, to the votes", () => {
    expect(read("сколько выделено и сколько освоено в Хромтау").because).not.toContain("intent.town-first-question");
    expect(read("по Аксаю группа, ход плана и финансирование").intent).toBe("town_overview");
  });
});

describe("a cut reported in a town", () => {
  it("reads «отключат», «отключили» (utilities cut) as off topic, not a refusal of the digest", () => {
    for (const text of ["в Рудном завтра отключат газ", "у нас в Аксае отключили отопление"]) {
      const r = read(text);
      expect(r.intent, text).toBe("out_of_scope");
      expect(r.because, text).not.toContain("intent.stop-towns");
    }
  });
  it("still stops the digest when asked to: «отключи», «отключите», «отключение»", () => {
    for (const text of ["отключите рассылку по Рудному", "отключение уведомлений"]) expect(read(text).intent, text).toBe("unsubscribe");
  });
});

describe("who holds what is unknown, and the request for it", () => {
  it("reads who to ask and the information request as the town's unknowns", () => {
    for (const [text, town] of [
      ["у кого запросить недостающие цифры по Хромтау", "khromtau"],
      ["подготовь запрос информации по Кентау", "kentau"],
      ["Рудный бойынша ақпарат сұрау хатын дайындап берші", "rudny"],
    ] as const) {
      expect(read(text), text).toMatchObject({ intent: "gaps", towns: [town] });
    }
  });
});

describe("the tiers in the plural, and «по годам»", () => {
  it("reads the groups asked in the plural beside the monotown word as the three tiers' list", () => {
    for (const text of ["моноқалалар топтары қандай екен", "monoqalalardyn toptary qandai"]) {
      expect(read(text), text).toMatchObject({ intent: "tier_list", towns: [], tier: null });
    }
  });
  it("keeps a town's own tier question a tier question", () => {
    expect(read("Балқаш қай топтарда").intent).toBe("tier");
  });
  it("knows «по годам», so a history asked year by year is still the history", () => {
    const r = read("история Балхаша по годам");
    expect(r).toMatchObject({ intent: "history", towns: ["balkhash"], unknown: [] });
  });
});
