// Brings the database schema up to date on start. A quick look at Prisma's own
// _prisma_migrations table tells whether anything is pending; only then is the Prisma
// CLI run (`migrate deploy`), so a normal start costs one query, not a CLI launch.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { providerOf, type Db } from "./client.ts";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

function migrationNames(url: string): string[] {
  const dir = path.join(PROJECT_ROOT, providerOf(url) === "postgresql" ? "prisma/postgresql/migrations" : "prisma/migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

async function pendingMigrations(db: Db, url: string): Promise<string[]> {
  let applied: Array<{ migration_name: string }> = [];
  try {
    applied = await db.$queryRawUnsafe('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
  } catch {
    // No migrations table yet: a fresh database.
  }
  const done = new Set(applied.map((r) => r.migration_name));
  return migrationNames(url).filter((m) => !done.has(m));
}

export async function deployMigrations(url: string): Promise<void> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  try {
    await promisify(execFile)(process.execPath, [cli, "migrate", "deploy"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    const detail = `${err.stderr ?? ""}\n${err.stdout ?? ""}`.split("\n").find((l) => /Error|error:/.test(l)) ?? err.message;
    throw new Error(`database migration failed: ${detail.trim()}`);
  }
}

/**
 * Applies pending migrations. The caller's connection is closed first: SQLite allows one
 * writer, and the CLI needs it. Returns the migrations that were applied.
 */
export async function migrateIfNeeded(db: Db, url: string): Promise<string[]> {
  const pending = await pendingMigrations(db, url);
  if (pending.length) {
    await db.$disconnect();
    await deployMigrations(url);
  }
  return pending;
}
