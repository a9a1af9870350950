import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import {
  callbackUpdate,
  channelPostUpdate,
  chatSharedUpdate,
  forwardedChannelPostUpdate,
  myChatMemberUpdate,
  textUpdate,
} from "../../src/fake-telegram/updates.ts";
import { buttonsOf, lastText, lastToast, press, TEST_NOW, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const CHANNEL = { id: -1009001001, type: "channel" as const, title: "Моно & Co" };
const ADMIN = { id: 7001, language_code: "ru" };
const KK_ADMIN = { id: 7002, language_code: "kk" };
const READER = { id: 7003, language_code: "ru" };

let t: TestBot;
afterEach(async () => t?.close());

const rows = () => t.db.db.subscription.findMany({ orderBy: { id: "asc" } });
/** The channel as Telegram sees it: the bot may post, ADMIN and KK_ADMIN are admins. */
const channelReady = () => {
  t.tg.addChannel(CHANNEL.id, CHANNEL.title);
  t.tg.setBotMember(CHANNEL.id);
  t.tg.setMember(CHANNEL.id, ADMIN.id, "administrator", { can_post_messages: true });
  t.tg.setMember(CHANNEL.id, KK_ADMIN.id, "creator");
};
const sentTo = (chatId: number) => t.tg.callsOf("sendMessage").filter((c) => c.payload.chat_id === chatId);
const subscribeChannel = (setupBy: number) =>
  new SubscriptionRepo(t.db.db).subscribe({
    chatId: CHANNEL.id,
    scope: { kind: "towns", townIds: ["temirtau"] },
    schedule: { weekday: 1, hour: 9, minute: 0 },
    language: "ru",
    createdBy: setupBy,
    channel: { setupBy, title: CHANNEL.title },
    now: new Date(TEST_NOW),
  });

describe.each(providers())("digests into channels on %s", (provider) => {
  it("lets a channel's admin set it up by forwarding a post: the wizard runs in private and subscribes the channel", async () => {
    t = await testBot(provider);
    channelReady();
    await t.send(forwardedChannelPostUpdate(ADMIN, CHANNEL));
    expect(t.tg.texts.at(-2)).toBe(
      "Настраиваем дайджест для канала «Моно &amp; Co»: он будет выходить в канале, а управлять им можно здесь, в /subscriptions.",
    );
    expect(lastText(t.tg)).toMatch(/На что подписаться\?/);
    await press(t, ADMIN, "Темиртау");
    await press(t, ADMIN, "Готово ✓");
    await press(t, ADMIN, "Пт");
    await press(t, ADMIN, "17:00");
    await press(t, ADMIN, "✓ Подписаться");
    expect(lastText(t.tg)).toMatch(
      /^Готово: канал «Моно &amp; Co» подписан\. Темиртау — по пятницам в 17:00 \(время Астаны\)\.\nБлижайший дайджест: Пт, 27\.11\.2026, 17:00\./,
    );
    expect(await rows()).toMatchObject([
      { chatId: BigInt(CHANNEL.id), townIds: '["temirtau"]', weekday: 5, hour: 17, language: "ru", setupBy: BigInt(ADMIN.id), chatTitle: CHANNEL.title },
    ]);
    // Nothing was posted in the channel while it was set up.
    expect(sentTo(CHANNEL.id)).toEqual([]);
  });

  it("refuses a user who is not the channel's admin, and a channel where the bot may not post", async () => {
    t = await testBot(provider);
    channelReady();
    // A post with no words from a reader: the reason it cannot be set up.
    await t.send(forwardedChannelPostUpdate(READER, CHANNEL, ""));
    expect(lastText(t.tg)).toBe("Дайджест канала «Моно &amp; Co» настраивают и меняют только администраторы этого канала.");
    // A reader forwarding the channel's news asks about it: the words are read as a question.
    await t.send(forwardedChannelPostUpdate(READER, CHANNEL, "Темиртау моногород?"));
    expect(lastText(t.tg)).toMatch(/Темиртау/);
    expect(lastText(t.tg)).not.toMatch(/администратор/);
    // An admin, but the bot is only an admin without the right to post.
    t.tg.setBotMember(CHANNEL.id, "administrator", {});
    await t.send(forwardedChannelPostUpdate(ADMIN, CHANNEL, ""));
    expect(lastText(t.tg)).toMatch(/^Бот не может публиковать в канале «Моно &amp; Co»\. Сделайте его администратором канала/);
    // Not in the channel at all: Telegram will not answer about its members.
    t.tg.failNext(
      "getChatMember",
      new (await import("../../src/fake-telegram/fetch.ts")).ApiRefusal(403, "Forbidden: bot is not a member of the channel chat"),
    );
    await t.send(forwardedChannelPostUpdate(ADMIN, CHANNEL, ""));
    expect(lastText(t.tg)).toMatch(/^Бот не может публиковать в канале/);
    expect(await rows()).toEqual([]);
    expect(await t.db.db.conversationState.count()).toBe(0);
  });

  it("answers /subscribe posted in the channel with a link to the private setup, in both languages, and sets it up in Kazakh", async () => {
    t = await testBot(provider);
    channelReady();
    await t.send(channelPostUpdate(CHANNEL, "/subscribe"));
    const [post] = sentTo(CHANNEL.id);
    expect(String(post!.payload.text)).toMatch(/^Дайджест незавершённых проектов моногородов для этого канала настраивает его администратор.*\n\nБұл арнаға/s);
    const link = "https://t.me/monoqala_test_bot?start=channel-1009001001";
    expect((post!.payload.reply_markup as { inline_keyboard: unknown }).inline_keyboard).toEqual([
      [{ text: "📬 Настроить дайджест", url: link }],
      [{ text: "📬 Дайджестті баптау", url: link }],
    ]);

    await t.send(textUpdate(KK_ADMIN, "/start channel-1009001001"));
    expect(t.tg.texts.at(-2)).toMatch(/^«Моно &amp; Co» арнасына дайджест баптаймыз/);
    await press(t, KK_ADMIN, "Барлық моноқалалар");
    await press(t, KK_ADMIN, "Күн сайын");
    await press(t, KK_ADMIN, "08:00");
    // Between the start and the confirm, the creator handed the channel over.
    t.tg.setMember(CHANNEL.id, KK_ADMIN.id, "member");
    await press(t, KK_ADMIN, "✓ Жазылу");
    expect(lastText(t.tg)).toBe("«Моно &amp; Co» арнасының дайджестін тек осы арнаның әкімшілері баптап, өзгертеді.");
    expect(await rows()).toEqual([]);

    t.tg.setMember(CHANNEL.id, KK_ADMIN.id, "creator");
    await t.send(textUpdate(KK_ADMIN, "/start channel-1009001001"));
    await press(t, KK_ADMIN, "Барлық моноқалалар");
    await press(t, KK_ADMIN, "Күн сайын");
    await press(t, KK_ADMIN, "08:00");
    await press(t, KK_ADMIN, "✓ Жазылу");
    expect(lastText(t.tg)).toMatch(/^Дайын: «Моно &amp; Co» арнасы дайджестке жазылды\. Барлық моноқалалар — күн сайын сағат 08:00-де/);
    expect(await rows()).toMatchObject([{ chatId: BigInt(CHANNEL.id), scope: "all", weekday: 0, hour: 8, language: "kk", setupBy: BigInt(KK_ADMIN.id) }]);
  });

  it("offers a request_chat button that asks for channels where both may post, and takes the channel picked", async () => {
    t = await testBot(provider);
    channelReady();
    await t.send(textUpdate(ADMIN, "/channel"));
    const markup = t.tg.callsOf("sendMessage").at(-1)!.payload.reply_markup as {
      keyboard: Array<Array<{ text: string; request_chat: Record<string, unknown> }>>;
    };
    const button = markup.keyboard[0]![0]!;
    expect(button.text).toBe("📢 Выбрать канал");
    expect(button.request_chat).toMatchObject({
      chat_is_channel: true,
      request_title: true,
      user_administrator_rights: { can_post_messages: true },
      bot_administrator_rights: { can_post_messages: true },
    });
    await t.send(chatSharedUpdate(ADMIN, Number(button.request_chat.request_id), CHANNEL));
    expect(t.tg.callsOf("sendMessage").at(-2)!.payload.reply_markup).toEqual({ remove_keyboard: true });
    expect(lastText(t.tg)).toMatch(/На что подписаться\?/);
    // In a group, /channel points to the private chat.
    await t.send(textUpdate(ADMIN, "/channel", { id: -100555, type: "supergroup" }));
    expect(lastText(t.tg)).toBe("Дайджест в канал настраивается в личном чате с ботом: напишите ему /channel.");
  });

  it("lists the channels a user set up under /subscriptions; only a current admin pauses, resumes or cancels", async () => {
    t = await testBot(provider);
    channelReady();
    const { subscription } = await subscribeChannel(ADMIN.id);
    await t.send(textUpdate(ADMIN, "/subscriptions"));
    expect(lastText(t.tg)).toBe(
      "<b>Каналы, где вы настроили дайджест</b>\n\n1. «Моно &amp; Co»: Темиртау — по понедельникам в 09:00 (время Астаны)\n\nКнопки: номер подписки и действие.",
    );
    expect(buttonsOf(t.tg).map((b) => b.callback_data)).toEqual([
      `chan:pause:${subscription.id}`,
      `chan:when:${subscription.id}`,
      `chan:cancel:${subscription.id}`,
    ]);
    // A forged press by someone who is not the channel's admin.
    await t.send(callbackUpdate(READER, `chan:pause:${subscription.id}`));
    expect(lastToast(t.tg)).toBe("Дайджест канала «Моно & Co» настраивают и меняют только администраторы этого канала.");
    expect((await rows())[0]).toMatchObject({ state: "active" });
    await press(t, ADMIN, "1 ⏸");
    expect(lastText(t.tg)).toMatch(/Темиртау — по понедельникам в 09:00 \(время Астаны\) \(на паузе\)/);
    // Resuming needs the bot's right to post.
    t.tg.setBotMember(CHANNEL.id, "administrator", {});
    await press(t, ADMIN, "1 ▶");
    expect(lastToast(t.tg)).toMatch(/^Бот не может публиковать в канале «Моно & Co»/);
    t.tg.setBotMember(CHANNEL.id);
    await press(t, ADMIN, "1 ▶");
    expect((await rows())[0]).toMatchObject({ state: "active" });
    await press(t, ADMIN, "1 🕘");
    await press(t, ADMIN, "Ср");
    await press(t, ADMIN, "12:00");
    await press(t, ADMIN, "✓ Сохранить");
    expect((await rows())[0]).toMatchObject({ chatId: BigInt(CHANNEL.id), weekday: 3, hour: 12 });
    // «My subscriptions» under the result lists the channels too.
    await press(t, ADMIN, "Мои подписки");
    expect(lastText(t.tg)).toMatch(/^<b>Каналы, где вы настроили дайджест<\/b>\n\n1\. «Моно &amp; Co»: Темиртау — по средам в 12:00/);
    await t.send(textUpdate(ADMIN, "/subscriptions"));
    await press(t, ADMIN, "1 ✖");
    expect(lastText(t.tg)).toBe("Канал «Моно &amp; Co» отписан: Темиртау. Данные о прошлых дайджестах сохранены.");
    expect((await rows())[0]).toMatchObject({ state: "cancelled" });
    // ↩ brings it back as it was, for the channel's admins only, and only where the bot may post.
    const undo = buttonsOf(t.tg).find((b) => b.callback_data === `chan:undo:${subscription.id}`);
    expect(undo).toBeDefined();
    await t.send(callbackUpdate(READER, undo!.callback_data!));
    expect(lastToast(t.tg)).toBe("Дайджест канала «Моно & Co» настраивают и меняют только администраторы этого канала.");
    t.tg.setBotMember(CHANNEL.id, "administrator", {});
    await t.send(callbackUpdate(ADMIN, undo!.callback_data!));
    expect(lastToast(t.tg)).toMatch(/^Бот не может публиковать в канале «Моно & Co»/);
    expect((await rows()).filter((s) => s.state !== "cancelled")).toHaveLength(0);
    t.tg.setBotMember(CHANNEL.id);
    await t.send(callbackUpdate(ADMIN, undo!.callback_data!));
    expect(lastText(t.tg)).toMatch(/^Готово: канал «Моно &amp; Co» подписан\. Темиртау — по средам в 12:00/);
    expect((await rows()).filter((s) => s.state !== "cancelled")).toMatchObject([{ chatId: BigInt(CHANNEL.id), weekday: 3, hour: 12, state: "active" }]);
  });

  it("stops a channel's digest when the bot loses the right to post or is removed, and tells the admin in private (not the channel)", async () => {
    t = await testBot(provider);
    channelReady();
    await subscribeChannel(ADMIN.id);
    await t.send(myChatMemberUpdate(ADMIN, "administrator", "administrator", CHANNEL));
    expect(await rows()).toMatchObject([{ state: "stopped", stopReason: "no_rights" }]);
    expect(sentTo(CHANNEL.id)).toEqual([]);
    expect(String(sentTo(ADMIN.id).at(-1)!.payload.text)).toBe(
      "Дайджест в канал «Моно &amp; Co» остановлен: бот больше не может публиковать в канале. Верните боту право публиковать сообщения и возобновите дайджест в /subscriptions.",
    );
    await t.send(textUpdate(ADMIN, "/subscriptions"));
    expect(lastText(t.tg)).toMatch(/\(остановлена: бот не может публиковать в канале\)/);
    await press(t, ADMIN, "1 ▶");
    expect(await rows()).toMatchObject([{ state: "active" }]);
    await t.send(myChatMemberUpdate(ADMIN, "administrator", "left", CHANNEL));
    expect(await rows()).toMatchObject([{ state: "stopped", stopReason: "kicked" }]);
    expect(String(sentTo(ADMIN.id).at(-1)!.payload.text)).toMatch(/^Дайджест в канал «Моно &amp; Co» остановлен: бота удалили из канала/);
  });
});
