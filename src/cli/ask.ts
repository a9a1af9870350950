// `npm run ask -- "Какой группе относится Темиртау?"`: the reply the bot would send,
// printed as text, with no Telegram at all. The real bot handles the message; a fake
// Bot API catches what it sends.
//   --json "text"  the understanding of one message as one JSON object, with `because`:
//                  the ids of the rules that decided (docs/understanding.md lists them)
//   --jsonl        one message per line on stdin → one JSON object per line, in order
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Understanding } from "../understanding/understand.ts";
import { createApp } from "../app.ts";
import { parseConfig, readEnv } from "../config.ts";
import { FakeTelegram, filesOf } from "../fake-telegram/fetch.ts";
import { textUpdate } from "../fake-telegram/updates.ts";

/** Telegram HTML as the plain text a user sees. */
export function htmlToText(html: string): string {
  return (
    html
      // The address in brackets written as entities, so the tag stripping below keeps it.
      .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 &lt;$1&gt;")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
  );
}

/** The configuration the CLI runs with: it needs no token, since it never reaches Telegram. */
function cliConfig() {
  const env = readEnv();
  return parseConfig({ ...env, BOT_TOKEN: env.BOT_TOKEN ?? "0:cli-offline-token-cli-offline-token-000", LOG_LEVEL: "silent" });
}

export async function ask(text: string, opts: { languageCode?: string; databaseUrl?: string } = {}): Promise<string> {
  const config = cliConfig();
  const tg = new FakeTelegram();
  // One message from an ordinary user, on this process alone: no admins, no rate limit, nothing shared.
  const app = await createApp(
    { ...config, DATABASE_URL: opts.databaseUrl ?? config.DATABASE_URL, ADMIN_IDS: [], USER_RATE_LIMIT: 0 },
    { apiRoot: "http://fake.invalid", fetch: tg.fetch, botInfo: tg.botInfo, shared: false },
  );
  try {
    const { bot } = app.bot();
    const lang = opts.languageCode ?? (/[әғқңөұүһі]/i.test(text) ? "kk" : "ru");
    await bot.handleUpdate(textUpdate({ id: 1, language_code: lang }, text));
    return tg.calls
      .filter((c) => c.method === "sendMessage" || c.method === "sendPhoto" || c.method === "sendDocument" || c.method === "sendMediaGroup")
      .map((c) => {
        if (c.method !== "sendMessage") return filesOf(c).map(fileReply).join("\n\n");
        const kb = (c.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined)?.inline_keyboard ?? [];
        const buttons = kb.map((row) => row.map((b) => `[${b.text}]`).join(" ")).join("\n");
        return htmlToText(String(c.payload.text)) + (buttons ? `\n\n${buttons}` : "");
      })
      .join("\n\n---\n\n");
  } finally {
    await app.close();
  }
}

/**
 * A chart or CSV the bot sent: saved under the system's temp directory (the path is
 * printed), then its caption; a CSV's text is printed as well.
 */
function fileReply(file: { name: string; data: Buffer; caption?: string }): string {
  const where = path.join(os.tmpdir(), path.basename(file.name));
  writeFileSync(where, file.data);
  const head = `[${file.name}, ${file.data.length} bytes → ${where}]`;
  const csv = file.name.endsWith(".csv") ? `\n${file.data.toString("utf8").replace(/^\uFEFF/, "")}` : "";
  return [head, file.caption ? htmlToText(file.caption) : "", csv].filter(Boolean).join("\n");
}

/** The understanding the bot works from, with the same towns as the bot (from the database). */
export async function understander(databaseUrl?: string) {
  const config = cliConfig();
  const app = await createApp({ ...config, DATABASE_URL: databaseUrl ?? config.DATABASE_URL });
  try {
    return app.knowledge.current.understander;
  } finally {
    await app.close();
  }
}

/** The line format of `--jsonl`: exactly these four fields, towns in message order. */
export function jsonLine(u: Understanding): string {
  return JSON.stringify({ lang: u.lang, intent: u.intent, towns: u.towns, tier: u.tier });
}

async function main(args: string[]) {
  if (args[0] === "--jsonl") {
    const u = await understander();
    const out: string[] = [];
    const flush = () => {
      if (out.length) process.stdout.write(out.join("\n") + "\n");
      out.length = 0;
    };
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      out.push(jsonLine(u.understand(line)));
      if (out.length >= 256) flush();
    }
    flush();
    return;
  }
  if (args[0] === "--json") {
    const u = await understander();
    console.log(JSON.stringify(u.understand(args.slice(1).join(" "))));
    return;
  }
  const text = args.join(" ");
  if (!text) {
    console.error('Usage: npm run ask -- "Какой группе относится Темиртау?"   (or --json "…", or --jsonl < messages.txt)');
    process.exit(2);
  }
  console.log(await ask(text));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
