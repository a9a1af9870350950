// Each update's own logger (ctx.log): a pino child whose every line carries the update's
// id, its chat's and its sender's, so the lines one update wrote can be found together.
// Ids only: names, usernames and message texts are what people wrote about themselves or
// others, and stay out of the logs.
import { Context } from "grammy";
import type { Logger } from "pino";

const childOf = (ctx: Context, root: Logger) => root.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id });

/**
 * The bot's context class: `log` is a getter on its prototype, the child made on first use
 * (most updates log nothing, and a child costs its bindings' serialisation). A property
 * defined on each context instead turns every context into a slow object, and that cost a
 * sixth of the bot's throughput.
 */
export function contextWithLog(root: Logger) {
  return class LoggingContext extends Context {
    #log: Logger | undefined;
    get log(): Logger {
      this.#log ??= childOf(this, root);
      return this.#log;
    }
  };
}

/** For a context not made by the class above (a wizard's, made by the conversations plugin). */
export function attachUpdateLog(ctx: Context & { log?: Logger }, root: Logger) {
  if ("log" in ctx) return;
  let child: Logger | undefined;
  Object.defineProperty(ctx, "log", {
    configurable: true,
    enumerable: false,
    get: () => (child ??= childOf(ctx, root)),
  });
}
