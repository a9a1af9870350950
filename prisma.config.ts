// Prisma CLI configuration. The JS engine with a driver adapter lets `migrate deploy`,
// `migrate diff`, `db push` and `generate` run without downloading native engines,
// which matters on air-gapped servers. DATABASE_URL picks the provider: a
// postgres(ql):// URL uses prisma/postgresql, anything else the embedded SQLite.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { withNameTypeFix } from "./prisma/pg-name-type-fix";

const DEFAULT_URL = "file:./data/monoqala.db";
const url = process.env.DATABASE_URL || DEFAULT_URL;
process.env.DATABASE_URL = url;
const isPg = /^postgres(ql)?:\/\//.test(url);
const dir = isPg ? "prisma/postgresql" : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations") },
  async adapter() {
    if (isPg) return withNameTypeFix(new PrismaPg({ connectionString: url, idleTimeoutMillis: 200 }));
    const file = url.replace(/^file:/, "");
    mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
