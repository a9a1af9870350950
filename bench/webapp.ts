// `npm run bench:webapp`: the web page's weight and speed on this machine. Serves the pages
// from a scratch SQLite database on 127.0.0.1 and prints, per page and language: the bytes a
// browser downloads gzip-compressed (the page, its stylesheet and script), the server's
// time to make it (first request, then from the per-snapshot cache), and, when Debian's
// Chromium is there, the browser's first contentful paint.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { systemClock } from "../src/clock.ts";
import { pingDb } from "../src/db/health.ts";
import { prepareDatabase } from "../src/db/prepare.ts";
import { SubscriptionRepo } from "../src/db/subscriptions.ts";
import { createI18n, translator } from "../src/i18n.ts";
import { Knowledge } from "../src/knowledge.ts";
import { createLogger } from "../src/log.ts";
import { Metrics } from "../src/server/metrics.ts";
import { startHttpServer } from "../src/server/http.ts";
import { webAppHandler } from "../src/webapp/handler.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const dir = mkdtempSync(path.join(tmpdir(), "monoqala-webapp-bench-"));
const { db } = await prepareDatabase(`file:${path.join(dir, "bench.db")}`);
const knowledge = await Knowledge.load(db);
const i18n = createI18n();
const log = createLogger("silent");
const server = await startHttpServer(
  {
    health: () => pingDb(db),
    metrics: new Metrics({ defaults: false }),
    log,
    webapp: webAppHandler({
      knowledge,
      translate: { ru: translator(i18n, "ru"), kk: translator(i18n, "kk") },
      subscriptions: new SubscriptionRepo(db),
      clock: systemClock,
      botToken: "123456:bench",
      log,
    }),
  },
  0,
  "127.0.0.1",
);

async function timed(url: string): Promise<{ ms: number; bytes: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  const raw = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  // fetch unpacks gzip; the compressed size is what the server said it sent.
  return { ms, bytes: Number(res.headers.get("content-length") ?? raw.length), body: raw.toString("utf8") };
}

const pages = ["/app", "/app?lang=kk", "/app/zhanaozen", "/app/zhanaozen?lang=kk", "/app?sort=population&tier=medium_potential"];
console.log("page                                         gzip KB  (html+css+js)  first ms  cached ms");
for (const p of pages) {
  const first = await timed(server.url + p);
  const cached = await timed(server.url + p);
  const assets = [...first.body.matchAll(/(?:href|src)="(\/app\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  let total = first.bytes;
  for (const a of assets) total += (await timed(server.url + a)).bytes;
  console.log(
    `${p.padEnd(44)} ${(total / 1024).toFixed(1).padStart(7)}  (${(first.bytes / 1024).toFixed(1)} + assets)  ${first.ms.toFixed(1).padStart(8)}  ${cached.ms.toFixed(1).padStart(9)}`,
  );
}

if (existsSync(CHROMIUM)) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  for (const p of ["/app", "/app/zhanaozen"]) {
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + p, { waitUntil: "load" });
      // Waits for the paint entry: right after "load" it may not be recorded yet.
      const fcp = await page.evaluate<number>(
        "new Promise((r) => new PerformanceObserver((l) => { const e = l.getEntries().find((x) => x.name === 'first-contentful-paint'); if (e) r(e.startTime); }).observe({ type: 'paint', buffered: true }))",
      );
      runs.push(fcp);
      await context.close();
    }
    runs.sort((a, b) => a - b);
    console.log(`Chromium first contentful paint ${p}: median ${runs[2]!.toFixed(0)} ms (5 fresh contexts: ${runs.map((x) => x.toFixed(0)).join(", ")})`);
  }
  await browser.close();
} else console.log(`no Chromium at ${CHROMIUM}: first paint not measured`);

await server.close();
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
