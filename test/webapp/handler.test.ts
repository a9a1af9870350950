// The web pages over plain HTTP: what the server sends before any script runs.
import { sign } from "@telegram-apps/init-data-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSP } from "../../src/webapp/handler.ts";
import { NOW, serveWebApp, WEB_TOKEN, type WebServer } from "./serve.ts";

let s: WebServer;
beforeAll(async () => {
  s = await serveWebApp();
});
afterAll(async () => {
  await s?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(s.url + path, { headers });
const rows = (html: string) => [...html.matchAll(/<tr data-town="([a-z_-]+)"/g)].map((m) => m[1]);
const initData = (userId: number, at: Date, token = WEB_TOKEN) => sign({ user: { id: userId, first_name: "A", language_code: "kk" } }, token, at);
const subscribe = (body: unknown) =>
  fetch(`${s.url}/app/api/subscribe`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

describe("the web page of all towns", () => {
  it("lists all 25 towns, with a map point for each, under a strict Content-Security-Policy", async () => {
    const res = await get("/app");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBe(CSP);
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).not.toContain("unsafe-inline");
    const html = await res.text();
    expect(rows(html)).toHaveLength(25);
    expect(html.match(/<a href="\/app\/[a-z_-]+" class="pt /g)).toHaveLength(25);
    // The lines between regions, and the footer saying which regions they are.
    const borders = /<path class="borders" d="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(borders.match(/M/g)?.length).toBeGreaterThanOrEqual(10);
    expect(html).toContain("до 2018 года: без Абайской, Жетысуской и Улытауской областей");
    // No inline script or style: only this server's files.
    expect(html).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="/);
    expect(html).toContain('<meta property="og:title" content="Моногорода Казахстана">');
  });

  it("filters and sorts with a plain query string, unknown sums last", async () => {
    const stagnating = rows(await (await get("/app?tier=stagnating")).text());
    expect(stagnating.sort()).toEqual(["altai", "karazhal", "kurchatov", "zhitikara"]);
    const byPopulation = rows(await (await get("/app?sort=population")).text());
    expect(byPopulation.slice(0, 2)).toEqual(["temirtau", "ekibastuz"]);
    const byMoney = await (await get("/app?sort=planned")).text();
    const planned = [...byMoney.matchAll(/<tr data-town="[^"]+"[^>]* data-planned="([^"]*)"/g)].map((m) => m[1]);
    const firstUnknown = planned.indexOf("");
    expect(firstUnknown).toBeGreaterThan(0);
    expect(planned.slice(firstUnknown).every((x) => x === "")).toBe(true);
  });

  it("speaks Kazakh with ?lang=kk and sends gzip to a browser that asks", async () => {
    const res = await get("/app?lang=kk", { "accept-encoding": "gzip" });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    const html = await res.text();
    expect(html).toContain('<html lang="kk"');
    expect(html).toContain("Қазақстанның моноқалалары");
    expect(html).not.toMatch(/Население|Область|Группа|Проекты/);
  });

  it("serves its script and stylesheet with long caching, and 404s what it does not have", async () => {
    const html = await (await get("/app")).text();
    const js = html.match(/<script src="([^"]+)"/)![1]!;
    const res = await get(js);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(res.headers.get("content-type")).toContain("javascript");
    expect((await get("/app/assets/nothing.js")).status).toBe(404);
    expect((await get("/app/nowhere")).status).toBe(404);
    expect((await get("/app/%E0%A4%A")).status).toBe(404);
    expect((await get("/healthz")).status).toBe(200);
  });
});

describe("a town's page", () => {
  it("shows the Zhanaozen gas plant's four deadlines, oldest first, with a 📎 for the source", async () => {
    const html = await (await get("/app/zhanaozen")).text();
    const project = html.slice(html.indexOf('id="p-zhanaozen-gas-processing-plant"'));
    const timeline = project.slice(project.indexOf('<ol class="timeline"'), project.indexOf("</ol>"));
    expect([...timeline.matchAll(/<time>([^<]+)<\/time>/g)].map((m) => m[1])).toEqual(["2023", "2025", "2026", "02.2027"]);
    expect(html).toContain('<details class="src">');
    expect(html).toMatch(/<meta property="og:description" content="[^"]*Мангистауская/);
  });
});

describe("subscribing from the Mini App", () => {
  it("accepts signed, fresh initData and subscribes the user to the town", async () => {
    const res = await subscribe({ initData: initData(4242, new Date(NOW)), townId: "balkhash" });
    expect(res.status).toBe(200);
    const list = await s.subscriptions.list(4242);
    expect(list.map((x) => [x.scope, x.language])).toEqual([[{ kind: "towns", townIds: ["balkhash"] }, "kk"]]);
  });

  it("answers 401 to forged, stale or missing initData", async () => {
    const good = initData(7, new Date(NOW));
    expect((await subscribe({ initData: good.replace("%22id%22%3A7", "%22id%22%3A8"), townId: "balkhash" })).status).toBe(401);
    expect((await subscribe({ initData: initData(7, new Date(NOW), "999:other-bot"), townId: "balkhash" })).status).toBe(401);
    expect((await subscribe({ initData: initData(7, new Date(Date.parse(NOW) - 2 * 86_400_000)), townId: "balkhash" })).status).toBe(401);
    expect((await subscribe({ townId: "balkhash" })).status).toBe(401);
    expect(await s.subscriptions.list(7)).toEqual([]);
    expect(await s.subscriptions.list(8)).toEqual([]);
  });

  it("refuses a town nobody can follow and a GET", async () => {
    expect((await subscribe({ initData: initData(9, new Date(NOW)), townId: "saran" })).status).toBe(400);
    expect((await get("/app/api/subscribe")).status).toBe(405);
  });
});
