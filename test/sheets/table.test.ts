import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { readTable, scanSheet } from "../../src/sheets/table.ts";
import { readTableOffThread } from "../../src/sheets/off-thread.ts";
import { gridXlsx, hostileXlsx } from "../helpers/hostile-xlsx.ts";

describe("the formula scan", () => {
  it("finds formulas in closed, unclosed and self-closing cells, and nothing else", () => {
    const xml =
      '<row><c r="A1"><v>1</v></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"/><c r="D1"><f t="shared" si="0"/></c><c r="E1"><v>3</v><col/><c r="F1"><f>A1</f></row>';
    expect(scanSheet(xml)).toEqual({ formulas: ["B1", "D1", "F1"], cells: 5 });
  });

  it("refuses a file that unpacks past the limit, naming that limit, before unpacking it", async () => {
    const bytes = await hostileXlsx(29);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await readTable("hostile.xlsx", bytes)).toEqual({ ok: false, problem: { code: "unpacks_too_big", limitMb: 8 } });
  });

  it("refuses a sheet of more cells than the limit before parsing it", async () => {
    expect(await readTable("hostile.xlsx", await hostileXlsx(7))).toEqual({ ok: false, problem: { code: "too_many_cells", limit: 100_000 } });
    expect(await readTable("grid.xlsx", await gridXlsx(5001, 20))).toEqual({ ok: false, problem: { code: "too_many_cells", limit: 100_000 } });
  });

  it("reads a sheet of a megabyte of cells that never close in well under a second", async () => {
    const bytes = await hostileXlsx(1);
    expect(bytes.length).toBeLessThan(10_000);
    const started = performance.now();
    const read = await readTable("hostile.xlsx", bytes);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(read.ok).toBe(false);
  });
});

describe("reading an upload off the main thread", () => {
  it("reads a real template as the main thread would", async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        [{ value: "measure_id" }, { value: "town_id" }, { value: "amount_kzt_bn" }],
        [{ value: "m1" }, { value: "balkhash" }, { value: 1.5 }],
      ]).toBuffer(),
    );
    const read = await readTableOffThread("t.xlsx", bytes);
    expect(read).toEqual(await readTable("t.xlsx", bytes));
    expect(read).toMatchObject({
      ok: true,
      table: { header: ["measure_id", "town_id", "amount_kzt_bn"], rows: [{ line: 2, cells: ["m1", "balkhash", "1.5"] }] },
    });
  });

  it("refuses a file that takes longer than the time limit, and the main thread runs meanwhile", async () => {
    const bytes = await gridXlsx(5000, 20, true);
    let ticks = 0;
    const tick = setInterval(() => ticks++, 10);
    const started = performance.now();
    const read = await readTableOffThread("grid.xlsx", bytes, { timeoutMs: 200 });
    clearInterval(tick);
    expect(read).toEqual({ ok: false, problem: { code: "too_complex", seconds: 0 } });
    expect(performance.now() - started).toBeLessThan(20_000);
    // A blocked main thread would tick once at most; a loaded machine may tick only half of the ~20 times.
    expect(ticks).toBeGreaterThan(4);
    // The thread that ran out of time is gone; the next file gets a fresh one.
    expect(await readTableOffThread("ok.csv", new TextEncoder().encode("a,b\n1,2\n"))).toMatchObject({ ok: true });
  });

  it("reads the largest sheet the limits allow within the default time and memory", async () => {
    const read = await readTableOffThread("grid.xlsx", await gridXlsx(5000, 20, true));
    expect(read).toMatchObject({ ok: true, table: { rows: { length: 4999 } } });
  });

  it("refuses a file that needs more memory than the limit, and the process lives on", async () => {
    const read = await readTableOffThread("grid.xlsx", await gridXlsx(5000, 20, true), { memoryMb: 16, timeoutMs: 60_000 });
    expect(read).toMatchObject({ ok: false, problem: { code: "too_complex" } });
    expect(await readTableOffThread("ok.csv", new TextEncoder().encode("a,b\n1,2\n"))).toMatchObject({ ok: true });
  });
});
