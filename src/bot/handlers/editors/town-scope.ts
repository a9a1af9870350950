// The town a /history or /conflicts argument names: none means all towns.
import type { BotContext } from "../../context.ts";
import { escapeHtml } from "../../../render/format.ts";
import { send } from "../../reply.ts";
import type { EditorDeps } from "./access.ts";

/** The town the command's argument names (none: all towns); asks again when it names none or several. */
export async function townScope(deps: Pick<EditorDeps, "knowledge">, ctx: BotContext): Promise<{ townId: string | null; title: string } | null> {
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
}
