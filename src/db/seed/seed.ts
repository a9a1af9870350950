// Writes the dataset into the database idempotently. For each record the hash of what
// the seed wrote is kept in SeedRecord: a later seed updates a row only while it still
// holds exactly what the previous seed wrote, so editors' changes are never overwritten
// and rows they deleted are not brought back.
import { createHash } from "node:crypto";
import type { Db } from "../client.ts";
import { VERSION_KEY } from "../edits.ts";
import { datasetRows, type Row, type SeedRows } from "./rows.ts";
import { loadDataset, DEFAULT_DATASET_DIR } from "./dataset.ts";

const ORDER: Array<keyof SeedRows> = ["source", "tier", "town", "townName", "enterprise", "plan", "figure", "measure", "measureTown", "discrepancy"];

const keyOf: Record<keyof SeedRows, (r: Row) => string> = {
  source: (r) => String(r.id), tier: (r) => String(r.id), town: (r) => String(r.id), enterprise: (r) => String(r.id),
  plan: (r) => String(r.id), figure: (r) => String(r.id), measure: (r) => String(r.id), discrepancy: (r) => String(r.id),
  townName: (r) => `${r.townId}|${r.kind}|${r.name}`,
  measureTown: (r) => `${r.measureId}|${r.townId}`,
};

function hashRow(row: Row, fields: string[]): string {
  const picked = fields.map((f) => [f, row[f] ?? null]);
  return createHash("sha1").update(JSON.stringify(picked)).digest("hex");
}

export interface SeedReport {
  skipped: boolean;
  created: number;
  updated: number;
  keptEdited: number;
}

type Delegate = {
  findMany(args?: unknown): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  update(args: { where: unknown; data: Row }): Promise<unknown>;
};

export async function seedDatabase(db: Db, dir = DEFAULT_DATASET_DIR): Promise<SeedReport> {
  const rows = datasetRows(loadDataset(dir));
  const datasetHash = createHash("sha1").update(JSON.stringify(rows)).digest("hex");
  const meta = await db.meta.findUnique({ where: { key: "seed.hash" } });
  if (meta?.value === datasetHash) return { skipped: true, created: 0, updated: 0, keptEdited: 0 };

  const report: SeedReport = { skipped: false, created: 0, updated: 0, keptEdited: 0 };
  await db.$transaction(async (tx) => {
    for (const table of ORDER) {
      const delegate = (tx as unknown as Record<string, Delegate>)[table]!;
      const seedRows = rows[table];
      const records = new Map(
        (await tx.seedRecord.findMany({ where: { table } })).map((r) => [r.id, r.hash]),
      );
      const current = new Map((await delegate.findMany()).map((r) => [keyOf[table](r), r]));
      const toCreate: Row[] = [];
      const newRecords: Array<{ table: string; id: string; hash: string }> = [];
      for (const row of seedRows) {
        const key = keyOf[table](row);
        const fields = Object.keys(row);
        const h = hashRow(row, fields);
        const prev = records.get(key);
        const cur = current.get(key);
        if (!cur) {
          if (prev === undefined) {
            toCreate.push(row);
            newRecords.push({ table, id: key, hash: h });
          }
          continue; // deleted by an editor after an earlier seed: stays deleted
        }
        if (prev === h) continue;
        if (prev !== undefined && hashRow(cur, fields) === prev) {
          await delegate.update({ where: whereOf(table, cur), data: row });
          await tx.seedRecord.update({ where: { table_id: { table, id: key } }, data: { hash: h } });
          report.updated++;
        } else if (prev === undefined && hashRow(cur, fields) === h) {
          newRecords.push({ table, id: key, hash: h });
        } else {
          report.keptEdited++;
        }
      }
      if (toCreate.length) await delegate.createMany({ data: toCreate });
      if (newRecords.length) await tx.seedRecord.createMany({ data: newRecords });
      report.created += toCreate.length;
    }
    await tx.meta.upsert({ where: { key: "seed.hash" }, create: { key: "seed.hash", value: datasetHash }, update: { value: datasetHash } });
    // A new dataset changes what editors' previews were made against, and running
    // instances pick the change up by the version (see db/edits.ts).
    if (report.created || report.updated) {
      const v = await tx.meta.findUnique({ where: { key: VERSION_KEY } });
      if (v) await tx.meta.update({ where: { key: VERSION_KEY }, data: { value: String(Number(v.value) + 1) } });
    }
  }, { timeout: 60_000 });
  return report;
}

function whereOf(table: keyof SeedRows, cur: Row): unknown {
  if (table === "measureTown") return { measureId_townId: { measureId: cur.measureId, townId: cur.townId } };
  return { id: cur.id };
}
