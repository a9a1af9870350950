// /gaps and the ❓ button: what is unknown and who holds it («что неизвестно по Балхашу»
// comes through the questions); 📝 under that list: the draft request to one holder, as a
// message and a .txt file. Editors asking /gaps in a private chat also get every town's
// unknowns, as a table and CSV.
import { InputFile } from "grammy";
import { allTownGaps, nationalGaps, townGaps, withHolders } from "../../domain/gaps.ts";
import { renderAmbiguous, renderNotFound } from "../../render/fallbacks.ts";
import { draftFileName, draftRequest, gapsCsv, nationalGapsReply, parseGapsCb, renderDraftMessage, renderGapsTable, townGapsReply } from "../../render/gaps.ts";
import { BotComposer } from "../composer.ts";
import type { Translations } from "../../i18n.ts";
import type { BotContext } from "../context.ts";
import { replyIn } from "../language.ts";
import { send } from "../reply.ts";
import { editorAccess, type EditorDeps } from "./editors/access.ts";

/** Longest text taken as a town name after the command. */
const MAX_NAME_QUERY = 200;

export function gapsHandlers(deps: Pick<EditorDeps, "admins" | "users" | "knowledge"> & { i18n: Translations }) {
  const c = new BotComposer<BotContext>();
  const { knowledge } = deps;
  const access = editorAccess(deps);

  const national = async (ctx: BotContext) => {
    const snap = knowledge.current;
    await send(ctx, nationalGapsReply(snap, ctx.render));
    if (ctx.chat?.type !== "private" || (await access.roleOf(ctx.from?.id)) === "reader") return;
    // Editors see where data work is needed: a line per town, and every gap with its holder as CSV.
    const { catalog, holders } = snap;
    const rows = allTownGaps(catalog).map((x) => ({ townId: x.town.id, gaps: withHolders(x.gaps, catalog, holders) }));
    await send(ctx, { text: renderGapsTable(catalog, rows, ctx.render) });
    const out = gapsCsv(catalog, rows, ctx.render);
    await ctx.replyWithDocument(new InputFile(Buffer.from(out.csv, "utf8"), `gaps-${ctx.lang}.csv`), {
      caption: ctx.render.t("gaps-table-caption", { rows: out.rows }),
    });
  };

  c.command("gaps", async (ctx) => {
    const q = ctx.match.trim();
    if (!q) return national(ctx);
    if (q.length > MAX_NAME_QUERY) return send(ctx, { text: ctx.render.t("text-too-long") });
    const snap = knowledge.current;
    const whole = snap.towns.lookup(q);
    const ids = whole.length ? whole : snap.understander.understand(q, ctx.lang).towns;
    if (ids.length === 1) return send(ctx, townGapsReply(snap, ids[0]!, ctx.render)!);
    if (ids.length > 1) return send(ctx, renderAmbiguous(q, ids, snap.catalog, ctx.render));
    return send(ctx, renderNotFound(q, snap.towns.suggest(q), snap.catalog, ctx.render));
  });

  c.callbackQuery(/^gaps:/, async (ctx) => {
    const parsed = parseGapsCb(ctx.callbackQuery.data);
    const reply = parsed?.townId ? townGapsReply(knowledge.current, parsed.townId, ctx.render) : null;
    if (!parsed || (parsed.townId && !reply)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    // The card stays where it was: the list comes as a message of its own, to answer from.
    if (reply) return send(ctx, reply);
    return national(ctx);
  });

  c.callbackQuery(/^gapreq:/, async (ctx) => {
    const parsed = parseGapsCb(ctx.callbackQuery.data);
    const { catalog, holders } = knowledge.current;
    const all = parsed?.townId ? (catalog.towns.has(parsed.townId) ? townGaps(catalog, parsed.townId) : []) : nationalGaps(catalog);
    const gaps = withHolders(all, catalog, holders).filter((g) => g.holder?.id === parsed?.holderId);
    // The draft follows the list it was asked from («Балқаш бойынша…» gets a Kazakh one).
    if (parsed?.lang) replyIn(ctx, deps.i18n, parsed.lang);
    const draft = parsed ? draftRequest(catalog, parsed.townId, gaps, holders, ctx.render) : null;
    if (!parsed?.holderId || !draft) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    const holder = gaps[0]!.holder!;
    await send(ctx, renderDraftMessage(draft, holder, holders, ctx.render));
    await ctx.replyWithDocument(new InputFile(Buffer.from(draft, "utf8"), draftFileName(parsed.townId, parsed.holderId, ctx.render.lang)), {
      caption: ctx.render.t("gaps-file-caption", { holder: holder.name[ctx.render.lang] }),
    });
  });

  return c;
}
