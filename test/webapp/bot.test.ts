// The Mini App from the bot's side: with PUBLIC_URL, a web_app button under town cards in a
// private chat (a link in a group), /app, and nothing of it without PUBLIC_URL.
import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { testBot, type TestBot } from "../helpers/bot.ts";

const URL = "https://monoqala.example.com";
type Button = { text: string; callback_data?: string; web_app?: { url: string }; url?: string };

let t: TestBot | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const lastKeyboard = (bot: TestBot): Button[][] => {
  const call = bot.tg.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").at(-1);
  return (call?.payload.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? [];
};
const webApps = (bot: TestBot) =>
  lastKeyboard(bot)
    .flat()
    .filter((b) => b.web_app);

describe("the Mini App in the bot", () => {
  it("puts the town page under a card in a private chat, in the user's language, and keeps it on section buttons", async () => {
    t = await testBot("sqlite", undefined, { publicUrl: URL });
    await t.send(textUpdate({ id: 701, language_code: "kk" }, "Теміртау"));
    expect(webApps(t).map((b) => b.web_app!.url)).toEqual([`${URL}/app/temirtau?lang=kk`]);
    await t.send(callbackUpdate({ id: 701, language_code: "kk" }, "card:temirtau:progress"));
    expect(webApps(t).map((b) => b.web_app!.url)).toEqual([`${URL}/app/temirtau?lang=kk`]);
    // A reply that is not a card gets none.
    await t.send(textUpdate({ id: 701, language_code: "kk" }, "/tiers"));
    expect(webApps(t)).toEqual([]);
  });

  it("links the page in a group (no web_app there), and adds nothing without PUBLIC_URL", async () => {
    t = await testBot("sqlite", undefined, { publicUrl: URL });
    await t.send(textUpdate({ id: 702, language_code: "ru" }, "/town Темиртау", { id: -7000, type: "group" }));
    expect(webApps(t)).toEqual([]);
    expect(lastKeyboard(t).at(-1)).toEqual([{ text: "🗺 Страница города: карта, сроки, источники", url: `${URL}/app/temirtau` }]);
    await t.close();
    t = await testBot("sqlite");
    await t.send(textUpdate({ id: 703, language_code: "ru" }, "Темиртау"));
    expect(lastKeyboard(t).length).toBeGreaterThan(0);
    expect(webApps(t)).toEqual([]);
  });

  it("lists /app in a chat's command menu, in its language, only when the page is set up", async () => {
    const menuAfterChoosing = async (bot: TestBot, lang: "ru" | "kk") => {
      await bot.send(textUpdate({ id: 705, language_code: "ru" }, "/start"));
      await bot.send(callbackUpdate({ id: 705, language_code: "ru" }, `lang:${lang}`));
      return bot.tg.callsOf("setMyCommands").at(-1)!.payload.commands as Array<{ command: string; description: string }>;
    };
    t = await testBot("sqlite", undefined, { publicUrl: URL });
    const kk = await menuAfterChoosing(t, "kk");
    expect(kk.find((c) => c.command === "app")?.description).toBe("Барлық қала бір бетте");
    expect(kk.map((c) => c.command).indexOf("app")).toBe(kk.map((c) => c.command).indexOf("overview") + 1);
    await t.close();
    t = await testBot("sqlite");
    expect((await menuAfterChoosing(t, "ru")).map((c) => c.command)).not.toContain("app");
  });

  it("answers /app with the page of all towns: a Mini App in private, a link in a group", async () => {
    t = await testBot("sqlite", undefined, { publicUrl: URL });
    await t.send(textUpdate({ id: 704, language_code: "ru" }, "/app"));
    expect(webApps(t).map((b) => b.web_app!.url)).toEqual([`${URL}/app`]);
    await t.send(textUpdate({ id: 704, language_code: "ru" }, "/app", { id: -7001, type: "group" }));
    expect(
      lastKeyboard(t)
        .flat()
        .map((b) => b.url),
    ).toEqual([`${URL}/app`]);
  });
});
