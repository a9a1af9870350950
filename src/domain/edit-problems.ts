// What can be wrong with an uploaded table: the file itself (size, format, encoding), its
// header (which sheet, which columns) or a cell. The spreadsheet reader finds them, the
// renderer words them; both read this module.
import type { SheetKind } from "./edits.ts";

export type TableProblem =
  | { code: "too_big"; limitKb: number }
  /** An XLSX (a zip) whose files unpack to more than the limit. */
  | { code: "unpacks_too_big"; limitMb: number }
  | { code: "too_many_cells"; limit: number }
  /** Took longer than the time limit, or more memory than the limit, to read (see off-thread.ts). */
  | { code: "too_complex"; seconds: number }
  | { code: "too_many_rows"; limit: number }
  | { code: "not_table" }
  | { code: "old_excel" }
  | { code: "encoding_1251" }
  | { code: "encoding" }
  | { code: "empty" }
  | { code: "broken"; line: number }
  | { code: "formulas"; cells: string[] };

export type CellCode =
  | "required"
  | "not_number"
  | "negative"
  | "too_large"
  | "bad_date"
  | "bad_status"
  | "bad_qualifier"
  | "unknown_town"
  | "bad_url"
  | "formula"
  | "source_incomplete"
  | "too_long";

export interface CellError {
  line: number;
  column: string;
  code: CellCode | string;
  params?: Record<string, string | number>;
}

export type HeaderProblem =
  | { code: "unknown_sheet"; expected: Record<SheetKind, readonly string[]> }
  | { code: "missing_columns"; kind: SheetKind; columns: string[] }
  | { code: "extra_columns"; kind: SheetKind; columns: string[] }
  | { code: "duplicate_columns"; kind: SheetKind; columns: string[] };
