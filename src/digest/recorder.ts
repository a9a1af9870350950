// Buffers what the sender learns (digests finished, parts of long digests accepted) and
// writes it in one transaction per 50 items or 100 ms, whichever comes first. Writing
// each message on its own would cost the database more than Telegram's whole rate.
// A crash (not a clean stop, which flushes) can therefore repeat at most what the last
// 100 ms sent.
//
// A write that fails (the database restarting, a lock held too long) keeps its items:
// they go back in front of the buffer and are written again with growing pauses. Until
// a write succeeds the recorder reports itself `failing`, and the sender claims no new
// digests: what it sent then could not be recorded either, and would go out again once
// its lease ends.
import type { Clock } from "../clock.ts";
import type { Outbox, Outcome, Progress } from "../db/outbox.ts";

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

export class Recorder {
  private outcomes: Outcome[] = [];
  private progress = new Map<number, Progress>();
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private failures = 0;

  constructor(
    private outbox: Outbox,
    private clock: Clock,
    private maxItems = 50,
    private maxDelayMs = 100,
    /** Called once when writes start failing and once when they succeed again. */
    private onHealth: (failing: boolean, err?: unknown) => void = () => {},
  ) {}

  /** The last write failed and nothing has been written since. */
  get failing(): boolean {
    return this.failures > 0;
  }

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

  /**
   * Writes everything buffered, trying again until it is written; calls are serialised,
   * so records land in order. `giveUpAfterMs` bounds the trying (a stop must end): the
   * promise then rejects and what was not written stays buffered.
   */
  flush(giveUpAfterMs = Infinity): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = this.chain.then(() => this.writeAll(giveUpAfterMs));
    // The chain itself never stays rejected: the next flush starts afresh.
    this.chain = next.catch(() => {});
    return next;
  }

  private async writeAll(giveUpAfterMs: number) {
    const started = this.clock.monotonic();
    while (this.outcomes.length || this.progress.size) {
      const outcomes = this.outcomes.splice(0);
      const progress = [...this.progress.values()];
      this.progress.clear();
      try {
        await this.outbox.record(outcomes, progress, this.clock.now());
        if (this.failures) this.onHealth(false);
        this.failures = 0;
      } catch (err) {
        // Back in front, unless newer progress of the same digest came meanwhile.
        this.outcomes.unshift(...outcomes);
        const done = new Set(this.outcomes.map((o) => o.id));
        for (const p of progress) if (!this.progress.has(p.id) && !done.has(p.id)) this.progress.set(p.id, p);
        if (!this.failures) this.onHealth(true, err);
        this.failures++;
        const pause = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
        if (this.clock.monotonic() - started + pause > giveUpAfterMs) throw err;
        await this.clock.sleep(pause);
      }
    }
  }

  /** Outcomes and progress not yet written. */
  get buffered(): number {
    return this.outcomes.length + this.progress.size;
  }

  private soon() {
    // While failing, the write in progress keeps trying and takes new items along.
    if (this.failing) return;
    if (this.outcomes.length + this.progress.size >= this.maxItems) void this.flush().catch(() => {});
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch(() => {}), this.maxDelayMs);
      this.timer.unref();
    }
  }
}
