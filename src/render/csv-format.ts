// CSV a spreadsheet opens as meant: UTF-8 with a BOM (so Excel reads Cyrillic and Kazakh
// letters), RFC 4180 quoting, CRLF line ends, and text cells that a spreadsheet would run
// as a formula made inert. Shared by the lists' CSV and the editors' export.
export type Cell = string | number | null;

/** Spreadsheets run a text cell starting with these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: Cell): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Cell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
