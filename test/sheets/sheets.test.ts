import { describe, expect, it } from "vitest";
import { parseAmount, parseDate, parseSourceText, sheetKindOf, COLUMNS } from "../../src/sheets/sheets.ts";
import { readTable } from "../../src/sheets/table.ts";
import { MAX_UPLOAD_BYTES } from "../../src/sheets/limits.ts";

describe("parseDate", () => {
  it.each([
    ["2025", "2025"],
    ["2025-6", "2025-06"],
    ["2025-06-30", "2025-06-30"],
    ["2025-q4", "2025-Q4"],
    ["30.06.2025", "2025-06-30"],
    ["6.2025", "2025-06"],
    ["2025-06-30T00:00:00.000Z", "2025-06-30"],
    ["", null],
    ["31.02.2026", "bad_date"],
    ["2025-13", "bad_date"],
    ["завтра", "bad_date"],
    ["1850", "bad_date"],
    ["2025-Q5", "bad_date"],
  ])("%s → %s", (raw, want) => expect(parseDate(raw)).toBe(want));
});

describe("parseAmount", () => {
  it.each([
    ["1,5", 1.5],
    ["1 234,5", 1234.5],
    ["1\u00a0234", 1234],
    ["0", 0],
    ["", null],
    [".5", 0.5],
    ["-3", "negative"],
    ["12abc", "not_number"],
    ["1e400", "too_large"],
    ["20000", "too_large"],
    ["=A1*2", "formula"],
    ["1,2,3", "not_number"],
  ])("%s → %s", (raw, want) => expect(parseAmount(raw, 10_000)).toBe(want));
});

describe("parseSourceText", () => {
  it("finds title, date and link in any order and leaves a year in the title", () => {
    expect(parseSourceText("Отчёт о плане на 2025 год; 20.11.2026; https://example.kz/a")).toEqual({
      source: { title: "Отчёт о плане на 2025 год", date: "2026-11-20", url: "https://example.kz/a" },
    });
    expect(parseSourceText("https://example.kz/a 2026-11 Бюллетень")).toEqual({ source: { title: "Бюллетень", date: "2026-11", url: "https://example.kz/a" } });
    expect(parseSourceText("только название")).toEqual({ missing: ["date", "url"] });
    expect(parseSourceText("20.11.2026 https://x.kz")).toEqual({ missing: ["title"] });
  });
});

describe("sheet headers", () => {
  it("knows both sheets, in any column order and case", () => {
    expect(sheetKindOf([...COLUMNS.measures].reverse().map((c) => c.toUpperCase()))).toEqual({ kind: "measures" });
    expect(sheetKindOf(COLUMNS.figures.filter((c) => c !== "label" && c !== "unit"))).toEqual({ kind: "figures" });
    expect(sheetKindOf(["a", "b"])).toMatchObject({ problem: { code: "unknown_sheet" } });
    expect(sheetKindOf([...COLUMNS.measures, "status"])).toMatchObject({ problem: { code: "duplicate_columns", columns: ["status"] } });
  });
});

describe("readTable", () => {
  it("reads UTF-8 CSV with a BOM, semicolons and CRLF; numbers lines as an editor sees them", async () => {
    const res = await readTable("x.csv", Buffer.from('\uFEFFa;b\r\n\r\n1;"x;y"\r\n', "utf8"));
    expect(res).toEqual({ ok: true, table: { format: "csv", header: ["a", "b"], rows: [{ line: 3, cells: ["1", "x;y"] }] } });
  });
  it("refuses what it cannot read", async () => {
    expect(await readTable("x.csv", Buffer.alloc(MAX_UPLOAD_BYTES + 1, 97))).toMatchObject({ ok: false, problem: { code: "too_big" } });
    expect(await readTable("x.csv", Buffer.from("just one line of words"))).toMatchObject({ ok: false, problem: { code: "not_table" } });
    expect(await readTable("x.csv", Buffer.from([0xff, 0xfe, 0x00, 0x61]))).toMatchObject({ ok: false });
  });
});
