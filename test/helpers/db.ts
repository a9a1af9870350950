// A fresh, migrated and seeded database per test, on SQLite always and on PostgreSQL
// when the server answers (CI has one at 127.0.0.1:5432).
import { copyFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { openDb, type Db, type DbProvider } from "../../src/db/client.ts";
import { Knowledge, type Snapshot } from "../../src/knowledge.ts";

let counter = 0;
const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export function providers(): DbProvider[] {
  return inject("pgTemplate") ? ["sqlite", "postgresql"] : ["sqlite"];
}

export interface TestDb {
  db: Db;
  url: string;
  close(): Promise<void>;
}

export async function freshDb(provider: DbProvider = "sqlite"): Promise<TestDb> {
  const id = `${process.pid}_${Date.now().toString(36)}_${counter++}`;
  if (provider === "sqlite") {
    const file = path.join(inject("tmpDir"), `t_${id}.db`);
    copyFileSync(inject("sqliteTemplate").replace(/^file:/, ""), file);
    const url = `file:${file}`;
    const db = await openDb(url);
    return { db, url, close: () => db.$disconnect() };
  }
  const tpl = inject("pgTemplate")!;
  const tplName = new URL(tpl).pathname.slice(1);
  const name = `monoqala_t_${id}_${tplName.split("_").at(-1)}`.toLowerCase();
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  // FILE_COPY copies the template's few MB as files: about six times faster here than
  // PostgreSQL 15's default, which writes every block to the WAL. Older servers lack the
  // option (and copy files anyway).
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tplName} STRATEGY FILE_COPY`).catch(async (err: { code?: string }) => {
    if (err.code !== "42601" && err.code !== "42704") throw err;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tplName}`);
  });
  await admin.end();
  const u = new URL(tpl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = await openDb(url);
  return {
    db,
    url,
    close: async () => {
      await db.$disconnect();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * For a file whose tests only read the data: a fresh database's snapshot, loaded before
 * them and handed to `use`; the database is closed after them. Call at a file's top level.
 */
export function withFreshSnapshot(use: (snap: Snapshot) => void) {
  let db: TestDb | undefined;
  beforeAll(async () => {
    db = await freshDb();
    use((await Knowledge.load(db.db)).current);
  });
  afterAll(async () => db?.close());
}
