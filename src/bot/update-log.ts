// Each update's own logger (ctx.log): a pino child whose every line carries the update's
// id, its chat's and its sender's, so the lines one update wrote can be found together.
// Ids only: names, usernames and message texts are what people wrote about themselves or
// others, and stay out of the logs.
import type { Context, NextFunction } from "grammy";
import type { Logger } from "pino";

/**
 * Gives the update its logger. The child is made on first use: most updates log nothing,
 * and a child costs its bindings' serialisation.
 */
export function attachUpdateLog(ctx: Context & { log?: Logger }, root: Logger) {
  let child: Logger | undefined;
  Object.defineProperty(ctx, "log", {
    configurable: true,
    enumerable: false,
    get: () => (child ??= root.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, user_id: ctx.from?.id })),
  });
}

export function updateLogMiddleware(root: Logger) {
  return (ctx: Context, next: NextFunction) => {
    attachUpdateLog(ctx, root);
    return next();
  };
}
