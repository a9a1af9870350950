// The page's own files (public/webapp): read once, named by a hash of their content so a
// browser keeps them until they change, and served gzip-compressed when the browser asks.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { AssetUrls } from "./layout.ts";

const DIR = path.resolve(import.meta.dirname, "../../public/webapp");
const TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
}

export interface Assets {
  urls: AssetUrls;
  /** By URL path. */
  byPath: Map<string, Asset>;
}

export function loadAssets(): Assets {
  const byPath = new Map<string, Asset>();
  const urlOf = (file: string) => {
    const body = readFileSync(path.join(DIR, file));
    const ext = path.extname(file);
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
    const url = `/app/assets/${path.basename(file, ext)}.${hash}${ext}`;
    byPath.set(url, { type: TYPES[ext]!, body, gzip: gzipSync(body, { level: 9 }) });
    return url;
  };
  return { urls: { css: urlOf("app.css"), js: urlOf("app.js") }, byPath };
}
