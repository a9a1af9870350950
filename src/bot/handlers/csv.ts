// /csv and the ⬇ CSV button: the rows of a list or comparison as a CSV document.
import { BotComposer } from "../composer.ts";
import { InputFile } from "grammy";
import type { Knowledge } from "../../knowledge.ts";
import { exportCsv } from "../../render/csv-export.ts";
import { parseCsvKey } from "../../render/csv-spec.ts";
import type { BotContext } from "../context.ts";
import { LastLists } from "../last-list.ts";
import { send } from "../reply.ts";

export function csvHandlers(knowledge: Knowledge, lastLists = new LastLists()) {
  const c = new BotComposer<BotContext>();
  c.use((ctx, next) => {
    ctx.lastLists = lastLists;
    return next();
  });

  const sendCsv = async (ctx: BotContext, key: string | undefined) => {
    const spec = key ? parseCsvKey(key) : null;
    const out = spec ? exportCsv(knowledge.current, spec, ctx.render) : undefined;
    if (!out) return false;
    await ctx.replyWithDocument(new InputFile(Buffer.from(out.csv, "utf8"), out.filename), {
      caption: ctx.render.t("csv-caption", { rows: out.rows }),
    });
    return true;
  };

  c.command("csv", async (ctx) => {
    if (!(await sendCsv(ctx, lastLists.recall(ctx.chat.id)))) await send(ctx, { text: ctx.render.t("csv-nothing") });
  });
  c.callbackQuery(/^csv:/, async (ctx) => {
    const key = ctx.callbackQuery.data.slice("csv:".length);
    if (!parseCsvKey(key)) return ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") });
    await ctx.answerCallbackQuery();
    if (!(await sendCsv(ctx, key))) await send(ctx, { text: ctx.render.t("csv-nothing") });
  });
  return c;
}
