// Editors' messages: why a file was refused, per-row errors, the preview of a change
// set with Confirm and Cancel, the result, and the change history with Undo buttons.
import type { EditPlan, FieldChange, Json, PlanError, PlannedChange } from "../domain/edits.ts";
import { localTime } from "../domain/schedule.ts";
import type { Catalog } from "../domain/types.ts";
import type { CellError, HeaderProblem, TableProblem } from "../domain/edit-problems.ts";
import type { HistoryEntry, ReleaseConflictEntry } from "../domain/edit-log.ts";
import { escapeHtml, formatDate, formatNumber } from "./format.ts";
import { fitItems } from "./limit.ts";
import type { RenderContext, Reply } from "./types.ts";

const edCb = {
  ok: (id: number) => `ed:ok:${id}`,
  no: (id: number) => `ed:no:${id}`,
  /** Asks to confirm; only `undoYes` undoes. */
  undo: (id: number) => `ed:undo:${id}`,
  undoYes: (id: number) => `ed:undoyes:${id}`,
  undoNo: (id: number) => `ed:undono:${id}`,
};

/** How many errors or changes a message lists before saying "and N more". */
const SHOWN = 40;

export function renderTableProblem(p: TableProblem, { t }: RenderContext): Reply {
  const detail: Record<string, string | number> =
    p.code === "too_big"
      ? { kb: p.limitKb }
      : p.code === "too_complex"
        ? { seconds: p.seconds }
        : p.code === "too_many_rows" || p.code === "too_many_cells"
          ? { limit: p.limit }
          : p.code === "unpacks_too_big"
            ? { mb: p.limitMb }
            : p.code === "broken"
              ? { line: p.line }
              : p.code === "formulas"
                ? { cells: p.cells.join(", ") }
                : {};
  return { text: `${t(`ed-file-${p.code}`, detail)}\n\n${t("ed-nothing-applied")}` };
}

export function renderHeaderProblem(p: HeaderProblem, { t }: RenderContext): Reply {
  const text =
    p.code === "unknown_sheet"
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
  if (field === "qualifier" || field === "amountQualifier") return escapeHtml(ctx.t(`ed-qualifier-${v}`));
  if (field === "deadline" || field === "doneOn" || field === "asOf") return formatDate(String(v), ctx.lang);
  return escapeHtml(String(v));
}

function escapeParams(params: Record<string, string | number> | undefined): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === "string" ? escapeHtml(v) : v]));
}

/** Fields the preview leaves out: they follow from the ones shown. */
const DERIVED = new Set(["sourceIds", "deadlineHistory", "sourceId", "formula"]);
/** Fields editors change, which the locales name (ed-field-…). */
const NAMED_FIELDS = new Set(["titleRu", "titleKk", "status", "amountKztBn", "amountQualifier", "deadline", "doneOn", "value", "qualifier", "asOf", "tierId"]);

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
    keyboard: [
      [
        { text: t("ed-btn-confirm"), data: edCb.ok(setId) },
        { text: t("ed-btn-cancel"), data: edCb.no(setId) },
      ],
    ],
  };
}

/** One change set as the history lists it: its head line and up to eight changes. */
function historyBlock(e: HistoryEntry, catalog: Catalog, ctx: RenderContext): string {
  const { t } = ctx;
  const who = e.kind === "release" ? t("ed-history-release-who") : escapeHtml(e.userName ?? String(e.userId));
  const what =
    e.kind === "release"
      ? t("ed-history-release", { release: formatDate(e.fileName ?? "", ctx.lang) })
      : e.kind === "undo"
        ? t("ed-history-undo", { id: String(e.undoOfId ?? "") })
        : e.kind === "upload"
          ? t("ed-history-upload", { file: escapeHtml(e.fileName ?? "") })
          : t("ed-history-edit");
  const head = `<b>#${e.setId}</b> · ${historyTime(e.at, ctx)} · ${who} · ${what}${e.undoneById ? ` · ${t("ed-history-undone", { id: String(e.undoneById) })}` : ""}`;
  // Named fields only: a release also fills texts and sources, which follow from these.
  const changes = e.changes
    .filter((c) => (c.field === "*" || NAMED_FIELDS.has(c.field)) && !DERIVED.has(c.field))
    .slice(0, 8)
    .map((c) => {
      const town = c.townId ? catalog.towns.get(c.townId) : undefined;
      const townName = escapeHtml(town ? (ctx.lang === "kk" ? town.nameKk : town.nameRu) : "");
      if (c.field === "*") return `  ${c.old === null ? "➕" : "➖"} ${townName}: ${escapeHtml(recordLabel((c.old ?? c.new) as Record<string, Json>, ctx))}`;
      const title = c.entity === "town" ? "" : ` · ${escapeHtml(entityTitle(catalog, c, ctx))}`;
      return `  ✏️ ${townName}${title}: ${fieldLine({ field: c.field, old: c.old as Json, new: c.new as Json }, ctx)}`;
    });
  return [head, ...changes].join("\n");
}

export function renderHistory(entries: HistoryEntry[], title: string, catalog: Catalog, ctx: RenderContext, canUndo: boolean): Reply {
  const { t } = ctx;
  if (!entries.length) return { text: t("ed-history-empty", { town: title }) };
  const blocks = entries.map((e) => historyBlock(e, catalog, ctx));
  // A data release is not undone from the chat: its changes are corrected one by one with /edit.
  const undoable = canUndo ? entries.filter((e) => !e.undoneById && e.kind !== "release").slice(0, 5) : [];
  return {
    text: listed(ctx, t("ed-history-title", { town: title }), blocks, ""),
    ...(undoable.length ? { keyboard: undoable.map((e) => [{ text: t("ed-btn-undo", { id: String(e.setId) }), data: edCb.undo(e.setId) }]) } : {}),
  };
}

/** Where a release and an editor disagree: the editor's value stands, the release's is shown beside it. */
export function renderConflicts(entries: ReleaseConflictEntry[], title: string, catalog: Catalog, ctx: RenderContext): Reply {
  const { t, lang } = ctx;
  // Fields editors change and the locales name; the rest (sources, history) follow from these.
  const shown = entries.filter((c) => c.field === "*" || NAMED_FIELDS.has(c.field));
  if (!shown.length) return { text: t("ed-conflicts-empty", { town: title }) };
  const lines = shown.map((c) => {
    const town = c.townId ? catalog.towns.get(c.townId) : undefined;
    const townName = escapeHtml(town ? (lang === "kk" ? town.nameKk : town.nameRu) : "");
    const measure = c.entity === "measure" ? catalog.measures.find((m) => m.id === c.entityId) : undefined;
    const figure = c.entity === "figure" ? [...(town?.figures ?? []), ...catalog.nationalFigures].find((f) => f.id === c.entityId) : undefined;
    const label = measure
      ? lang === "kk"
        ? measure.titleKk
        : measure.titleRu
      : figure
        ? (lang === "kk" ? figure.labelKk : figure.labelRu) || t(`ed-key-${figure.key}`)
        : c.field === "*"
          ? recordLabel(c.release as Record<string, Json>, ctx)
          : "";
    const what = [townName, escapeHtml(label)].filter(Boolean).join(": ");
    if (c.field === "*")
      return `➖ ${what}
    ${t("ed-conflict-deleted", { date: formatDate(c.releaseId, lang) })}`;
    return `✏️ ${what}
    ${t("ed-conflict-field", {
      field: t(`ed-field-${c.field}`),
      kept: valueText(c.field, c.kept as Json, ctx),
      release: valueText(c.field, c.release as Json, ctx),
      date: formatDate(c.releaseId, lang),
    })}`;
  });
  return { text: listed(ctx, t("ed-conflicts-title", { town: title }), lines, t("ed-conflicts-hint")) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** When a change set went in, as editors in Kazakhstan read their clocks (Asia/Almaty). */
function historyTime(at: Date, ctx: RenderContext): string {
  const l = localTime(at);
  return ctx.t("ed-history-when", { date: `${pad(l.day)}.${pad(l.month)}.${l.year}`, time: `${pad(l.hour)}:${pad(l.minute)}` });
}

/** The project's title or the figure's label a change is about, in the reader's language; its id only if it is gone. */
function entityTitle(catalog: Catalog, c: { entity: string; entityId: string; townId: string | null }, ctx: RenderContext): string {
  const kk = ctx.lang === "kk";
  if (c.entity === "measure") {
    const m = catalog.measures.find((x) => x.id === c.entityId);
    if (m) return kk ? m.titleKk || m.titleRu : m.titleRu;
  }
  if (c.entity === "figure") {
    const town = c.townId ? catalog.towns.get(c.townId) : undefined;
    const f = (town?.figures ?? catalog.nationalFigures).find((x) => x.id === c.entityId);
    if (f) {
      // The kind and period, then the figure's own name (a budget component) in the reader's language only.
      const own = kk ? f.labelKk : f.labelRu;
      const key = ctx.t(`ed-key-${f.key}`);
      return `${f.period ? `${key} (${f.period})` : key}${own ? ` · ${own}` : ""}`;
    }
  }
  return c.entityId;
}

/** Undo changes the data for every reader: the admin confirms first. */
export function renderUndoConfirm(entry: HistoryEntry | null, setId: number, catalog: Catalog, ctx: RenderContext): Reply {
  const { t } = ctx;
  const lines = [t("ed-undo-confirm", { id: String(setId) })];
  if (entry) lines.push("", historyBlock(entry, catalog, ctx));
  return {
    text: lines.join("\n"),
    keyboard: [
      [
        { text: t("ed-btn-undo-yes"), data: edCb.undoYes(setId) },
        { text: t("ed-btn-undo-no"), data: edCb.undoNo(setId) },
      ],
    ],
  };
}

function recordLabel(r: Record<string, Json> | null, ctx: RenderContext): string {
  if (!r) return "";
  const title = ctx.lang === "kk" ? (r.titleKk ?? r.labelKk) : (r.titleRu ?? r.labelRu);
  return String(title ?? r.key ?? r.id ?? "");
}

/** One logged change in a reader's words (a town's history): the record, then the field's old → new, or added / removed. */
export function changeText(
  catalog: Catalog,
  c: { entity: string; entityId: string; townId: string | null; field: string; old: unknown; new: unknown },
  ctx: RenderContext,
): string {
  if (c.field === "*") {
    const label = escapeHtml(recordLabel((c.old ?? c.new) as Record<string, Json>, ctx));
    return ctx.t(c.old === null ? "history-edit-added" : "history-edit-removed", { record: label });
  }
  const change = fieldLine({ field: c.field, old: c.old as Json, new: c.new as Json }, ctx);
  return c.entity === "town" ? change : `${escapeHtml(entityTitle(catalog, c, ctx))}: ${change}`;
}
