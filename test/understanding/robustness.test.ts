// Classes of failure `npm run robustness` found: a message read right, changed the way
// people change what they type, must be read the same. Each case is a kind of change,
// written here in words of its own rather than copied from a set.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { projectsFromDataset, townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()), undefined, projectsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("a typo in the stem of a declined name", () => {
  it("reads the name whose Russian stem has two letters swapped or one left out, before a Russian ending", () => {
    expect(read("в Житкиаре что построили по плану")).toMatchObject({ intent: "progress", towns: ["zhitikara"] });
    expect(read("группа у Жтикары какая")).toMatchObject({ intent: "tier", towns: ["zhitikara"] });
    expect(read("по Кульсраам сколько денег не дошло")).toMatchObject({ intent: "shortfall", towns: ["kulsary"] });
  });
  it("takes no Kazakh ending after a declension stem: the stem is no name of its own", () => {
    expect(read("Житкиарда не болып жатыр").towns).toEqual([]);
  });
});

describe("a Kazakh dative after a name ending in к", () => {
  it("reads «-скқа», «-скке» as the dative (a follow-up asking what the town was given), not the Russian «-ска», «-ске»", () => {
    expect(read("ал Шахтинскке қанша")).toMatchObject({ intent: "shortfall", towns: ["shakhtinsk"] });
    expect(read("ал Лисаковскқа қанша?")).toMatchObject({ intent: "shortfall", towns: ["lisakovsk"] });
    expect(read("в Лисаковске что построили").intent).not.toBe("shortfall");
  });
});

describe("a misspelt name keeps its case", () => {
  it("reads the dative of a name typed with a typo: a follow-up asking what it was given, a sign-up", () => {
    const r = read("ал Степнгорскіге ше");
    expect(r).toMatchObject({ intent: "shortfall", towns: ["stepnogorsk"] });
    expect(r.because).toContain("intent.town-dative-follow-up");
    expect(read("Хромтуаға жазып қойыңыз")).toMatchObject({ intent: "subscribe", towns: ["khromtau"] });
  });
  it("reads the accusative of a name typed with a typo before «қосшы»: a sign-up, not the village Қосшы", () => {
    const r = read("Жаңаөзнеді қосшы");
    expect(r).toMatchObject({ intent: "subscribe", towns: ["zhanaozen"] });
    expect(r.because).toContain("intent.sign-up-verb");
  });
  it("reads the Kazakh locative of a name typed with a typo as the town, not a street named after it", () => {
    expect(read("Сәтбевте көше жөндеуі қашан бітеді").towns).toEqual(["satbayev"]);
  });
});

describe("a dictionary word that is a long name with a typo, in a short question about the data", () => {
  it("reads the town when the message asks about its data", () => {
    const r = read("Хромату сколько денег не хватает");
    expect(r).toMatchObject({ intent: "shortfall", towns: ["khromtau"] });
    expect(r.because).toContain("town.misspelt-over-word:khromtau");
    expect(read("Қаржалдың жоспары қалай орындалды")).toMatchObject({ intent: "progress", towns: ["karazhal"] });
  });
  it("reads a former monotown asked for its group, compared or asked whether it is one, a word beside a city word, a follow-up", () => {
    const r = read("Аралық қай топта");
    expect(r).toMatchObject({ intent: "former_monotown", towns: ["arkalyk"] });
    expect(r.because).toContain("town.misspelt-over-word:arkalyk");
    expect(read("Аралық моноқала ма?").towns).toEqual(["arkalyk"]);
    expect(read("Сравните Аралык и Житикару").towns).toEqual(["arkalyk", "zhitikara"]);
    expect(read("Қарату қаласы туралы айтшы").towns).toEqual(["karatau"]);
    expect(read("ну а Хромату")).toMatchObject({ intent: "town_overview", towns: ["khromtau"] });
  });
  it("keeps the word where a former monotown's section alone is asked: «аралық» is interim", () => {
    expect(read("аралық есеп қашан").towns).toEqual([]);
    expect(read("аралық кезеңде моноқалаларға қанша ақша бөлінді").towns).toEqual([]);
  });
  it("keeps the word after the bare Kazakh «қала», which qualifies it: «қала аралық» is intercity", () => {
    const r = read("Қала аралық автобус жоқ па?");
    expect(r.towns).toEqual([]);
    expect(r.because).toContain("town.ordinary-word:arkalyk");
    expect(read("г. Хромату").towns).toEqual(["khromtau"]);
  });
  it("keeps the word alone, beside nothing asked, for a short name, or a name's first or last letter changed", () => {
    expect(read("Хромату").towns).toEqual([]);
    expect(read("хромату натрия сколько стоит").towns).toEqual([]);
    expect(read("алатынын айтшы қанша ақша").towns).toEqual([]);
    expect(read("степного края сколько денег выделили").towns).toEqual([]);
  });
});

describe("a greeting before a question", () => {
  it("reads the country asked after a hello as the national picture, the bot asked about as help", () => {
    expect(read("Добрый вечер, а по стране?").intent).toBe("national_overview");
    expect(read("Сәлеметсіз бе, бот қалай жұмыс істейді").intent).toBe("help");
  });
  it("keeps a hello or thanks with nothing asked a greeting, the particle of «Сәлеметсіз бе» asking nothing", () => {
    expect(read("спасибо огромное, теперь ясно").intent).toBe("greeting");
    expect(read("Сәлеметсіз бе, құрметті әріптестер").intent).toBe("greeting");
    expect(read("всем привет").intent).toBe("greeting");
    expect(read("Сәлеметсіз бе, сәлем бот").intent).toBe("greeting");
  });
});

describe("a hello, thanks or please around a question or a request", () => {
  it("reads a follow-up with a polite word in it as the follow-up", () => {
    const r = read("Добрый день, а Степногорску?");
    expect(r).toMatchObject({ intent: "shortfall", towns: ["stepnogorsk"] });
    expect(r.because).toContain("intent.town-dative-follow-up");
    expect(read("ал Кентауға ше, рахмет")).toMatchObject({ intent: "shortfall", towns: ["kentau"] });
    expect(read("а Степногорску, пожалуйста")).toMatchObject({ intent: "shortfall", towns: ["stepnogorsk"] });
  });
  it("reads a question in clauses of its own beside the greeting as that question", () => {
    const r = read("Добрый вечер, как сварить плов из баранины");
    expect(r.intent).toBe("out_of_scope");
    expect(r.because).toContain("intent.question-beside-greeting");
    expect(read("где купить билеты на концерт, спасибо").intent).toBe("out_of_scope");
  });
  it("keeps small talk after a hello a greeting", () => {
    expect(read("Доброго времени суток! Как ваши дела?").intent).toBe("greeting");
    expect(read("Сәлем! Жағдайың қалай?").intent).toBe("greeting");
    expect(read("Hi, how are you?").intent).toBe("greeting");
  });
  it("counts a stop request's words without the hello around it", () => {
    expect(read("Сәлеметсіз бе, барлығынан бас тарт").intent).toBe("unsubscribe");
    expect(read("Добрый вечер, хватит").intent).toBe("unsubscribe");
  });
});

describe("Kazakh in the 2021 Latin alphabet", () => {
  it("reads «tş» as т + ш, not ц: «toqtatşy» is «тоқтатшы»", () => {
    expect(read("Kentau boiynşa aptalyq hatty toqtatşy")).toMatchObject({ intent: "unsubscribe", towns: ["kentau"] });
    expect(read("Balqaş boiynşa bärın körsetşı")).toMatchObject({ intent: "town_overview", towns: ["balkhash"] });
  });
  it("looks for a misspelt name in the letters of a word with 2021 letters as in a plain Latin one", () => {
    expect(read("Riddrdıñ toby qandai")).toMatchObject({ intent: "tier", towns: ["ridder"] });
    expect(read("Riddrdegı jospar oryndaluy")).toMatchObject({ intent: "progress", towns: ["ridder"] });
  });
  it("counts a Latin word's letters against the names' Latin spellings beside the skeleton, as a Cyrillic word's", () => {
    // One letter from Қарауыл's skeleton and from Qarajal's letters: the town stands beside the place.
    expect(read("Qaraal qai topta")).toMatchObject({ intent: "tier", towns: ["karazhal"] });
    expect(read("Kaatau qai topta")).toMatchObject({ intent: "former_monotown", towns: ["karatau"] });
  });
});

describe("words typed without spaces and a region's centre", () => {
  it("keeps a town's name with a typo one word, not two words split where a cue is", () => {
    // «Қаартауға» is not «каар» + «тауға» (a mountain).
    expect(read("Қаартауға қанша ақша бөлінді?")).toMatchObject({ intent: "former_monotown", towns: ["karatau"] });
    expect(read("Теміртаудыңтобы қандай")).toMatchObject({ intent: "tier", towns: ["temirtau"] });
  });
  it("reads a phrase glued whole and three words glued before a place", () => {
    expect(read("Балқаштан жазылымды алыптастаңыз")).toMatchObject({ intent: "unsubscribe", towns: ["balkhash"] });
    expect(read("чтоподкараганде")).toMatchObject({ intent: "not_monotown", towns: [] });
  });
  it("takes which town is a region's centre for geography, off topic", () => {
    expect(read("Ұлытау облысының орталығы қайда").intent).toBe("out_of_scope");
    expect(read("какой город областной центр Абайской области").intent).toBe("out_of_scope");
    expect(read("Теміртау орталығында жоспар қалай орындалды")).toMatchObject({ intent: "progress", towns: ["temirtau"] });
  });
});
