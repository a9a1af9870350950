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

  it("drops a state larger than its cap instead of storing it, and says so once", async () => {
    d = await freshDb(provider);
    const store = new ConversationStore<{ log: string }>(d.db, {}, 1000);
    await store.write("7", { log: "x".repeat(100) });
    expect(await d.db.conversationState.count()).toBe(1);
    await store.write("7", { log: "x".repeat(2000) });
    expect(await d.db.conversationState.count()).toBe(0);
    expect(await store.read("7")).toBeUndefined();
    expect(store.takeDropped("7")).toBe(true);
    expect(store.takeDropped("7")).toBe(false);
  });

  it("drops a stored state too big or unreadable when reading or priming it", async () => {
    d = await freshDb(provider);
    await d.db.conversationState.createMany({
      data: [
        { key: "big", value: JSON.stringify({ log: "x".repeat(2000) }) },
        { key: "bad", value: '{"log":' },
      ],
    });
    const store = new ConversationStore<{ log: string }>(d.db, {}, 1000);
    expect(await store.has("big")).toBe(false);
    expect(await store.read("bad")).toBeUndefined();
    expect(await d.db.conversationState.count()).toBe(0);
    expect([store.takeDropped("big"), store.takeDropped("bad")]).toEqual([true, true]);
    // What another instance's read found (shared mode) goes through the same check.
    await d.db.conversationState.create({ data: { key: "bad", value: "{" } });
    await store.prime("bad", "{");
    expect(store.known("bad")).toBe(false);
    expect(store.takeDropped("bad")).toBe(true);
    expect(await d.db.conversationState.count()).toBe(0);
  });
});
