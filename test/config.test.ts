import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, readEnv } from "../src/config.ts";

const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789";

describe("configuration", () => {
  it("applies defaults", () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN });
    expect(c.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    expect(c.DATABASE_URL).toBe("file:./data/monoqala.db");
    expect(c.ADMIN_IDS).toEqual([]);
    expect(c.LOG_LEVEL).toBe("info");
    expect(c.HEALTH_POLLING_FAILED_SECONDS).toBe(60);
    expect(c.METRICS_TOKEN).toBeUndefined();
  });

  it("reads admin ids and a self-hosted API root", () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN, ADMIN_IDS: "12, 34", TELEGRAM_API_ROOT: "http://127.0.0.1:8081/" });
    expect(c.ADMIN_IDS).toEqual([12, 34]);
    expect(c.TELEGRAM_API_ROOT).toBe("http://127.0.0.1:8081");
  });

  it.each([
    [{}, /BOT_TOKEN is required/],
    [{ BOT_TOKEN: "nonsense" }, /BOT_TOKEN does not look like a bot token/],
    [{ BOT_TOKEN: TOKEN, DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with file:/],
    [{ BOT_TOKEN: TOKEN, ADMIN_IDS: "alice" }, /ADMIN_IDS must be Telegram user ids/],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of/],
    [{ BOT_TOKEN: TOKEN, HEALTH_POLLING_FAILED_SECONDS: "soon" }, /HEALTH_POLLING_FAILED_SECONDS must be a number of seconds/],
    [{ BOT_TOKEN: TOKEN, METRICS_TOKEN: "short" }, /METRICS_TOKEN must be at least 16 characters/],
    [{ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "not a url" }, /TELEGRAM_API_ROOT must be a URL/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "hooks" }, /BOT_MODE must be polling or webhook/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" }, /WEBHOOK_URL is required with BOT_MODE=webhook/],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://bot.example.com/tg", WEBHOOK_SECRET: "s" }, /WEBHOOK_URL must start with https:\/\//],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/tg" }, /WEBHOOK_SECRET is required with BOT_MODE=webhook/],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/tg", WEBHOOK_SECRET: "has space" },
      /WEBHOOK_SECRET must be 1-256 characters/,
    ],
    [{ BOT_TOKEN: TOKEN, WEBHOOK_SECRET: "x".repeat(257) }, /WEBHOOK_SECRET must be 1-256 characters/],
    [{ BOT_TOKEN: TOKEN, PORT: "70000" }, /PORT must be 0-65535/],
    [{ BOT_TOKEN: TOKEN, PORT: "http" }, /PORT must be a port number/],
    [{ BOT_TOKEN: TOKEN, USER_RATE_LIMIT: "-1" }, /USER_RATE_LIMIT must be 0 \(off\) or more/],
    [{ BOT_TOKEN: TOKEN, USER_RATE_WINDOW_SECONDS: "0" }, /USER_RATE_WINDOW_SECONDS must be at least 1 second/],
  ])("names the bad variable: %o", (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it("runs webhook mode with an https URL and a secret; polling stays the default", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).BOT_MODE).toBe("polling");
    expect(parseConfig({ BOT_TOKEN: TOKEN }).PORT).toBeUndefined();
    const c = parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/tg", WEBHOOK_SECRET: "a-Z_09", PORT: "3000" });
    expect(c).toMatchObject({ BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/tg", WEBHOOK_SECRET: "a-Z_09", PORT: 3000, HOST: "0.0.0.0" });
    expect(c.USER_RATE_LIMIT).toBe(20);
    expect(c.USER_RATE_WINDOW_SECONDS).toBe(10);
  });

  it("lets the environment win over .env and treats empty values as unset", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mq-env-"));
    const file = path.join(dir, ".env");
    writeFileSync(file, `BOT_TOKEN=${TOKEN}\nLOG_LEVEL=debug\nADMIN_IDS=\n`);
    const env = readEnv(file, { LOG_LEVEL: "warn" });
    expect(env.BOT_TOKEN).toBe(TOKEN);
    expect(env.LOG_LEVEL).toBe("warn");
    expect(env.ADMIN_IDS).toBeUndefined();
  });

  it("makes `npm start` print one clear line and exit 1 without a token", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mq-start-"));
    const root = path.resolve(import.meta.dirname, "..");
    const env = { ...process.env, BOT_TOKEN: "", DATABASE_URL: `file:${dir}/x.db` };
    const res = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "src/main.ts")], {
      cwd: dir,
      env,
      encoding: "utf8",
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: BOT_TOKEN is required/);
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
