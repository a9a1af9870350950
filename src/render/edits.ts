// Editors' messages: why a file was refused, per-row errors, the preview of a change
// set with Confirm and Cancel, the result, and the change history with Undo buttons.
import type { EditPlan, FieldChange, Json, PlanError, PlannedChange } from "../domain/edits.ts";
import type { Catalog } from "../domain/types.ts";
import type { CellError, HeaderProblem } from "../admin/sheets.ts";
import type { TableProblem } from "../admin/table.ts";
import type { HistoryEntry } from "../db/edits.ts";
import { escapeHtml, formatDate, formatNumber } from "./format.ts";
import { fitItems } from "./limit.ts";
import type { RenderContext, Reply } from "./types.ts";

export const edCb = {
  ok: (id: number) => `ed:ok:${id}`,
  no: (id: number) => `ed:no:${id}`,
  undo: (id: number) => `ed:undo:${id}`,
};

/** How many errors or changes a message lists before saying "and N more". */
const SHOWN = 40;

export function renderTableProblem(p: TableProblem, { t }: RenderContext): Reply {
  const detail: Record<string, string | number> = p.code === "too_big" ? { kb: p.limitKb } : p.code === "too_complex" ? { seconds: p.seconds } : p.code === "too_many_rows" ? { limit: p.limit } : p.code === "broken" ? { line: p.line } : p.code === "formulas" ? { cells: p.cells.join(", ") } : {};
  return { text: `${t(`ed-file-${p.code}`, detail)}\n\n${t("ed-nothing-applied")}` };
}

export function renderHeaderProblem(p: HeaderProblem, { t }: RenderContext): Reply {
  const text = p.code === "unknown_sheet"
    ? t("ed-header-unknown", { measures: p.expected.measures.join(", "), figures: p.expected.figures.join(", ") })
    : t(`ed-header-${p.code.replace("_columns", "")}`, { columns: escapeHtml(p.columns.join(", ")) });
  return { text: `${text}\n\n${t("ed-nothing-applied")}` };
}

/** At most SHOWN items, fewer if the message would be too long, then "…and N more". */
function listed(ctx: RenderContext, head: string, all: string[], tail: string): string {
  const items = all.slice(0, SHOWN);
  const hidden = all.length - items.length;
  const withMore = hidden ? [...items, ctx.t("ed-more", { count: hidden })] : items;
  return fitItems(head, withMore, (left) => ctx.t("ed-more", { count: hidden ? left - 1 + hidden : left }), tail);
}

export function renderRowErrors(errors: Array<CellError | PlanError>, ctx: RenderContext): Reply {
  const { t } = ctx;
  // Columns and values in errors come from the editor's file: escaped like any other text.
  const lines = errors.map((e) => t("ed-row-error", { line: e.line, column: escapeHtml(e.column), problem: t(`ed-err-${e.code}`, escapeParams(e.params)) }));
  return { text: listed(ctx, t("ed-errors-title", { count: errors.length }), lines, t("ed-nothing-applied")) };
}

function valueText(field: string, v: Json, ctx: RenderContext): string {
  if (v === null || v === "") return ctx.t("unknown");
  if (typeof v === "number") return formatNumber(v, 3);
  if (field === "status") return escapeHtml(ctx.t(`status-${v}`));
  if (field === "tierId") return escapeHtml(ctx.t(`ed-tier-${v}`));
  if (field === "deadline" || field === "doneOn" || field === "asOf") return formatDate(String(v), ctx.lang);
  return escapeHtml(String(v));
}

function escapeParams(params: Record<string, string | number> | undefined): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));
}

/** Fields the preview leaves out: they follow from the ones shown. */
const DERIVED = new Set(["sourceIds", "deadlineHistory", "sourceId", "formula"]);

function fieldLine(f: FieldChange, ctx: RenderContext): string {
  return ctx.t("ed-field-change", { field: ctx.t(`ed-field-${f.field}`), old: valueText(f.field, f.old, ctx), new: valueText(f.field, f.new, ctx) });
}

function changeLine(c: PlannedChange, catalog: Catalog, ctx: RenderContext): string {
  const town = catalog.towns.get(c.townId);
  const townName = escapeHtml(town ? (ctx.lang === "kk" ? town.nameKk : town.nameRu) : c.townId);
  const own = ctx.lang === "kk" ? c.labelKk || c.labelRu : c.labelRu;
  const named = own || (c.key ? ctx.t(`ed-key-${c.key}`) : c.entityId);
  const label = escapeHtml(c.period ? `${named} (${c.period})` : named);
  const what = c.entity === "town" ? townName : `${townName}: ${label}`;
  if (c.op === "add") return `➕ ${what}`;
  if (c.op === "remove") return `➖ ${what}`;
  const fields = c.fields.filter((f) => !DERIVED.has(f.field)).map((f) => fieldLine(f, ctx));
  return `✏️ ${what}\n    ${fields.join("\n    ")}`;
}

export function renderPreview(plan: EditPlan, setId: number, catalog: Catalog, ctx: RenderContext, opts: { stale?: boolean } = {}): Reply {
  const { t } = ctx;
  const count = (op: PlannedChange["op"]) => plan.changes.filter((c) => c.op === op).length;
  if (plan.changes.length === 0) return { text: t("ed-no-changes") };
  const lines = plan.changes.map((c) => changeLine(c, catalog, ctx));
  const head = [
    ...(opts.stale ? [t("ed-stale"), ""] : []),
    t("ed-preview-title", { kind: t(`ed-kind-${plan.kind}`) }),
    t("ed-preview-counts", { added: count("add"), changed: count("update"), removed: count("remove") }),
    ...(count("remove") ? [t("ed-preview-removals")] : []),
  ].join("\n");
  return {
    text: listed(ctx, head, lines, t("ed-preview-confirm")),
    keyboard: [[{ text: t("ed-btn-confirm"), data: edCb.ok(setId) }, { text: t("ed-btn-cancel"), data: edCb.no(setId) }]],
  };
}

export function renderHistory(entries: HistoryEntry[], title: string, catalog: Catalog, ctx: RenderContext, canUndo: boolean): Reply {
  const { t } = ctx;
  if (!entries.length) return { text: t("ed-history-empty", { town: title }) };
  const blocks = entries.map((e) => {
    const who = escapeHtml(e.userName ?? String(e.userId));
    const what = e.kind === "undo" ? t("ed-history-undo", { id: String(e.undoOfId ?? "") }) : e.kind === "upload" ? t("ed-history-upload", { file: escapeHtml(e.fileName ?? "") }) : t("ed-history-edit");
    const when = e.at.toISOString().slice(0, 16).replace("T", " ");
    const head = `<b>#${e.setId}</b> · ${when} UTC · ${who} · ${what}${e.undoneById ? ` · ${t("ed-history-undone", { id: String(e.undoneById) })}` : ""}`;
    const changes = e.changes.filter((c) => !DERIVED.has(c.field)).slice(0, 8).map((c) => {
      const town = c.townId ? catalog.towns.get(c.townId) : undefined;
      const townName = escapeHtml(town ? (ctx.lang === "kk" ? town.nameKk : town.nameRu) : "");
      if (c.field === "*") return `  ${c.old === null ? "➕" : "➖"} ${townName}: ${escapeHtml(recordLabel((c.old ?? c.new) as Record<string, Json>, ctx))}`;
      return `  ✏️ ${townName} · ${escapeHtml(c.entityId)}: ${fieldLine({ field: c.field, old: c.old as Json, new: c.new as Json }, ctx)}`;
    });
    return [head, ...changes].join("\n");
  });
  const undoable = canUndo ? entries.filter((e) => !e.undoneById).slice(0, 5) : [];
  return {
    text: listed(ctx, t("ed-history-title", { town: title }), blocks, ""),
    ...(undoable.length ? { keyboard: undoable.map((e) => [{ text: t("ed-btn-undo", { id: String(e.setId) }), data: edCb.undo(e.setId) }]) } : {}),
  };
}

function recordLabel(r: Record<string, Json> | null, ctx: RenderContext): string {
  if (!r) return "";
  const title = ctx.lang === "kk" ? r.titleKk ?? r.labelKk : r.titleRu ?? r.labelRu;
  return String(title ?? r.key ?? r.id ?? "");
}
