// The one place the app is wired: database, knowledge, translations (made once), the
// bot's stores, the bot and the digest service. main, the CLI, the benchmarks, the test
// helpers and the scripts all build through here; main adds only the process around it
// (HTTP server, polling or webhook, cron, signals).
import type { Logger } from "pino";
import { createBot, type BotDeps } from "./bot/bot.ts";
import { botStores } from "./bot/stores.ts";
import { systemClock, type Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/client.ts";
import { prepareDatabase } from "./db/prepare.ts";
import type { DigestMetrics } from "./digest/metrics.ts";
import { createDigestService, digestOptions, type DigestServiceOptions } from "./digest/service.ts";
import { createI18n } from "./i18n.ts";
import { Knowledge } from "./knowledge.ts";
import { createLogger } from "./log.ts";

/** The settings the app reads; the rest of the configuration is the process's (main). */
export type AppConfig = Pick<
  Config,
  | "BOT_TOKEN"
  | "TELEGRAM_API_ROOT"
  | "DATABASE_URL"
  | "ADMIN_IDS"
  | "BOT_MODE"
  | "USER_RATE_LIMIT"
  | "USER_RATE_WINDOW_SECONDS"
  | "DIGEST_RATE"
  | "DIGEST_CATCH_UP_HOURS"
  | "LOG_LEVEL"
  | "PUBLIC_URL"
>;

type BotStores = ReturnType<typeof botStores>;

/** What tests, benchmarks and the CLI put in place of the production parts. */
export interface AppOverrides {
  /** An open, prepared database, used as it is; close() leaves it open for its owner. */
  db?: Db;
  /** Knowledge already loaded over the same database (several digest instances in one test). */
  knowledge?: Knowledge;
  clock?: Clock;
  log?: Logger;
  /** A fetch to reach the Bot API through (a fake Telegram), for the bot and the digest alike. */
  fetch?: typeof fetch;
  /** Instead of TELEGRAM_API_ROOT. */
  apiRoot?: string;
  botInfo?: BotDeps["botInfo"];
  metrics?: BotDeps["metrics"];
  digestMetrics?: DigestMetrics;
  /** Instead of USER_RATE_LIMIT and USER_RATE_WINDOW_SECONDS. */
  rateLimit?: BotDeps["rateLimit"];
  callRetry?: BotDeps["callRetry"];
  /** Over DIGEST_RATE and DIGEST_CATCH_UP_HOURS. */
  digest?: Partial<DigestServiceOptions>;
  /** Other instances share the database; by default so with BOT_MODE=webhook (see botStores). */
  shared?: boolean;
  /** Stores put in place of the database's (a test of the database going away). */
  stores?: Partial<Pick<BotStores, "users" | "subscriptions" | "edits" | "wizardStore">>;
}

export type App = Awaited<ReturnType<typeof createApp>>;

export async function createApp(config: AppConfig, overrides: AppOverrides = {}) {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL, [config.BOT_TOKEN]);
  const clock = overrides.clock ?? systemClock;
  const ownDb = !overrides.db;
  let db: Db;
  if (overrides.db) db = overrides.db;
  else {
    const prepared = await prepareDatabase(config.DATABASE_URL);
    if (prepared.migrated.length) log.info({ migrated: prepared.migrated }, "database migrated");
    if (!prepared.seed.skipped) log.info(prepared.seed, "dataset release applied");
    db = prepared.db;
  }
  const knowledge = overrides.knowledge ?? (await Knowledge.load(db));
  const i18n = createI18n();
  const apiRoot = overrides.apiRoot ?? config.TELEGRAM_API_ROOT;

  // Built when first asked for: a job that only sends digests never builds the bot.
  let telegram: ReturnType<typeof buildBot> | undefined;
  const buildBot = () => {
    // Polling has one consumer by Telegram's rule; behind a webhook there may be several instances.
    const own = botStores(db, config.DATABASE_URL, knowledge, i18n, { shared: overrides.shared ?? config.BOT_MODE === "webhook" });
    const given = overrides.stores ?? {};
    const stores = {
      ...own,
      users: given.users ?? own.users,
      subscriptions: given.subscriptions ?? own.subscriptions,
      edits: given.edits ?? own.edits,
      wizardStore: given.wizardStore ?? own.wizardStore,
    };
    const { bot, tracker } = createBot({
      token: config.BOT_TOKEN,
      apiRoot,
      fetch: overrides.fetch,
      botInfo: overrides.botInfo,
      knowledge,
      i18n,
      ...stores,
      admins: config.ADMIN_IDS,
      clock,
      log,
      metrics: overrides.metrics,
      rateLimit: overrides.rateLimit ?? { limit: config.USER_RATE_LIMIT, windowMs: config.USER_RATE_WINDOW_SECONDS * 1000 },
      callRetry: overrides.callRetry,
      publicUrl: config.PUBLIC_URL,
    });
    return { bot, tracker, stores };
  };

  return {
    db,
    knowledge,
    i18n,
    log,
    clock,
    /** The bot and its stores, built once. */
    bot() {
      telegram ??= buildBot();
      return telegram;
    },
    /** A digest service (schedule, outbox, sender) over this app's database and knowledge. */
    digests() {
      return createDigestService({
        db,
        url: config.DATABASE_URL,
        knowledge,
        i18n,
        token: config.BOT_TOKEN,
        apiRoot,
        fetch: overrides.fetch,
        clock,
        log,
        options: { ...digestOptions(config), ...overrides.digest },
        metrics: overrides.digestMetrics,
      });
    },
    /** Closes what the app opened: the stores' extra connections, and the database unless it was handed in. */
    async close() {
      await telegram?.stores.close();
      if (ownDb) await db.$disconnect();
    },
  };
}
