import type { Context } from "grammy";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Lang } from "../domain/types.ts";
import type { RenderContext } from "../render/types.ts";

export interface LangFlavor {
  /** The language to answer in: the user's stored choice, else Telegram's language_code. */
  lang: Lang;
  /** True when the user has chosen a language (not just guessed from Telegram). */
  langChosen: boolean;
  render: RenderContext;
}

/** A context whose language is decided: handlers outside and inside wizards. */
export type LangContext = Context & LangFlavor;

/**
 * The handlers' context, which can also enter wizards. Inside a wizard the context is a
 * plain LangContext: the conversations plugin forbids its flavor there.
 */
export type BotContext = ConversationFlavor<LangContext>;
