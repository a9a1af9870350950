// /gaps, «что неизвестно по Балхашу» and the ❓ button: what is unknown and who holds it;
// 📝 under that list: the draft request to one holder, as a message and a .txt file.
// Editors asking /gaps in a private chat also get every town's unknowns, as a table and CSV.
import { InputFile } from "grammy";
import { allTownGaps, nationalGaps, townGaps, withHolders, type Holders } from "../../domain/gaps.ts";
import {
  draftFileName,
  draftRequest,
  gapsCsv,
  parseGapsCb,
  renderDraftMessage,
  renderGapsTable,
  renderNationalGaps,
  renderTownGaps,
} from "../../render/gaps.ts";
import { renderAmbiguous, renderNotFound } from "../../render/fallbacks.ts";
import { BotComposer } from "../composer.ts";
import type { BotContext } from "../context.ts";
import { send } from "../reply.ts";
import { editorAccess, type EditorDeps } from "./editors/access.ts";

/** Longest text taken as a town name after the command. */
const MAX_NAME_QUERY = 200;

export function gapsHandlers(deps: Pick<EditorDeps, "admins" | "users" | "knowledge">, holders: Holders) {
  const c = new BotComposer<BotContext>();
  const { knowledge } = deps;
  const access = editorAccess(deps);

  const heldTownGaps = (townId: string) => withHolders(townGaps(knowledge.current.catalog, townId), knowledge.current.catalog, holders);
  const heldNational = () => withHolders(nationalGaps(knowledge.current.catalog), knowledge.current.catalog, holders);

  const national = async (ctx: BotContext) => {
    const { catalog } = knowledge.current;
    const perTown = allTownGaps(catalog).map((x) => ({ townId: x.town.id, count: x.gaps.length }));
    await send(ctx, renderNationalGaps(catalog, heldNational(), perTown, holders, ctx.render));
    if (ctx.chat?.type !== "private" || (await access.roleOf(ctx.from?.id)) === "reader") return;
    // Editors see where data work is needed: a line per town, and every gap with its holder as CSV.
    const rows = allTownGaps(catalog).map((x) => ({ townId: x.town.id, gaps: withHolders(x.gaps, catalog, holders) }));
    await send(ctx, { text: renderGapsTable(catalog, rows, ctx.render) });
    const out = gapsCsv(catalog, rows, ctx.render);
    await ctx.replyWithDocument(new InputFile(Buffer.from(out.csv, "utf8"), `gaps-${ctx.lang}.csv`), {
      caption: ctx.render.t("gaps-table-caption", { rows: out.rows }),
    });
  };

  /** A town's list, from the command, a question or a button. */
  const townReply = (townId: string, ctx: BotContext) => renderTownGaps(knowledge.current.catalog, townId, heldTownGaps(townId), holders, ctx.render);

  c.command("gaps", async (ctx) => {
    const q = ctx.match.trim();
    if (!q) return national(ctx);
    if (q.length > MAX_NAME_QUERY) return send(ctx, { text: ctx.render.t("text-too-long") });
    const { catalog, towns, understander } = knowledge.current;
    const whole = towns.lookup(q);
    const ids = whole.length ? whole : understander.understand(q, ctx.lang).towns;
    if (ids.length === 1) return send(ctx, townReply(ids[0]!, ctx)!);
    if (ids.length > 1) return send(ctx, renderAmbiguous(q, ids, catalog, ctx.render));
    return send(ctx, renderNotFound(q, towns.suggest(q), catalog, ctx.render));
  });

  c.callbackQuery(/^gaps:/, async (ctx) => {
    const parsed = parseGapsCb(ctx.callbackQuery.data);
    const reply = parsed?.townId ? townReply(parsed.townId, ctx) : null;
    if (!parsed || (parsed.townId && !reply)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    // The card stays where it was: the list comes as a message of its own, to answer from.
    if (reply) return send(ctx, reply);
    return national(ctx);
  });

  c.callbackQuery(/^gapreq:/, async (ctx) => {
    const parsed = parseGapsCb(ctx.callbackQuery.data);
    const { catalog } = knowledge.current;
    const gaps = (parsed?.townId ? (catalog.towns.has(parsed.townId) ? heldTownGaps(parsed.townId) : []) : heldNational()).filter(
      (g) => g.holder?.id === parsed?.holderId,
    );
    const draft = parsed ? draftRequest(catalog, parsed.townId, gaps, holders, ctx.render) : null;
    if (!parsed?.holderId || !draft) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    const holder = gaps[0]!.holder!;
    await send(ctx, renderDraftMessage(draft, holder, holders, ctx.render));
    await ctx.replyWithDocument(new InputFile(Buffer.from(draft, "utf8"), draftFileName(parsed.townId, parsed.holderId, ctx.lang)), {
      caption: ctx.render.t("gaps-file-caption", { holder: holder.name[ctx.lang] }),
    });
  });

  return c;
}
