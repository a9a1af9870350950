// /history [town]: the change log, with ↩️ Undo for admins; an undo asks first, since it
// changes what every reader sees.
import { renderHistory, renderUndoConfirm } from "../../../render/edits.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { send } from "../../reply.ts";
import { editorAccess, type EditorDeps } from "./access.ts";
import { townScope } from "./town-scope.ts";

export function historyHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { admins, refuse, editorOnly } = editorAccess(deps);

  c.command("history", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    const scope = await townScope(deps, ctx);
    if (!scope) return;
    const entries = await deps.edits.history(scope.townId);
    await send(ctx, renderHistory(entries, scope.title, deps.knowledge.current.catalog, ctx.render, admins.has(ctx.from!.id)));
  });

  // ↩️ under /history asks first: an undo changes what every reader sees.
  c.callbackQuery(/^ed:undo:(\d+)$/, async (ctx) => {
    if (!admins.has(ctx.from.id)) return refuse(ctx, "ed-not-admin");
    const id = Number(ctx.match[1]);
    await ctx.answerCallbackQuery();
    await send(ctx, renderUndoConfirm(await deps.edits.historyEntry(id), id, deps.knowledge.current.catalog, ctx.render));
  });

  c.callbackQuery(/^ed:undono:(\d+)$/, async (ctx) => {
    if (!admins.has(ctx.from.id)) return refuse(ctx, "ed-not-admin");
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
    await send(ctx, { text: ctx.render.t("ed-undo-kept", { id: ctx.match[1]! }) });
  });

  c.callbackQuery(/^ed:undoyes:(\d+)$/, async (ctx) => {
    if (!admins.has(ctx.from.id)) return refuse(ctx, "ed-not-admin");
    const id = Number(ctx.match[1]);
    const t = ctx.render.t;
    await ctx.answerCallbackQuery();
    // The confirmation's buttons go, so a second tap cannot start a second undo.
    await ctx.editMessageReplyMarkup().catch(() => {});
    const res = await deps.edits.undo(id, ctx.from.id, ctx.chat?.id ?? ctx.from.id, deps.clock.now());
    if (res.ok) {
      await deps.knowledge.reload();
      ctx.log.info({ set: id, undo: res.setId }, "editor change set undone");
      return send(ctx, { text: t("ed-undone", { id: String(id), undo: String(res.setId) }) });
    }
    if (res.reason === "changed_since")
      return send(ctx, { text: t("ed-undo-changed-since", { id: String(id), later: (res.laterSetIds ?? []).map((x) => `#${x}`).join(", ") }) });
    return send(ctx, { text: t(`ed-undo-${res.reason}`, { id: String(id) }) });
  });

  return c;
}
