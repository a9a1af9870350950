// Every line an update logs names the update, its chat and its sender, by id only: a
// handler's failure (here, the chart code that cannot load) can be traced to who met it
// without the logs holding anyone's name or words.
import { afterEach, describe, expect, it, vi } from "vitest";
import { textUpdate } from "../../src/fake-telegram/updates.ts";
import { createLogger } from "../../src/log.ts";
import { testBot, type TestBot } from "../helpers/bot.ts";

vi.mock("../../src/render/chart-replies.ts", () => {
  throw new Error("Cannot find native binding");
});

let t: TestBot;
afterEach(async () => t?.close());

describe("the update's logger", () => {
  it("carries update_id, chat and user ids, and no names or texts", async () => {
    const lines: string[] = [];
    const log = createLogger("info", [], { write: (s: string) => void lines.push(s) });
    t = await testBot("sqlite", undefined, { log });
    const update = textUpdate({ id: 6101, first_name: "Айгерім", username: "aigerim_kz", language_code: "ru" }, "/chart Балхаш", {
      id: -100777,
      type: "group",
      title: "Журналисты",
    });
    await t.send(update);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "could not draw a chart");
    expect(logged).toMatchObject({ update_id: update.update_id, chat_id: -100777, user_id: 6101 });
    const all = lines.join("\n");
    for (const secret of ["Айгерім", "aigerim_kz", "Журналисты", "Балхаш"]) expect(all).not.toContain(secret);
  });
});
