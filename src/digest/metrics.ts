// What the digest sender reports as it finishes digests. The bot process exports it to
// Prometheus (src/server/metrics.ts); the sender only knows this interface.
import type { Outcome } from "../db/outbox.ts";

export type DigestOutcome = Outcome["status"];

export interface DigestMetrics {
  digest(outcome: DigestOutcome): void;
}

export const noDigestMetrics: DigestMetrics = { digest() {} };
