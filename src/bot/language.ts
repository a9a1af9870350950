// Decides the reply language for each update before anything else runs.
import type { NextFunction } from "grammy";
import type { Logger } from "pino";
import type { UserPrefs, UserRepo } from "../db/users.ts";
import type { Lang } from "../domain/types.ts";
import type { LangContext } from "./context.ts";
import { translator } from "../i18n.ts";
import type { I18n } from "@grammyjs/i18n";

export const guessLanguage = (languageCode: string | undefined): Lang => (languageCode?.toLowerCase().startsWith("kk") ? "kk" : "ru");

/** The user's stored choice, else Telegram's language_code. Wizards decide the same way. */
export function setLanguage(ctx: LangContext, i18n: I18n<LangContext>, stored: Lang | null) {
  ctx.lang = stored ?? guessLanguage(ctx.from?.language_code);
  ctx.langChosen = !!stored;
  ctx.render = { lang: ctx.lang, t: translator(i18n, ctx.lang) };
}

/** The stored language, or null when there is none or the database cannot say. */
/** `log` is asked for only when the read fails: an update's logger costs something to make. */
export async function storedLanguage(users: UserRepo, userId: number | undefined, log: () => Logger): Promise<Lang | null> {
  let stored: UserPrefs | null = null;
  try {
    stored = userId === undefined ? null : await users.get(userId);
  } catch (err) {
    // The database being away must not silence the bot: answer in the guessed language.
    log().warn({ err }, "could not read the user's language");
  }
  return stored?.language ?? null;
}

export function languageMiddleware(users: UserRepo, i18n: I18n<LangContext>) {
  return async (ctx: LangContext, next: NextFunction) => {
    setLanguage(ctx, i18n, await storedLanguage(users, ctx.from?.id, () => ctx.log));
    await next();
  };
}

/** Switches the current update to another language (after the user picked one). */
export function useLanguage(ctx: LangContext, i18n: I18n<LangContext>, lang: Lang) {
  ctx.lang = lang;
  ctx.langChosen = true;
  ctx.render = { lang, t: translator(i18n, lang) };
}

/** Answers this one message in another language (the one it was written in); the stored choice stays. */
export function replyIn(ctx: LangContext, i18n: I18n<LangContext>, lang: Lang) {
  if (ctx.render.lang === lang) return;
  ctx.render = { lang, t: translator(i18n, lang) };
}
