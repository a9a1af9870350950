import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PG_SCHEMA, SQLITE_SCHEMA, toPostgresSchema } from "../../scripts/pg-schema.ts";

describe("PostgreSQL schema", () => {
  it("is generated from prisma/schema.prisma (run `npm run db:sync-schema` after editing it)", () => {
    expect(readFileSync(PG_SCHEMA, "utf8")).toBe(toPostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("refuses a schema whose provider line it cannot find", () => {
    expect(() => toPostgresSchema("model A { id Int @id }")).toThrow(/provider or generator output/);
  });
});
