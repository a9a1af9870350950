// Editors' changes per town, for the town's history: the latest few of each town and how
// many there are. Only changes that stand are read: a change set later undone, and the
// undo itself, cancel out for a reader; a data release's changes are the dataset's own.
import type { Db } from "./client.ts";
import { HISTORY_EDIT_FIELDS, HISTORY_EDITS_SHOWN } from "../domain/history.ts";
import type { Source, TownEdit } from "../domain/types.ts";

const parse = (s: string | null): unknown => (s === null ? null : (JSON.parse(s) as unknown));

export async function loadTownEdits(db: Db, sources: Map<string, Source>): Promise<Map<string, { latest: TownEdit[]; total: number }>> {
  const where = {
    field: { in: [...HISTORY_EDIT_FIELDS] },
    changeSet: { status: "applied", undoneById: null, kind: { in: ["upload", "edit"] } },
  };
  const counts = await db.change.groupBy({ by: ["townId"], where: { ...where, townId: { not: null } }, _count: { _all: true } });
  const out = new Map<string, { latest: TownEdit[]; total: number }>();
  // One small query per town that has changes: a town's newest are found however many other towns have.
  await Promise.all(
    counts.map(async (c) => {
      const rows = await db.change.findMany({ where: { ...where, townId: c.townId }, orderBy: { id: "desc" }, take: HISTORY_EDITS_SHOWN });
      out.set(c.townId!, {
        total: c._count._all,
        latest: rows.map((r) => ({
          at: r.at,
          entity: r.entity,
          entityId: r.entityId,
          field: r.field,
          old: parse(r.oldValue),
          new: parse(r.newValue),
          source: r.sourceId ? (sources.get(r.sourceId) ?? null) : null,
        })),
      });
    }),
  );
  return out;
}
