// Constructions the dev16 question set taught (and the misses dev14 still had): each case
// is a kind of message, written here in words of its own rather than copied from the sets.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("signing up with «жазыңыз» and «қосшы»", () => {
  it("reads «write (me) down» after a town in the dative as a subscription", () => {
    expect(read("Жітіқараға жазыңызшы")).toMatchObject({ intent: "subscribe", towns: ["zhitikara"], because: expect.arrayContaining(["intent.sign-up-verb"]) });
    expect(read("Кентауға мені жазып қойыңыз")).toMatchObject({ intent: "subscribe", towns: ["kentau"] });
    expect(read("Qulsaryga jazynyz")).toMatchObject({ intent: "subscribe", towns: ["kulsary"] });
    expect(read("тоқырап тұрған қалаларға жазыңыз")).toMatchObject({ intent: "subscribe", tier: "stagnating" });
    expect(read("запишите меня на Кентау")).toMatchObject({ intent: "subscribe", towns: ["kentau"] });
  });

  it("reads «add» after a town in the accusative as a subscription, not the village Қосшы", () => {
    expect(read("Хромтауды қосшы")).toMatchObject({ intent: "subscribe", towns: ["khromtau"], because: expect.arrayContaining(["intent.sign-up-verb"]) });
    expect(read("Балқаш пен Ақсуды тізімге қосыңыз")).toMatchObject({ intent: "subscribe", towns: ["balkhash", "aksu"] });
    expect(read("Екібастұзды да қосыңыз")).toMatchObject({ intent: "subscribe", towns: ["ekibastuz"] });
  });

  it("keeps Қосшы a place where nothing is added to it, and a letter written to a town no subscription", () => {
    expect(read("Қосшы қай топта")).toMatchObject({ intent: "not_monotown", towns: [] });
    expect(read("Балқашқа хат жазыңыз").intent).not.toBe("subscribe");
  });
});

describe("a follow-up with a town in the dative", () => {
  it("reads «ал Х-ға ше?», «а Х-у?» as what the town was given", () => {
    expect(read("ал Сәтбаевқа ше?")).toMatchObject({
      intent: "shortfall",
      towns: ["satbayev"],
      because: expect.arrayContaining(["intent.town-dative-follow-up"]),
    });
    expect(read("а Балхашу?")).toMatchObject({ intent: "shortfall", towns: ["balkhash"] });
  });

  it("leaves a follow-up with the town in another case the card", () => {
    expect(read("ал Сәтбаев ше?").intent).toBe("town_overview");
    expect(read("а по Балхашу?").intent).toBe("town_overview");
  });
});

describe("the state's budget and help with schoolwork are not ours", () => {
  it("reads the budget with no town or monotown word as out of scope", () => {
    expect(read("какой дефицит госбюджета в этом году")).toMatchObject({ intent: "out_of_scope", because: expect.arrayContaining(["intent.state-budget"]) });
    expect(read("республикалық бюджеттің тапшылығы қанша").intent).toBe("out_of_scope");
  });

  it("still reads the budget's money for a town or the monotowns as funding", () => {
    expect(read("Кентауға бюджеттен қанша бөлінді")).toMatchObject({ intent: "shortfall", towns: ["kentau"] });
    expect(read("дефицит бюджета по моногородам").intent).toBe("national_overview");
  });

  it("reads help asked with homework or an essay as out of scope", () => {
    expect(read("помогите сделать домашнее задание")).toMatchObject({ intent: "out_of_scope", because: expect.arrayContaining(["intent.help-with-other"]) });
    expect(read("үй жұмысын орындауға көмектесіңізші").intent).toBe("out_of_scope");
    expect(read("помогите с уроками").intent).toBe("out_of_scope");
    expect(read("как пользоваться ботом").intent).toBe("help");
  });
});

describe("what the dev16 misses taught in the lexicon", () => {
  it("reads «X тобындағы қалалар» as the towns of X's tier", () => {
    expect(read("Сәтбаев тобындағы қалалар қайсы")).toMatchObject({ intent: "tier_list", towns: ["satbayev"] });
  });

  it("reads «нет в данных» as the gaps and «не істеу керек» beside subscribing as help", () => {
    expect(read("что нет в данных по Кентау")).toMatchObject({ intent: "gaps", towns: ["kentau"] });
    expect(read("жазылым үшін не істеу керек").intent).toBe("help");
  });

  it("reads opening hours and a tour as something else", () => {
    expect(read("магазин на Абая 10 график работы").intent).toBe("out_of_scope");
    expect(read("экскурсии по Рудному Алтаю").intent).toBe("out_of_scope");
  });

  it("lets a section word beside «айтшы» decide, and reads the aid a town got as its money", () => {
    expect(read("Кентау жоспары қалай, айтшы").intent).toBe("progress");
    expect(read("Қаражалдың көмегі қанша болды").intent).toBe("shortfall");
  });

  it("finds a Latin name typed with a letter left out before a Kazakh ending", () => {
    expect(read("Riddrge qansha aqsha bolindi")).toMatchObject({ intent: "shortfall", towns: ["ridder"] });
  });
});

describe("an average beside a measure's level", () => {
  it("reads «орташа орындалу деңгейі» as the average level of execution, not the medium tier", () => {
    expect(read("моноқалалар бойынша жоспардың орташа орындалу деңгейі қандай")).toMatchObject({ intent: "national_overview", tier: null });
    expect(read("барлық моноқалалардың орташа қаржыландыру деңгейі").intent).toBe("national_overview");
    expect(read("орташа әлеуетті моноқалалар")).toMatchObject({ intent: "tier_list", tier: "medium_potential" });
  });
});
