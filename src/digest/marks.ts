// Marks each digest message as started in the outbox before its Telegram call (see
// outbox.ts). One write per message would cost the database more than the sends: marks
// asked for while a write is in progress go together in the next one, so at any rate a
// message waits for at most about two round trips to the database.
import type { AttemptMark, Outbox } from "../db/outbox.ts";

/** Marks per statement (five parameters each, under SQLite's 999). */
const BATCH = 100;

interface Waiting {
  mark: AttemptMark;
  resolve: (mine: boolean) => void;
  reject: (err: unknown) => void;
}

export class AttemptMarker {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(private outbox: Outbox) {}

  /** True once marked; false when another sender holds the digest now. Rejects if the write failed. */
  mark(id: number, claimToken: string, part: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ mark: { id, claimToken, part }, resolve, reject });
      if (!this.writing) void this.write();
    });
  }

  private async write() {
    this.writing = true;
    try {
      while (this.waiting.length) {
        const batch = this.waiting.splice(0, BATCH);
        try {
          const marked = await this.outbox.markAttempts(batch.map((w) => w.mark));
          for (const w of batch) w.resolve(marked.has(w.mark.id));
        } catch (err) {
          for (const w of batch) w.reject(err);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
