// Everything a fresh or existing database needs before the bot answers: the schema
// migrated and the dataset seeded. Safe to run on every start.
import { openDb, type Db } from "./client.ts";
import { migrateIfNeeded } from "./migrate.ts";
import { seedDatabase, type SeedReport } from "./seed/seed.ts";

export interface Prepared {
  db: Db;
  migrated: string[];
  seed: SeedReport;
}

export async function prepareDatabase(url: string, datasetDir?: string): Promise<Prepared> {
  let db = await openDb(url);
  const migrated = await migrateIfNeeded(db, url);
  // migrateIfNeeded closes the connection when it ran the CLI: open a fresh one.
  if (migrated.length) db = await openDb(url);
  const seed = await seedDatabase(db, datasetDir);
  return { db, migrated, seed };
}
