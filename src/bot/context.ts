import type { Context } from "grammy";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Logger } from "pino";
import type { Lang } from "../domain/types.ts";
import type { RenderContext } from "../render/types.ts";
import type { LastLists } from "./last-list.ts";

interface LangFlavor {
  /** The language to answer in: the user's stored choice, else Telegram's language_code. */
  lang: Lang;
  /** True when the user has chosen a language (not just guessed from Telegram). */
  langChosen: boolean;
  render: RenderContext;
  /** Where a sent list or comparison is remembered for /csv (absent inside wizards). */
  lastLists?: LastLists;
  /** This update's logger: its lines carry the update, chat and user ids (update-log.ts). */
  log: Logger;
}

/** A context whose language is decided: handlers outside and inside wizards. */
export type LangContext = Context & LangFlavor;

/**
 * The handlers' context. `conversation` is there only while a wizard of this chat (or
 * group member) is active: other updates skip the conversations plugin altogether, and
 * wizards are entered through `Wizards`. Inside a wizard the context is a plain
 * LangContext: the plugin forbids its flavor there.
 */
export type BotContext = LangContext & Partial<ConversationFlavor<LangContext>>;
