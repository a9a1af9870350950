import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import { FakeTelegram } from "../../src/fake-telegram/fetch.ts";
import { startFakeBotApi } from "../../src/fake-telegram/server.ts";
import { TOKEN } from "../helpers/bot.ts";
import { freshDb, providers, type TestDb } from "../helpers/db.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

function digestCli(args: string[], env: Record<string, string>) {
  return run(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "src/cli/digest.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    timeout: 60_000,
  });
}

let db: TestDb | undefined;
let server: Awaited<ReturnType<typeof startFakeBotApi>> | undefined;
afterEach(async () => {
  await server?.close();
  await db?.close();
});

describe.each(providers())("npm run digest on %s", (provider) => {
  it("sends what is due at --now through TELEGRAM_API_ROOT, and nothing twice when run again", async () => {
    db = await freshDb(provider);
    const tg = new FakeTelegram();
    server = await startFakeBotApi(tg);
    const subs = new SubscriptionRepo(db.db);
    await subs.subscribe({
      chatId: 77,
      scope: { kind: "tier", tierId: "stagnating" },
      schedule: { weekday: 1, hour: 9, minute: 0 },
      language: "kk",
      now: new Date("2026-11-20T00:00:00Z"),
    });
    const env = { DATABASE_URL: db.url, TELEGRAM_API_ROOT: server.url, BOT_TOKEN: TOKEN };

    const early = JSON.parse((await digestCli(["--send-due", "--now", "2026-11-23T08:59+05:00"], env)).stdout.trim().split("\n").at(-1)!);
    expect(early).toMatchObject({ pending: 0, sent: 0 });

    const first = JSON.parse((await digestCli(["--send-due", "--now", "2026-11-23T09:00+05:00"], env)).stdout.trim().split("\n").at(-1)!);
    expect(first).toMatchObject({ pending: 1, sent: 1 });
    const messages = tg.delivered.length;
    expect(messages).toBeGreaterThanOrEqual(1);
    expect(String(tg.delivered[0]!.payload.text)).toMatch(/аяқталмаған жобалар/);

    const again = JSON.parse((await digestCli(["--send-due", "--now", "2026-11-23T09:05+05:00"], env)).stdout.trim().split("\n").at(-1)!);
    expect(again).toMatchObject({ pending: 0, sent: 0 });
    expect(tg.delivered.length).toBe(messages);

    const status = JSON.parse((await digestCli(["--status"], { DATABASE_URL: db.url })).stdout.trim());
    expect(status).toMatchObject({ sent: 1, pending: 0 });
  }, 120_000);
});

describe("npm run digest usage", () => {
  it("explains a bad --now and a missing action, with exit status 1", async () => {
    db = await freshDb("sqlite");
    const env = { DATABASE_URL: db.url, BOT_TOKEN: TOKEN };
    await expect(digestCli(["--send-due", "--now", "monday"], env)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--now needs a date, time and offset/),
    });
    await expect(digestCli([], env)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/usage: npm run digest/) });
  }, 60_000);
});
