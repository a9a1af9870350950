// Constructions the dev25 question set taught: each case is a kind of message, written here
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

describe("the population asked in other words", () => {
  it("reads «сколько людей живёт», «неше адам тұрады» as the town's card, not words it knows nothing of", () => {
    for (const [text, town] of [
      ["сколько человек живет в Аксае", "aksai"],
      ["в Сатпаеве сколько людей проживает", "satbayev"],
      ["Балқашта қанша адам тұрады", "balkhash"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "town_overview", towns: [town], unknown: [] });
    }
  });
  it("leaves a person who lives in a town out of scope", () => {
    expect(read("в Рудном живет мой брат").intent).toBe("out_of_scope");
  });
});

describe("where a town's name comes from", () => {
  it("reads «откуда название», «почему так назвали» as the town's history", () => {
    for (const [text, town] of [
      ["Темиртау откуда название", "temirtau"],
      ["почему так назвали Хромтау", "khromtau"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "history", towns: [town] });
      expect(r.because, text).toContain("intent.town-history");
    }
  });
});

describe("the towns that share a town's tier, in other words", () => {
  it("reads «в группе как у», «бірдей топтағы», «тобы бірдей» beside a list word as that tier's list", () => {
    for (const [text, town] of [
      ["какие города в группе как у Темиртау", "temirtau"],
      ["Теміртаумен бірдей топтағы қалалар", "temirtau"],
      ["Рудныймен тобы бірдей қалалар қайсы", "rudny"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "tier_list", towns: [town], tier: null });
      expect(r.because, text).toContain("intent.same-tier-as-town");
    }
  });
});

describe("the tiers in the plural with a case ending", () => {
  it("reads «қандай санаттарға бөлінеді» beside the monotown word as the three tiers' list", () => {
    expect(read("моноқалалар қандай санаттарға бөлінеді")).toMatchObject({ intent: "tier_list", towns: [], tier: null });
  });
  it("keeps a town's own tier question a tier question", () => {
    expect(read("Балқаш қай топқа кіреді").intent).toBe("tier");
  });
});

describe("the group a town got", () => {
  it("reads a tier word as what «получил» got: the tier, not the money", () => {
    for (const text of ["Хромтау какую группу получил в этом году", "Каражал категорию получила какую"]) {
      expect(read(text).intent, text).toBe("tier");
    }
  });
  it("keeps «сколько получил» the town's money", () => {
    expect(read("сколько денег получил Каражал").intent).toBe("shortfall");
  });
});

describe("the missing figures and whom to ask for them, in Kazakh", () => {
  it("reads «жетіспейтін деректер» and «кімнен сұрауға болады» as the town's unknowns", () => {
    for (const [text, town] of [
      ["Ақсу бойынша жетіспейтін деректер", "aksu"],
      ["Қаражал бойынша деректерді кімнен сұрауға болады", "karazhal"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "gaps", towns: [town] });
      expect(r.because, text).toContain("intent.gaps");
    }
  });
  it("keeps «жетіспейтін қаржы» the town's money", () => {
    expect(read("Кентауға жетіспейтін қаржы қанша").intent).toBe("shortfall");
  });
});

describe("a job in a town", () => {
  it("reads «ищу работу», «есть работа», «работа в» beside a town as off topic, with the town kept", () => {
    for (const [text, town] of [
      ["ищу работу в Хромтау", "khromtau"],
      ["есть работа в Кентау?", "kentau"],
      ["работа в Аксае", "aksai"],
    ] as const) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "out_of_scope", towns: [town] });
      expect(r.because, text).toContain("intent.offtopic-with-town");
    }
  });
  it("keeps the plan's works the plan's", () => {
    expect(read("как идет работа по плану в Риддере").intent).toBe("progress");
  });
});

describe("where a town's name comes from, in other words", () => {
  it("reads «почему так называется», «что значит название» as the town's history", () => {
    for (const text of ["Лисаковск почему так называется", "что значит название Хромтау"]) {
      expect(read(text).intent, text).toBe("history");
    }
  });
});

describe("a district named Абай with another region beside it", () => {
  it("reads «Абай ауданы», «Абайский район» beside a region as that district, not the poet and not the region's towns", () => {
    for (const text of ["Абай ауданы Шығыс Қазақстан облысы", "Абайский район ВКО"]) {
      const r = read(text);
      expect(r, text).toMatchObject({ intent: "not_monotown", towns: [] });
      expect(r.because, text).toContain("homonym.abai.district:abai");
    }
  });
  it("reads it so with a question about the data too", () => {
    expect(read("Абайский район ВКО финансирование")).toMatchObject({ intent: "not_monotown", towns: [] });
  });
});

describe("hello shortened", () => {
  it("reads «прив» as a hello, and a question after it as that question", () => {
    expect(read("прив")).toMatchObject({ intent: "greeting", unknown: [] });
    expect(read("прив, сколько недодали Кентау").intent).toBe("shortfall");
  });
});
