// Sends a rendered Reply: Telegram HTML, no link previews (cards carry many links),
// plain-data keyboards turned into inline keyboards.
import { GrammyError } from "grammy";
import type { Reply } from "../render/types.ts";
import { inlineKeyboard } from "../telegram/keyboard.ts";
import type { LangContext } from "./context.ts";

// Memoised replies come back as the same object, so their options are built once too.
const built = new WeakMap<Reply, ReturnType<typeof buildOptions>>();
const buildOptions = (r: Reply) => ({
  parse_mode: "HTML" as const,
  link_preview_options: { is_disabled: true },
  reply_markup: inlineKeyboard(r.keyboard),
});
const options = (r: Reply) => {
  let o = built.get(r);
  if (!o) built.set(r, (o = buildOptions(r)));
  return o;
};

/** A list or comparison shown in a chat is what a later /csv there exports. */
function rememberList(ctx: LangContext, r: Reply) {
  if (r.csv && ctx.chat) ctx.lastLists?.remember(ctx.chat.id, r.csv);
}

export async function send(ctx: LangContext, r: Reply) {
  const sent = await ctx.reply(r.text, options(r));
  rememberList(ctx, r);
  return sent;
}

/** Replaces the message a button was on; falls back to a new message if it cannot be edited. */
export async function replace(ctx: LangContext, r: Reply) {
  try {
    await ctx.editMessageText(r.text, options(r));
    rememberList(ctx, r);
  } catch (e) {
    if (e instanceof GrammyError && e.description.includes("message is not modified")) return;
    if (e instanceof GrammyError && e.error_code === 400) {
      await send(ctx, r);
      return;
    }
    throw e;
  }
}
