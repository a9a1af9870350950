// An editor's uploaded CSV or XLSX: size-checked, downloaded, read in a worker thread,
// its header and every row checked, then proposed as a change set (change-sets.ts).
import { renderHeaderProblem, renderRowErrors, renderTableProblem } from "../../../render/edits.ts";
import { MAX_UPLOAD_BYTES } from "../../../sheets/limits.ts";
import { readTableOffThread } from "../../../sheets/off-thread.ts";
import { sheetKindOf, validateSheet } from "../../../sheets/sheets.ts";
import { BotComposer } from "../../composer.ts";
import type { BotContext } from "../../context.ts";
import { send } from "../../reply.ts";
import { editorAccess, type EditorDeps } from "./access.ts";
import { proposeRows } from "./change-sets.ts";

export function uploadHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
  const { roleOf } = editorAccess(deps);

  const preview = async (ctx: BotContext, fileName: string, bytes: Uint8Array) => {
    // In a worker thread, with a time and memory limit: others are answered meanwhile.
    const read = await readTableOffThread(fileName, bytes);
    if (!read.ok) return send(ctx, renderTableProblem(read.problem, ctx.render));
    const kind = sheetKindOf(read.table.header);
    if ("problem" in kind) return send(ctx, renderHeaderProblem(kind.problem, ctx.render));
    await deps.knowledge.reloadIfChanged();
    const { catalog } = deps.knowledge.current;
    const { rows, errors } = validateSheet(catalog, read.table, kind.kind);
    if (errors.length) return send(ctx, renderRowErrors(errors, ctx.render));
    await proposeRows(deps, ctx, "upload", kind.kind, rows.rows, fileName, false);
  };

  c.on("message:document", async (ctx) => {
    const role = await roleOf(ctx.from.id);
    if (role === "reader") return send(ctx, { text: ctx.render.t("ed-upload-not-editor") });
    if (ctx.chat.type !== "private") return send(ctx, { text: ctx.render.t("ed-private-only") });
    const doc = ctx.message.document;
    const t = ctx.render.t;
    if ((doc.file_size ?? 0) > MAX_UPLOAD_BYTES)
      return send(ctx, renderTableProblem({ code: "too_big", limitKb: Math.round(MAX_UPLOAD_BYTES / 1000) }, ctx.render));
    await deps.users.saveProfile({ id: ctx.from.id, languageCode: ctx.from.language_code, firstName: ctx.from.first_name, username: ctx.from.username });
    const file = await ctx.getFile();
    if (!file.file_path) return send(ctx, { text: t("ed-file-download") });
    let bytes: Uint8Array;
    try {
      bytes = await deps.download(file.file_path);
    } catch (err) {
      ctx.log.warn({ err }, "could not download an upload");
      return send(ctx, { text: t("ed-file-download") });
    }
    await preview(ctx, doc.file_name ?? "upload", bytes);
  });

  return c;
}
