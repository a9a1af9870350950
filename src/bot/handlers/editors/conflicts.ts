// /conflicts [town]: what a dataset release would have changed where an editor had
// changed it first.
import { renderConflicts } from "../../../render/edits.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { send } from "../../reply.ts";
import { editorAccess, type EditorDeps } from "./access.ts";
import { townScope } from "./town-scope.ts";

export function conflictHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { editorOnly } = editorAccess(deps);

  c.command("conflicts", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    const scope = await townScope(deps, ctx);
    if (!scope) return;
    await send(ctx, renderConflicts(await deps.edits.conflicts(scope.townId), scope.title, deps.knowledge.current.catalog, ctx.render));
  });

  return c;
}
