// Configuration from the environment (and .env), checked with zod. A bad or missing
// value becomes one line naming the variable; main prints it and exits with status 1.
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/client.ts";

const schema = z.object({
  BOT_TOKEN: z
    .string({ error: "is required: get a token from @BotFather and put BOT_TOKEN=... into .env" })
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{30,}$/, "does not look like a bot token (digits, a colon, then at least 30 letters, digits, _ or -)"),
  TELEGRAM_API_ROOT: z.url({ error: "must be a URL such as https://api.telegram.org" }).default("https://api.telegram.org").transform((u) => u.replace(/\/+$/, "")),
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
  ADMIN_IDS: z
    .string()
    .default("")
    .refine((s) => s.split(",").every((x) => x.trim() === "" || /^\d+$/.test(x.trim())), "must be Telegram user ids separated by commas, e.g. 12345,67890")
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean).map(Number)),
  DIGESTS: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
  DIGEST_RATE: z.coerce
    .number({ error: "must be a number of messages per second" })
    .min(1, "must be at least 1 message per second")
    .max(1000, "must be at most 1000 messages per second (Telegram's paid broadcast limit)")
    .default(30),
  DIGEST_CATCH_UP_HOURS: z.coerce.number({ error: "must be a number of hours" }).min(0).max(168, "must be at most 168 hours (a week)").default(12),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Variables from the environment win over .env, as with every dotenv tool. */
export function readEnv(envFile = ".env", env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, "utf8")) : {};
  const merged: Record<string, string | undefined> = { ...fromFile, ...env };
  // An empty value means "not set", so defaults apply.
  for (const k of Object.keys(merged)) if (merged[k] === "") delete merged[k];
  return merged;
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const res = schema.safeParse(env);
  if (res.success) return res.data;
  const issue = res.error.issues[0]!;
  throw new ConfigError(`Configuration error: ${String(issue.path[0] ?? "?")} ${issue.message}`);
}
