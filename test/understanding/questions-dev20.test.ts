// Constructions the dev20 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("a Kazakh verb last frames Russian words before it", () => {
  it("answers in Kazakh when «тұр», «жатыр» or «кіреді» ends the message", () => {
    const r = read("Аксай какой группада жатыр");
    expect(r).toMatchObject({ lang: "kk", intent: "tier", towns: ["aksai"] });
    expect(r.because).toContain("lang.kazakh-predicate");
    expect(read("Рудный какой группаға кіреді ма").lang).toBe("kk");
  });
  it("keeps Russian when the verb is not last", () => {
    expect(read("жатыр какой группа у Балхаша").lang).toBe("ru");
  });
});

describe("the group a town stands in, and who else is in it", () => {
  it("lists the tier of the town it stands in", () => {
    const r = read("Рудный тұрған топта тағы қандай қалалар бар");
    expect(r).toMatchObject({ intent: "tier_list", towns: ["rudny"] });
    expect(read("Сәтбаев жататын топтағы қалаларды тізіп бер")).toMatchObject({ intent: "tier_list", towns: ["satbayev"] });
  });
  it("asks the tier itself with no list word", () => {
    expect(read("Рудный тұрған топ қандай")).toMatchObject({ intent: "tier", towns: ["rudny"] });
  });
});

describe("missing data is not missing money", () => {
  it("reads «деректер жетіспейді» as the gaps", () => {
    expect(read("Хромтау бойынша қай деректер жетіспейді")).toMatchObject({ intent: "gaps", towns: ["khromtau"] });
  });
  it("keeps «қаржы жетіспейді» as the funding", () => {
    expect(read("Хромтауға қаржы жетіспейді ме")).toMatchObject({ intent: "shortfall", towns: ["khromtau"] });
  });
});

describe("a dative follow-up with «чего» or «что»", () => {
  it("asks what the town was given", () => {
    const r = read("а Лисаковску чего?");
    expect(r).toMatchObject({ intent: "shortfall", towns: ["lisakovsk"] });
    expect(r.because).toContain("intent.town-dative-follow-up");
    expect(read("ну а Кентау что")).toMatchObject({ intent: "town_overview", towns: ["kentau"] });
  });
});

describe("a five-letter town typed bare with a vowel inside left out", () => {
  it("reads four letters no dictionary knows as the town", () => {
    expect(read("Аксй в какой группе")).toMatchObject({ intent: "tier", towns: ["aksai"] });
    expect(read("Алтй жоспары қалай орындалды")).toMatchObject({ intent: "progress", towns: ["altai"] });
  });
  it("leaves a dropped first or last letter, and the last word of a longer name, to other readings", () => {
    expect(read("Акса в какой группе").towns).toEqual([]);
    expect(read("Рудного Алтая экскурсии").towns).toEqual([]);
  });
});

describe("a phrase whose first word has a typo and whose last is typed right (dev11)", () => {
  it("reads the phrase", () => {
    expect(read("добрвй вечер").intent).toBe("greeting");
    expect(read("комек керек").intent).toBe("help");
    expect(read("кмек керек").intent).toBe("help");
  });
  it("needs the last word typed right", () => {
    expect(read("добрвй вечр").intent).not.toBe("greeting");
  });
});

describe("Kazakh Latin «tş» is т + ш, not ц (kk-latin robustness)", () => {
  it("reads «toqtatşy» as «тоқтатшы»", () => {
    expect(read("Balqaş boiynşa habarlamalardy toqtatşy")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash"] });
  });
  it("keeps «aitşy» as weak as «айтшы» beside a section word", () => {
    expect(read("Aqsuda jospar qalai oryndaluda, aitşy")).toMatchObject({ intent: "progress", towns: ["aksu"] });
  });
});

describe("a hello or thanks beside homework (polite-opener robustness)", () => {
  it("reads the homework, not the hello", () => {
    const r = read("Добрый день, реши задачу по химии");
    expect(r.intent).toBe("out_of_scope");
    expect(r.because).toContain("intent.schoolwork");
    expect(read("физикадан есеп шығарып берші, рахмет").intent).toBe("out_of_scope");
    expect(read("сделай домашку по химии").intent).toBe("out_of_scope");
  });
  it("keeps a hello alone a greeting", () => {
    expect(read("Добрый день").intent).toBe("greeting");
  });
});
