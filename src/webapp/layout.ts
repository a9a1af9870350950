// The HTML around every page: language, Open Graph preview, the self-hosted stylesheet and
// script (no inline code: the Content-Security-Policy allows only files from this server).
import type { Lang } from "../domain/types.ts";
import { escapeAttr, escapeHtml } from "../render/format.ts";
import type { Translate } from "../render/types.ts";

/** Where the page's files are served; their names carry a content hash, so they are cached for good. */
export interface AssetUrls {
  css: string;
  js: string;
}

export interface PageSpec {
  lang: Lang;
  t: Translate;
  title: string;
  description: string;
  /** The page's own path without the language ("/app", "/app/temirtau"). */
  path: string;
  /** Other query parameters the page was asked with, kept by the language switch. */
  query?: URLSearchParams;
  /** The public https address (PUBLIC_URL) for absolute Open Graph links; absent on a local server. */
  publicUrl?: string;
  assets: AssetUrls;
  body: string;
}

/** A page address in a language: Russian is the default, Kazakh says so. */
export function pageHref(path: string, lang: Lang, query?: URLSearchParams): string {
  const q = new URLSearchParams(query);
  q.delete("lang");
  if (lang === "kk") q.set("lang", "kk");
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export function renderPage(p: PageSpec): string {
  const other: Lang = p.lang === "ru" ? "kk" : "ru";
  const abs = p.publicUrl ? new URL(pageHref(p.path, p.lang), p.publicUrl).toString() : null;
  const og = [
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${escapeAttr(p.title)}">`,
    `<meta property="og:description" content="${escapeAttr(p.description)}">`,
    `<meta property="og:locale" content="${p.lang === "ru" ? "ru_RU" : "kk_KZ"}">`,
    `<meta property="og:site_name" content="Monoqala">`,
    ...(abs ? [`<meta property="og:url" content="${escapeAttr(abs)}">`, `<link rel="canonical" href="${escapeAttr(abs)}">`] : []),
  ];
  return `<!doctype html>
<html lang="${p.lang}" data-lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<meta name="description" content="${escapeAttr(p.description)}">
${og.join("\n")}
<link rel="alternate" hreflang="${other}" href="${escapeAttr(pageHref(p.path, other, p.query))}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeAttr(p.assets.css)}">
<script src="${escapeAttr(p.assets.js)}" defer></script>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(p.t("webapp-skip"))}</a>
<header class="top">
<nav aria-label="${escapeAttr(p.t("webapp-lang-label"))}"><a class="lang" hreflang="${other}" lang="${other}" href="${escapeAttr(pageHref(p.path, other, p.query))}">${escapeHtml(p.t("webapp-lang-other"))}</a></nav>
</header>
<main id="main" tabindex="-1">
${p.body}
</main>
<footer><p>${escapeHtml(p.t("webapp-data-note"))}</p><p>${escapeHtml(p.t("webapp-map-note"))}</p></footer>
</body>
</html>
`;
}
