// The Mini App from the bot's side, present only when PUBLIC_URL is set: a web_app button
// under every town card in a private chat (Telegram allows web_app buttons only there; a
// group gets a link to the same page), the /app command, and the chat menu button. Cards stay pure data (src/render): the button is
// added as a card leaves for Telegram, by a transformer on this update's API calls.
import type { Api, MiddlewareFn, Transformer } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { parseCallback } from "../render/callbacks.ts";
import { BotComposer } from "./composer.ts";
import type { BotContext, LangContext } from "./context.ts";

/** The page of a town, or of all towns, in a language (Russian is the page's default). */
function appUrl(publicUrl: string, lang: string, townId?: string): string {
  return `${publicUrl}/app${townId ? `/${encodeURIComponent(townId)}` : ""}${lang === "kk" ? "?lang=kk" : ""}`;
}

/** The town whose card a keyboard belongs to: its first row opens that town's sections. */
function cardTown(markup: unknown): string | null {
  const rows = (markup as Partial<InlineKeyboardMarkup> | undefined)?.inline_keyboard;
  const first = rows?.[0];
  if (!first || first.length < 2) return null;
  const towns = new Set(
    first.map((b) => {
      const parsed = "callback_data" in b && b.callback_data ? parseCallback(b.callback_data) : null;
      return parsed?.kind === "card" ? parsed.townId : null;
    }),
  );
  const [town] = [...towns];
  return towns.size === 1 && town ? town : null;
}

/**
 * Adds the town page's button under a card sent or edited in this chat: the Mini App in a
 * private chat, a link to the same page in a group (where Telegram refuses web_app buttons).
 */
function cardButton(publicUrl: string, ctx: LangContext): Transformer {
  return (prev, method, payload, signal) => {
    if (method !== "sendMessage" && method !== "editMessageText") return prev(method, payload, signal);
    const p = payload as { reply_markup?: InlineKeyboardMarkup };
    const town = cardTown(p.reply_markup);
    if (!town || !p.reply_markup) return prev(method, payload, signal);
    const url = appUrl(publicUrl, ctx.lang, town);
    const text = ctx.render.t("btn-webapp-town");
    const button: InlineKeyboardButton = ctx.chat?.type === "private" ? { text, web_app: { url } } : { text, url };
    // The keyboard may be a memoised reply's: a copy is sent, the original is left alone.
    const reply_markup = { inline_keyboard: [...p.reply_markup.inline_keyboard, [button]] };
    return prev(method, { ...payload, reply_markup } as typeof payload, signal);
  };
}

export function webAppMiddleware(publicUrl: string): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    if (ctx.chat) ctx.api.config.use(cardButton(publicUrl, ctx));
    return next();
  };
}

export function webAppHandlers(publicUrl: string) {
  const c = new BotComposer<BotContext>();
  c.command("app", async (ctx) => {
    const url = appUrl(publicUrl, ctx.lang);
    const t = ctx.render.t;
    // A group cannot open a Mini App from a message: there it is a link to the web page.
    const button = ctx.chat.type === "private" ? { text: t("btn-webapp"), web_app: { url } } : { text: t("btn-webapp"), url };
    await ctx.reply(t("webapp-invite"), { reply_markup: { inline_keyboard: [[button]] } });
  });
  return c;
}

/** The chat menu button opens the page of all towns (one label: the app's name). */
export function setAppMenuButton(api: Api, publicUrl: string): Promise<true> {
  return api.setChatMenuButton({ menu_button: { type: "web_app", text: "Monoqala", web_app: { url: appUrl(publicUrl, "ru") } } });
}
