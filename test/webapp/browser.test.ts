// The web page in a real browser: Debian's Chromium driven by playwright-core (no browser
// download). Skipped, and said so, where /usr/bin/chromium is missing; .ci/run installs it.
// Screenshots in both languages go to test-output/webapp/.
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sign } from "@telegram-apps/init-data-node";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOW, serveWebApp, WEB_TOKEN, type WebServer } from "./serve.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUT = path.resolve(import.meta.dirname, "../../test-output/webapp");
const have = existsSync(CHROMIUM);
if (!have) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

let s: WebServer;
let browser: Browser;
/** Every address a page asked for: none may leave 127.0.0.1. */
const requested: string[] = [];

beforeAll(async () => {
  if (!have) return;
  mkdirSync(OUT, { recursive: true });
  s = await serveWebApp();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
});
afterAll(async () => {
  await browser?.close();
  await s?.close();
});

async function open(path: string, opts: { javaScript?: boolean; width?: number; bypassCSP?: boolean; dark?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: opts.dark ? "dark" : "light",
    javaScriptEnabled: opts.javaScript ?? true,
    viewport: { width: opts.width ?? 1100, height: 900 },
    bypassCSP: opts.bypassCSP ?? false,
  });
  const page = await context.newPage();
  page.on("request", (r) => requested.push(r.url()));
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(s.url + path);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}
const errorsOf = (p: Page) => (p as Page & { errors: string[] }).errors;
const visibleTowns = (page: Page) => page.$$eval("#towns tbody tr:not([hidden])", (rows) => rows.map((r) => r.getAttribute("data-town")));

describe.skipIf(!have)("the web page in Chromium", () => {
  it("shows 25 rows and 25 map points; sorting by population and filtering by tier work in place", async () => {
    const page = await open("/app");
    expect(await page.locator("#towns tbody tr").count()).toBe(25);
    expect(await page.locator("svg a.pt circle").count()).toBe(25);
    await page.selectOption("#f-sort", "population");
    const byPop = await visibleTowns(page);
    expect(byPop.slice(0, 3)).toEqual(["temirtau", "ekibastuz", "rudny"]);
    const pops = await page.$$eval("#towns tbody tr", (rows) => rows.map((r) => Number(r.getAttribute("data-population"))));
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
    await page.selectOption("#f-tier", "stagnating");
    expect((await visibleTowns(page)).sort()).toEqual(["altai", "karazhal", "kurchatov", "zhitikara"]);
    expect(await page.locator(".shown").textContent()).toContain("4");
    // The address follows, so the filtered table can be shared.
    const q = new URL(page.url()).searchParams;
    expect([q.get("tier"), q.get("sort")]).toEqual(["stagnating", "population"]);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  it("a tap on a map point shows the town's summary under the map, its page a link away", async () => {
    const page = await open("/app");
    await page.locator('a.pt[data-town="balkhash"]').click();
    const summary = page.locator("#map-summary");
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator("h3").textContent()).toBe("Балхаш");
    expect(await summary.textContent()).toContain("Население");
    expect(await summary.locator("h3 a").getAttribute("href")).toBe("/app/balkhash");
    expect(page.url()).toBe(`${s.url}/app`);
    await page.context().close();
  });

  it("sorts unknown plan money last, whichever way it is asked (button in the header)", async () => {
    const page = await open("/app");
    await page.getByRole("button", { name: "Деньги плана" }).click();
    const planned = await page.$$eval("#towns tbody tr", (rows) => rows.map((r) => r.getAttribute("data-planned")));
    const firstUnknown = planned.indexOf("");
    expect(firstUnknown).toBeGreaterThan(0);
    expect(planned.slice(firstUnknown).every((x) => x === "")).toBe(true);
    expect(await page.locator('th[data-sort="planned"]').getAttribute("aria-sort")).toBe("descending");
    await page.context().close();
  });

  it("is usable by keyboard: Tab reaches the language switch, the filters and the towns", async () => {
    const page = await open("/app");
    const focused: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate<string>('document.activeElement?.getAttribute("class") ?? document.activeElement?.tagName ?? ""'));
    }
    expect(focused).toContain("lang");
    expect(focused).toContain("pt g-diversifying");
    await page.context().close();
  });

  it("a town page shows the Zhanaozen gas plant's four deadlines and opens a source with 📎", async () => {
    const page = await open("/app/zhanaozen");
    const plant = page.locator("#p-zhanaozen-gas-processing-plant");
    expect(await plant.locator(".timeline time").allTextContents()).toEqual(["2023", "2025", "2026", "02.2027"]);
    const clip = page.locator("details.src").first();
    await clip.locator("summary").click();
    expect(await clip.locator(".src-body").isVisible()).toBe(true);
    await page.screenshot({ path: path.join(OUT, "town-ru.png"), fullPage: true });
    await page.context().close();
  });

  it("the Kazakh pages carry no Russian labels", async () => {
    for (const p of ["/app?lang=kk", "/app/zhanaozen?lang=kk"]) {
      const page = await open(p);
      // The page's own words: everything but what sources are called (publishers, titles) and where they link.
      const text = await page.evaluate<string>(`(() => {
        const clone = document.body.cloneNode(true);
        for (const el of clone.querySelectorAll(".src-body, footer")) el.remove();
        return clone.textContent;
      })()`);
      for (const word of [
        "Население",
        "Область",
        "Группа",
        "Проекты",
        "Источник",
        "выполнено",
        "не завершено",
        "неизвестно",
        "Показано",
        "Сроки",
        "Все города",
      ]) {
        expect(text, `${p}: ${word}`).not.toContain(word);
      }
      expect(await page.getAttribute("html", "lang")).toBe("kk");
      await page.screenshot({ path: path.join(OUT, p.includes("zhanaozen") ? "town-kk.png" : "list-kk.png"), fullPage: true });
      await page.context().close();
    }
  });

  it("works with JavaScript off: the table, the map and the filter form (a plain GET)", async () => {
    const page = await open("/app", { javaScript: false });
    expect(await page.locator("#towns tbody tr").count()).toBe(25);
    expect(await page.locator("svg a.pt").count()).toBe(25);
    await page.selectOption("#f-tier", "former");
    await page.getByRole("button", { name: "Показать" }).click();
    await page.waitForURL(/tier=former/);
    expect((await visibleTowns(page)).sort()).toEqual(["arkalyk", "karatau", "serebryansk", "zhanatas"]);
    await page.screenshot({ path: path.join(OUT, "list-ru-nojs.png"), fullPage: true });
    await page.context().close();
  });

  it("inside Telegram: subscribes with the signed initData; forged initData gets 401", async () => {
    const initData = sign({ user: { id: 5150, first_name: "A", language_code: "ru" } }, WEB_TOKEN, new Date(NOW));
    const hash = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppThemeParams: JSON.stringify({ bg_color: "#101820" }) });
    const page = await open(`/app/balkhash#${hash}`);
    expect(await page.evaluate<string>("getComputedStyle(document.body).backgroundColor")).toBe("rgb(16, 24, 32)");
    await page.getByRole("button", { name: "Подписаться на дайджест по этому городу" }).click();
    await expect.poll(() => page.locator("#subscribe [role=status]").textContent()).toContain("Готово");
    expect((await s.subscriptions.list(5150)).map((x) => x.scope)).toEqual([{ kind: "towns", townIds: ["balkhash"] }]);
    const forged = await page.evaluate(
      async (data) => {
        const res = await fetch("/app/api/subscribe", { method: "POST", body: JSON.stringify({ initData: data, townId: "balkhash" }) });
        return res.status;
      },
      initData.replace("5150", "5151"),
    );
    expect(forged).toBe(401);
    await page.context().close();
  });

  it("inside Telegram: ready and expand, the back button on a town page, haptics on taps, startapp and the user's language", async () => {
    const initData = sign({ user: { id: 6160, first_name: "A", language_code: "kk" } }, WEB_TOKEN, new Date(NOW));
    const context = await browser.newContext();
    // Telegram's app side: the proxy the page posts its events to, recorded.
    await context.addInitScript("window.__events = []; window.TelegramWebviewProxy = { postEvent: (t, d) => window.__events.push([t, d]) };");
    const page = await context.newPage();
    page.on("request", (r) => requested.push(r.url()));
    const events = () => page.evaluate<Array<[string, string]>>("window.__events");
    // Opened by t.me/<bot>/<app>?startapp=zhanaozen: the town's page, in the user's Kazakh.
    const hash = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppStartParam: "zhanaozen" });
    await page.goto(`${s.url}/app#${hash}`);
    await page.waitForURL(/\/app\/zhanaozen\?lang=kk$/);
    await page.waitForLoadState("load");
    expect(await page.getAttribute("html", "lang")).toBe("kk");
    const sent = await events();
    expect(sent.map(([t]) => t)).toEqual(expect.arrayContaining(["web_app_ready", "web_app_expand", "web_app_setup_back_button"]));
    expect(sent.find(([t]) => t === "web_app_setup_back_button")![1]).toBe('{"is_visible":true}');
    await page.locator("details.src summary").first().click();
    expect((await events()).some(([t, d]) => t === "web_app_trigger_haptic_feedback" && d === '{"type":"selection_change"}')).toBe(true);
    // The list, then a town, then Telegram's back button: back to the list.
    await page.goto(`${s.url}/app?lang=kk`);
    expect((await events()).find(([t]) => t === "web_app_setup_back_button")![1]).toBe('{"is_visible":false}');
    await page.locator('#towns a[href="/app/balkhash?lang=kk"]').click();
    await page.waitForURL(/\/app\/balkhash/);
    // Telegram's press, sent after evaluate returns: the page navigates in answer, and a navigation
    // inside evaluate itself destroys the context evaluate is waiting on.
    await page.evaluate<void>('setTimeout(() => window.Telegram.WebView.receiveEvent("back_button_pressed"), 0)');
    await page.waitForURL(/\/app\?lang=kk$/);
    await context.close();
  });

  it("meets WCAG 2 A and AA as axe-core checks them: contrast, names, labels, structure", async () => {
    const axe = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
    const dark = new URLSearchParams({
      tgWebAppData: "x",
      tgWebAppThemeParams: JSON.stringify({
        bg_color: "#17212b",
        text_color: "#f5f5f5",
        hint_color: "#9aa4ad",
        link_color: "#6ab3f3",
        button_color: "#5288c1",
        button_text_color: "#ffffff",
        secondary_bg_color: "#232e3c",
      }),
    });
    const cases: Array<[string, boolean]> = [
      ["/app", false],
      ["/app?lang=kk", false],
      ["/app/zhanaozen", false],
      ["/app/zhanaozen?lang=kk", false],
      ["/app", true],
      ["/app/zhanaozen", true],
      // Telegram's dark theme (its default night colours).
      [`/app/zhanaozen?lang=ru#${dark}`, false],
    ];
    for (const [p, inDark] of cases) {
      // The checker is injected for the test only: the page's own policy would refuse it.
      const page = await open(p, { bypassCSP: true, dark: inDark });
      await page.evaluate<void>('document.querySelectorAll("details.src").forEach((d) => { d.open = true; })');
      await page.addScriptTag({ path: axe });
      const found = await page.evaluate<Array<{ id: string; nodes: string[] }>>(
        `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
          .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)) })))`,
      );
      expect(found, `${p}${inDark ? " (dark)" : ""}`).toEqual([]);
      await page.context().close();
    }
  });

  it("takes screenshots in both languages, and no request left 127.0.0.1", async () => {
    for (const lang of ["ru", "kk"]) {
      const page = await open(`/app${lang === "kk" ? "?lang=kk" : ""}`, { width: 420 });
      await page.screenshot({ path: path.join(OUT, `list-${lang}.png`), fullPage: true });
      await page.context().close();
    }
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((u) => new URL(u).hostname !== "127.0.0.1")).toEqual([]);
  });
});
