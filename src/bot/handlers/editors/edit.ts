// /edit [town]: starts the single-edit wizard (src/bot/wizards/edit.ts), at the town the
// argument names when it names exactly one.
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { editorAccess, type EditorDeps } from "./access.ts";

export function editCommandHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { editorOnly } = editorAccess(deps);

  c.command("edit", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    await deps.knowledge.reloadIfChanged();
    const q = ctx.match.trim();
    const ids = q ? deps.knowledge.current.understander.understand(q, ctx.lang).towns : [];
    await deps.edit(ctx, ids.length === 1 ? ids[0]! : null);
  });

  return c;
}
