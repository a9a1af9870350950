// Published text that read a town where the writer meant something else: a mine or a deposit
// named like a town, a settlement under another town, «among the airports» read as a tier,
// and a finite verb read as the subscription's infinitive. Written for these tests in other
// words than the sentences that showed them; each case names the rule that decides.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { ruleOf } from "../../src/understanding/rules.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
/** The towns understood, the intent, and the rule that decided about the given town. */
function read(text: string, town: string) {
  const r = u.understand(text);
  const reason = r.because.find((b) => b.endsWith(`:${town}`));
  return { towns: r.towns, intent: r.intent, tier: r.tier, rule: reason ? ruleOf(reason) : null };
}

describe("a mine's or a deposit's noun beside the bare name in a short message", () => {
  it.each([
    // Before the name as Russian writes it, asking nothing about the data: the site.
    ["месторождение Жанатас", "zhanatas"],
    ["на месторождении Каратау добывают фосфориты", "karatau"],
    // After it in the singular, as Kazakh writes it.
    ["Ақсай кен орны", "aksai"],
  ])("«%s» is the site, not the town", (text, town) => {
    expect(read(text, town)).toMatchObject({ towns: [], rule: "town.facility" });
  });

  it.each([
    // A plant's or an airport's word there asks after the town's own.
    ["аэропорт Балхаш", "balkhash"],
    ["комбинат Балхаш", "balkhash"],
    ["АрселорМиттал Темиртау новости", "temirtau"],
    // When or how much is a project's question: the town stays for its project.
    ["месторождение Каратау когда запустят", "karatau"],
  ])("«%s» keeps the town", (text, town) => {
    expect(read(text, town).towns).toEqual([town]);
  });
});

describe("a mine or a mining administration named in running text", () => {
  it.each([
    // «рудник» with the Kazakh possessive voices its «к»: «руднигі».
    ["1960 жылы ол Риддер руднигінің бас инженері болып тағайындалды.", "ridder"],
    // A career tells of work in words that could ask about the data («бітіріп», «орынбасары»,
    // «атқарды»): one in ten words of a long text is no question.
    [
      "Ол Алматыда тау-кен институтын бітіріп, Зыряновск маңындағы шағын шахтада учаске бастығы, бас инженердің орынбасары болып істеді, ал 1965 жылы отбасымен солтүстікке көшіп, көп жыл бойы Кентау кен басқармасының директоры қызметін атқарды, жұмысты ұйымдастыруда іскерлігімен көзге түсті, кейін Алматыға оралып, ұзақ жылдар бойы ұстаздық етті, шәкірттеріне тау-кен ісінің қыр-сырын үйретті, әдемі бақ егіп, немерелерімен бірге сол үйде өмірінің соңына дейін тұрды.",
      "kentau",
    ],
  ])("«%s» names the enterprise, not the town", (text, town) => {
    expect(read(text, town)).toMatchObject({ towns: [], rule: "town.facility" });
  });

  it("a town's own department is no mining administration", () => {
    expect(read("Кентау қалалық білім басқармасы жаңа мектеп ашты.", "kentau").towns).toEqual(["kentau"]);
  });
});

describe("a place under another town («X-ке қарасты Y»)", () => {
  it.each([
    ["Риддерге қарасты Алтай ауылында жол салынды", "altai", ["ridder"]],
    ["Шахтинскіге қарасты Саран кентінде мектеп ашылды", "saran", ["shakhtinsk"]],
    // Typed in lower case the word of belonging is still no place in a list.
    ["шахтинскіге қарасты сарандағы кенішті", "saran", ["shakhtinsk"]],
  ])("«%s»: the settlement, and the town it is under", (text, town, towns) => {
    expect(read(text, town)).toMatchObject({ towns, rule: "town.under-town" });
  });

  it("under a region, the name is the town", () => {
    expect(read("Қарағанды облысына қарасты Саран қаласы", "saran").towns).toEqual(["saran"]);
  });
});

describe("«қатарында», «қатарына»: the ranks of what the word before names", () => {
  it("among the airports, no tier is asked: the person's airport", () => {
    expect(read("Сәтбаев атындағы әуежай еліміздің үздік әуежайлары қатарында.", "satbayev").towns).toEqual([]);
  });

  it("among the country's plants, joining them is no tier", () => {
    const r = read("Балқаш зауыты елдің ірі зауыттары қатарына кірді", "balkhash");
    expect(r.intent).not.toBe("tier");
  });

  it.each(["Жітіқара тоқыраған қалалар қатарына кіре ме", "Кентау орташа әлеуетті қалалар қатарында ма?"])("«%s» still asks the tier", (text) => {
    expect(read(text, "").intent).toBe("tier");
  });
});

describe("a finite verb the skeleton reads as the subscription's infinitive", () => {
  it.each([
    ["Рудный и Лисаковск получат новые трамваи", "rudny"],
    ["Темиртау следит за качеством воздуха", "temirtau"],
  ])("«%s» is no subscription", (text, town) => {
    const r = read(text, town);
    expect(r.intent).not.toBe("subscribe");
    expect(u.understand(text).because).not.toContain("intent.other-subscription");
  });

  it("beside a wish it is the infinitive mistyped", () => {
    expect(read("хочу получат дайджест по Рудному", "rudny")).toMatchObject({ intent: "subscribe", towns: ["rudny"] });
  });
});
