// Fluent translations from locales/<lang>/*.ftl through @grammyjs/i18n, shared by the bot
// and the digest. The locale is whatever the language middleware decided (stored choice first).
import path from "node:path";
import { I18n } from "@grammyjs/i18n";
import type { LangContext } from "./bot/context.ts";
import type { Lang } from "./domain/types.ts";
import type { Translate } from "./render/types.ts";

const LOCALES_DIR = path.resolve(import.meta.dirname, "../locales");

/** The translations: made once per process (src/app.ts) and handed to the bot, its stores and the digest. */
export type Translations = I18n<LangContext>;

export function createI18n(): Translations {
  return new I18n<LangContext>({
    defaultLocale: "ru",
    directory: LOCALES_DIR,
    // Numbers reach Fluent already formatted; isolating marks would leak into Telegram text.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.lang,
  });
}

export function translator(i18n: Translations, lang: Lang): Translate {
  return (key, vars) => i18n.t(lang, key, vars);
}
