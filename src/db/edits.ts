// Editors' changes: pending previews, applying one in a single transaction, the change
// log, and undo. A data version in Meta is moved on by every applied change set; a
// preview remembers the version it was made against, so of two editors confirming at
// once exactly one applies and the other is told the data changed.
import type { Db } from "./client.ts";
import { planRows, reversePlan, type EditPlan, type EditorSource, type Json, type PlanError, type PlannedChange, type SheetKind } from "../domain/edits.ts";
import type { Catalog } from "../domain/types.ts";
import type { HistoryEntry, ReleaseConflictEntry } from "../domain/edit-log.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const VERSION_KEY = "data.version";

export interface PendingSet {
  id: number;
  kind: "upload" | "edit" | "undo";
  status: string;
  userId: number;
  chatId: number;
  fileName: string | null;
  baseVersion: number;
  plan: EditPlan;
  /** The validated rows, kept so a preview made stale by another editor can be made again. */
  rows: unknown;
}

export type ApplyResult = { ok: true; setId: number; version: number; changes: number } | { ok: false; reason: "changed" | "gone" | "not_yours" };

export type UndoResult =
  | { ok: true; setId: number; changes: number }
  | { ok: false; reason: "gone" | "already_undone" | "not_applied" | "changed_since"; laterSetIds?: number[] };

export type { HistoryEntry, ReleaseConflictEntry } from "../domain/edit-log.ts";

const parse = (s: string | null): Json | Record<string, Json> => (s === null ? null : (JSON.parse(s) as Json));

export class EditRepo {
  constructor(private db: Db) {}

  async version(): Promise<number> {
    const row = await this.db.meta.findUnique({ where: { key: VERSION_KEY } });
    return row ? Number(row.value) : 0;
  }

  async createPending(p: {
    kind: "upload" | "edit";
    userId: number;
    chatId: number;
    fileName: string | null;
    baseVersion: number;
    plan: EditPlan;
    rows: unknown;
  }): Promise<number> {
    const row = await this.db.changeSet.create({
      data: {
        kind: p.kind,
        userId: BigInt(p.userId),
        chatId: BigInt(p.chatId),
        fileName: p.fileName,
        baseVersion: p.baseVersion,
        plan: JSON.stringify({ plan: p.plan, rows: p.rows }),
      },
      select: { id: true },
    });
    return row.id;
  }

  /**
   * Plans rows against the catalog and, when they change something, stores the plan as a
   * pending set made at the catalog's version. The rows are kept, so a preview that loses
   * a race can be planned again (an upload in full, a single edit as its one row).
   */
  async propose(
    catalog: Catalog,
    p: { kind: "upload" | "edit"; userId: number; chatId: number; fileName: string | null; sheet: SheetKind; rows: unknown[] },
  ): Promise<{ plan: EditPlan; errors: PlanError[]; setId: number | null }> {
    const { plan, errors } = planRows(catalog, p.sheet, p.rows, p.kind === "upload");
    if (errors.length || !plan.changes.length) return { plan, errors, setId: null };
    const setId = await this.createPending({
      kind: p.kind,
      userId: p.userId,
      chatId: p.chatId,
      fileName: p.fileName,
      baseVersion: catalog.version,
      plan,
      rows: p.rows,
    });
    return { plan, errors, setId };
  }

  async get(id: number): Promise<PendingSet | null> {
    const row = await this.db.changeSet.findUnique({ where: { id } });
    if (!row) return null;
    const stored = JSON.parse(row.plan) as { plan: EditPlan; rows: unknown };
    return {
      id: row.id,
      kind: row.kind as PendingSet["kind"],
      status: row.status,
      userId: Number(row.userId),
      chatId: Number(row.chatId),
      fileName: row.fileName,
      baseVersion: row.baseVersion,
      plan: stored.plan ?? { kind: "measures", changes: [], sources: [] },
      rows: stored.rows,
    };
  }

  /** Marks a pending set as not going to be applied; false when it was not pending any more. */
  async close(id: number, status: "cancelled" | "superseded"): Promise<boolean> {
    const res = await this.db.changeSet.updateMany({ where: { id, status: "pending" }, data: { status } });
    return res.count === 1;
  }

  async apply(id: number, userId: number, now: Date): Promise<ApplyResult> {
    const set = await this.get(id);
    if (set?.status !== "pending") return { ok: false, reason: "gone" };
    if (set.userId !== userId) return { ok: false, reason: "not_yours" };
    try {
      return await this.db.$transaction(
        async (tx) => {
          // First statement: takes the write lock, and fails over to "changed" when another
          // editor's set moved the version on since this preview was made.
          const version = await bumpVersion(tx, set.baseVersion);
          if (version === null) throw new Conflict();
          const claimed = await tx.changeSet.updateMany({ where: { id, status: "pending" }, data: { status: "applied", appliedAt: now, plan: "[]" } });
          if (claimed.count !== 1) throw new Gone();
          await applyChanges(tx, set.plan.changes, set.plan.sources, id, now);
          return { ok: true as const, setId: id, version, changes: set.plan.changes.length };
        },
        { timeout: 30_000 },
      );
    } catch (e) {
      if (e instanceof Conflict) {
        await this.close(id, "superseded");
        return { ok: false, reason: "changed" };
      }
      if (e instanceof Gone) return { ok: false, reason: "gone" };
      throw e;
    }
  }

  /** Puts back what a change set did, as a new logged change set. */
  async undo(setId: number, userId: number, chatId: number, now: Date): Promise<UndoResult> {
    const set = await this.db.changeSet.findUnique({ where: { id: setId }, include: { changes: { orderBy: { id: "asc" } } } });
    if (!set) return { ok: false, reason: "gone" };
    if (set.status !== "applied") return { ok: false, reason: "not_applied" };
    if (set.undoneById !== null) return { ok: false, reason: "already_undone" };
    // Undo is refused when the records no longer hold what this set wrote (a later set
    // changed them): putting the old values back would silently throw that work away.
    const done = toPlanned(set.changes);
    if (!(await holds(this.db, done))) {
      const later = await this.db.change.findMany({
        where: {
          changeSetId: { gt: setId },
          OR: done.map((c) => ({ entity: c.entity, entityId: c.entityId })),
          changeSet: { status: "applied", undoneById: null },
        },
        select: { changeSetId: true },
      });
      return { ok: false, reason: "changed_since", laterSetIds: [...new Set(later.map((c) => c.changeSetId))].sort((a, b) => b - a) };
    }
    const reverse = reversePlan(done);
    try {
      return await this.db.$transaction(
        async (tx) => {
          const base = await readVersion(tx);
          if ((await bumpVersion(tx, base)) === null) throw new Conflict();
          const marked = await tx.changeSet.updateMany({ where: { id: setId, undoneById: null }, data: { undoneById: -1 } });
          if (marked.count !== 1) throw new Gone();
          const undo = await tx.changeSet.create({
            data: { kind: "undo", status: "applied", userId: BigInt(userId), chatId: BigInt(chatId), baseVersion: base, undoOfId: setId, appliedAt: now },
            select: { id: true },
          });
          await tx.changeSet.update({ where: { id: setId }, data: { undoneById: undo.id } });
          await applyChanges(tx, reverse, [], undo.id, now);
          return { ok: true as const, setId: undo.id, changes: reverse.length };
        },
        { timeout: 30_000 },
      );
    } catch (e) {
      if (e instanceof Conflict || e instanceof Gone) return { ok: false, reason: "already_undone" };
      throw e;
    }
  }

  /** Applied change sets touching a town (or all towns), newest first. */
  async history(townId: string | null, limit = 10): Promise<HistoryEntry[]> {
    const sets = await this.db.changeSet.findMany({
      where: { status: "applied", ...(townId ? { changes: { some: { townId } } } : {}) },
      orderBy: { id: "desc" },
      take: limit,
      include: { changes: { where: townId ? { townId } : {}, orderBy: { id: "asc" } } },
    });
    return this.entries(sets);
  }

  /** One applied change set as the history shows it (for the undo's confirmation); null if none. */
  async historyEntry(setId: number): Promise<HistoryEntry | null> {
    const set = await this.db.changeSet.findFirst({ where: { id: setId, status: "applied" }, include: { changes: { orderBy: { id: "asc" } } } });
    return set ? (await this.entries([set]))[0]! : null;
  }

  private async entries(
    sets: Array<Awaited<ReturnType<Db["changeSet"]["findFirstOrThrow"]>> & { changes: Array<Awaited<ReturnType<Db["change"]["findFirstOrThrow"]>>> }>,
  ): Promise<HistoryEntry[]> {
    const users = await this.db.user.findMany({
      where: { id: { in: [...new Set(sets.map((s) => s.userId))] } },
      select: { id: true, firstName: true, username: true },
    });
    const names = new Map(users.map((u) => [u.id, u.username ? `@${u.username}` : u.firstName]));
    return sets.map((s) => ({
      setId: s.id,
      kind: s.kind,
      fileName: s.fileName,
      userId: Number(s.userId),
      userName: names.get(s.userId) ?? null,
      at: s.appliedAt ?? s.createdAt,
      undoOfId: s.undoOfId,
      undoneById: s.undoneById,
      changes: s.changes.map((c) => ({
        entity: c.entity,
        entityId: c.entityId,
        townId: c.townId,
        field: c.field,
        old: parse(c.oldValue),
        new: parse(c.newValue),
        sourceId: c.sourceId,
      })),
    }));
  }

  /**
   * Fields a dataset release would have changed but an editor had changed first (see
   * db/seed/seed.ts): the editor's value was kept; both are listed, newest release first.
   */
  async conflicts(townId: string | null, limit = 50): Promise<ReleaseConflictEntry[]> {
    const rows = await this.db.releaseConflict.findMany({
      where: townId ? { townId } : {},
      orderBy: [{ releaseId: "desc" }, { id: "asc" }],
      take: limit,
    });
    return rows.map((r) => ({
      releaseId: r.releaseId,
      entity: r.entity,
      entityId: r.entityId,
      townId: r.townId,
      field: r.field,
      release: parse(r.releaseValue),
      kept: parse(r.keptValue),
    }));
  }

  /** When each record was last changed by an editor: "figure:<id>" → date. */
  async lastChanged(): Promise<Map<string, Date>> {
    const rows = await this.db.change.groupBy({ by: ["entity", "entityId"], _max: { at: true } });
    return new Map(rows.map((r) => [`${r.entity}:${r.entityId}`, r._max.at!]));
  }
}

/** Whether every record still holds what the changes wrote. */
async function holds(db: Db, changes: PlannedChange[]): Promise<boolean> {
  for (const c of changes) {
    const row = await (db[MODEL[c.entity]] as unknown as { findUnique(a: unknown): Promise<Record<string, unknown> | null> }).findUnique({
      where: { id: c.entityId },
    });
    if (c.op === "add" && !row) return false;
    if (c.op === "remove" && row) return false;
    if (c.op === "update" && (!row || c.fields.some((f) => (row[f.field] ?? null) !== f.new))) return false;
  }
  return true;
}

class Conflict extends Error {}
class Gone extends Error {}

async function readVersion(tx: Tx): Promise<number> {
  const row = await tx.meta.findUnique({ where: { key: VERSION_KEY } });
  return row ? Number(row.value) : 0;
}

/** Compare-and-set of the data version: the new version, or null when it had moved on. */
async function bumpVersion(tx: Tx, base: number): Promise<number | null> {
  // The row is created by the migration, so concurrent confirms only ever race on this UPDATE.
  const res = await tx.meta.updateMany({ where: { key: VERSION_KEY, value: String(base) }, data: { value: String(base + 1) } });
  return res.count === 1 ? base + 1 : null;
}

/** One field's change as the change log stores it (values as JSON text). */
export interface LoggedChange {
  entity: string;
  entityId: string;
  townId: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  sourceId: string | null;
}

function toPlanned(changes: LoggedChange[]): PlannedChange[] {
  const out: PlannedChange[] = [];
  for (const c of changes) {
    const base = {
      entity: c.entity as PlannedChange["entity"],
      entityId: c.entityId,
      townId: c.townId ?? "",
      line: null,
      labelRu: "",
      labelKk: "",
      sourceId: c.sourceId,
    };
    if (c.field === "*") {
      const isAdd = c.oldValue === null;
      out.push({ ...base, op: isAdd ? "add" : "remove", fields: [], record: JSON.parse((isAdd ? c.newValue : c.oldValue)!) as Record<string, Json> });
      continue;
    }
    const prev = out.at(-1);
    const field = { field: c.field, old: parse(c.oldValue) as Json, new: parse(c.newValue) as Json };
    if (prev && prev.op === "update" && prev.entity === c.entity && prev.entityId === c.entityId) prev.fields.push(field);
    else out.push({ ...base, op: "update", fields: [field] });
  }
  return out;
}

const MODEL = { measure: "measure", figure: "figure", town: "town" } as const;

async function applyChanges(tx: Tx, changes: PlannedChange[], sources: EditorSource[], setId: number, now: Date) {
  for (const s of sources) {
    await tx.source.upsert({
      where: { id: s.id },
      update: {},
      create: { id: s.id, publisher: s.publisher, title: s.title, date: s.date, url: s.url, grade: "editor" },
    });
  }
  const log: Array<LoggedChange & { changeSetId: number; at: Date }> = [];
  for (const c of changes) {
    const entry = { changeSetId: setId, entity: c.entity, entityId: c.entityId, townId: c.townId || null, sourceId: c.sourceId, at: now };
    if (c.op === "update") {
      const data = Object.fromEntries(c.fields.map((f) => [f.field, f.new]));
      await (tx[MODEL[c.entity]] as unknown as { update(a: unknown): Promise<unknown> }).update({ where: { id: c.entityId }, data });
      for (const f of c.fields) log.push({ ...entry, field: f.field, oldValue: JSON.stringify(f.old), newValue: JSON.stringify(f.new) });
    } else if (c.op === "add") {
      const { townIds, ...record } = c.record ?? {};
      const towns = c.townIds ?? (typeof townIds === "string" ? (JSON.parse(townIds) as string[]) : []);
      if (c.entity === "measure") {
        await tx.measure.create({ data: record as unknown as Parameters<Tx["measure"]["create"]>[0]["data"] });
        for (const townId of towns) await tx.measureTown.create({ data: { measureId: c.entityId, townId } });
      } else {
        await tx.figure.create({ data: record as unknown as Parameters<Tx["figure"]["create"]>[0]["data"] });
      }
      log.push({
        ...entry,
        field: "*",
        oldValue: null,
        newValue: JSON.stringify(c.entity === "measure" ? { ...record, townIds: JSON.stringify(towns) } : record),
      });
    } else {
      if (c.entity === "measure") await tx.measure.delete({ where: { id: c.entityId } });
      else await tx.figure.delete({ where: { id: c.entityId } });
      log.push({ ...entry, field: "*", oldValue: JSON.stringify(c.record ?? {}), newValue: null });
    }
  }
  if (log.length) await tx.change.createMany({ data: log });
}

export type { SheetKind };
