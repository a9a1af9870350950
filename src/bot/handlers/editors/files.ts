// /export (anyone) and /template (editors): the current data as CSV and XLSX, the same
// files an editor fills in and uploads back.
import { InputFile } from "grammy";
import { MAX_UPLOAD_BYTES } from "../../../sheets/limits.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { editorAccess, type EditorDeps } from "./access.ts";

export function editorFileHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { editorOnly } = editorAccess(deps);

  const sendFiles = async (ctx: BotContext, caption: string) => {
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    // The spreadsheet libraries load on first use: most processes never need them.
    const { exportFiles } = await import("../../../sheets/export.ts");
    const files = await exportFiles(deps.knowledge.current.catalog, stamp);
    await ctx.replyWithMediaGroup(
      files.map((f, i) => ({
        type: "document" as const,
        media: new InputFile(f.data, f.name),
        ...(i === files.length - 1 ? { caption, parse_mode: "HTML" as const } : {}),
      })),
    );
  };

  c.command("export", async (ctx) => {
    await deps.knowledge.reloadIfChanged();
    await sendFiles(ctx, ctx.render.t("ed-export-caption"));
  });

  c.command("template", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    await deps.knowledge.reloadIfChanged();
    await sendFiles(ctx, ctx.render.t("ed-template-caption", { limitKb: Math.round(MAX_UPLOAD_BYTES / 1000) }));
  });

  return c;
}
