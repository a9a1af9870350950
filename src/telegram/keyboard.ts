// A rendered keyboard as Telegram's inline keyboard: the one grammY type the bot's replies
// and the digest's messages share. Here, not in src/bot, so the digest runs without the bot.
import { InlineKeyboard } from "grammy";
import type { Keyboard } from "../render/types.ts";

export function inlineKeyboard(kb: Keyboard | undefined): InlineKeyboard | undefined {
  if (!kb?.length) return undefined;
  return new InlineKeyboard(kb.map((row) => row.map(button)));
}

function button(b: Keyboard[number][number]) {
  if ("url" in b) return InlineKeyboard.url(b.text, b.url);
  if ("switchInline" in b) return InlineKeyboard.switchInline(b.text, b.switchInline);
  return InlineKeyboard.text(b.text, b.data);
}
