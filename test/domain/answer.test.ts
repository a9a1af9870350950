// What the bot chooses to answer, before any text: the tagged answer for a message as the
// understanding reads it, in Russian and Kazakh.
import { describe, expect, it } from "vitest";
import { decideAnswer } from "../../src/domain/answer.ts";
import type { Snapshot } from "../../src/knowledge.ts";
import { withFreshSnapshot } from "../helpers/db.ts";

let snap: Snapshot;
withFreshSnapshot((s) => (snap = s));

const decide = (text: string, lang: "ru" | "kk" = "ru") => decideAnswer(snap, snap.understander.understand(text, lang), text);

describe("decideAnswer", () => {
  it("the towns that share a town's tier are that tier's list", () => {
    expect(decide("какие города в одной группе с Балхашем")).toEqual({ kind: "tier", tier: snap.catalog.towns.get("balkhash")!.tierId });
    expect(decide("Риддермен бір топтағы қалалар қайсы", "kk")).toEqual({ kind: "tier", tier: snap.catalog.towns.get("ridder")!.tierId });
    expect(snap.catalog.towns.get("balkhash")!.tierId).not.toBeNull();
  });

  it("a question about one town is its card, at the section asked", () => {
    expect(decide("Какой группе относится Темиртау?")).toEqual({ kind: "card", townId: "temirtau", section: "main" });
    expect(decide("Темиртау қай топта?", "kk")).toEqual({ kind: "card", townId: "temirtau", section: "main" });
    expect(decide("сколько недофинансировали Экибастузу")).toEqual({ kind: "card", townId: "ekibastuz", section: "funding" });
    expect(decide("Балқашта қанша іс-шара орындалмады", "kk")).toEqual({ kind: "card", townId: "balkhash", section: "progress" });
  });

  it("a tier question is that tier's list; without a tier, every tier", () => {
    expect(decide("какие моногорода в стагнации")).toEqual({ kind: "tier", tier: "stagnating" });
    expect(decide("қай қалалар тоқырауда?", "kk")).toEqual({ kind: "tier", tier: "stagnating" });
    expect(decide("какие группы моногородов")).toEqual({ kind: "tiers" });
  });

  it("two towns are compared; a place that is no monotown is said so beside them", () => {
    expect(decide("Сопоставьте Балхаш и Степногорск")).toEqual({ kind: "compare", townIds: ["balkhash", "stepnogorsk"], aside: null });
    expect(decide("Балқаш пен Степногорскті салыстыр", "kk")).toEqual({ kind: "compare", townIds: ["balkhash", "stepnogorsk"], aside: null });
    expect(decide("балхаш и жезказган сравни")).toEqual({
      kind: "compare",
      townIds: ["balkhash"],
      aside: { placeId: "zhezkazgan", formerListed: false },
    });
  });

  it("a message outside the data is out of scope, not a guess", () => {
    expect(decide("расскажи анекдот")).toEqual({ kind: "out-of-scope", townIds: [] });
    expect(decide("әзіл айтып берші", "kk")).toEqual({ kind: "out-of-scope", townIds: [] });
  });

  it("places, regions, namesakes and misspellings get their own answers", () => {
    expect(decide("Караганда моногород?")).toEqual({ kind: "not-monotown", placeId: "karaganda", regionId: "karaganda" });
    expect(decide("моногорода Павлодарской области")).toEqual({ kind: "region", regionId: "pavlodar" });
    expect(decide("Балқаш ауданы", "kk")).toEqual({ kind: "namesake", word: "балқаш", townId: "balkhash", regionId: null });
    expect(decide("Абай")).toEqual({ kind: "which-one", word: "абай", townId: "abai", otherRegionId: "abai_region" });
    expect(decide("Текели моногород?")).toMatchObject({ kind: "former-listed", placeId: "tekeli", figure: { key: "removed_town" } });
    expect(decide("Темрау")).toMatchObject({ kind: "not-found", query: "Темрау", suggestions: [{ id: "temirtau" }] });
  });
});
