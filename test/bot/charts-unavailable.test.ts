import { afterEach, describe, expect, it, vi } from "vitest";
import { textUpdate } from "../../src/fake-telegram/updates.ts";
import { lastText, testBot, type TestBot } from "../helpers/bot.ts";

// A server without the canvas binary for its platform: loading the drawing code fails.
vi.mock("../../src/render/chart-replies.ts", () => {
  throw new Error("Cannot find native binding");
});

let t: TestBot;
afterEach(async () => t?.close());

describe("charts without the canvas binary", () => {
  it("answers politely, and everything else keeps working", async () => {
    t = await testBot();
    await t.send(textUpdate({ id: 6001, language_code: "kk" }, "/chart Балқаш"));
    expect(lastText(t.tg)).toMatch(/графиктер қазір қолжетімсіз/);
    await t.send(textUpdate({ id: 6001, language_code: "kk" }, "/town Балқаш"));
    expect(lastText(t.tg)).toContain("<b>Балқаш</b>");
    expect(t.tg.callsOf("sendPhoto")).toHaveLength(0);
  });
});
