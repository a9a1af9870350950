// What an editor's rows would change: the difference between validated rows and the
// catalog, as a list of planned changes the data layer applies in one transaction and
// logs one field at a time. Pure: the same rows and catalog give the same plan.
import { createHash } from "node:crypto";
import type { Catalog, Figure, Measure, TierId } from "./types.ts";
import { TIER_IDS } from "./types.ts";

export type Json = string | number | boolean | null;

export interface SourceRef {
  title: string;
  date: string;
  url: string;
}

/** A source an editor gave: stored once, under an id made from its content. */
export interface EditorSource extends SourceRef {
  id: string;
  publisher: string;
}

export type SheetKind = "measures" | "figures";
type Entity = "measure" | "figure" | "town";

export interface MeasureRow {
  line: number;
  id: string | null;
  townId: string;
  titleRu: string;
  titleKk: string;
  status: string;
  amountKztBn: number | null;
  /** «около», «до», «более» of the amount; undefined: the sheet has no such column, keep it. */
  amountQualifier?: string | null;
  deadline: string | null;
  doneOn: string | null;
  source: SourceRef | null;
  /** Some source cells were filled, not all three. Matters only if the row changes something. */
  sourcePartial?: boolean;
}

export interface FigureRow {
  line: number;
  /** A figure id, or `tier:<town>` for the town's tier. */
  id: string | null;
  townId: string;
  key: string;
  period: string | null;
  /** A number, or for the tier row a tier id (null: none). */
  value: number | string | null;
  qualifier: string;
  asOf: string | null;
  source: SourceRef | null;
  sourcePartial?: boolean;
}

export interface FieldChange {
  field: string;
  old: Json;
  new: Json;
}

export interface PlannedChange {
  entity: Entity;
  op: "add" | "update" | "remove";
  entityId: string;
  townId: string;
  /** The row of the file it comes from; null for removals. */
  line: number | null;
  labelRu: string;
  labelKk: string;
  /** For figures: what the figure measures, named by the renderer when it has no label of its own. */
  key?: string;
  period?: string | null;
  /** update: the fields that differ. */
  fields: FieldChange[];
  /** add: the new record; remove: the old one, so an undo can put it back. */
  record?: Record<string, Json>;
  /** add: the towns a new measure belongs to (remove keeps them in the record). */
  townIds?: string[];
  sourceId: string | null;
}

export interface EditPlan {
  kind: SheetKind;
  changes: PlannedChange[];
  sources: EditorSource[];
}

export interface PlanError {
  line: number;
  column: string;
  code: "source_missing" | "source_incomplete" | "unknown_id" | "town_mismatch" | "duplicate" | "duplicate_existing" | "bad_key" | "bad_tier";
  params?: Record<string, string | number>;
}

export const PROJECT_STATUSES = ["done", "in_progress", "planned", "delayed", "not_started", "instructed", "unknown"] as const;
export const QUALIFIERS = ["exact", "approx", "more_than", "up_to"] as const;
/** Town figures editors keep: numbers with a unit the card knows how to show. */
export const EDITABLE_FIGURES: Record<string, string> = {
  population: "people",
  measures_total: "measures",
  measures_done: "measures",
  measures_unfinished: "measures",
  planned_kzt_bn: "KZT bn",
  allocated_kzt_bn: "KZT bn",
};
export const TIER_KEY = "tier";
export const tierRowId = (townId: string) => `tier:${townId}`;

const shortHash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 10);

export function editorSource(s: SourceRef): EditorSource {
  let publisher = s.url;
  try {
    publisher = new URL(s.url).hostname.replace(/^www\./, "");
  } catch {
    // validated before; keep the url as the publisher if it still does not parse
  }
  return { ...s, id: `ed-${shortHash(`${s.title}\n${s.date}\n${s.url}`)}`, publisher };
}

/** Project measures listed under a town in templates: a project is listed under its first town. */
export function townProjects(catalog: Catalog, townId: string): Measure[] {
  return catalog.measures.filter((m) => m.kind === "project" && m.townIds[0] === townId);
}

export function editableFigures(catalog: Catalog, townId: string): Figure[] {
  return (catalog.towns.get(townId)?.figures ?? []).filter((f) => f.key in EDITABLE_FIGURES && f.unit === EDITABLE_FIGURES[f.key]);
}

class Planner {
  changes: PlannedChange[] = [];
  errors: PlanError[] = [];
  private sources = new Map<string, EditorSource>();
  private known: Map<string, string>;

  constructor(catalog: Catalog) {
    // A source already in the data (as the template fills it in) keeps its own id.
    this.known = new Map([...catalog.sources.values()].filter((s) => s.title && s.date && s.url).map((s) => [`${s.title}\n${s.date}\n${s.url}`, s.id]));
  }

  sourceFor(row: { line: number; source: SourceRef | null; sourcePartial?: boolean }): string | null {
    if (!row.source) {
      this.errors.push({
        line: row.line,
        column: row.sourcePartial ? "source_url" : "source_title",
        code: row.sourcePartial ? "source_incomplete" : "source_missing",
      });
      return null;
    }
    const existing = this.known.get(`${row.source.title}\n${row.source.date}\n${row.source.url}`);
    if (existing) return existing;
    const s = editorSource(row.source);
    this.sources.set(s.id, s);
    return s.id;
  }

  done(kind: SheetKind): { plan: EditPlan; errors: PlanError[] } {
    return { plan: { kind, changes: this.changes, sources: [...this.sources.values()] }, errors: this.errors.sort((a, b) => a.line - b.line) };
  }
}

function measureRecord(m: Measure): Record<string, Json> {
  return {
    id: m.id,
    kind: m.kind,
    scope: m.scope,
    titleRu: m.titleRu,
    titleKk: m.titleKk,
    status: m.status,
    amountKztBn: m.amountKztBn,
    amountOther: m.amountOther?.ru || null,
    amountOtherKk: m.amountOther?.kk || null,
    amountQualifier: m.amountQualifier,
    jobs: m.jobs,
    deadline: m.deadline,
    deadlineHistory: JSON.stringify(m.deadlineHistory.map((d) => ({ deadline: d.deadline, sourceId: d.source?.id ?? null }))),
    doneOn: m.doneOn,
    planLink: m.planLink,
    asOf: m.asOf,
    note: m.note?.ru || null,
    noteKk: m.note?.kk || null,
    sourceIds: JSON.stringify(m.sources.map((s) => s.id)),
    townIds: JSON.stringify(m.townIds),
  };
}

/**
 * complete: the rows list their towns in full (an uploaded sheet), so what they leave
 * out is removed; a single edit passes false and touches only its row.
 */
export function planMeasures(catalog: Catalog, rows: MeasureRow[], complete = true): { plan: EditPlan; errors: PlanError[] } {
  const p = new Planner(catalog);
  const byId = new Map(catalog.measures.filter((m) => m.kind === "project").map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  const towns = new Set(rows.map((r) => r.townId));
  for (const row of rows) {
    const key = row.id ?? `new:${row.townId}:${row.titleRu.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      p.errors.push({ line: row.line, column: row.id ? "measure_id" : "title_ru", code: "duplicate", params: { row: first } });
      continue;
    }
    seen.set(key, row.line);
    if (row.id === null) {
      const same = townProjects(catalog, row.townId).find((m) => m.titleRu.toLowerCase() === row.titleRu.toLowerCase());
      if (same) {
        p.errors.push({ line: row.line, column: "measure_id", code: "duplicate_existing", params: { id: same.id } });
        continue;
      }
      const sourceId = p.sourceFor(row);
      const id = `${row.townId}-ed-${shortHash(`${row.titleRu}\n${row.line}`)}`;
      p.changes.push({
        entity: "measure",
        op: "add",
        entityId: id,
        townId: row.townId,
        line: row.line,
        labelRu: row.titleRu,
        labelKk: row.titleKk,
        fields: [],
        townIds: [row.townId],
        sourceId,
        record: {
          id,
          kind: "project",
          scope: "town",
          titleRu: row.titleRu,
          titleKk: row.titleKk,
          status: row.status,
          amountKztBn: row.amountKztBn,
          amountQualifier: row.amountQualifier ?? null,
          deadline: row.deadline,
          doneOn: row.doneOn,
          deadlineHistory: "[]",
          sourceIds: JSON.stringify(sourceId ? [sourceId] : []),
          asOf: row.source?.date ?? null,
        },
      });
      continue;
    }
    const cur = byId.get(row.id);
    if (!cur) {
      p.errors.push({ line: row.line, column: "measure_id", code: "unknown_id", params: { id: row.id } });
      continue;
    }
    if (cur.townIds[0] !== row.townId) {
      p.errors.push({ line: row.line, column: "town_id", code: "town_mismatch", params: { town: cur.townIds[0] ?? "" } });
      continue;
    }
    const fields: FieldChange[] = [];
    const cmp = (field: string, old: Json, now: Json) => {
      if (old !== now) fields.push({ field, old, new: now });
    };
    cmp("titleRu", cur.titleRu, row.titleRu);
    cmp("titleKk", cur.titleKk, row.titleKk);
    cmp("status", cur.status, row.status);
    cmp("amountKztBn", cur.amountKztBn, row.amountKztBn);
    if (row.amountQualifier !== undefined) cmp("amountQualifier", cur.amountQualifier, row.amountQualifier);
    cmp("deadline", cur.deadline, row.deadline);
    cmp("doneOn", cur.doneOn, row.doneOn);
    if (!fields.length) continue;
    const sourceId = p.sourceFor(row);
    const oldSources = cur.sources.map((s) => s.id);
    if (sourceId && oldSources[0] !== sourceId) {
      fields.push({ field: "sourceIds", old: JSON.stringify(oldSources), new: JSON.stringify([sourceId, ...oldSources.filter((s) => s !== sourceId)]) });
    }
    // A moved deadline is remembered: digests show the deadlines a project slipped from.
    if (cur.deadline && row.deadline !== cur.deadline) {
      const history = cur.deadlineHistory.map((d) => ({ deadline: d.deadline, sourceId: d.source?.id ?? null }));
      fields.push({
        field: "deadlineHistory",
        old: JSON.stringify(history),
        new: JSON.stringify([...history, { deadline: cur.deadline, sourceId: oldSources[0] ?? null }]),
      });
    }
    p.changes.push({
      entity: "measure",
      op: "update",
      entityId: cur.id,
      townId: row.townId,
      line: row.line,
      labelRu: cur.titleRu,
      labelKk: cur.titleKk,
      fields,
      sourceId,
    });
  }
  // A town in the file is listed in full: its projects missing from the file are removed.
  for (const townId of complete ? towns : []) {
    for (const m of townProjects(catalog, townId)) {
      if (seen.has(m.id)) continue;
      p.changes.push({
        entity: "measure",
        op: "remove",
        entityId: m.id,
        townId,
        line: null,
        labelRu: m.titleRu,
        labelKk: m.titleKk,
        fields: [],
        record: measureRecord(m),
        sourceId: null,
      });
    }
  }
  return p.done("measures");
}

function figureRecord(f: Figure): Record<string, Json> {
  return {
    id: f.id,
    townId: f.townId,
    planId: f.planId,
    key: f.key,
    value: f.value,
    text: f.text?.ru || null,
    textKk: f.text?.kk || null,
    unit: f.unit,
    qualifier: f.qualifier,
    component: f.component,
    period: f.period,
    asOf: f.asOf,
    labelRu: f.labelRu,
    labelKk: f.labelKk,
    formula: f.formula ?? null,
    note: f.note?.ru || null,
    noteKk: f.note?.kk || null,
    scope: f.scope,
    position: f.position,
    sourceId: f.source?.id ?? null,
  };
}

function figureLabels(f: { key: string; labelRu: string | null; labelKk: string | null; period: string | null }) {
  return { labelRu: f.labelRu ?? "", labelKk: f.labelKk ?? "", key: f.key, period: f.period };
}

export function planFigures(catalog: Catalog, rows: FigureRow[], complete = true): { plan: EditPlan; errors: PlanError[] } {
  const p = new Planner(catalog);
  const seen = new Map<string, number>();
  const towns = new Set(rows.map((r) => r.townId));
  for (const row of rows) {
    const key = row.id ?? `new:${row.townId}:${row.key}:${row.period ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined) {
      p.errors.push({ line: row.line, column: row.id ? "figure_id" : "key", code: "duplicate", params: { row: first } });
      continue;
    }
    seen.set(key, row.line);
    const town = catalog.towns.get(row.townId)!;
    if (row.key === TIER_KEY) {
      if (row.id !== null && row.id !== tierRowId(row.townId)) {
        p.errors.push({ line: row.line, column: "figure_id", code: "unknown_id", params: { id: row.id } });
        continue;
      }
      const tier = row.value === null ? null : String(row.value);
      if (tier !== null && !TIER_IDS.includes(tier as TierId)) {
        p.errors.push({ line: row.line, column: "value", code: "bad_tier", params: { tiers: TIER_IDS.join(", ") } });
        continue;
      }
      if (tier === town.tierId) continue;
      const sourceId = p.sourceFor(row);
      p.changes.push({
        entity: "town",
        op: "update",
        entityId: town.id,
        townId: town.id,
        line: row.line,
        labelRu: town.nameRu,
        labelKk: town.nameKk,
        fields: [{ field: "tierId", old: town.tierId, new: tier }],
        sourceId,
      });
      continue;
    }
    if (!(row.key in EDITABLE_FIGURES)) {
      p.errors.push({ line: row.line, column: "key", code: "bad_key", params: { keys: [...Object.keys(EDITABLE_FIGURES), TIER_KEY].join(", ") } });
      continue;
    }
    const value = typeof row.value === "number" ? row.value : null;
    if (row.id === null) {
      const sourceId = p.sourceFor(row);
      const id = `${row.townId}-${row.key}-ed-${shortHash(`${row.period ?? ""}\n${row.line}`)}`;
      const labels = figureLabels({ key: row.key, labelRu: null, labelKk: null, period: row.period });
      p.changes.push({
        entity: "figure",
        op: "add",
        entityId: id,
        townId: row.townId,
        line: row.line,
        ...labels,
        fields: [],
        sourceId,
        record: {
          id,
          townId: row.townId,
          key: row.key,
          value,
          unit: EDITABLE_FIGURES[row.key]!,
          qualifier: row.qualifier,
          period: row.period,
          asOf: row.asOf,
          sourceId,
          position: 100,
        },
      });
      continue;
    }
    const cur = editableFigures(catalog, row.townId).find((f) => f.id === row.id);
    if (!cur) {
      const elsewhere = [...catalog.towns.values()].some((t) => t.figures.some((f) => f.id === row.id));
      p.errors.push(
        elsewhere
          ? { line: row.line, column: "town_id", code: "town_mismatch", params: { town: "" } }
          : { line: row.line, column: "figure_id", code: "unknown_id", params: { id: row.id } },
      );
      continue;
    }
    const fields: FieldChange[] = [];
    if (cur.value !== value) fields.push({ field: "value", old: cur.value, new: value });
    if (cur.qualifier !== row.qualifier) fields.push({ field: "qualifier", old: cur.qualifier, new: row.qualifier });
    if (cur.asOf !== row.asOf) fields.push({ field: "asOf", old: cur.asOf, new: row.asOf });
    if (!fields.length) continue;
    const sourceId = p.sourceFor(row);
    if (sourceId && sourceId !== (cur.source?.id ?? null)) fields.push({ field: "sourceId", old: cur.source?.id ?? null, new: sourceId });
    // A figure the bot computed from others stops being computed once an editor states it.
    if (cur.formula) fields.push({ field: "formula", old: cur.formula, new: null });
    p.changes.push({ entity: "figure", op: "update", entityId: cur.id, townId: row.townId, line: row.line, ...figureLabels(cur), fields, sourceId });
  }
  for (const townId of complete ? towns : []) {
    for (const f of editableFigures(catalog, townId)) {
      if (seen.has(f.id)) continue;
      p.changes.push({
        entity: "figure",
        op: "remove",
        entityId: f.id,
        townId,
        line: null,
        ...figureLabels(f),
        fields: [],
        record: figureRecord(f),
        sourceId: null,
      });
    }
  }
  return p.done("figures");
}

/** The changes that put back what a logged change set did, newest first. */
export function reversePlan(changes: PlannedChange[]): PlannedChange[] {
  return [...changes].reverse().map((c) => {
    if (c.op === "update") return { ...c, fields: c.fields.map((f) => ({ field: f.field, old: f.new, new: f.old })) };
    return { ...c, op: c.op === "add" ? "remove" : "add" };
  });
}

/** One record an editor may change on its own, and the row it currently makes. */
export type EditTarget =
  | { kind: "measure"; id: string; row: MeasureRow }
  /** labelRu/labelKk: the figure's own name in the data (a budget component, a plan). */
  | { kind: "figure"; id: string; row: FigureRow; labelRu?: string | null; labelKk?: string | null };

export function editTargets(catalog: Catalog, townId: string): EditTarget[] {
  const town = catalog.towns.get(townId);
  if (!town) return [];
  const out: EditTarget[] = [];
  if (town.status === "monotown") {
    out.push({
      kind: "figure",
      id: tierRowId(townId),
      row: { line: 1, id: tierRowId(townId), townId, key: TIER_KEY, period: null, value: town.tierId, qualifier: "exact", asOf: null, source: null },
    });
  }
  const figures = editableFigures(catalog, townId);
  // A town without a population figure gets one to fill in: unknown is there to be filled.
  if (!figures.some((f) => f.key === "population")) {
    out.push({
      kind: "figure",
      id: `new:${townId}:population`,
      row: { line: 1, id: null, townId, key: "population", period: null, value: null, qualifier: "exact", asOf: null, source: null },
    });
  }
  for (const f of figures) {
    out.push({
      kind: "figure",
      id: f.id,
      labelRu: f.labelRu,
      labelKk: f.labelKk,
      row: { line: 1, id: f.id, townId, key: f.key, period: f.period, value: f.value, qualifier: f.qualifier, asOf: f.asOf, source: null },
    });
  }
  for (const m of townProjects(catalog, townId)) {
    out.push({
      kind: "measure",
      id: m.id,
      row: {
        line: 1,
        id: m.id,
        townId,
        titleRu: m.titleRu,
        titleKk: m.titleKk,
        status: m.status,
        amountKztBn: m.amountKztBn,
        deadline: m.deadline,
        doneOn: m.doneOn,
        source: null,
      },
    });
  }
  return out;
}

/** Plans a set's rows: an upload lists its towns in full; a single edit touches its row only. */
export function planRows(catalog: Catalog, sheet: SheetKind, rows: unknown[], complete: boolean): { plan: EditPlan; errors: PlanError[] } {
  return sheet === "measures" ? planMeasures(catalog, rows as MeasureRow[], complete) : planFigures(catalog, rows as FigureRow[], complete);
}

/** The row a single edit makes: one field of one record set to a value, with its source. */
export function singleEditRow(
  target: EditTarget,
  field: string,
  value: number | string | null,
  source: SourceRef,
): { sheet: SheetKind; row: MeasureRow | FigureRow } {
  return { sheet: target.kind === "measure" ? "measures" : "figures", row: { ...target.row, [field]: value, source } as MeasureRow | FigureRow };
}

/** The plan of a single edit. */
export function planSingleEdit(catalog: Catalog, target: EditTarget, field: string, value: number | string | null, source: SourceRef) {
  const { sheet, row } = singleEditRow(target, field, value, source);
  return planRows(catalog, sheet, [row], false);
}
