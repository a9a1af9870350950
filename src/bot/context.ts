import type { Context } from "grammy";
import type { Lang } from "../domain/types.ts";
import type { RenderContext } from "../render/types.ts";

export interface LangFlavor {
  /** The language to answer in: the user's stored choice, else Telegram's language_code. */
  lang: Lang;
  /** True when the user has chosen a language (not just guessed from Telegram). */
  langChosen: boolean;
  render: RenderContext;
}

export type BotContext = Context & LangFlavor;
