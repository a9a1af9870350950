// The editor and admin commands a user's private menu adds to everyone's.
import type { Translate } from "../../../render/types.ts";
import type { Role } from "./access.ts";

const EDITOR_COMMANDS = ["edit", "reports", "template", "history", "conflicts", "export"] as const;
const ADMIN_COMMANDS = ["editors"] as const;

/** The commands a user's menu shows for a role, described in their language. */
export function menuCommands(role: Role, t: Translate, base: Array<{ command: string; description: string }>) {
  const extra = role === "reader" ? [] : [...EDITOR_COMMANDS.filter((c) => c !== "export"), ...(role === "admin" ? ADMIN_COMMANDS : [])];
  return [...base, ...extra.map((c) => ({ command: c, description: t(`cmd-${c}`) }))];
}
