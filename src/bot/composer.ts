// grammY's Composer with a cheaper `filter`, the method under `on`, `command`,
// `callbackQuery`, `chatType` and the rest. grammY's own goes through `branch` and
// `lazy`, which build a new Composer for every update at every registered filter,
// whether it matches or not; with the bot's ~45 handlers that was a quarter of an
// update's cost in `npm run bench`. Here a filter is one function: a synchronous
// predicate (all of grammY's filter queries are) costs no promise, and the branch is
// built once, so middleware added to it later still runs, as with grammY's.
import { Composer, type Context, type Middleware } from "grammy";

type MaybePromise<T> = T | Promise<T>;

export class BotComposer<C extends Context> extends Composer<C> {
  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): BotComposer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): BotComposer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): BotComposer<C> {
    const branch = new BotComposer<C>(...middleware);
    this.use((ctx, next) => {
      const ok = predicate(ctx);
      if (ok instanceof Promise) return ok.then((yes) => (yes ? branch.middleware()(ctx, next) : next()));
      return ok ? branch.middleware()(ctx, next) : next();
    });
    return branch;
  }
}
