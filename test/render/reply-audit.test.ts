// Every reply the bot can send about the data, for every town in Russian and Kazakh, read
// by the reply audit (test/helpers/audit/audit.ts): nothing for the compiler, Kazakh that
// is Kazakh, a date on every figure, only the sources a section shows.
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Knowledge, type Snapshot } from "../../src/knowledge.ts";
import { auditData, auditReply, describeViolation, TOLERATED_FIELDS, type Violation } from "../helpers/audit/audit.ts";
import { saveVerdicts } from "../helpers/audit/dictionaries.ts";
import { allReplies, type RenderedReply } from "../helpers/audit/replies.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

let db: TestDb;
let snap: Snapshot;
let replies: RenderedReply[];
let violations: Violation[];
let tolerated: Violation[];

beforeAll(async () => {
  db = await freshDb();
  snap = (await Knowledge.load(db.db)).current;
  replies = allReplies(snap);
  const data = auditData(snap.catalog);
  const results = replies.map((r) => auditReply(r, data));
  violations = results.flatMap((r) => r.violations);
  tolerated = results.flatMap((r) => r.tolerated);
  saveVerdicts();
  // AUDIT_DUMP=file writes every reply and finding, to read them as a user would.
  if (process.env.AUDIT_DUMP) {
    writeFileSync(process.env.AUDIT_DUMP, replies.map((r) => `=== ${r.kind} · ${r.town} · ${r.lang}\n${r.text}`).join("\n\n"));
    writeFileSync(
      `${process.env.AUDIT_DUMP}.violations`,
      [...violations.map(describeViolation), "", "--- tolerated", ...tolerated.map(describeViolation)].join("\n"),
    );
  }
}, 120_000);
afterAll(async () => {
  saveVerdicts();
  await db?.close();
});

describe("the reply audit over every reply kind", () => {
  it("covers every town in both languages and every kind of reply", () => {
    const towns = new Set(replies.map((r) => r.town).filter(Boolean));
    expect(towns.size).toBe(snap.catalog.towns.size);
    const kinds = new Set(replies.map((r) => r.kind.split(":")[0]));
    for (const k of ["card", "source", "compare", "tiers", "tier", "region", "overview", "digest", "inline", "chart", "csv", "export", "help", "answer"])
      expect(kinds).toContain(k);
    expect(new Set(replies.map((r) => r.lang))).toEqual(new Set(["ru", "kk"]));
  });

  for (const rule of [4, 5, 6, 7] as const) {
    it(`finds nothing against rule ${rule}`, () => {
      expect(violations.filter((v) => v.rule === rule).map(describeViolation)).toEqual([]);
    });
  }

  it("tolerates no field: every text a user may see exists in both languages", () => {
    expect(Object.keys(TOLERATED_FIELDS)).toEqual([]);
    expect(tolerated.map(describeViolation)).toEqual([]);
    console.info(`reply audit: ${replies.length} replies, ${violations.length} violations`);
  });
});

// A word no earlier run looked up builds the two spellers (~10 s, longer on a busy machine).
describe("the reply audit on one reply", { timeout: 180_000 }, () => {
  const one = (text: string, over: Partial<RenderedReply> = {}) =>
    auditReply({ kind: "card:main", town: "Балхаш", lang: "kk", text, ...over }, auditData(snap.catalog));
  const words = (text: string, over: Partial<RenderedReply> = {}) => one(text, over).violations.map((v) => `${v.rule}:${v.word}`);

  it("catches a Russian word in a Kazakh reply, with the reply kind, town and language", () => {
    const [v] = one("Жоспардың орындалуы: 7 проектов, 2 орындалды.").violations;
    expect(v).toMatchObject({ rule: 5, kind: "card:main", town: "Балхаш", lang: "kk", word: "проектов" });
    // Russian no dictionary knows, by its Russian ending.
    expect(words("Жамбылской облысындағы моногородов")).toEqual(["5:Жамбылской", "5:моногородов"]);
  });

  it("catches counts and times out of Kazakh grammar", () => {
    expect(words("белгілі 7 жобаның 2 орындалды")).toEqual(["5:7 жобаның 2"]);
    expect(words("белгілі 7 жобаның 2-еуі орындалды")).toEqual([]);
    expect(words("әр дүйсенбі сағат 09:00-де")).toEqual(["5:09:00-де"]);
    expect(words("әр дүйсенбі сағат 09:00-да")).toEqual([]);
  });

  it("leaves names alone: towns, sources, «quoted» brands", () => {
    expect(words("Балқаш (Балхаш) · Parasat.club, 20.03.2024 · «Казахмыс» корпорациясы")).toEqual([]);
  });

  it("catches compiler text: file names, the seed, instructions, English notes", () => {
    expect(words("Примечание: (см. program.json)", { lang: "ru" })).toContain("4:program.json");
    expect(words("Seed. Date is not shown", { lang: "ru" })).toContain("4:Seed");
    expect(words("Обе цифры хранить", { lang: "ru" })).toContain("4:хранить");
    expect(words("Note: the figure is for the whole district", { lang: "ru" }).some((w) => w.startsWith("4:"))).toBe(true);
  });

  it("catches a figure with no date", () => {
    expect(words("Қаржыландыру: жоспарланғаны 13,4 млрд теңге")).toContain("6:13,4 млрд теңге");
    expect(words("Қаржыландыру: жоспарланғаны 13,4 млрд теңге · Kazinform, күні көрсетілмеген")).toEqual([]);
  });

  it("catches a 📎 button for a source the section does not cite, and «и ещё 93» under a chart", () => {
    const s = [...snap.catalog.sources.values()].find((x) => x.url)!;
    expect(words("Балқаш", { keyboard: [[{ text: "📎", data: `src:${s.id}:balkhash` }]], section: "main" })).toContain(`7:📎 ${s.id}`);
    expect(words("Источники: Lada.kz, 28.01.2026 и ещё 93", { kind: "chart:projects", lang: "ru" })).toContain("7:и ещё 93");
  });
});
