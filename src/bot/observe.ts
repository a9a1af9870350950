// What the bot reports about its updates (counts by type, failures, handling time) and
// which updates are still being handled, so a stop can wait for them. The numbers go to
// whatever implements BotMetrics (Prometheus in src/server/metrics.ts); the bot layer
// does not know about the exporter.
import type { Context, NextFunction } from "grammy";

export interface BotMetrics {
  /** An update has been handled (or failed) after `seconds`. */
  update(type: string, seconds: number): void;
  /** An update's handler threw; the user got the generic error message. */
  error(type: string): void;
  /** An update was dropped by the per-user rate limit. */
  limited(): void;
  /** A Bot API request failed: its method and the error code, or "network" (no answer, a timeout). */
  apiError?(method: string, code: string): void;
}

export const noMetrics: BotMetrics = { update() {}, error() {}, limited() {} };

// Labels must stay few: the kinds of update the bot receives, never user or chat ids.
const KNOWN = ["message", "edited_message", "callback_query", "my_chat_member", "chat_member", "inline_query"] as const;

export function updateType(ctx: Context): string {
  const u = ctx.update as unknown as Record<string, unknown>;
  return KNOWN.find((k) => u[k] !== undefined) ?? "other";
}

/** Times every update and keeps the in-flight ones, for metrics and a graceful stop. */
export class UpdateTracker {
  private inFlight = new Set<Promise<unknown>>();

  constructor(private metrics: BotMetrics = noMetrics) {}

  get active(): number {
    return this.inFlight.size;
  }

  middleware() {
    return (ctx: Context, next: NextFunction) => {
      const t0 = performance.now();
      const type = updateType(ctx);
      const run = next().finally(() => this.metrics.update(type, (performance.now() - t0) / 1000));
      this.inFlight.add(run);
      const done = () => void this.inFlight.delete(run);
      run.then(done, done);
      return run;
    };
  }

  /** Resolves when every update begun so far has been handled. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }
}
