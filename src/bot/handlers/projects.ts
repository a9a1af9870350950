// `/project <words>` and the buttons that open a project's card («prj:<id>»).
import { BotComposer } from "../composer.ts";
import type { Knowledge } from "../../knowledge.ts";
import { parseCallback } from "../../render/callbacks.ts";
import { projectLookup, projectReply } from "../../render/project-card.ts";
import type { BotContext } from "../context.ts";
import { send } from "../reply.ts";

/** Longest text taken as a project's name after the command. */
const MAX_PROJECT_QUERY = 200;

export function projectHandlers(knowledge: Knowledge) {
  const c = new BotComposer<BotContext>();

  c.command("project", (ctx) => {
    const q = ctx.match.trim();
    if (!q) return send(ctx, { text: ctx.render.t("project-usage", { command: "/project" }) });
    if (q.length > MAX_PROJECT_QUERY) return send(ctx, { text: ctx.render.t("text-too-long") });
    return send(ctx, projectLookup(knowledge.current, q, ctx.render));
  });

  // A new message, so that a choice of projects stays to pick another one.
  c.callbackQuery(/^prj:/, async (ctx) => {
    const parsed = parseCallback(ctx.callbackQuery.data);
    const reply = parsed?.kind === "project" ? projectReply(knowledge.current, parsed.projectId, ctx.render) : undefined;
    if (!reply) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    await send(ctx, reply);
  });

  return c;
}
