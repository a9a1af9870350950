// /editors add @name reaches whoever holds the name now: usernames are kept current from
// every update, and a name the bot knows for several people is refused, not guessed.
import { afterEach, describe, expect, it } from "vitest";
import { textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, lastText, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };

let t: TestBot;
afterEach(async () => t?.close());

const roleOf = async (id: number) => (await t.db.db.user.findUnique({ where: { id: BigInt(id) } }))?.role;

describe.each(providers())("naming editors by @username on %s", (provider) => {
  it("finds anyone who wrote to the bot, and follows a name that changed hands", async () => {
    t = await testBot(provider);
    await t.send(textUpdate({ id: 7301, username: "olga" }, "Темиртау"));
    await t.send(textUpdate(ADMIN, "/editors add @Olga"));
    expect(lastText(t.tg)).toMatch(/7301 теперь редактор/);
    await t.send(textUpdate(ADMIN, "/editors remove 7301"));
    // Olga takes another name; someone else takes hers and writes.
    await t.send(textUpdate({ id: 7301, username: "olga_k" }, "Балхаш"));
    await t.send(textUpdate({ id: 7302, username: "olga" }, "Аксу"));
    await t.send(textUpdate(ADMIN, "/editors add @olga"));
    expect(lastText(t.tg)).toMatch(/7302 теперь редактор/);
    expect([await roleOf(7301), await roleOf(7302)]).toEqual(["reader", "editor"]);
  });

  it("refuses a name it knows for several people and changes nothing", async () => {
    t = await testBot(provider);
    await t.db.db.user.createMany({
      data: [
        { id: 7311n, username: "Marat" },
        { id: 7312n, username: "marat" },
      ],
    });
    await t.send(textUpdate(ADMIN, "/editors add @marat"));
    expect(lastText(t.tg)).toMatch(/«@marat» встречается у нескольких пользователей \(7311, 7312\)/);
    expect([await roleOf(7311), await roleOf(7312)]).toEqual(["reader", "reader"]);
  });
});
