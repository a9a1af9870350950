// What every editor feature shares: the dependencies they are built from and who may use
// them. Editor work happens in private chats, and readers get a polite refusal when they
// type an editor's command or press an editor's button.
import type { Api } from "grammy";
import type { Clock } from "../../../clock.ts";
import type { EditRepo } from "../../../db/edits.ts";
import type { UserRepo } from "../../../db/users.ts";
import type { Lang } from "../../../domain/types.ts";
import type { Knowledge } from "../../../knowledge.ts";
import type { BotContext } from "../../context.ts";
import { send } from "../../reply.ts";

export type Role = "reader" | "editor" | "admin";

export interface EditorDeps {
  knowledge: Knowledge;
  users: UserRepo;
  edits: EditRepo;
  /** Telegram user ids from ADMIN_IDS. */
  admins: readonly number[];
  clock: Clock;
  /** Fetches an uploaded file's bytes from Telegram (or the fake in tests). */
  download: (filePath: string) => Promise<Uint8Array>;
  /** Starts the single-edit wizard, at a figure, tier or project when one is given. */
  edit: (ctx: BotContext, townId: string | null, targetId?: string | null) => Promise<void>;
  /** Sets the command menu of one user's private chat after their role changed. */
  menus: (api: Api, userId: number, role: Role, lang: Lang) => Promise<void>;
}

export function editorAccess(deps: Pick<EditorDeps, "admins" | "users">) {
  const admins = new Set(deps.admins);

  const roleOf = async (id: number | undefined): Promise<Role> => {
    if (id === undefined) return "reader";
    if (admins.has(id)) return "admin";
    // The cached row is current: setRole writes through, and with several instances each
    // update's sender is read afresh first (stores.ts, prime).
    return (await deps.users.get(id)).role === "editor" ? "editor" : "reader";
  };
  const refuse = (ctx: BotContext, key = "ed-not-editor") =>
    ctx.callbackQuery ? ctx.answerCallbackQuery({ text: ctx.render.t(key), show_alert: true }) : send(ctx, { text: ctx.render.t(key) });

  /** Editor work happens in private chats: files and previews are not for a group's eyes. */
  const editorOnly = async (ctx: BotContext, needed: "editor" | "admin"): Promise<boolean> => {
    const role = await roleOf(ctx.from?.id);
    if (role === "reader" || (needed === "admin" && role !== "admin")) {
      await refuse(ctx, needed === "admin" ? "ed-not-admin" : "ed-not-editor");
      return false;
    }
    if (ctx.chat?.type !== "private") {
      await refuse(ctx, "ed-private-only");
      return false;
    }
    return true;
  };

  return { admins, roleOf, refuse, editorOnly };
}
