// Digests from the command line, for operators and tests:
//   --send-due [--now 2026-11-23T09:00+05:00]  send whatever is due at that moment, then exit;
//                                             running it twice sends nothing twice
//   --status                                  the outbox: deliveries by status
// The report is one JSON line on stdout; logs go to stderr. SIGTERM or Ctrl-C stops
// cleanly: what is being sent is finished and recorded, the rest is left for next time.
import { parseArgs } from "node:util";
import pino from "pino";
import { z } from "zod";
import { systemClock, type Clock } from "../clock.ts";
import { createApp } from "../app.ts";
import { ConfigError, parseConfig, readEnv } from "../config.ts";
import { createLogger } from "../log.ts";

const USAGE = "usage: npm run digest -- --send-due [--now 2026-11-23T09:00+05:00] | --status";

/** A clock that reads `start` now and runs on from there at the real pace. */
export function clockFrom(start: Date): Clock {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset), monotonic: systemClock.monotonic, sleep: systemClock.sleep };
}

const nowArg = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, "--now needs a date, time and offset, e.g. 2026-11-23T09:00+05:00")
  .transform((s) => new Date(s));

async function main() {
  const { values } = parseArgs({ options: { "send-due": { type: "boolean" }, now: { type: "string" }, status: { type: "boolean" } } });
  if (!values["send-due"] && !values.status) throw new ConfigError(USAGE);
  const env = readEnv();
  const config = parseConfig(values.status ? { ...env, BOT_TOKEN: env.BOT_TOKEN ?? "0:status-needs-no-token-status-needs-no-token" } : env);
  // --status reads the outbox only: the moment does not matter to it.
  const parsedNow = values.status || values.now === undefined ? null : nowArg.safeParse(values.now);
  if (parsedNow && !parsedNow.success) throw new ConfigError(parsedNow.error.issues[0]!.message);
  const clock = parsedNow ? clockFrom(parsedNow.data) : systemClock;
  const log = createLogger(env.LOG_LEVEL ?? "warn", [config.BOT_TOKEN], pino.destination(2));
  const app = await createApp(config, { clock, log });
  try {
    const { service, outbox } = app.digests();
    if (values.status) {
      console.log(JSON.stringify(await outbox.counts()));
      return;
    }
    const stop = () => void service.stop();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    const report = await service.tick();
    console.log(JSON.stringify({ now: clock.now().toISOString(), ...report }));
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `digest failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
