// Command menus in both languages: Kazakh for kk clients, Russian for everyone else.
import type { Api } from "grammy";
import type { Lang } from "../domain/types.ts";
import { menuCommands } from "./handlers/editors/menu.ts";
import type { BotCommand } from "grammy/types";
import type { Translate } from "../render/types.ts";

const COMMANDS = [
  "town",
  "progress",
  "shortfall",
  "tiers",
  "overview",
  "chart",
  "csv",
  "subscribe",
  "subscriptions",
  "unsubscribe",
  "digest",
  "export",
  "help",
  "language",
  "start",
] as const;

export function commandsFor(t: Translate): BotCommand[] {
  return COMMANDS.map((c) => ({ command: c, description: t(`cmd-${c}`) }));
}

export async function setCommandMenus(api: Api, tr: { ru: Translate; kk: Translate }) {
  await api.setMyCommands(commandsFor(tr.ru));
  await api.setMyCommands(commandsFor(tr.ru), { language_code: "ru" });
  await api.setMyCommands(commandsFor(tr.kk), { language_code: "kk" });
}

/**
 * Editors and admins get their commands in their own private chat's menu (a chat scope
 * overrides the default menus there); readers never see them. A reader's chat scope is
 * deleted, so the default menu applies again.
 */
export async function setUserMenu(api: Api, userId: number, role: "reader" | "editor" | "admin", t: Translate) {
  const scope = { type: "chat" as const, chat_id: userId };
  if (role === "reader") await api.deleteMyCommands({ scope });
  else await api.setMyCommands(menuCommands(role, t, commandsFor(t)), { scope });
}

export async function setStaffMenus(api: Api, tr: Record<Lang, Translate>, staff: Array<{ id: number; role: "editor" | "admin"; language: Lang | null }>) {
  for (const s of staff) await setUserMenu(api, s.id, s.role, tr[s.language ?? "ru"]);
}
