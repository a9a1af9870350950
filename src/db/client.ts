// Opens the database behind DATABASE_URL: the embedded SQLite file by default, or
// PostgreSQL for production. Each provider has its own generated client; the models
// are the same, so the rest of the code is typed against one of them. A process loads only
// the client and driver adapter of its own database: the other pair (the pg driver, the
// second generated client) costs start-up time and memory for nothing.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";

export type Db = InstanceType<typeof SqliteClient>;
export type DbProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/monoqala.db";

export function providerOf(url: string): DbProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

export function sqliteFile(url: string): string {
  return url.replace(/^file:/, "");
}

export async function openDb(url: string): Promise<Db> {
  if (providerOf(url) === "postgresql") {
    const [{ PrismaClient }, { PrismaPg }] = await Promise.all([import("./generated/postgresql/client.ts"), import("@prisma/adapter-pg")]);
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  const file = sqliteFile(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([import("./generated/sqlite/client.ts"), import("@prisma/adapter-better-sqlite3")]);
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  // WAL lets the bot read while a digest run or an editor writes; the busy timeout
  // makes a second process wait for a lock instead of failing at once.
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  return db;
}
