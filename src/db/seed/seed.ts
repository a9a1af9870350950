// Applies a dataset release to the database: the first start seeds, a newer bundled
// release is imported over the existing data. Releases are versioned (the Release table,
// by compile date): one already applied, or older than one applied, changes nothing.
//
// For each record the row the last release wrote is kept in SeedRecord. A field the
// new release changes is updated only while the database still holds what the previous
// release wrote there; a field an editor changed since is kept as the editor left it and
// listed in ReleaseConflict with both values (/conflicts). Records an editor deleted are
// not brought back. Changes the release makes to towns, figures and measures are logged
// as a change set of kind "release", so /history and digests show them like any edit.
import { createHash } from "node:crypto";
import type { Db } from "../client.ts";
import { type LoggedChange, VERSION_KEY } from "../edits.ts";
import { datasetRows, type Row, type SeedRows } from "./rows.ts";
import { loadDataset, DEFAULT_DATASET_DIR, type Dataset } from "./dataset.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const ORDER: Array<keyof SeedRows> = ["source", "tier", "town", "townName", "enterprise", "plan", "figure", "measure", "measureTown", "discrepancy", "meta"];

const keyOf: Record<keyof SeedRows, (r: Row) => string> = {
  source: (r) => String(r.id),
  tier: (r) => String(r.id),
  town: (r) => String(r.id),
  enterprise: (r) => String(r.id),
  plan: (r) => String(r.id),
  figure: (r) => String(r.id),
  measure: (r) => String(r.id),
  discrepancy: (r) => String(r.id),
  townName: (r) => `${r.townId}|${r.kind}|${r.name}`,
  measureTown: (r) => `${r.measureId}|${r.townId}`,
  meta: (r) => String(r.key),
};

/** The tables editors change, by the entity name their change log uses. */
const LOGGED: Partial<Record<keyof SeedRows, "town" | "figure" | "measure">> = { town: "town", figure: "figure", measure: "measure" };

function hashRow(row: Row, fields: string[]): string {
  const picked = fields.map((f) => [f, row[f] ?? null]);
  return createHash("sha1").update(JSON.stringify(picked)).digest("hex");
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface SeedReport {
  /** The release (its compile date). */
  release: string;
  skipped: boolean;
  created: number;
  updated: number;
  /** Fields (or deleted records) an editor changed since the previous release, kept as they are. */
  keptEdited: number;
}

type Delegate = {
  findMany(args?: unknown): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  update(args: { where: unknown; data: Row }): Promise<unknown>;
};

/** Applies the bundled release (prisma/seed-data) or the one in `dir`. */
export async function seedDatabase(db: Db, dir = DEFAULT_DATASET_DIR, now = new Date()): Promise<SeedReport> {
  return applyRelease(db, loadDataset(dir), now);
}

export async function applyRelease(db: Db, ds: Dataset, now = new Date()): Promise<SeedReport> {
  const rows = datasetRows(ds);
  const releaseHash = createHash("sha1").update(JSON.stringify(rows)).digest("hex");
  const release = ds.compiledAt;
  const skipped: SeedReport = { release, skipped: true, created: 0, updated: 0, keptEdited: 0 };
  const applied = await db.release.findMany({ orderBy: { id: "desc" } });
  if (applied.some((r) => r.id === release && r.hash === releaseHash)) return skipped;
  if (applied[0] && applied[0].id > release) return skipped; // an older release never undoes a newer one

  const report: SeedReport = { ...skipped, skipped: false };
  // A measure's town is in its own table; the change log files a measure under it.
  const measureTown = new Map<string, string>();
  for (const mt of rows.measureTown) if (!measureTown.has(String(mt.measureId))) measureTown.set(String(mt.measureId), String(mt.townId));
  await db.$transaction(
    async (tx) => {
      const hadData = (await tx.seedRecord.count()) > 0;
      const edited = await editedFields(tx);
      const logged: LoggedChange[] = [];
      const conflicts: Array<{
        releaseId: string;
        entity: string;
        entityId: string;
        townId: string | null;
        field: string;
        releaseValue: string | null;
        keptValue: string | null;
      }> = [];
      for (const table of ORDER) {
        const delegate = (tx as unknown as Record<string, Delegate>)[table]!;
        const records = new Map((await tx.seedRecord.findMany({ where: { table } })).map((r) => [r.id, r]));
        const current = new Map((await delegate.findMany()).map((r) => [keyOf[table](r), r]));
        const toCreate: Row[] = [];
        const newRecords: Array<{ table: string; id: string; hash: string; values: string }> = [];
        // Rewritten in two statements per table rather than one per record: PostgreSQL pays a round trip for each.
        const rewritten: string[] = [];
        const entity = LOGGED[table];
        for (const row of rows[table]) {
          const key = keyOf[table](row);
          const fields = Object.keys(row);
          const h = hashRow(row, fields);
          const prev = records.get(key);
          const cur = current.get(key);
          const townId = (table === "town" ? row.id : table === "measure" ? (measureTown.get(key) ?? null) : (row.townId ?? null)) as string | null;
          if (!cur) {
            if (prev === undefined) {
              toCreate.push(row);
              newRecords.push({ table, id: key, hash: h, values: JSON.stringify(row) });
              if (entity) logged.push({ entity, entityId: key, townId, field: "*", oldValue: null, newValue: JSON.stringify(row), sourceId: sourceOf(row) });
            } else if (prev.hash !== h) {
              // Deleted by an editor after an earlier release, and this release changes it: it stays deleted, and editors see what it would say.
              report.keptEdited++;
              if (entity) conflicts.push({ releaseId: release, entity, entityId: key, townId, field: "*", releaseValue: JSON.stringify(row), keptValue: null });
            }
            continue;
          }
          if (prev?.hash === h) continue;
          const before: Row | null = prev?.values ? (JSON.parse(prev.values) as Row) : null;
          const data: Row = {};
          for (const f of fields) {
            if (same(cur[f], row[f])) continue;
            // Records written before releases kept their rows have only a hash: for them the
            // change log tells which fields editors changed.
            const editorsOwn = prev === undefined ? false : before ? !same(cur[f], before[f]) : edited.has(`${entity}:${key}:${f}`);
            if (editorsOwn) {
              report.keptEdited++;
              conflicts.push({
                releaseId: release,
                entity: entity ?? table,
                entityId: key,
                townId,
                field: f,
                releaseValue: JSON.stringify(row[f] ?? null),
                keptValue: JSON.stringify(cur[f] ?? null),
              });
              continue;
            }
            data[f] = row[f] ?? null;
            if (entity)
              logged.push({
                entity,
                entityId: key,
                townId,
                field: f,
                oldValue: JSON.stringify(cur[f] ?? null),
                newValue: JSON.stringify(row[f] ?? null),
                sourceId: sourceOf(row),
              });
          }
          if (Object.keys(data).length) {
            await delegate.update({ where: whereOf(table, cur), data });
            report.updated++;
          }
          if (prev) rewritten.push(key);
          newRecords.push({ table, id: key, hash: h, values: JSON.stringify(row) });
        }
        for (let i = 0; i < rewritten.length; i += 500) await tx.seedRecord.deleteMany({ where: { table, id: { in: rewritten.slice(i, i + 500) } } });
        if (toCreate.length) await delegate.createMany({ data: toCreate });
        if (newRecords.length) await tx.seedRecord.createMany({ data: newRecords });
        report.created += toCreate.length;
      }
      // The first release seeds an empty database: logging every record as a change would
      // make history and digests list the whole dataset, so only later releases are logged.
      if (hadData && logged.length) {
        const set = await tx.changeSet.create({
          data: { kind: "release", status: "applied", userId: 0n, chatId: 0n, fileName: release, baseVersion: 0, appliedAt: now },
          select: { id: true },
        });
        await tx.change.createMany({ data: logged.map((c) => ({ ...c, changeSetId: set.id, at: now })) });
      }
      if (conflicts.length) {
        await tx.releaseConflict.deleteMany({ where: { releaseId: release } });
        await tx.releaseConflict.createMany({ data: conflicts });
      }
      await tx.release.upsert({
        where: { id: release },
        create: {
          id: release,
          schemaVersion: ds.program.schemaVersion,
          hash: releaseHash,
          created: report.created,
          updated: report.updated,
          kept: report.keptEdited,
          appliedAt: now,
        },
        update: { hash: releaseHash, created: report.created, updated: report.updated, kept: report.keptEdited, appliedAt: now },
      });
      // A new release changes what editors' previews were made against, and running
      // instances pick the change up by the version (see db/edits.ts).
      if (report.created || report.updated) await bumpVersion(tx);
    },
    { timeout: 120_000 },
  );
  return report;
}

/** Fields editors' applied change sets left different from what they found: "entity:id:field". */
async function editedFields(tx: Tx): Promise<Set<string>> {
  const changes = await tx.change.findMany({
    where: { changeSet: { status: "applied", kind: { not: "release" } }, field: { not: "*" } },
    orderBy: { id: "asc" },
    select: { entity: true, entityId: true, field: true, oldValue: true, newValue: true },
  });
  const first = new Map<string, string | null>();
  const last = new Map<string, string | null>();
  for (const c of changes) {
    const k = `${c.entity}:${c.entityId}:${c.field}`;
    if (!first.has(k)) first.set(k, c.oldValue);
    last.set(k, c.newValue);
  }
  return new Set([...last].filter(([k, v]) => v !== first.get(k)).map(([k]) => k));
}

async function bumpVersion(tx: Tx) {
  const v = await tx.meta.findUnique({ where: { key: VERSION_KEY } });
  if (v) await tx.meta.update({ where: { key: VERSION_KEY }, data: { value: String(Number(v.value) + 1) } });
}

function sourceOf(row: Row): string | null {
  if (typeof row.sourceId === "string") return row.sourceId;
  if (typeof row.sourceIds === "string") return (JSON.parse(row.sourceIds) as string[])[0] ?? null;
  return null;
}

function whereOf(table: keyof SeedRows, cur: Row): unknown {
  if (table === "measureTown") return { measureId_townId: { measureId: cur.measureId, townId: cur.townId } };
  if (table === "townName") return { id: cur.id };
  if (table === "meta") return { key: cur.key };
  return { id: cur.id };
}
