// Constructions the dev14 question set taught: each case is a kind of message, written here
// in words of its own rather than copied from the set's lines.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { townsFromDataset } from "../../src/db/seed/understanding-towns.ts";
import { Understander } from "../../src/understanding/understand.ts";

const u = new Understander(townsFromDataset(loadDataset()));
const read = (text: string) => {
  const r = u.understand(text);
  return { lang: r.lang, intent: r.intent, towns: r.towns, tier: r.tier, because: r.because };
};

describe("a currency, a price or a debt is money in general, not the plan's", () => {
  it("reads a currency's price and the state's debt with no town as out of scope", () => {
    expect(read("доллар сколько тенге сегодня").intent).toBe("out_of_scope");
    expect(read("сколько стоит рубль в обменнике").intent).toBe("out_of_scope");
    expect(read("сыртқы қарыз қанша").intent).toBe("out_of_scope");
    expect(read("стоимость электричества для населения").intent).toBe("out_of_scope");
  });

  it("still reads the plan's money in tenge as funding", () => {
    expect(read("сколько тенге недодали Сатпаеву")).toMatchObject({ intent: "shortfall", towns: ["satbayev"] });
    expect(read("Кентауға қанша теңге бөлінді")).toMatchObject({ intent: "shortfall", towns: ["kentau"] });
    expect(read("сколько миллиардов тенге недофинансировали моногорода").intent).toBe("national_overview");
  });
});

describe("stopping the digest in Kazakh Latin", () => {
  it("reads «jazylymdy ochir» (өшір with a Russian «ch») as unsubscribe", () => {
    expect(read("Kentaudan jazylymdy ochiriniz")).toMatchObject({ intent: "unsubscribe", towns: ["kentau"] });
  });
});

describe("how things are in a town", () => {
  it("reads a bare «жағдай» beside a town as the card, and a section asked beside it as that section", () => {
    expect(read("Шахтинскідегі жағдай")).toMatchObject({ intent: "town_overview", towns: ["shakhtinsk"] });
    expect(read("Кентаудың жағдайы")).toMatchObject({ intent: "town_overview", towns: ["kentau"] });
    expect(read("Кентауда жобалардың жағдайы").intent).toBe("progress");
  });

  it("reads «дела по …», «дела с …» as how the work goes, not a greeting", () => {
    expect(read("Сатпаев, родной город, как там дела по программе развития")).toMatchObject({ intent: "progress", towns: ["satbayev"] });
    expect(read("как там дела с программой в Кентау, родня спрашивает")).toMatchObject({ intent: "progress", towns: ["kentau"] });
    expect(read("как дела").intent).toBe("greeting");
  });
});
