// Builders for the updates Telegram would send: a text message, a button press, a
// sticker, an anonymous admin's message, a change of the bot's membership, a channel's
// post, a channel post forwarded to the bot, a channel picked with a request_chat button.
import type { Update } from "grammy/types";

let nextUpdateId = 1;

export interface FakeUser {
  id: number;
  first_name?: string;
  language_code?: string;
  username?: string;
}

export interface FakeChat {
  id: number;
  type: "private" | "group" | "supergroup" | "channel";
  title?: string;
}

/** Telegram's stand-in sender of messages an admin posts anonymously, as the group. */
const GROUP_ANONYMOUS_BOT = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" } as const;

const chatOf = (user: FakeUser, chat?: FakeChat) => {
  const c = chat ?? { id: user.id, type: "private" as const };
  return c.type === "private"
    ? { id: c.id, type: "private" as const, first_name: user.first_name ?? "User" }
    : { id: c.id, type: c.type, title: c.title ?? "Group" };
};
const fromOf = (user: FakeUser) => ({
  id: user.id,
  is_bot: false,
  first_name: user.first_name ?? "User",
  language_code: user.language_code,
  ...(user.username ? { username: user.username } : {}),
});
const commandEntities = (text: string) =>
  text.startsWith("/") ? { entities: [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] } : {};

export function textUpdate(user: FakeUser, text: string, chat?: FakeChat): Update {
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextUpdateId, date: Math.floor(Date.now() / 1000), chat: chatOf(user, chat), from: fromOf(user), text, ...commandEntities(text) },
  } as Update;
}

/** A message an admin posts as the group itself: Telegram does not say who. */
export function anonymousAdminUpdate(chat: FakeChat, text: string): Update {
  const group = chatOf({ id: 0 }, chat);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: group,
      from: GROUP_ANONYMOUS_BOT,
      sender_chat: group,
      text,
      ...commandEntities(text),
    },
  } as Update;
}

export function callbackUpdate(user: FakeUser, data: string, messageId = 1, chat?: FakeChat): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from: fromOf(user),
      chat_instance: "ci",
      data,
      message: { message_id: messageId, date: 0, chat: chatOf(user, chat), text: "…" },
    },
  } as Update;
}

export function stickerUpdate(user: FakeUser): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: 0,
      chat: { id: user.id, type: "private", first_name: "User" },
      from: { id: user.id, is_bot: false, first_name: "User", language_code: user.language_code },
      sticker: { file_id: "x", file_unique_id: "x", type: "regular", width: 1, height: 1, is_animated: false, is_video: false },
    },
  } as Update;
}

/**
 * The bot's own membership changed: blocked ("kicked") or unblocked ("member") in a
 * private chat, removed ("left", "kicked") or added ("member", "administrator") in a group.
 */
export function myChatMemberUpdate(user: FakeUser, oldStatus: string, newStatus: string, chat?: FakeChat, botId = 424242): Update {
  const bot = { id: botId, is_bot: true, first_name: "Monoqala", username: "monoqala_test_bot" };
  const member = (status: string) => (status === "kicked" ? { status, user: bot, until_date: 0 } : { status, user: bot });
  return {
    update_id: nextUpdateId++,
    my_chat_member: {
      chat: chatOf(user, chat),
      from: fromOf(user),
      date: Math.floor(Date.now() / 1000),
      old_chat_member: member(oldStatus),
      new_chat_member: member(newStatus),
    },
  } as Update;
}

/** A document a user sends (an editor's upload): the file itself is stored with FakeTelegram.addFile. */
export function documentUpdate(user: FakeUser, fileId: string, fileName: string, size: number, mimeType = "text/csv", chat?: FakeChat): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: chatOf(user, chat),
      from: fromOf(user),
      document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: fileName, mime_type: mimeType, file_size: size },
    },
  } as Update;
}

/** «@bot query» typed in any chat: Telegram sends the bot an inline query, with no chat. */
export function inlineQueryUpdate(user: FakeUser, query: string): Update {
  return {
    update_id: nextUpdateId++,
    inline_query: { id: String(nextUpdateId), from: fromOf(user), query, offset: "", chat_type: "supergroup" },
  } as Update;
}

/** A post in a channel: it names the channel, never who posted it. */
export function channelPostUpdate(channel: FakeChat, text: string): Update {
  return {
    update_id: nextUpdateId++,
    channel_post: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: channel.id, type: "channel", title: channel.title ?? "Channel" },
      sender_chat: { id: channel.id, type: "channel", title: channel.title ?? "Channel" },
      text,
      ...commandEntities(text),
    },
  } as Update;
}

/** A message a user sends the bot in private, with what it carries besides its sender. */
function privateMessageUpdate(user: FakeUser, content: Record<string, unknown>): Update {
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextUpdateId, date: Math.floor(Date.now() / 1000), chat: chatOf(user), from: fromOf(user), ...content },
  } as Update;
}

/** A channel's post a user forwards to the bot in private. */
export function forwardedChannelPostUpdate(user: FakeUser, channel: FakeChat, text = "Новости"): Update {
  const chat = { id: channel.id, type: "channel" as const, title: channel.title ?? "Channel" };
  return privateMessageUpdate(user, {
    forward_origin: { type: "channel", chat, message_id: 77, date: 0 },
    // No words: a forwarded photo or sticker, which Telegram sends without `text`.
    ...(text ? { text } : {}),
  });
}

/** The chat a user picked with a request_chat keyboard button (with its title, when asked for). */
export function chatSharedUpdate(user: FakeUser, requestId: number, chat: FakeChat): Update {
  return privateMessageUpdate(user, { chat_shared: { request_id: requestId, chat_id: chat.id, ...(chat.title ? { title: chat.title } : {}) } });
}
