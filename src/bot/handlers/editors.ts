// Editors keep the data current: /template, an uploaded CSV or XLSX checked row by row,
// a preview applied only on Confirm, /history with Undo for admins, /export for anyone,
// and /editors for admins. Readers never see the editor commands in their menu, and
// get a polite refusal when they type one or press an editor's button.
import { BotComposer } from "../composer.ts";
import { InputFile } from "grammy";
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { Clock } from "../../clock.ts";
import type { EditRepo } from "../../db/edits.ts";
import type { UserRepo } from "../../db/users.ts";
import type { SheetKind } from "../../domain/edits.ts";
import type { Lang } from "../../domain/types.ts";
import type { Knowledge } from "../../knowledge.ts";
import { readTableOffThread } from "../../sheets/off-thread.ts";
import { sheetKindOf, validateSheet } from "../../sheets/sheets.ts";
import { MAX_UPLOAD_BYTES } from "../../sheets/limits.ts";
import {
  renderConflicts,
  renderHeaderProblem,
  renderHistory,
  renderPreview,
  renderRowErrors,
  renderTableProblem,
  renderUndoConfirm,
} from "../../render/edits.ts";
import { escapeHtml } from "../../render/format.ts";
import type { Translate } from "../../render/types.ts";
import type { BotContext } from "../context.ts";
import { send } from "../reply.ts";

const EDITOR_COMMANDS = ["edit", "template", "history", "conflicts", "export"] as const;
const ADMIN_COMMANDS = ["editors"] as const;

export interface EditorDeps {
  knowledge: Knowledge;
  users: UserRepo;
  edits: EditRepo;
  /** Telegram user ids from ADMIN_IDS. */
  admins: readonly number[];
  clock: Clock;
  log: Logger;
  /** Fetches an uploaded file's bytes from Telegram (or the fake in tests). */
  download: (filePath: string) => Promise<Uint8Array>;
  /** Starts the single-edit wizard. */
  edit: (ctx: BotContext, townId: string | null) => Promise<void>;
  /** Sets the command menu of one user's private chat after their role changed. */
  menus: (api: Api, userId: number, role: "reader" | "editor" | "admin", lang: Lang) => Promise<void>;
}

type Role = "reader" | "editor" | "admin";

export function editorHandlers(deps: EditorDeps) {
  const c = new BotComposer<BotContext>();
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

  const sendFiles = async (ctx: BotContext, caption: string) => {
    const stamp = deps.clock.now().toISOString().slice(0, 10);
    // The spreadsheet libraries load on first use: most processes never need them.
    const { exportFiles } = await import("../../sheets/export.ts");
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
      deps.log.warn({ err }, "could not download an upload");
      return send(ctx, { text: t("ed-file-download") });
    }
    await preview(ctx, doc.file_name ?? "upload", bytes);
  });

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
    await proposeRows(ctx, "upload", kind.kind, rows.rows, fileName, false);
  };

  /** Plans the rows against the current data and shows the preview; stale: an earlier preview lost a race. */
  const proposeRows = async (ctx: BotContext, kind: "upload" | "edit", sheet: SheetKind, rows: unknown[], fileName: string | null, stale: boolean) => {
    const { catalog } = deps.knowledge.current;
    const { plan, errors, setId } = await deps.edits.propose(catalog, { kind, userId: ctx.from!.id, chatId: ctx.chat!.id, fileName, sheet, rows });
    if (errors.length) return send(ctx, renderRowErrors(errors, ctx.render));
    if (setId === null) return send(ctx, { text: ctx.render.t("ed-no-changes") });
    await send(ctx, renderPreview(plan, setId, catalog, ctx.render, { stale }));
  };

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
      deps.log.info({ set: id, user: ctx.from.id, changes: res.changes, version: res.version }, "editor change set applied");
      return send(ctx, { text: t("ed-applied", { count: res.changes, id: String(id) }) });
    }
    if (res.reason === "changed") {
      // Another editor's change went in first: the same rows are planned again on the new data.
      await deps.knowledge.reload();
      return proposeRows(ctx, set.kind === "edit" ? "edit" : "upload", set.plan.kind, set.rows as unknown[], set.fileName, true);
    }
    return send(ctx, { text: t("ed-gone") });
  });

  c.command("edit", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    await deps.knowledge.reloadIfChanged();
    const q = ctx.match.trim();
    const ids = q ? deps.knowledge.current.understander.understand(q, ctx.lang).towns : [];
    await deps.edit(ctx, ids.length === 1 ? ids[0]! : null);
  });

  /** The town a /history or /conflicts argument names (none: all towns); asks again when it names none or several. */
  const townScope = async (ctx: BotContext): Promise<{ townId: string | null; title: string } | null> => {
    const q = (typeof ctx.match === "string" ? ctx.match : "").trim();
    const t = ctx.render.t;
    const { catalog, understander } = deps.knowledge.current;
    if (!q) return { townId: null, title: t("ed-history-all") };
    const ids = catalog.towns.has(q.toLowerCase()) ? [q.toLowerCase()] : understander.understand(q, ctx.lang).towns;
    if (ids.length !== 1) {
      await send(ctx, { text: t("ed-history-which", { query: escapeHtml(q) }) });
      return null;
    }
    const town = catalog.towns.get(ids[0]!)!;
    return { townId: town.id, title: ctx.lang === "kk" ? town.nameKk : town.nameRu };
  };

  c.command("history", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    const scope = await townScope(ctx);
    if (!scope) return;
    const entries = await deps.edits.history(scope.townId);
    await send(ctx, renderHistory(entries, scope.title, deps.knowledge.current.catalog, ctx.render, admins.has(ctx.from!.id)));
  });

  // What a dataset release would have changed where an editor had changed it first.
  c.command("conflicts", async (ctx) => {
    if (!(await editorOnly(ctx, "editor"))) return;
    const scope = await townScope(ctx);
    if (!scope) return;
    await send(ctx, renderConflicts(await deps.edits.conflicts(scope.townId), scope.title, deps.knowledge.current.catalog, ctx.render));
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
      deps.log.info({ set: id, undo: res.setId, user: ctx.from.id }, "editor change set undone");
      return send(ctx, { text: t("ed-undone", { id: String(id), undo: String(res.setId) }) });
    }
    if (res.reason === "changed_since")
      return send(ctx, { text: t("ed-undo-changed-since", { id: String(id), later: (res.laterSetIds ?? []).map((x) => `#${x}`).join(", ") }) });
    return send(ctx, { text: t(`ed-undo-${res.reason}`, { id: String(id) }) });
  });

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
      await deps.menus(ctx.api, id, role, prefs.language ?? ctx.lang).catch((err) => deps.log.warn({ err, user: id }, "could not set an editor's menu"));
      return send(ctx, { text: t(action === "add" ? "ed-editors-added" : "ed-editors-removed", { id: String(id) }) });
    }
    const editors = await deps.users.withRole("editor");
    const list = editors.length ? editors.map((e) => `• ${e.id}${e.name ? ` (${escapeHtml(e.name)})` : ""}`).join("\n") : t("ed-editors-none");
    await send(ctx, { text: t("ed-editors-list", { list, admins: [...admins].join(", ") || "—" }) });
  });

  return c;
}

/** The commands a user's menu shows for a role, described in their language. */
export function menuCommands(role: Role, t: Translate, base: Array<{ command: string; description: string }>) {
  const extra = role === "reader" ? [] : [...EDITOR_COMMANDS.filter((c) => c !== "export"), ...(role === "admin" ? ADMIN_COMMANDS : [])];
  return [...base, ...extra.map((c) => ({ command: c, description: t(`cmd-${c}`) }))];
}
