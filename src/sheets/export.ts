// The current data as the two sheets editors fill in: /template and /export send the
// same files, so an export edited and uploaded again changes only what was edited.
// CSV is UTF-8 with a BOM (Excel then reads Cyrillic and Kazakh letters) and escapes
// cells a spreadsheet would run as a formula; XLSX stores every cell as a value.
import writeXlsxFile from "write-excel-file/node";
import type { Catalog } from "../domain/types.ts";
import { editableFigures, tierRowId, TIER_KEY, townProjects, type SheetKind } from "../domain/edits.ts";
import { COLUMNS } from "./sheets.ts";
import { toCsv as csvText, type Cell } from "../render/csv-format.ts";

type SourceLike = { title: string | null; date: string | null; url: string | null; publisher?: string };

function sourceCells(s: SourceLike | null | undefined): Cell[] {
  return [s?.title ?? null, s?.date ?? null, s?.url ?? null];
}

/** A project's sources after the first, one a line as «title; date; link» (the form /edit reads). */
function moreSources(sources: SourceLike[]): Cell {
  const rest = sources.slice(1).map((s) => [s.title ?? s.publisher, s.date, s.url].filter(Boolean).join("; "));
  return rest.length ? rest.join("\n") : null;
}

export function sheetRows(catalog: Catalog, kind: SheetKind): Cell[][] {
  const towns = [...catalog.towns.values()].filter((t) => t.status === "monotown" || townProjects(catalog, t.id).length > 0);
  const rows: Cell[][] = [];
  for (const town of towns) {
    if (kind === "measures") {
      for (const m of townProjects(catalog, town.id)) {
        rows.push([
          m.id,
          town.id,
          town.nameRu,
          m.titleRu,
          m.titleKk,
          m.status,
          m.amountKztBn,
          m.amountQualifier,
          m.deadline,
          m.doneOn,
          ...sourceCells(m.sources[0]),
          moreSources(m.sources),
        ]);
      }
    } else {
      if (town.status === "monotown") {
        const tier = catalog.tiers.find((t) => t.id === town.tierId);
        rows.push([
          tierRowId(town.id),
          town.id,
          town.nameRu,
          TIER_KEY,
          tier?.labelRu ?? null,
          null,
          "tier",
          town.tierId,
          null,
          null,
          ...sourceCells(tier?.source),
        ]);
      }
      for (const f of editableFigures(catalog, town.id)) {
        rows.push([f.id, town.id, town.nameRu, f.key, f.labelRu, f.period, f.unit, f.value, f.qualifier, f.asOf, ...sourceCells(f.source)]);
      }
    }
  }
  return rows;
}

/** The same CSV writer as lists and comparisons: BOM, RFC 4180, formula-like text made inert. */
function toCsv(kind: SheetKind, rows: Cell[][]): Buffer {
  return Buffer.from(csvText([[...COLUMNS[kind]], ...rows]), "utf8");
}

async function toXlsx(kind: SheetKind, rows: Cell[][]): Promise<Buffer> {
  const head = COLUMNS[kind].map((c) => ({ value: c, fontWeight: "bold" as const }));
  const body = rows.map((r) => r.map((c) => (c === null ? null : typeof c === "number" ? { value: c } : { value: c, type: String })));
  return writeXlsxFile([head, ...body], { stickyRowsCount: 1 }).toBuffer();
}

export async function exportFiles(catalog: Catalog, stamp: string): Promise<Array<{ name: string; data: Buffer }>> {
  const out: Array<{ name: string; data: Buffer }> = [];
  for (const kind of ["measures", "figures"] as const) {
    const rows = sheetRows(catalog, kind);
    out.push({ name: `monoqala-${kind}-${stamp}.csv`, data: toCsv(kind, rows) });
    out.push({ name: `monoqala-${kind}-${stamp}.xlsx`, data: await toXlsx(kind, rows) });
  }
  return out;
}
