// `npm run ask -- "Какой группе относится Темиртау?"`: the reply the bot would send,
// printed as text, with no Telegram at all. The real bot handles the message; a fake
// Bot API catches what it sends.
import { parseConfig, readEnv } from "../config.ts";
import { prepareDatabase } from "../db/prepare.ts";
import { UserRepo } from "../db/users.ts";
import { Knowledge } from "../knowledge.ts";
import { createBot } from "../bot/bot.ts";
import { createLogger } from "../log.ts";
import { FakeTelegram } from "../fake-telegram/fetch.ts";
import { textUpdate } from "../fake-telegram/updates.ts";

/** Telegram HTML as the plain text a user sees. */
export function htmlToText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, "$2 <$1>")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

export async function ask(text: string, opts: { languageCode?: string; databaseUrl?: string } = {}): Promise<string> {
  const env = readEnv();
  // The CLI needs no token: it never reaches Telegram.
  const config = parseConfig({ ...env, BOT_TOKEN: env.BOT_TOKEN ?? "0:cli-offline-token-cli-offline-token-000", LOG_LEVEL: "silent" });
  const { db } = await prepareDatabase(opts.databaseUrl ?? config.DATABASE_URL);
  try {
    const tg = new FakeTelegram();
    const { bot } = createBot({
      token: config.BOT_TOKEN, apiRoot: "http://fake.invalid", fetch: tg.fetch, botInfo: tg.botInfo,
      knowledge: await Knowledge.load(db), users: new UserRepo(db), log: createLogger("silent"),
    });
    const lang = opts.languageCode ?? (/[әғқңөұүһі]/i.test(text) ? "kk" : "ru");
    await bot.handleUpdate(textUpdate({ id: 1, language_code: lang }, text));
    return tg.calls
      .filter((c) => c.method === "sendMessage")
      .map((c) => {
        const kb = (c.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> } | undefined)?.inline_keyboard ?? [];
        const buttons = kb.map((row) => row.map((b) => `[${b.text}]`).join(" ")).join("\n");
        return htmlToText(String(c.payload.text)) + (buttons ? `\n\n${buttons}` : "");
      })
      .join("\n\n---\n\n");
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = process.argv.slice(2).join(" ");
  if (!text) {
    console.error('Usage: npm run ask -- "Какой группе относится Темиртау?"');
    process.exit(2);
  }
  ask(text)
    .then((out) => console.log(out))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    });
}
