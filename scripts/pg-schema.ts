// Derives the PostgreSQL schema from prisma/schema.prisma, so the models have one
// source of truth and each provider keeps its own committed migrations.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const PG_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:sync-schema`: edit that file, not this one.\n";

export function toPostgresSchema(sqlite: string): string {
  const out = sqlite
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output          = "../src/db/generated/sqlite"', 'output          = "../../src/db/generated/postgresql"');
  if (out === sqlite || !out.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma: provider or generator output line not found");
  }
  return HEADER + out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PG_SCHEMA, toPostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`wrote ${PG_SCHEMA}`);
}
