// Builders for the updates Telegram would send: a text message, a button press.
import type { Update } from "grammy/types";

let nextUpdateId = 1;

export interface FakeUser {
  id: number;
  first_name?: string;
  language_code?: string;
}

export function textUpdate(user: FakeUser, text: string, chat?: { id: number; type: "private" | "group" | "supergroup"; title?: string }): Update {
  const entities = text.startsWith("/") ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  const c = chat ?? { id: user.id, type: "private" as const };
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: c.type === "private" ? { id: c.id, type: "private", first_name: user.first_name ?? "User" } : { id: c.id, type: c.type, title: c.title ?? "Group" },
      from: { id: user.id, is_bot: false, first_name: user.first_name ?? "User", language_code: user.language_code },
      text,
      ...(entities ? { entities } : {}),
    },
  } as Update;
}

export function callbackUpdate(user: FakeUser, data: string, messageId = 1): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from: { id: user.id, is_bot: false, first_name: user.first_name ?? "User", language_code: user.language_code },
      chat_instance: "ci",
      data,
      message: { message_id: messageId, date: 0, chat: { id: user.id, type: "private", first_name: user.first_name ?? "User" }, text: "…" },
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
