// Per-user rate limit: at most `limit` updates per user in a window of `windowMs`; the
// rest of the window's updates are dropped, and the user is told once per window, in
// their language, never once per dropped update. State is in this process's memory:
// with several instances each one counts what it receives (see docs/operations.md).
//
// Our own few lines rather than @grammyjs/ratelimiter: that plugin reads Date.now()
// (our tests move an injected clock instead), and its onLimitExceeded runs for every
// dropped update, where we want one notice per window.
import type { NextFunction } from "grammy";
import type { Clock } from "../clock.ts";
import type { LangContext } from "./context.ts";
import type { BotMetrics } from "./observe.ts";

export interface RateLimitOptions {
  /** Updates per user and window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

export type Verdict = "pass" | "notify" | "drop";

interface Window {
  start: number;
  count: number;
}

export class UserRateLimiter {
  private windows = new Map<number, Window>();
  private lastSweep = -Infinity;

  constructor(
    private clock: Clock,
    private opts: RateLimitOptions,
  ) {}

  get windowMs(): number {
    return this.opts.windowMs;
  }

  /** Counts an update of the user: pass it, drop it with the window's one notice, or drop it. */
  hit(userId: number): Verdict {
    if (this.opts.limit <= 0) return "pass";
    // Monotonic: a wall clock stepped back an hour would keep every window open for an hour.
    const now = this.clock.monotonic();
    this.sweep(now);
    let w = this.windows.get(userId);
    if (!w || now - w.start >= this.opts.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(userId, w);
    }
    w.count++;
    if (w.count <= this.opts.limit) return "pass";
    return w.count === this.opts.limit + 1 ? "notify" : "drop";
  }

  /** Users being counted now (windows not yet swept). */
  get tracked(): number {
    return this.windows.size;
  }

  // Windows that have ended are forgotten once per window, so memory follows the users
  // active lately rather than everyone ever seen.
  private sweep(now: number) {
    if (now - this.lastSweep < this.opts.windowMs) return;
    this.lastSweep = now;
    for (const [id, w] of this.windows) if (now - w.start >= this.opts.windowMs) this.windows.delete(id);
  }
}

/**
 * Messages and button presses count; membership changes (the bot blocked or added)
 * always pass, since they stop or offer subscriptions.
 */
export function rateLimit(limiter: UserRateLimiter, metrics: BotMetrics) {
  return async (ctx: LangContext, next: NextFunction) => {
    const userId = ctx.from?.id;
    if (userId === undefined || !(ctx.message || ctx.callbackQuery)) return next();
    const verdict = limiter.hit(userId);
    if (verdict === "pass") return next();
    metrics.limited();
    // A press left unanswered spins on the user's screen until Telegram gives up.
    if (verdict === "drop") return void (ctx.callbackQuery && (await ctx.answerCallbackQuery().catch(() => {})));
    const text = ctx.render.t("rate-limited", { seconds: Math.ceil(limiter.windowMs / 1000) });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: false });
    else if (ctx.chat) await ctx.reply(text);
  };
}
