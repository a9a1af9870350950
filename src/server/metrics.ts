// Prometheus metrics of the bot process: updates by type, failed updates, how long an
// update takes to be answered, updates dropped by the rate limit, failed Bot API requests,
// digests by outcome, plus prom-client's default process metrics (memory, CPU, event-loop
// lag). Labels are the kind of update, outcome or API method only, never a user or chat,
// so the series stay few.
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { BotMetrics } from "../bot/observe.ts";
import type { DigestMetrics, DigestOutcome } from "../digest/metrics.ts";

export class Metrics implements BotMetrics, DigestMetrics {
  readonly registry = new Registry();
  private updates = new Counter({ name: "monoqala_updates_total", help: "Updates handled, by type", labelNames: ["type"], registers: [this.registry] });
  private errors = new Counter({
    name: "monoqala_update_errors_total",
    help: "Updates whose handling failed, by type",
    labelNames: ["type"],
    registers: [this.registry],
  });
  private latency = new Histogram({
    name: "monoqala_update_duration_seconds",
    help: "Time from an update's arrival to the end of its handling (replies sent), by type",
    labelNames: ["type"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private dropped = new Counter({ name: "monoqala_rate_limited_total", help: "Updates dropped by the per-user rate limit", registers: [this.registry] });
  private apiErrors = new Counter({
    name: "monoqala_telegram_api_errors_total",
    help: "Bot API requests that failed, by method and error code (network: no answer or a timeout)",
    labelNames: ["method", "code"],
    registers: [this.registry],
  });
  private digests = new Counter({
    name: "monoqala_digests_total",
    help: "Digests finished by this process, by outcome",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  private unconfirmedParts = new Counter({
    name: "monoqala_digest_messages_unconfirmed_total",
    help: "Digest messages a sender started and stopped (crashed) before recording: counted as sent, not sent again",
    registers: [this.registry],
  });

  constructor(opts: { defaults?: boolean } = {}) {
    if (opts.defaults !== false) collectDefaultMetrics({ register: this.registry });
    // Every outcome shows from the start (as 0), so rate() and alerts work before the first digest.
    for (const outcome of ["sent", "failed", "skipped", "stopped"] satisfies DigestOutcome[]) this.digests.inc({ outcome }, 0);
    this.dropped.inc(0);
    this.unconfirmedParts.inc(0);
  }

  update(type: string, seconds: number) {
    this.updates.inc({ type });
    this.latency.observe({ type }, seconds);
  }

  error(type: string) {
    this.errors.inc({ type });
  }

  limited() {
    this.dropped.inc();
  }

  apiError(method: string, code: string) {
    this.apiErrors.inc({ method, code });
  }

  digest(outcome: DigestOutcome) {
    this.digests.inc({ outcome });
  }

  unconfirmed() {
    this.unconfirmedParts.inc();
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
