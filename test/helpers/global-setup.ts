// Migrates and seeds one template database per provider, once per run; each test file
// then copies the template, which takes milliseconds instead of a migration.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDb } from "../../src/db/client.ts";
import { deployMigrations } from "../../src/db/migrate.ts";
import { seedDatabase } from "../../src/db/seed/seed.ts";

export const PG_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    pgTemplate: string | null;
    tmpDir: string;
  }
}

async function pgAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  const tmpDir = mkdtempSync(path.join(tmpdir(), "monoqala-test-"));
  const sqliteUrl = `file:${path.join(tmpDir, "template.db")}`;
  await deployMigrations(sqliteUrl);
  const db = await openDb(sqliteUrl);
  await seedDatabase(db);
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();

  let pgTemplate: string | null = null;
  const tplName = `monoqala_tpl_${process.pid}`;
  if (process.env.TEST_POSTGRES !== "0" && (await pgAvailable())) {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${tplName}`);
    await admin.query(`CREATE DATABASE ${tplName}`);
    await admin.end();
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${tplName}`;
    pgTemplate = u.toString();
    await deployMigrations(pgTemplate);
    const pdb = await openDb(pgTemplate);
    await seedDatabase(pdb);
    await pdb.$disconnect();
  }
  project.provide("sqliteTemplate", sqliteUrl);
  project.provide("pgTemplate", pgTemplate);
  project.provide("tmpDir", tmpDir);

  return async () => {
    rmSync(tmpDir, { recursive: true, force: true });
    if (pgTemplate) {
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      const { rows } = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`monoqala_t%_${process.pid}%`]);
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await admin.end();
    }
  };
}
