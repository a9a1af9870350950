import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { updateStateReader, type UpdateStateReader } from "../../src/db/update-state.ts";
import { UserRepo } from "../../src/db/users.ts";
import { ConversationStore } from "../../src/db/conversation-storage.ts";
import { freshDb, providers, type TestDb } from "../helpers/db.ts";

let d: TestDb | undefined;
let reader: UpdateStateReader | undefined;
afterEach(async () => {
  await reader?.close();
  await d?.close();
  reader = d = undefined;
});

describe.each(providers())("an update's user and wizard on %s", (provider) => {
  it("are read in one go, absent parts as null", async () => {
    d = await freshDb(provider);
    reader = updateStateReader(d.url);
    expect(await reader.read(11, "11")).toEqual({ user: null, wizard: null });
    expect(await reader.read(undefined, undefined)).toEqual({ user: null, wizard: null });
    await new UserRepo(d.db).setLanguage({ id: 11 }, "kk");
    await new ConversationStore(d.db).write("11", { step: 2 });
    expect(await reader.read(11, "11")).toEqual({ user: { language: "kk", role: "reader" }, wizard: '{"step":2}' });
    expect(await reader.read(12, "11")).toEqual({ user: null, wizard: '{"step":2}' });
  });

  it("primed into the stores, serve their reads without going stale for other instances", async () => {
    d = await freshDb(provider);
    reader = updateStateReader(d.url);
    const mine = new UserRepo(d.db, { maxAgeMs: 1000 });
    const other = new UserRepo(d.db);
    expect((await mine.get(21)).language).toBeNull();
    await other.setLanguage({ id: 21 }, "kk");
    // Within the second an unprimed read may still be the old one; the update's read is not.
    mine.prime(21, (await reader.read(21, undefined)).user);
    expect((await mine.get(21)).language).toBe("kk");
  });
});

describe.runIf(providers().includes("postgresql"))("the PostgreSQL reader", () => {
  it("outlives the server ending its idle connections, and reads again", async () => {
    d = await freshDb("postgresql");
    reader = updateStateReader(d.url);
    await reader.lockChat!(5, () => reader!.read(5, "5"));
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test" });
    await admin.connect();
    const name = new URL(d.url).pathname.slice(1);
    const ended = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name = ''",
      [name],
    );
    await admin.end();
    expect(ended.rowCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(await reader.read(5, "5")).toEqual({ user: null, wizard: null });
  });
});
