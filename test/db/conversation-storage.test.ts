import { afterEach, describe, expect, it } from "vitest";
import { ConversationStore } from "../../src/db/conversation-storage.ts";
import { freshDb, providers, type TestDb } from "../helpers/db.ts";

let d: TestDb;
afterEach(async () => d?.close());

describe.each(providers())("wizard state storage on %s", (provider) => {
  it("stores, reads back, forgets, and survives a new process", async () => {
    d = await freshDb(provider);
    const store = new ConversationStore<{ step: number }>(d.db);
    expect(await store.read("42")).toBeUndefined();
    expect(store.known("42")).toBe(false);
    await store.write("42", { step: 1 });
    // What the caller does with what it read is not what is stored.
    const read = (await store.read("42"))!;
    read.step = 99;
    expect(await store.read("42")).toEqual({ step: 1 });
    expect(await new ConversationStore(d.db).read("42")).toEqual({ step: 1 });
    expect(await store.has("42")).toBe(true);
    await store.write("42", { step: 2 });
    await store.delete("42");
    expect(await store.has("42")).toBe(false);
    expect(await new ConversationStore(d.db).read("42")).toBeUndefined();
    expect(await d.db.conversationState.count()).toBe(0);
  });

  it("purges wizards nobody touched since a given time", async () => {
    d = await freshDb(provider);
    const store = new ConversationStore<{ step: number }>(d.db);
    await store.write("old", { step: 1 });
    await store.write("new", { step: 1 });
    await d.db.conversationState.update({ where: { key: "old" }, data: { updatedAt: new Date("2026-01-01T00:00:00Z") } });
    expect(await store.purge(new Date("2026-06-01T00:00:00Z"))).toBe(1);
    expect(await store.read("old")).toBeUndefined();
    expect(await store.read("new")).toEqual({ step: 1 });
  });
});
