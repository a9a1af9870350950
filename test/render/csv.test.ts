import { describe, expect, it } from "vitest";
import { createI18n, translator } from "../../src/i18n.ts";
import { townProgress } from "../../src/domain/progress.ts";
import type { Snapshot } from "../../src/knowledge.ts";
import { exportCsv } from "../../src/render/csv-export.ts";
import { csvCell, toCsv } from "../../src/render/csv-format.ts";
import { parseCsvKey } from "../../src/render/csv-spec.ts";
import { readFileSync } from "node:fs";
import { parseCsv } from "../helpers/csv.ts";
import { withFreshSnapshot } from "../helpers/db.ts";

describe("CSV cells", () => {
  it("quotes as RFC 4180 says and leaves plain cells alone", () => {
    expect(csvCell("Балқаш")).toBe("Балқаш");
    expect(csvCell('АО «Qarmet», "бывш." AMT')).toBe('"АО «Qarmet», ""бывш."" AMT"');
    expect(csvCell("две\r\nстроки")).toBe('"две\r\nстроки"');
    expect(csvCell(343.6)).toBe("343.6");
    expect(csvCell(null)).toBe("");
  });

  it("makes formula-like text inert and keeps numbers numeric", () => {
    for (const evil of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx"]) expect(csvCell(evil).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell(-5)).toBe("-5");
  });

  it("writes a BOM, CRLF rows, and reads back to the same cells", () => {
    const rows = [
      ["a", "b,c"],
      ['"q"', "=1"],
      [1.5, null],
    ];
    const text = toCsv(rows);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ["a", "b,c"],
      ['"q"', "'=1"],
      ["1.5", ""],
    ]);
  });

  it("parses only the list keys it writes", () => {
    expect(parseCsvKey("tier:stagnating")).toEqual({ kind: "tier", tierId: "stagnating" });
    expect(parseCsvKey("cmp:balkhash,stepnogorsk")).toEqual({ kind: "cmp", townIds: ["balkhash", "stepnogorsk"] });
    expect(parseCsvKey("tier:nope")).toBeNull();
    expect(parseCsvKey("cmp:a;drop")).toBeNull();
  });
});

let snap: Snapshot;
const i18n = createI18n();
withFreshSnapshot((s) => (snap = s));

describe("CSV export", () => {
  it("a comparison's rows carry the catalog's figures, unknown ones empty, with their sources", () => {
    const out = exportCsv(snap, { kind: "cmp", townIds: ["balkhash", "rudny"] }, { lang: "ru", t: translator(i18n, "ru") })!;
    const rows = parseCsv(out.csv.slice(1));
    expect(out.rows).toBe(2);
    expect(rows).toHaveLength(3);
    const head = rows[0]!;
    const col = (name: string) => head.indexOf(name);
    const [balkhash, rudny] = [rows[1]!, rows[2]!];
    expect(balkhash[col("Город")]).toBe("Балхаш");
    // The first plan with a known figure: Balkhash's 2023–2027 plan, straight from the dataset.
    const towns = JSON.parse(readFileSync(new URL("../../prisma/seed-data/monotowns.json", import.meta.url), "utf8"));
    const plan = towns.towns.find((x: { id: string }) => x.id === "balkhash").comprehensivePlan2023_2027;
    expect(balkhash[col("Запланировано, млрд ₸")]).toBe(String(plan.plannedKztBn));
    expect(balkhash[col("Выделено, млрд ₸")]).toBe("");
    expect(balkhash[col("Недофинансирование, млрд ₸ (вычислено)")]).toBe("");
    expect(balkhash[col("Финансирование: ссылка")]).toMatch(/^https:\/\/bizmedia\.kz\//);
    const p = townProgress(snap.catalog, "rudny");
    expect(rudny[col("Проектов по сообщениям")]).toBe(String(p.projects.length));
    expect(rudny[col("Не завершено")]).toBe(String(p.unfinished));
    // Unknown status is a column of its own, never folded into «Не завершено».
    expect(balkhash[col("Выполнено")]).toBe("2");
    expect(balkhash[col("Не завершено")]).toBe("4");
    expect(balkhash[col("Статус неизвестен")]).toBe("1");
    expect(rudny[col("Население")]).toBe("111908");
    expect(rudny[col("Население: источник")]).toBe("Parasat.club, 2024-03-20");
    expect(out.filename).toBe("monoqala-cmp-balkhash-rudny-ru.csv");
  });

  it("a tier list has every monotown once, in Kazakh for a Kazakh reader", () => {
    const out = exportCsv(snap, { kind: "tiers" }, { lang: "kk", t: translator(i18n, "kk") })!;
    const rows = parseCsv(out.csv.slice(1));
    expect(rows[0]![0]).toBe("Қала");
    expect(rows.slice(1).map((r) => r[0])).toHaveLength(20);
    expect(rows.slice(1).map((r) => r[0])).toContain("Жітіқара");
    expect(exportCsv(snap, { kind: "cmp", townIds: ["atlantis"] }, { lang: "kk", t: translator(i18n, "kk") })).toBeUndefined();
  });
});
