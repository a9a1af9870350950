// A change set from an upload or the /edit wizard: planned against the current data and
// shown as a preview, applied only on ✅ by the editor who made it; one that lost a race
// to another editor's change is planned again on the new data.
import type { SheetKind } from "../../../domain/edits.ts";
import { renderPreview, renderRowErrors } from "../../../render/edits.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { send } from "../../reply.ts";
import { editorAccess, type EditorDeps } from "./access.ts";

/** Plans the rows against the current data and shows the preview; stale: an earlier preview lost a race. */
export async function proposeRows(
  deps: Pick<EditorDeps, "knowledge" | "edits">,
  ctx: BotContext,
  kind: "upload" | "edit",
  sheet: SheetKind,
  rows: unknown[],
  fileName: string | null,
  stale: boolean,
) {
  const { catalog } = deps.knowledge.current;
  const { plan, errors, setId } = await deps.edits.propose(catalog, { kind, userId: ctx.from!.id, chatId: ctx.chat!.id, fileName, sheet, rows });
  if (errors.length) return send(ctx, renderRowErrors(errors, ctx.render));
  if (setId === null) return send(ctx, { text: ctx.render.t("ed-no-changes") });
  await send(ctx, renderPreview(plan, setId, catalog, ctx.render, { stale }));
}

export function changeSetHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { roleOf, refuse } = editorAccess(deps);

  c.callbackQuery(/^ed:(ok|no):(\d+)$/, async (ctx) => {
    if ((await roleOf(ctx.from.id)) === "reader") return refuse(ctx);
    const [, action, idText] = ctx.match;
    const id = Number(idText);
    const t = ctx.render.t;
    const set = await deps.edits.get(id);
    if (!set || set.userId !== ctx.from.id) return ctx.answerCallbackQuery({ text: t("ed-not-yours"), show_alert: true });
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
    if (action === "no") {
      const closed = await deps.edits.close(id, "cancelled");
      return send(ctx, { text: t(closed ? "ed-cancelled" : "ed-gone") });
    }
    const res = await deps.edits.apply(id, ctx.from.id, deps.clock.now());
    if (res.ok) {
      await deps.knowledge.reload();
      ctx.log.info({ set: id, changes: res.changes, version: res.version }, "editor change set applied");
      return send(ctx, { text: t("ed-applied", { count: res.changes, id: String(id) }) });
    }
    if (res.reason === "changed") {
      // Another editor's change went in first: the same rows are planned again on the new data.
      await deps.knowledge.reload();
      return proposeRows(deps, ctx, set.kind === "edit" ? "edit" : "upload", set.plan.kind, set.rows as unknown[], set.fileName, true);
    }
    return send(ctx, { text: t("ed-gone") });
  });

  return c;
}
