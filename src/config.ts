// Configuration from the environment (and .env), checked with zod. A bad or missing
// value becomes one line naming the variable; main prints it and exits with status 1.
import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/client.ts";

const schema = z
  .object({
    BOT_TOKEN: z
      .string({ error: "is required: get a token from @BotFather and put BOT_TOKEN=... into .env" })
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{30,}$/, "does not look like a bot token (digits, a colon, then at least 30 letters, digits, _ or -)"),
    TELEGRAM_API_ROOT: z
      .url({ error: "must be a URL such as https://api.telegram.org" })
      .default("https://api.telegram.org")
      .transform((u) => u.replace(/\/+$/, "")),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URL)
      .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
    ADMIN_IDS: z
      .string()
      .default("")
      .refine((s) => s.split(",").every((x) => x.trim() === "" || /^\d+$/.test(x.trim())), "must be Telegram user ids separated by commas, e.g. 12345,67890")
      .transform((s) =>
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
          .map(Number),
      ),
    DIGESTS: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
    DIGEST_RATE: z.coerce
      .number({ error: "must be a number of messages per second" })
      .min(1, "must be at least 1 message per second")
      .max(1000, "must be at most 1000 messages per second (Telegram's paid broadcast limit)")
      .default(30),
    DIGEST_CATCH_UP_HOURS: z.coerce.number({ error: "must be a number of hours" }).min(0).max(168, "must be at most 168 hours (a week)").default(12),
    BOT_MODE: z.enum(["polling", "webhook"], { error: "must be polling or webhook" }).default("polling"),
    WEBHOOK_URL: z
      .url({ error: "must be a URL such as https://bot.example.com/telegram" })
      .refine((u) => u.startsWith("https://"), "must start with https:// (Telegram sends webhooks over HTTPS only)")
      .optional(),
    // What Telegram allows for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -.
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from: openssl rand -hex 32)")
      .optional(),
    PORT: z.coerce
      .number({ error: "must be a port number" })
      .int("must be a whole port number")
      .min(0, "must be 0-65535 (0: any free port)")
      .max(65535, "must be 0-65535 (0: any free port)")
      .optional(),
    HOST: z.string().trim().min(1).default("0.0.0.0"),
    USER_RATE_LIMIT: z.coerce.number({ error: "must be a number of updates" }).int("must be a whole number").min(0, "must be 0 (off) or more").default(20),
    USER_RATE_WINDOW_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .min(1, "must be at least 1 second")
      .max(3600, "must be at most 3600 seconds")
      .default(10),
    HEALTH_POLLING_FAILED_SECONDS: z.coerce
      .number({ error: "must be a number of seconds" })
      .min(1, "must be at least 1 second")
      .max(86400, "must be at most 86400 seconds (a day)")
      .default(60),
    // Sent by Prometheus as `Authorization: Bearer <token>`; unset, /metrics is open.
    METRICS_TOKEN: z.string().trim().min(16, "must be at least 16 characters (e.g. from: openssl rand -hex 32)").optional(),
    // The web page's public address: the Mini App buttons open it (Telegram requires https).
    PUBLIC_URL: z
      .url({ error: "must be a URL such as https://monoqala.example.com (where /app is served)" })
      .refine((u) => u.startsWith("https://"), "must start with https:// (Telegram opens Mini Apps over HTTPS only)")
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" })
      .default("info"),
  })
  // Webhook settings exist only in webhook mode: the type says so, and there they are required.
  .transform(({ WEBHOOK_URL, WEBHOOK_SECRET, ...common }, ctx) => {
    if (common.BOT_MODE === "polling") return { ...common, BOT_MODE: common.BOT_MODE };
    if (!WEBHOOK_URL) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "is required with BOT_MODE=webhook: the https:// address Telegram posts updates to" });
      return z.NEVER;
    }
    if (!WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required with BOT_MODE=webhook: 1-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from: openssl rand -hex 32)",
      });
      return z.NEVER;
    }
    return { ...common, BOT_MODE: common.BOT_MODE, WEBHOOK_URL, WEBHOOK_SECRET };
  });

/** Polling or webhook: WEBHOOK_URL and WEBHOOK_SECRET are there (and strings) only with BOT_MODE=webhook. */
export type Config = z.output<typeof schema>;

/** Webhook mode listens on 8080 unless told otherwise; polling opens a port only when PORT is set. */
export const DEFAULT_WEBHOOK_PORT = 8080;

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
