// Buffers what the sender learns (digests finished, parts of long digests accepted) and
// writes it in one transaction per 50 items or 100 ms, whichever comes first. Writing
// each message on its own would cost the database more than Telegram's whole rate.
// A crash (not a clean stop, which flushes) can therefore repeat at most what the last
// 100 ms sent.
import type { Clock } from "../clock.ts";
import type { Outbox, Outcome, Progress } from "../db/outbox.ts";

export class Recorder {
  private outcomes: Outcome[] = [];
  private progress = new Map<number, Progress>();
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private outbox: Outbox, private clock: Clock, private maxItems = 50, private maxDelayMs = 100) {}

  outcome(o: Outcome) {
    this.progress.delete(o.id);
    this.outcomes.push(o);
    this.soon();
  }

  partSent(id: number, partsSent: number, parts: number) {
    this.progress.set(id, { id, partsSent, parts });
    this.soon();
  }

  /** A retry is written at once with its progress, so the buffered progress is dropped. */
  forget(id: number) {
    this.progress.delete(id);
  }

  /** Writes everything buffered; calls are serialised, so records land in order. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const outcomes = this.outcomes.splice(0);
    const progress = [...this.progress.values()];
    this.progress.clear();
    if (!outcomes.length && !progress.length) return this.chain;
    this.chain = this.chain.then(() => this.outbox.record(outcomes, progress, this.clock.now()));
    return this.chain;
  }

  private soon() {
    if (this.outcomes.length + this.progress.size >= this.maxItems) void this.flush().catch(() => {});
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch(() => {}), this.maxDelayMs);
      this.timer.unref();
    }
  }
}
