// /editors (admins): the list of editors, /editors add|remove <id or @username>; the
// appointed or removed user's command menu follows their role.
import { escapeHtml } from "../../../render/format.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { send } from "../../reply.ts";
import { editorAccess, type EditorDeps } from "./access.ts";

export function appointHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { admins, editorOnly } = editorAccess(deps);

  c.command("editors", async (ctx) => {
    if (!(await editorOnly(ctx, "admin"))) return;
    const t = ctx.render.t;
    const [action, who] = ctx.match.trim().split(/\s+/);
    if (action === "add" || action === "remove") {
      const ids = who && /^\d{1,15}$/.test(who) ? [Number(who)] : who?.startsWith("@") ? await deps.users.idsByUsername(who) : [];
      if (ids.length > 1) return send(ctx, { text: t("ed-editors-ambiguous", { who: escapeHtml(who!), ids: ids.join(", ") }) });
      const id = ids[0];
      if (id === undefined) return send(ctx, { text: t("ed-editors-who", { who: escapeHtml(who ?? "") }) });
      if (admins.has(id)) return send(ctx, { text: t("ed-editors-is-admin") });
      const role = action === "add" ? "editor" : "reader";
      await deps.users.setRole(id, role);
      const prefs = await deps.users.get(id);
      await deps.menus(ctx.api, id, role, prefs.language ?? ctx.lang).catch((err) => ctx.log.warn({ err, editor: id }, "could not set an editor's menu"));
      return send(ctx, { text: t(action === "add" ? "ed-editors-added" : "ed-editors-removed", { id: String(id) }) });
    }
    const editors = await deps.users.withRole("editor");
    const list = editors.length ? editors.map((e) => `• ${e.id}${e.name ? ` (${escapeHtml(e.name)})` : ""}`).join("\n") : t("ed-editors-none");
    await send(ctx, { text: t("ed-editors-list", { list, admins: [...admins].join(", ") || "—" }) });
  });

  return c;
}
