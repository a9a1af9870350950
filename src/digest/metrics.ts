// What the digest sender reports as it finishes digests. The bot process exports it to
// Prometheus (src/server/metrics.ts); the sender only knows this interface.
import type { Outcome } from "../db/outbox.ts";

export type DigestOutcome = Outcome["status"];

export interface DigestMetrics {
  digest(outcome: DigestOutcome): void;
  /** A digest message a sender started and died before recording: counted as sent, not sent again. */
  unconfirmed(): void;
}

export const noDigestMetrics: DigestMetrics = { digest() {}, unconfirmed() {} };
