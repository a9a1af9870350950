// The bot's HTTP server with the web pages, on 127.0.0.1, over a fresh seeded database.
import { createI18n, translator } from "../../src/i18n.ts";
import { ManualClock } from "../../src/clock.ts";
import { pingDb } from "../../src/db/health.ts";
import { SubscriptionRepo } from "../../src/db/subscriptions.ts";
import { Knowledge } from "../../src/knowledge.ts";
import { createLogger } from "../../src/log.ts";
import { Metrics } from "../../src/server/metrics.ts";
import { startHttpServer, type HttpServer } from "../../src/server/http.ts";
import { webAppHandler } from "../../src/webapp/handler.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

export const WEB_TOKEN = "123456:web-app-test-token";
export const NOW = "2026-12-06T12:00:00Z";

export interface WebServer {
  url: string;
  db: TestDb;
  clock: ManualClock;
  subscriptions: SubscriptionRepo;
  close(): Promise<void>;
}

export async function serveWebApp(): Promise<WebServer> {
  const db = await freshDb("sqlite");
  const knowledge = await Knowledge.load(db.db);
  const i18n = createI18n();
  const clock = new ManualClock(NOW);
  const subscriptions = new SubscriptionRepo(db.db);
  const log = createLogger("silent");
  const server: HttpServer = await startHttpServer(
    {
      health: () => pingDb(db.db),
      metrics: new Metrics({ defaults: false }),
      log,
      webapp: webAppHandler({
        knowledge,
        translate: { ru: translator(i18n, "ru"), kk: translator(i18n, "kk") },
        subscriptions,
        clock,
        botToken: WEB_TOKEN,
        log,
      }),
    },
    0,
    "127.0.0.1",
  );
  return {
    url: server.url,
    db,
    clock,
    subscriptions,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
