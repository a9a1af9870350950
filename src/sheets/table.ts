// Turns an uploaded file into a table of text cells, or says plainly why it cannot:
// too big, not a table, the wrong encoding, broken in the middle, or with formulas.
// CSV goes through csv-parse, XLSX through read-excel-file; fflate looks inside the
// XLSX zip first, so a small file that unpacks to gigabytes is refused before parsing.
import { parse, CsvError } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { strFromU8, unzipSync } from "fflate";

import type { TableProblem } from "../domain/edit-problems.ts";
import { MAX_CELLS, MAX_ROWS, MAX_UNPACKED_BYTES, MAX_UPLOAD_BYTES } from "./limits.ts";

export interface TableRow {
  /** The row number as the editor sees it in Excel or a text editor; the header is 1. */
  line: number;
  cells: string[];
}

export interface Table {
  format: "csv" | "xlsx";
  header: string[];
  rows: TableRow[];
}

export type TableResult = { ok: true; table: Table } | { ok: false; problem: TableProblem };

const fail = (problem: TableProblem): TableResult => ({ ok: false, problem });

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readTable(fileName: string, bytes: Uint8Array): Promise<TableResult> {
  if (bytes.length > MAX_UPLOAD_BYTES) return fail({ code: "too_big", limitKb: Math.round(MAX_UPLOAD_BYTES / 1000) });
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (startsWith(bytes, OLE) || /\.xls$/i.test(fileName)) return fail({ code: "old_excel" });
  return readCsv(bytes);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12)));
  return String(v).trim();
}

function finish(format: Table["format"], lines: TableRow[]): TableResult {
  const nonBlank = lines.filter((r) => r.cells.some((c) => c !== ""));
  if (nonBlank.length === 0) return fail({ code: "empty" });
  if (nonBlank.length - 1 > MAX_ROWS) return fail({ code: "too_many_rows", limit: MAX_ROWS });
  const [head, ...rows] = nonBlank;
  return { ok: true, table: { format, header: head!.cells, rows } };
}

function decode(bytes: Uint8Array): { text: string } | { problem: TableProblem } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Excel on a Russian Windows saves "CSV" in Windows-1251, which has no ә ғ қ ң ө ұ ү һ і:
    // the Kazakh titles would arrive already broken, so the file is refused, not guessed.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "any non-ASCII character"
    const nonAscii = new TextDecoder("windows-1251").decode(bytes).match(/[^\x00-\x7f]/gu) ?? [];
    const cyrillic = nonAscii.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
    return { problem: { code: nonAscii.length > 0 && cyrillic / nonAscii.length > 0.6 ? "encoding_1251" : "encoding" } };
  }
}

function readCsv(bytes: Uint8Array): TableResult {
  const decoded = decode(bytes);
  if ("problem" in decoded) return fail(decoded.problem);
  const text = decoded.text.replace(/^\uFEFF/, "");
  // Control characters other than tabs and line breaks mean a binary file (a PDF, a picture).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096))) return fail({ code: "not_table" });
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  // Excel writes ";" where the decimal separator is a comma, as in Kazakhstan.
  const delimiter = [";", ",", "\t"].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!;
  if (delimiter.n < 2) return text.trim() === "" ? fail({ code: "empty" }) : fail({ code: "not_table" });
  try {
    const records = parse(text, {
      delimiter: delimiter.d,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      to: MAX_ROWS + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return finish(
      "csv",
      records.map((r) => ({ line: r.info.lines, cells: r.record.map((c) => c.trim()) })),
    );
  } catch (e) {
    if (e instanceof CsvError) return fail({ code: "broken", line: Number((e as CsvError & { lines?: number }).lines ?? 0) });
    throw e;
  }
}

/** What one pass over a sheet's XML finds before it is parsed. */
export interface SheetScan {
  /** Cells that hold a formula (`<f>` inside `<c r="B2">`). */
  formulas: string[];
  /** Cells that may hold something (a self-closing `<c .../>` holds nothing). */
  cells: number;
}

/**
 * Scans a sheet's XML in one pass over its tags: a file whose `<c>` never close must not
 * make the scan go back over the rest of the sheet from every cell (a 3 KB upload took
 * minutes that way). Attribute values cannot hold a raw `<`, so no tag runs past the next
 * one. The cell count lets a sheet too big to parse be refused before the parser builds it.
 */
export function scanSheet(xml: string): SheetScan {
  const formulas: string[] = [];
  let cells = 0;
  let cell: string | null = null;
  for (const m of xml.matchAll(/<(\/?)([cf])\b([^<>]*)>/g)) {
    if (m[2] === "c") {
      const opens = !m[1] && !m[3]!.endsWith("/");
      if (opens) cells++;
      // A new <c> ends any unclosed one.
      cell = opens ? (/\br="([A-Z]+\d+)"/.exec(m[3]!)?.[1] ?? null) : null;
    } else if (!m[1] && cell !== null) {
      formulas.push(cell);
      cell = null;
    }
  }
  return { formulas, cells };
}

async function readXlsx(bytes: Uint8Array): Promise<TableResult> {
  let sheets: Record<string, Uint8Array>;
  let unpacked = 0;
  try {
    sheets = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new RangeError("unpacks too big");
        return /^xl\/worksheets\/[^/]+\.xml$/.test(f.name);
      },
    });
  } catch (e) {
    return e instanceof RangeError ? fail({ code: "unpacks_too_big", limitMb: MAX_UNPACKED_BYTES / 1e6 }) : fail({ code: "broken", line: 0 });
  }
  if (Object.keys(sheets).length === 0) return fail({ code: "not_table" });
  const scans = Object.values(sheets).map((xml) => scanSheet(strFromU8(xml)));
  // A formula's value is whatever Excel computed last, or nothing when another program
  // saved the file: editors are asked for the values themselves.
  const formulas = scans.flatMap((scan) => scan.formulas);
  if (formulas.length) return fail({ code: "formulas", cells: formulas.slice(0, 10) });
  // The parser holds the whole sheet as objects, several times its XML: its size is
  // bounded here, where counting costs nothing.
  if (scans.reduce((n, scan) => n + scan.cells, 0) > MAX_CELLS) return fail({ code: "too_many_cells", limit: MAX_CELLS });
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes))) as unknown[][];
  } catch {
    return fail({ code: "broken", line: 0 });
  }
  return finish(
    "xlsx",
    data.map((row, i) => ({ line: i + 1, cells: (row ?? []).map(cellText) })),
  );
}
