// Decides the reply language for each update before anything else runs.
import type { NextFunction } from "grammy";
import type { Logger } from "pino";
import type { UserPrefs, UserRepo } from "../db/users.ts";
import type { Lang } from "../domain/types.ts";
import type { BotContext } from "./context.ts";
import { translator } from "./i18n.ts";
import type { I18n } from "@grammyjs/i18n";

export const guessLanguage = (languageCode: string | undefined): Lang => (languageCode?.toLowerCase().startsWith("kk") ? "kk" : "ru");

export function languageMiddleware(users: UserRepo, i18n: I18n<BotContext>, log: Logger) {
  return async (ctx: BotContext, next: NextFunction) => {
    const from = ctx.from;
    let stored: UserPrefs | null = null;
    try {
      stored = from ? await users.get(from.id) : null;
    } catch (err) {
      // The database being away must not silence the bot: answer in the guessed language.
      log.warn({ err }, "could not read the user's language");
    }
    ctx.lang = stored?.language ?? guessLanguage(from?.language_code);
    ctx.langChosen = !!stored?.language;
    ctx.render = { lang: ctx.lang, t: translator(i18n, ctx.lang) };
    await next();
  };
}

/** Switches the current update to another language (after the user picked one). */
export function useLanguage(ctx: BotContext, i18n: I18n<BotContext>, lang: Lang) {
  ctx.lang = lang;
  ctx.langChosen = true;
  ctx.render = { lang, t: translator(i18n, lang) };
}

/** Answers this one message in another language (the one it was written in); the stored choice stays. */
export function replyIn(ctx: BotContext, i18n: I18n<BotContext>, lang: Lang) {
  if (ctx.render.lang === lang) return;
  ctx.render = { lang, t: translator(i18n, lang) };
}
