// Entry point: configuration, database, bot, long polling, graceful shutdown.
import { run, type RunnerHandle } from "@grammyjs/runner";
import { ConfigError, parseConfig, readEnv } from "./config.ts";
import { createLogger } from "./log.ts";
import { prepareDatabase } from "./db/prepare.ts";
import { Knowledge } from "./knowledge.ts";
import { createBot } from "./bot/bot.ts";
import { setCommandMenus, setStaffMenus } from "./bot/commands.ts";
import { translator } from "./bot/i18n.ts";
import { botStores } from "./bot/stores.ts";
import { WIZARD_TTL_MS } from "./bot/wizards/steps.ts";
import { systemClock } from "./clock.ts";
import { createDigestService, digestOptions } from "./digest/service.ts";
import { startDigestCron } from "./digest/cron.ts";

async function main() {
  const started = performance.now();
  let config;
  try {
    config = parseConfig(readEnv());
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL, [config.BOT_TOKEN]);
  const { db, migrated, seed } = await prepareDatabase(config.DATABASE_URL);
  if (migrated.length) log.info({ migrated }, "database migrated");
  if (!seed.skipped) log.info(seed, "dataset seeded");
  const knowledge = await Knowledge.load(db);
  const stores = botStores(db, config.DATABASE_URL, knowledge);
  const { bot, i18n } = createBot({ token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, knowledge, ...stores, admins: config.ADMIN_IDS, clock: systemClock, log });
  stores.wizardStore.purge(new Date(Date.now() - WIZARD_TTL_MS)).catch((err) => log.warn({ err }, "could not forget expired wizards"));

  await bot.init();
  // Menus are a nicety: a failure here must not keep the bot from answering.
  const tr = { ru: translator(i18n, "ru"), kk: translator(i18n, "kk") };
  setCommandMenus(bot.api, tr)
    .then(async () => {
      const editors = await stores.users.withRole("editor");
      const admins = await Promise.all(config.ADMIN_IDS.map(async (id) => ({ id, role: "admin" as const, language: (await stores.users.get(id)).language })));
      await setStaffMenus(bot.api, tr, [...admins, ...editors.filter((e) => !config.ADMIN_IDS.includes(e.id)).map((e) => ({ ...e, role: "editor" as const }))]);
    })
    .catch((err) => log.warn({ err }, "could not set command menus"));
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member", "inline_query"] } } });
  log.info({ bot: bot.botInfo.username, ms: Math.round(performance.now() - started) }, "polling");

  // Digests: a tick now (what came due while the bot was down), then every minute.
  let digests: { stop(): Promise<void> } | null = null;
  if (config.DIGESTS === "on") {
    const { service } = createDigestService({
      db, url: config.DATABASE_URL, knowledge, token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, clock: systemClock, log, options: digestOptions(config),
    });
    service.tick().catch((err) => log.error({ err }, "digest run failed"));
    digests = startDigestCron(service, log);
  }

  // Another instance (or the digest job) may apply an editor's change: a cheap version
  // check picks it up, so every instance answers from the same data within seconds.
  const refresh = setInterval(() => void knowledge.reloadIfChanged().catch((err) => log.warn({ err }, "could not check for data changes")), 15_000);
  refresh.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    clearInterval(refresh);
    if (runner.isRunning()) await runner.stop();
    // Digests being sent are finished and recorded; the rest waits for the next start.
    await digests?.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error(`Monoqala failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
