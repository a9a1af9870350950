// grammY's Composer, cheaper per update. The bot's ~45 handlers sit in one chain that
// every update walks until one answers, so what each link costs is paid ~20-40 times an
// update; in `npm run bench` grammY's links were a third of the bot's own time:
//
// - `filter` (under `on`, `command`, `callbackQuery`, `chatType`...): grammY's goes
//   through `branch` and `lazy`, which build a new Composer at every filter for every
//   update, matching or not. Here it is one function; a synchronous predicate (all of
//   grammY's filter queries are) costs no promise.
// - `use`: grammY nests two async closures per link (`concat`); here the links are an
//   array walked by index, one closure per step.
//
// Behaviour is grammY's: middleware runs in order, a link that does not call `next` ends
// the chain, errors reach the caller, and middleware added to a branch after it was
// registered still runs. test/bot/composer.test.ts holds both to the same cases.
import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

type MaybePromise<T> = T | Promise<T>;

const asFn = <C extends Context>(m: Middleware<C>): MiddlewareFn<C> => (typeof m === "function" ? m : (ctx, next) => m.middleware()(ctx, next));
const done = Promise.resolve();

export class BotComposer<C extends Context> extends Composer<C> {
  private readonly links: MiddlewareFn<C>[];

  constructor(...middleware: Array<Middleware<C>>) {
    super();
    this.links = middleware.map(asFn);
  }

  override middleware(): MiddlewareFn<C> {
    return this.run;
  }

  override use(...middleware: Array<Middleware<C>>): BotComposer<C> {
    const composer = new BotComposer<C>(...middleware);
    this.links.push(composer.run);
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Array<Middleware<D>>): BotComposer<D>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): BotComposer<C>;
  override filter(predicate: (ctx: C) => MaybePromise<boolean>, ...middleware: Array<Middleware<C>>): BotComposer<C> {
    const branch = new BotComposer<C>(...middleware);
    this.links.push((ctx, next) => {
      const ok = predicate(ctx);
      if (ok instanceof Promise) return ok.then((yes) => (yes ? branch.run(ctx, next) : next()));
      return ok ? branch.run(ctx, next) : next();
    });
    return branch;
  }

  private readonly run = (ctx: C, next: NextFunction): Promise<void> => {
    const links = this.links;
    const step = (i: number): Promise<void> => {
      if (i === links.length) return next();
      try {
        const r = links[i]!(ctx, () => step(i + 1));
        return r instanceof Promise ? (r as Promise<void>) : done;
      } catch (e) {
        return Promise.reject(e);
      }
    };
    return step(0);
  };
}
