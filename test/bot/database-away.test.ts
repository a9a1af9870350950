// The database away while the bot runs: what is in memory (the monotowns' data) is still
// answered; what needs a write says so and asks the user to repeat it.
import { afterEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client.ts";
import { ConversationStore } from "../../src/db/conversation-storage.ts";
import { EditRepo } from "../../src/db/edits.ts";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import { UserRepo } from "../../src/db/users.ts";
import type { WizardStore } from "../../src/bot/wizards/wizards.ts";
import { callbackUpdate, textUpdate } from "../../src/fake-telegram/updates.ts";
import { lastText, testBot, type TestBot } from "../helpers/bot.ts";

let t: TestBot | undefined;
let gone: Db | undefined;
afterEach(async () => {
  await t?.close();
  await gone?.$disconnect().catch(() => {});
  t = gone = undefined;
});

/** Every store over a PostgreSQL server that refuses connections; the data was loaded before. */
async function botWithDatabaseAway() {
  gone = await openDb("postgresql://nobody@127.0.0.1:1/none");
  t = await testBot("sqlite", undefined, {
    users: new UserRepo(gone),
    subscriptions: new SubscriptionRepo(gone),
    edits: new EditRepo(gone),
    wizardStore: new ConversationStore(gone) as WizardStore,
  });
  return t;
}

describe("with the database away", () => {
  it("answers a card and its buttons from the data in memory, not «что-то пошло не так»", async () => {
    const t = await botWithDatabaseAway();
    const user = { id: 801, language_code: "ru" };
    await t.send(textUpdate(user, "Темиртау"));
    expect(lastText(t.tg)).toMatch(/Темиртау/);
    expect(lastText(t.tg)).not.toMatch(/что-то пошло не так/);
    await t.send(callbackUpdate(user, "card:temirtau:funding"));
    expect(t.tg.texts.join("\n")).not.toMatch(/что-то пошло не так/);
    expect(t.tg.callsOf("sendMessage").length + t.tg.callsOf("editMessageText").length).toBeGreaterThanOrEqual(2);
  });

  it("asks to repeat a subscription in a minute, in the user's language, rather than reporting an error", async () => {
    const t = await botWithDatabaseAway();
    await t.send(textUpdate({ id: 802, language_code: "ru" }, "/subscribe"));
    expect(lastText(t.tg)).toMatch(/база данных недоступна.*повторите это действие через минуту/);
    await t.send(textUpdate({ id: 803, language_code: "kk" }, "/subscribe"));
    expect(lastText(t.tg)).toMatch(/дерекқор қолжетімсіз.*бір минуттан кейін қайталаңыз/);
  });
});
