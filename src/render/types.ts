// What a renderer produces: HTML text and an inline keyboard as plain data. The bot
// layer turns the keyboard into Telegram's markup; the CLI prints it.
import type { Lang } from "../domain/types.ts";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface RenderContext {
  lang: Lang;
  t: Translate;
}

/** A callback button, a link, or a "share" button that opens the chat picker with an inline query. */
export type Button = { text: string; data: string } | { text: string; url: string } | { text: string; switchInline: string };
export type Keyboard = Button[][];

export interface Reply {
  /** Telegram HTML. */
  text: string;
  keyboard?: Keyboard;
  /** A list or comparison: what /csv exports after it (a csv key, see render/csv-spec.ts). */
  csv?: string;
}

/** Telegram's limit on a message's text. */
export const MESSAGE_LIMIT = 4096;
