import { describe, expect, it } from "vitest";
import type { Figure, Measure, Source } from "../../src/domain/types.ts";
import { measureItem } from "../../src/render/card.ts";
import { figureLine, sourceLink } from "../../src/render/figure.ts";
import { contextFor } from "../helpers/audit/replies.ts";

const source = (over: Partial<Source> = {}): Source => ({
  id: "s",
  publisher: "Kazinform (МИА)",
  title: null,
  date: "2024-03-20",
  url: "https://example.kz/a",
  grade: "B",
  about: null,
  ...over,
});
const figure = (over: Partial<Figure> = {}): Figure => ({
  id: "f",
  townId: "balkhash",
  planId: null,
  key: "population",
  value: 73450,
  text: null,
  unit: "people",
  qualifier: "exact",
  component: null,
  period: null,
  asOf: "2024-01-01",
  labelRu: null,
  labelKk: null,
  note: null,
  scope: null,
  position: 0,
  source: source(),
  updatedAt: new Date("2026-01-01"),
  ...over,
});

describe("a figure's date", () => {
  it("shows the as-of date the dataset gives and its source's date", () => {
    expect(figureLine("Население", figure(), contextFor("ru"))).toMatch(/\(на 01\.01\.2024\).*Kazinform<\/a>, 20\.03\.2024/);
  });

  it("says so when the source gives no date", () => {
    expect(sourceLink(source({ date: null }), contextFor("ru"))).toMatch(/Kazinform<\/a>, дата не указана$/);
    expect(sourceLink(source({ date: null }), contextFor("kk"))).toMatch(/Kazinform<\/a>, күні көрсетілмеген$/);
  });

  it("of a figure an editor changed is the editor's source date, not the as-of of the old value", () => {
    const edited = figure({
      value: 74000,
      changedAt: new Date("2026-02-01"),
      source: source({ id: "ed-1", grade: "editor", date: "2026-01-15", publisher: "stat.gov.kz" }),
    });
    const line = figureLine("Население", edited, contextFor("ru"));
    expect(line).not.toMatch(/01\.01\.2024/);
    expect(line).toMatch(/stat\.gov\.kz<\/a>, 15\.01\.2026/);
  });
});

describe("a reported project's date", () => {
  const measure = (over: Partial<Measure> = {}): Measure => ({
    id: "m",
    kind: "project",
    scope: "town",
    townIds: ["saran"],
    titleRu: "Шинный завод",
    titleKk: "Шина зауыты",
    status: "done",
    amountKztBn: 3,
    amountOther: null,
    amountQualifier: "exact",
    jobs: null,
    deadline: null,
    deadlineHistory: [],
    doneOn: null,
    planLink: null,
    owner: null,
    asOf: "2022-12-13",
    note: null,
    sources: [source({ date: null })],
    updatedAt: new Date("2026-01-01"),
    ...over,
  });

  it("is the date the data gives for the report when its source gives none", () => {
    expect(measureItem(measure(), contextFor("ru"))).toMatch(/на 13\.12\.2022 · .*Kazinform<\/a>, дата не указана/);
    expect(measureItem(measure(), contextFor("kk"))).toMatch(/13\.12\.2022 жағдай бойынша · /);
  });

  it("is not repeated when it is the source's date", () => {
    expect(measureItem(measure({ asOf: "2024-03-20", sources: [source()] }), contextFor("ru"))).not.toMatch(/на 20\.03\.2024/);
  });
});
