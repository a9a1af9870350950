// The web pages and their one API, served by the bot's HTTP server: /app (all towns),
// /app/<town>, the page's files, and POST /app/api/subscribe for a user inside Telegram
// (initData checked). Public pages need no login; every response carries a strict
// Content-Security-Policy: only this server's files, no inline code.
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { SubscriptionRepo } from "../db/subscriptions.ts";
import { DEFAULT_SCHEDULE, subscribableTown } from "../domain/subscription.ts";
import type { Lang } from "../domain/types.ts";
import type { Snapshot } from "../knowledge.ts";
import type { RenderContext, Translate } from "../render/types.ts";
import { type Assets, loadAssets } from "./assets.ts";
import { checkInitData } from "./init-data.ts";
import { pageHref, renderPage } from "./layout.ts";
import { escapeAttr, escapeHtml } from "../render/format.ts";
import { renderListBody } from "./list-page.ts";
import { tableQuery } from "./rows.ts";
import { renderTownBody, townDescription } from "./town-page.ts";

export interface WebAppDeps {
  knowledge: { current: Snapshot };
  translate: Record<Lang, Translate>;
  subscriptions: SubscriptionRepo;
  clock: Clock;
  /** Checks initData's signature. */
  botToken: string;
  /** PUBLIC_URL: absolute links in the previews. */
  publicUrl?: string;
  log: Logger;
  initDataMaxAgeS?: number;
}

/** Telegram Web shows a Mini App in a frame: only Telegram (and the page itself) may frame it. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org",
].join("; ");

const SECURITY_HEADERS = { "content-security-policy": CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer" };
/** A subscribe request is a town id and initData: a few kilobytes at most. */
const MAX_BODY = 16 * 1024;

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}, gz?: Buffer) {
  const buf = typeof body === "string" ? Buffer.from(body) : body;
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const out = gzip ? (gz ?? gzipSync(buf)) : buf;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": type,
    "content-length": String(out.length),
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    ...extra,
  });
  res.end(req.method === "HEAD" ? undefined : out);
}

const json = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) =>
  send(req, res, status, "application/json; charset=utf-8", JSON.stringify(body), { "cache-control": "no-store" });

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function webAppHandler(deps: WebAppDeps): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const assets: Assets = loadAssets();
  const ctxOf = (lang: Lang): RenderContext => ({ lang, t: deps.translate[lang] });

  const page = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const lang: Lang = url.searchParams.get("lang") === "kk" ? "kk" : "ru";
    const ctx = ctxOf(lang);
    const snap = deps.knowledge.current;
    // A town id is [a-z0-9_-]: anything else (a malformed escape among it) is no town, not an error.
    const townId = url.pathname === "/app" || url.pathname === "/app/" ? null : url.pathname.slice("/app/".length);
    const common = { lang, t: ctx.t, assets: assets.urls, publicUrl: deps.publicUrl, query: url.searchParams };
    const headers = { "cache-control": "no-cache" };
    if (townId === null) {
      const q = tableQuery(url.searchParams);
      const plain = !q.group && !q.region && q.sort === "name";
      const make = () =>
        renderPage({
          ...common,
          title: ctx.t("webapp-title"),
          description: ctx.t("webapp-description", { count: snap.catalog.towns.size }),
          path: "/app",
          body: renderListBody(snap.catalog, q, ctx),
        });
      // The page everyone opens is made once per data version; a filtered one is cheap to make.
      const html = plain ? snap.memo(`webapp:list:${lang}`, make) : make();
      return send(req, res, 200, "text/html; charset=utf-8", html, headers);
    }
    const town = snap.catalog.towns.get(townId);
    if (!town) {
      const html = renderPage({
        ...common,
        title: ctx.t("webapp-not-found"),
        description: ctx.t("webapp-not-found"),
        path: "/app",
        body: `<h1>${escapeHtml(ctx.t("webapp-not-found"))}</h1><p><a href="${escapeAttr(pageHref("/app", lang))}">${escapeHtml(ctx.t("webapp-back"))}</a></p>`,
      });
      return send(req, res, 404, "text/html; charset=utf-8", html, headers);
    }
    const html = snap.memo(`webapp:town:${lang}:${town.id}`, () =>
      renderPage({
        ...common,
        title: `${lang === "ru" ? town.nameRu : town.nameKk} — ${ctx.t("webapp-title")}`,
        description: townDescription(snap, town, ctx),
        path: `/app/${town.id}`,
        body: renderTownBody(snap, town, ctx),
      }),
    );
    return send(req, res, 200, "text/html; charset=utf-8", html, headers);
  };

  const subscribe = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    if (raw === null) return json(req, res, 413, { error: "too large" });
    let body: { initData?: unknown; townId?: unknown; lang?: unknown };
    try {
      body = JSON.parse(raw);
    } catch {
      return json(req, res, 400, { error: "JSON expected" });
    }
    const check = checkInitData(body?.initData, deps.botToken, deps.clock.now(), deps.initDataMaxAgeS);
    if (!check.ok) return json(req, res, 401, { error: check.reason });
    const catalog = deps.knowledge.current.catalog;
    const townId = typeof body.townId === "string" ? body.townId : "";
    if (!subscribableTown(catalog, townId)) return json(req, res, 400, { error: "no such town to follow" });
    const language: Lang = body.lang === "kk" || body.lang === "ru" ? body.lang : check.languageCode === "kk" ? "kk" : "ru";
    // A user's digest goes to their private chat with the bot, whose id is the user's.
    const { subscription, existed } = await deps.subscriptions.subscribe({
      chatId: check.userId,
      scope: { kind: "towns", townIds: [townId] },
      schedule: DEFAULT_SCHEDULE,
      language,
      createdBy: check.userId,
      now: deps.clock.now(),
    });
    deps.log.info({ userId: check.userId, townId, existed }, "subscribed from the web page");
    return json(req, res, 200, { ok: true, id: subscription.id, existed });
  };

  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const p = url.pathname;
    if (p === "/") {
      res.writeHead(302, { location: "/app" }).end();
      return true;
    }
    if (p !== "/app" && !p.startsWith("/app/")) return false;
    if (p === "/app/api/subscribe") {
      if (req.method !== "POST") {
        res.writeHead(405, { allow: "POST" }).end();
        return true;
      }
      await subscribe(req, res);
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    const asset = assets.byPath.get(p);
    if (asset) {
      send(req, res, 200, asset.type, asset.body, { "cache-control": "public, max-age=31536000, immutable" }, asset.gzip);
      return true;
    }
    if (p.startsWith("/app/assets/") || p.startsWith("/app/api/")) {
      send(req, res, 404, "text/plain; charset=utf-8", "not found");
      return true;
    }
    page(req, res, url);
    return true;
  };
}
