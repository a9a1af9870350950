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
  "gaps",
  "project",
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

/** What the menus hold besides the fixed commands: /app, when the web page is set up (PUBLIC_URL). */
export interface MenuOptions {
  app?: boolean;
}

export function commandsFor(t: Translate, opts: MenuOptions = {}): BotCommand[] {
  const commands: BotCommand[] = COMMANDS.map((c) => ({ command: c, description: t(`cmd-${c}`) }));
  // After the national overview: the page of all towns is its companion.
  if (opts.app) commands.splice(COMMANDS.indexOf("overview") + 1, 0, { command: "app", description: t("cmd-app") });
  return commands;
}

export async function setCommandMenus(api: Api, tr: { ru: Translate; kk: Translate }, opts: MenuOptions = {}) {
  await api.setMyCommands(commandsFor(tr.ru, opts));
  await api.setMyCommands(commandsFor(tr.ru, opts), { language_code: "ru" });
  await api.setMyCommands(commandsFor(tr.kk, opts), { language_code: "kk" });
}

/**
 * Editors and admins get their commands in their own private chat's menu (a chat scope
 * overrides the default menus there); readers never see them. A reader's chat scope is
 * deleted, so the default menu applies again.
 */
export async function setUserMenu(api: Api, userId: number, role: "reader" | "editor" | "admin", t: Translate, opts: MenuOptions = {}) {
  const scope = { type: "chat" as const, chat_id: userId };
  if (role === "reader") await api.deleteMyCommands({ scope });
  else await api.setMyCommands(menuCommands(role, t, commandsFor(t, opts)), { scope });
}

export async function setStaffMenus(
  api: Api,
  tr: Record<Lang, Translate>,
  staff: Array<{ id: number; role: "editor" | "admin"; language: Lang | null }>,
  opts: MenuOptions = {},
) {
  for (const s of staff) await setUserMenu(api, s.id, s.role, tr[s.language ?? "ru"], opts);
}
