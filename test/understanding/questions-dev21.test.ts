// Constructions the dev21 question set taught: each case is a kind of message, written here
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

describe("a one-letter preposition typed glued to a town's name", () => {
  it("splits «рудныйс» into the town and «с», so both towns are compared", () => {
    const r = read("сравни рудныйс хромтау");
    expect(r).toMatchObject({ intent: "compare", towns: ["rudny", "khromtau"] });
    expect(r.because).toContain("homonym.rudny.town:rudny");
    expect(read("сравни Аксайв Хромтау")).toMatchObject({ intent: "compare", towns: ["aksai", "khromtau"] });
  });
  it("leaves a name with a letter left out whole («Зыряновк» is Зыряновск, not «Зырянов» + «к»)", () => {
    expect(read("Зыряновк в какой категории")).toMatchObject({ intent: "tier", towns: ["altai"] });
  });
});

describe("«чо», «че», «шо» are «что» as it is spoken", () => {
  it("is no noun after «рудный», so the follow-up keeps the town", () => {
    const r = read("а рудный че");
    expect(r).toMatchObject({ intent: "town_overview", towns: ["rudny"] });
    expect(r.because).toContain("homonym.rudny.town:rudny");
    expect(read("рудный шо")).toMatchObject({ towns: ["rudny"] });
  });
  it("still lets an unknown noun after «рудный» make it the adjective", () => {
    expect(read("рудный концентрат").towns).toEqual([]);
  });
});

describe("«бауырым» (my brother) is Kazakh", () => {
  it("answers a hello with it in Kazakh", () => {
    expect(read("ассаламуалейкум бауырым")).toMatchObject({ lang: "kk", intent: "greeting" });
    expect(read("привет баурым").lang).toBe("kk");
  });
});

describe("the Kazakh plural with a case on a Russian stem", () => {
  it("leans Kazakh («командаларды», «проекттерге»)", () => {
    expect(read("командаларды жибер")).toMatchObject({ lang: "kk", intent: "help" });
    expect(read("проекттерге канша акша болинди Рудный")).toMatchObject({ lang: "kk", towns: ["rudny"] });
  });
  it("leaves a Russian plural in -лары alone («доллары»)", () => {
    expect(read("доллары где купить").lang).toBe("ru");
  });
});

describe("missing figures said with «отсутствуют»", () => {
  it("asks what is unknown", () => {
    const r = read("по Абаю данные отсутствуют?");
    expect(r).toMatchObject({ intent: "gaps", towns: ["abai"] });
    expect(r.because).toContain("intent.gaps");
    expect(read("отсутствуют сведения по Кентау какие")).toMatchObject({ intent: "gaps", towns: ["kentau"] });
  });
});

describe("what a town was called before is its history", () => {
  it("reads «как раньше назывался», «прежнее название», «бұрынғы атауы» as the history section", () => {
    const r = read("как раньше назывался Риддер");
    expect(r).toMatchObject({ intent: "history", towns: ["ridder"] });
    expect(r.because).toContain("intent.town-history");
    expect(read("прежнее название Шахтинска")).toMatchObject({ intent: "history", towns: ["shakhtinsk"] });
    expect(read("Алтайдың бұрынғы атауы қандай")).toMatchObject({ intent: "history", towns: ["altai"] });
  });
});

describe("finding a job in a town is off topic", () => {
  it("reads «жұмыс табу» with its voiced б as a job search, not the plan's works", () => {
    const r = read("Теміртауда жұмыс табу оңай ма");
    expect(r).toMatchObject({ intent: "out_of_scope", towns: ["temirtau"] });
    expect(r.because).toContain("intent.offtopic-with-town");
    expect(read("Теміртауда жұмыстар қалай жүріп жатыр").intent).toBe("progress");
  });
});

describe("«жаңалықтар келіп тұрсын» (let the news keep coming) is a subscription", () => {
  it("subscribes in Cyrillic and in Latin", () => {
    const r = read("Кентау бойынша жаңалықтар келіп тұрсын");
    expect(r).toMatchObject({ intent: "subscribe", towns: ["kentau"] });
    expect(r.because).toContain("intent.subscribe");
    expect(read("Rudnyi boiynsha jañalyqtar kelip tūrsyn")).toMatchObject({ intent: "subscribe", towns: ["rudny"] });
  });
});

describe("a message that opens with a hello is written to the bot, not running text", () => {
  it("keeps a town named like a person in a long request after a hello", () => {
    const r = read("Здравствуйте мы из редакции подготовьте нам пожалуйста короткую справку по Сатпаеву как там обстановка сейчас");
    expect(r).toMatchObject({ intent: "town_overview", towns: ["satbayev"] });
    expect(r.because).toContain("homonym.satbayev.plain:satbayev");
  });
  it("still reads the same words with no hello as running text about the scientist", () => {
    const r = read("мы из редакции подготовьте нам пожалуйста короткую справку по Сатпаеву как там обстановка сейчас вообще");
    expect(r.towns).toEqual([]);
    expect(r.because).toContain("homonym.satbayev.running-text:satbayev");
  });
});

describe("a film or a series beside a bare name is its title", () => {
  it("drops the town from «сериал Ермак», «Ермак фильмі»", () => {
    const r = read("сериал Ермак где посмотреть");
    expect(r).toMatchObject({ intent: "out_of_scope", towns: [] });
    expect(r.because).toContain("town.venue:aksu");
    expect(read("Ермак фильмі қашан шықты").towns).toEqual([]);
  });
  it("keeps the town a film is shot in", () => {
    expect(read("в Балхаше снимают фильм").towns).toEqual(["balkhash"]);
  });
});

describe("a hello shortened as chats shorten it", () => {
  it("reads «слм», «слмтсз бе», «slmtsz be» as a hello", () => {
    const r = read("slmtsz be");
    expect(r).toMatchObject({ lang: "kk", intent: "greeting" });
    expect(r.because).toContain("intent.greeting");
    expect(read("слм бот")).toMatchObject({ intent: "greeting" });
    expect(read("слмтсз бе Кентаудың тобы қандай")).toMatchObject({ intent: "tier", towns: ["kentau"] });
  });
});

describe("a wish to subscribe said beside a how", () => {
  it("subscribes («хочу подписаться, как подписаться?», «жазылайын деп едім, қалай жазыламын»)", () => {
    const r = read("хочу подписаться на дайджест, а как подписаться?");
    expect(r).toMatchObject({ intent: "subscribe", towns: [] });
    expect(r.because).toContain("intent.subscribe");
    expect(read("апталық дайджестке жазылайын деп едім, қалай жазыламын")).toMatchObject({ intent: "subscribe" });
  });
  it("keeps a how with no wish, or a wish to know how, as help", () => {
    expect(read("как подписаться на дайджест?").because).toContain("intent.how-to-subscribe");
    expect(read("хочу узнать, как подписаться").intent).toBe("help");
  });
});
