// The two sheets editors fill in, their columns, and the check of every row with zod:
// a town that exists, numbers that are numbers and not negative, real dates, a known
// status, and a source (title, date, link) wherever one is given. Every problem comes
// back with its row and column; the caller applies nothing while any row has one.
import { z } from "zod";
import type { Catalog } from "../domain/types.ts";
import { EDITABLE_FIGURES, PROJECT_STATUSES, QUALIFIERS, TIER_KEY, type FigureRow, type MeasureRow, type SheetKind, type SourceRef } from "../domain/edits.ts";
import type { CellCode, CellError, HeaderProblem } from "../domain/edit-problems.ts";
import type { Table, TableRow } from "./table.ts";

export const COLUMNS: Record<SheetKind, readonly string[]> = {
  measures: [
    "measure_id",
    "town_id",
    "town",
    "title_ru",
    "title_kk",
    "status",
    "amount_kzt_bn",
    "amount_qualifier",
    "deadline",
    "done_on",
    "source_title",
    "source_date",
    "source_url",
    "more_sources",
  ],
  figures: ["figure_id", "town_id", "town", "key", "label", "period", "unit", "value", "qualifier", "as_of", "source_title", "source_date", "source_url"],
};
/**
 * Shown to help the editor; what they hold is read from town_id and the data itself.
 * more_sources lists a project's other sources, so an export keeps every one; a row
 * cites its new source in source_*.
 */
const INFORMATIONAL = new Set(["town", "label", "unit", "more_sources"]);
/** Columns a file made before they existed may lack: their values are then kept as they are. */
const OPTIONAL = new Set(["amount_qualifier"]);

export type { CellCode, CellError, HeaderProblem } from "../domain/edit-problems.ts";

/** Money beyond this many billion tenge is a typo (the whole 2023–2025 programme was 343.6). */
export const MAX_KZT_BN = 10_000;
const MAX_BY_UNIT: Record<string, number> = { "KZT bn": MAX_KZT_BN, people: 5_000_000, measures: 10_000 };
const MAX_TEXT = 500;

export function sheetKindOf(header: string[]): { kind: SheetKind } | { problem: HeaderProblem } {
  const names = header.map((h) => h.trim().toLowerCase());
  const kind: SheetKind | null = names.includes("measure_id") ? "measures" : names.includes("figure_id") ? "figures" : null;
  if (!kind) return { problem: { code: "unknown_sheet", expected: COLUMNS } };
  const dupes = names.filter((n, i) => n && names.indexOf(n) !== i);
  if (dupes.length) return { problem: { code: "duplicate_columns", kind, columns: [...new Set(dupes)] } };
  const missing = COLUMNS[kind].filter((c) => !INFORMATIONAL.has(c) && !OPTIONAL.has(c) && !names.includes(c));
  if (missing.length) return { problem: { code: "missing_columns", kind, columns: missing } };
  const extra = names.filter((n) => n !== "" && !COLUMNS[kind].includes(n));
  if (extra.length) return { problem: { code: "extra_columns", kind, columns: extra } };
  return { kind };
}

// --- cells -------------------------------------------------------------------------

const fail = (ctx: z.RefinementCtx, code: CellCode, params?: Record<string, string | number>) => {
  ctx.addIssue({ code: "custom", message: code, params });
  return z.NEVER;
};

/** Cells we exported with a leading ' (so a spreadsheet would not run them) come back as typed. */
const unescapeFormula = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

const text = (required: boolean) =>
  z.string().transform((raw, ctx) => {
    const s = unescapeFormula(raw.trim());
    if (s.startsWith("=")) return fail(ctx, "formula");
    if (s === "") return required ? fail(ctx, "required") : null;
    if (s.length > MAX_TEXT) return fail(ctx, "too_long", { max: MAX_TEXT });
    return s;
  });

export function parseAmount(raw: string, max: number): number | null | CellCode {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (s === "") return null;
  if (s.startsWith("=")) return "formula";
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s)) return "not_number";
  const n = Number(s);
  if (!Number.isFinite(n) || Math.abs(n) > max) return "too_large";
  if (n < 0) return "negative";
  return n;
}

const amount = (max: number) =>
  z.string().transform((raw, ctx) => {
    const n = parseAmount(raw, max);
    if (typeof n === "string") return fail(ctx, n, { max });
    return n;
  });

/** YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn as the dataset writes them; DD.MM.YYYY and MM.YYYY as people type them. */
export function parseDate(raw: string): string | null | "bad_date" {
  const s = raw.trim();
  if (s === "") return null;
  let m: RegExpMatchArray | null;
  const valid = (y: number, mo?: number, d?: number) => {
    if (y < 1990 || y > 2100) return false;
    if (mo === undefined) return true;
    if (mo < 1 || mo > 12) return false;
    if (d === undefined) return true;
    return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  if ((m = s.match(/^(\d{4})$/))) return valid(+m[1]!) ? s : "bad_date";
  if ((m = s.match(/^(\d{4})-Q([1-4])$/i))) return valid(+m[1]!) ? `${m[1]}-Q${m[2]}` : "bad_date";
  if ((m = s.match(/^(\d{4})-(\d{1,2})$/))) return valid(+m[1]!, +m[2]!) ? `${m[1]}-${pad(+m[2]!)}` : "bad_date";
  if ((m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(T[\d:.]+Z?)?$/))) return valid(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}` : "bad_date";
  if ((m = s.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) return valid(+m[3]!, +m[2]!, +m[1]!) ? `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}` : "bad_date";
  if ((m = s.match(/^(\d{1,2})\.(\d{4})$/))) return valid(+m[2]!, +m[1]!) ? `${m[2]}-${pad(+m[1]!)}` : "bad_date";
  return "bad_date";
}

const date = z.string().transform((raw, ctx) => {
  const d = parseDate(raw);
  return d === "bad_date" ? fail(ctx, "bad_date") : d;
});

const url = z.string().transform((raw, ctx) => {
  const s = raw.trim();
  if (s === "") return null;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.toString();
  } catch {
    // falls through to the error
  }
  return fail(ctx, "bad_url");
});

const oneOf = (values: readonly string[], code: CellCode, fallback?: string) =>
  z.string().transform((raw, ctx) => {
    const s = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    if (s === "" && fallback) return fallback;
    if (s === "") return fail(ctx, "required");
    return values.includes(s) ? s : fail(ctx, code, { allowed: values.join(", ") });
  });

function townCell(catalog: Catalog) {
  const byName = new Map<string, string>();
  for (const t of catalog.towns.values()) for (const n of [t.id, t.nameRu, t.nameKk]) byName.set(n.toLowerCase(), t.id);
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === "") return fail(ctx, "required");
    return byName.get(s.toLowerCase()) ?? fail(ctx, "unknown_town", { town: s });
  });
}

const sourceCells = {
  source_title: text(false),
  source_date: date,
  source_url: url,
};

function sourceOf(r: { source_title: string | null; source_date: string | null; source_url: string | null }): SourceRef | null | "incomplete" {
  const given = [r.source_title, r.source_date, r.source_url].filter((x) => x !== null).length;
  if (given === 0) return null;
  if (given < 3) return "incomplete";
  return { title: r.source_title!, date: r.source_date!, url: r.source_url! };
}

// --- rows --------------------------------------------------------------------------

function measureSchema(catalog: Catalog) {
  return z.object({
    measure_id: text(false),
    town_id: townCell(catalog),
    title_ru: text(true),
    title_kk: text(true),
    status: oneOf(PROJECT_STATUSES, "bad_status"),
    amount_kzt_bn: amount(MAX_KZT_BN),
    // Empty: the amount has no qualifier. Absent (an older file): the stored one stays.
    amount_qualifier: z
      .string()
      .transform((raw, ctx) => {
        const s = raw
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, "_");
        if (s === "") return null;
        return (QUALIFIERS as readonly string[]).includes(s) ? s : fail(ctx, "bad_qualifier", { allowed: QUALIFIERS.join(", ") });
      })
      .optional(),
    deadline: date,
    done_on: date,
    ...sourceCells,
  });
}

function figureSchema(catalog: Catalog) {
  return z.object({
    figure_id: text(false),
    town_id: townCell(catalog),
    key: text(true),
    period: text(false),
    value: z.string(),
    qualifier: oneOf(QUALIFIERS, "bad_qualifier", "exact"),
    as_of: date,
    ...sourceCells,
  });
}

function cellsOf(header: string[], row: TableRow): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    if (name) out[name] = row.cells[i] ?? "";
  });
  // A new row typed by hand often names its town only in the "town" column.
  if (!out.town_id?.trim() && out.town?.trim()) out.town_id = out.town;
  return out;
}

function issuesOf(line: number, error: z.ZodError): CellError[] {
  return error.issues.map((i) => ({
    line,
    column: String(i.path[0] ?? ""),
    code: i.message,
    ...("params" in i && i.params ? { params: i.params as Record<string, string | number> } : {}),
  }));
}

export type SheetRows = { kind: "measures"; rows: MeasureRow[] } | { kind: "figures"; rows: FigureRow[] };

/** Each row through its zod schema: the rows that pass are built, the rest leave their errors. */
function eachRow<S extends z.ZodType, R>(table: Table, schema: S, errors: CellError[], build: (r: z.output<S>, line: number) => R | null): R[] {
  const out: R[] = [];
  for (const row of table.rows) {
    const res = schema.safeParse(cellsOf(table.header, row));
    if (!res.success) errors.push(...issuesOf(row.line, res.error));
    else {
      const built = build(res.data, row.line);
      if (built) out.push(built);
    }
  }
  return out;
}

function sourceFields(r: { source_title: string | null; source_date: string | null; source_url: string | null }) {
  const source = sourceOf(r);
  return { source: source === "incomplete" ? null : source, sourcePartial: source === "incomplete" };
}

export function validateSheet(catalog: Catalog, table: Table, kind: SheetKind): { rows: SheetRows; errors: CellError[] } {
  const errors: CellError[] = [];
  if (kind === "measures") {
    const rows = eachRow(
      table,
      measureSchema(catalog),
      errors,
      (r, line): MeasureRow => ({
        line,
        id: r.measure_id,
        townId: r.town_id,
        titleRu: r.title_ru!,
        titleKk: r.title_kk!,
        status: r.status,
        amountKztBn: r.amount_kzt_bn,
        amountQualifier: r.amount_qualifier,
        deadline: r.deadline,
        doneOn: r.done_on,
        ...sourceFields(r),
      }),
    );
    return { rows: { kind, rows }, errors };
  }
  const rows = eachRow(table, figureSchema(catalog), errors, (r, line): FigureRow | null => {
    const key = r.key ?? "";
    let value: number | string | null;
    if (key === TIER_KEY) {
      value = r.value.trim() === "" ? null : r.value.trim().toLowerCase();
    } else {
      const max = MAX_BY_UNIT[EDITABLE_FIGURES[key] ?? "measures"]!;
      const n = parseAmount(r.value, max);
      if (typeof n === "string") {
        errors.push({ line, column: "value", code: n, params: { max } });
        return null;
      }
      value = n;
    }
    return { line, id: r.figure_id, townId: r.town_id, key, period: r.period, value, qualifier: r.qualifier, asOf: r.as_of, ...sourceFields(r) };
  });
  return { rows: { kind, rows }, errors };
}

/**
 * A source typed in one message: "title; date; link" in any order, or free text with a
 * link and a date in it. Returns what is missing when it cannot find all three.
 */
export function parseSourceText(text: string): { source: SourceRef } | { missing: Array<"title" | "date" | "url"> } {
  let rest = text.trim();
  const urlMatch = /https?:\/\/[^\s;,]+/i.exec(rest);
  let url: string | null = null;
  if (urlMatch) {
    try {
      url = new URL(urlMatch[0]).toString();
    } catch {
      url = null;
    }
    rest = rest.replace(urlMatch[0], " ");
  }
  let date: string | null = null;
  // The last thing that reads as a date: a title may well name a year ("plan for 2025").
  const tokens = rest.split(/[\s;,]+/).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0 && date === null; i--) {
    const d = parseDate(tokens[i]!);
    if (d && d !== "bad_date" && (/[.-]/.test(tokens[i]!) || i === tokens.length - 1)) {
      date = d;
      const at = rest.lastIndexOf(tokens[i]!);
      rest = rest.slice(0, at) + rest.slice(at + tokens[i]!.length);
    }
  }
  const title = rest.replace(/[\s;,]+/g, " ").trim() || null;
  const missing = [title ? null : "title", date ? null : "date", url ? null : "url"].filter((x): x is "title" | "date" | "url" => x !== null);
  return missing.length ? { missing } : { source: { title: title!, date: date!, url: url! } };
}
