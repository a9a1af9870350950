// Command menus in both languages: Kazakh for kk clients, Russian for everyone else.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Translate } from "../render/types.ts";

export const COMMANDS = [
  "town", "progress", "shortfall", "tiers", "overview", "chart", "csv", "subscribe", "subscriptions", "unsubscribe", "digest", "help", "language", "start",
] as const;

export function commandsFor(t: Translate): BotCommand[] {
  return COMMANDS.map((c) => ({ command: c, description: t(`cmd-${c}`) }));
}

export async function setCommandMenus(api: Api, tr: { ru: Translate; kk: Translate }) {
  await api.setMyCommands(commandsFor(tr.ru));
  await api.setMyCommands(commandsFor(tr.ru), { language_code: "ru" });
  await api.setMyCommands(commandsFor(tr.kk), { language_code: "kk" });
}
