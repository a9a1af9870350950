// Entry point: the process around the app (src/app.ts builds it): configuration, long
// polling or a webhook, the HTTP server (webhook, health, metrics), the digest cron,
// signals and graceful shutdown.
import type { RunnerHandle } from "@grammyjs/runner";
import { createApp } from "./app.ts";
import { ConfigError, DEFAULT_WEBHOOK_PORT, parseConfig, readEnv } from "./config.ts";
import { setCommandMenus, setStaffMenus } from "./bot/commands.ts";
import { translator } from "./i18n.ts";
import { WIZARD_TTL_MS } from "./bot/wizards/steps.ts";
import { systemClock } from "./clock.ts";
import { startDigestCron } from "./digest/cron.ts";
import { pingDb } from "./db/health.ts";
import { webhookHandler } from "./bot/webhook.ts";
import { Metrics } from "./server/metrics.ts";
import { startHttpServer, type HttpServer } from "./server/http.ts";
import { Polling } from "./bot/polling.ts";
import { SubscriptionRepo } from "./db/subscriptions.ts";
import { webAppHandler } from "./webapp/handler.ts";
import { setAppMenuButton } from "./bot/webapp.ts";

const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member", "inline_query"] as const;
/** Telegram gets its answer within this long even while an update is still being handled. */
const WEBHOOK_ANSWER_MS = 3000;

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
  const metrics = new Metrics();
  const app = await createApp(config, { metrics, digestMetrics: metrics });
  const { db, knowledge, i18n, log } = app;
  const { bot, tracker, stores } = app.bot();
  stores.wizardStore.purge(new Date(Date.now() - WIZARD_TTL_MS)).catch((err) => log.warn({ err }, "could not forget expired wizards"));

  await bot.init();
  // Menus are a nicety: a failure here must not keep the bot from answering.
  const tr = { ru: translator(i18n, "ru"), kk: translator(i18n, "kk") };
  setCommandMenus(bot.api, tr, { app: !!config.PUBLIC_URL })
    .then(async () => {
      const editors = await stores.users.withRole("editor");
      const admins = await Promise.all(config.ADMIN_IDS.map(async (id) => ({ id, role: "admin" as const, language: (await stores.users.get(id)).language })));
      await setStaffMenus(
        bot.api,
        tr,
        [...admins, ...editors.filter((e) => !config.ADMIN_IDS.includes(e.id)).map((e) => ({ ...e, role: "editor" as const }))],
        { app: !!config.PUBLIC_URL },
      );
    })
    .catch((err) => log.warn({ err }, "could not set command menus"));

  if (config.PUBLIC_URL) setAppMenuButton(bot.api, config.PUBLIC_URL).catch((err) => log.warn({ err }, "could not set the Mini App menu button"));

  let runner: RunnerHandle | null = null;
  const polling = config.BOT_MODE === "polling" ? new Polling(bot, { allowedUpdates: ALLOWED_UPDATES, clock: systemClock, log }) : null;
  let server: HttpServer | null = null;
  // The web page (PUBLIC_URL) is served by this server too, in either mode.
  const port = config.PORT ?? (config.BOT_MODE === "webhook" || config.PUBLIC_URL ? DEFAULT_WEBHOOK_PORT : undefined);
  if (port !== undefined) {
    const webhook =
      config.BOT_MODE === "webhook"
        ? { path: new URL(config.WEBHOOK_URL).pathname, handle: webhookHandler(bot, { secret: config.WEBHOOK_SECRET, timeoutMs: WEBHOOK_ANSWER_MS, log }) }
        : undefined;
    server = await startHttpServer(
      {
        webhook,
        health: () => pingDb(db),
        metrics,
        log,
        metricsToken: config.METRICS_TOKEN,
        pollingFailingForMs: polling ? () => polling.failingForMs() : undefined,
        pollingUnhealthyMs: config.HEALTH_POLLING_FAILED_SECONDS * 1000,
        // The web pages and the Mini App (/app).
        webapp: webAppHandler({
          knowledge,
          translate: tr,
          subscriptions: new SubscriptionRepo(db),
          clock: systemClock,
          botToken: config.BOT_TOKEN,
          publicUrl: config.PUBLIC_URL,
          log,
        }),
      },
      port,
      config.HOST,
    );
    log.info({ url: server.url }, webhook ? "listening for the webhook, /healthz and /metrics" : "listening for /healthz and /metrics");
  }
  if (config.BOT_MODE === "webhook") {
    // Every instance sets the same webhook; updates waiting at Telegram are kept.
    await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
    log.info({ bot: bot.botInfo.username, ms: Math.round(performance.now() - started) }, "webhook set");
  } else {
    // A webhook left from an earlier webhook deployment would make getUpdates fail (409);
    // the updates Telegram holds are kept.
    await bot.api.deleteWebhook({ drop_pending_updates: false });
    runner = polling!.start();
    log.info({ bot: bot.botInfo.username, ms: Math.round(performance.now() - started) }, "polling");
  }

  // Digests: a tick now (what came due while the bot was down), then every minute.
  let digests: { stop(): Promise<void> } | null = null;
  if (config.DIGESTS === "on") {
    const { service } = app.digests();
    service.tick().catch((err) => log.error({ err }, "digest run failed"));
    digests = startDigestCron(service, log);
  }

  // Another instance (or the digest job) may apply an editor's change: a cheap version
  // check picks it up, so every instance answers from the same data within seconds.
  const refresh = setInterval(() => void knowledge.reloadIfChanged().catch((err) => log.warn({ err }, "could not check for data changes")), 15_000);
  refresh.unref();

  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    clearInterval(refresh);
    // No new updates; those being handled are finished (their replies sent).
    if (runner?.isRunning()) await runner.stop();
    await server?.close();
    await tracker.drain();
    // Digests being sent are finished and recorded; the rest waits for the next start.
    await digests?.stop();
    await app.close();
    process.exit(code);
  };
  // Polling gives up only when retrying cannot help (another poller, a revoked token):
  // the process stops as on SIGTERM, digests recorded and given back, and says why.
  runner?.task()?.catch((err: unknown) => {
    log.fatal({ err }, err instanceof Error ? err.message : "polling stopped");
    void stop("polling stopped", 1);
  });
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((e) => {
  console.error(`Monoqala failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
