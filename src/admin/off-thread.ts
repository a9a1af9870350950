// Reads an upload in a worker thread with a time and a memory limit. The parsers are
// synchronous: a hostile or just unusual file (cells that never close, a sheet of
// millions of tiny cells) would otherwise hold the thread that answers every other user
// for as long as it takes. Here the bot keeps answering while a file is read, and a file
// that takes too long or too much memory is refused instead of freezing or killing it.
// One file at a time: editors are few, and two heavy files at once would double the memory.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { MAX_PARSE_MB, MAX_PARSE_MS } from "./limits.ts";
import type { TableResult } from "./table.ts";

export interface ParseLimits {
  timeoutMs?: number;
  /** The worker's heap (old generation), in megabytes. */
  memoryMb?: number;
}

/**
 * How to start the worker. Built, it is the .js beside this file; run from TypeScript
 * sources (tests, `npm run dev`), the worker registers tsx itself, since loaders of the
 * main thread do not reach new threads.
 */
function spawn(workerData: unknown, memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.max(4, Math.round(memoryMb / 8)) };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./table-thread.js", import.meta.url), { workerData, resourceLimits });
  // tsx's ESM entry (its CommonJS one cannot load it from inside a worker).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = new URL("./table-thread.ts", import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, workerData, resourceLimits });
}

function parse(fileName: string, bytes: Uint8Array, limits: ParseLimits): Promise<TableResult> {
  const timeoutMs = limits.timeoutMs ?? MAX_PARSE_MS;
  const seconds = Math.round(timeoutMs / 1000);
  return new Promise((resolve) => {
    const worker = spawn({ fileName, bytes }, limits.memoryMb ?? MAX_PARSE_MB);
    let settled = false;
    const settle = (r: TableResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
      void worker.terminate();
    };
    const tooLong = () => settle({ ok: false, problem: { code: "too_complex", seconds } });
    // A thread that cannot even start (the machine swapping) still ends, later.
    let timer = setTimeout(tooLong, timeoutMs + STARTUP_MS);
    worker.on("message", (m: TableResult | "started") => {
      if (m !== "started") return settle(m);
      clearTimeout(timer);
      timer = setTimeout(tooLong, timeoutMs);
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) is the file's fault; anything else too,
    // as far as the editor can tell: either way nothing is applied.
    worker.once("error", (err: Error & { code?: string }) =>
      settle(err.code === "ERR_WORKER_OUT_OF_MEMORY" ? { ok: false, problem: { code: "too_complex", seconds } } : { ok: false, problem: { code: "broken", line: 0 } }),
    );
    worker.once("exit", () => settle({ ok: false, problem: { code: "broken", line: 0 } }));
  });
}

/** Starting a thread takes milliseconds built, seconds from TypeScript sources. */
const STARTUP_MS = 30_000;

let queue: Promise<unknown> = Promise.resolve();

export function readTableOffThread(fileName: string, bytes: Uint8Array, limits: ParseLimits = {}): Promise<TableResult> {
  const run = queue.then(() => parse(fileName, bytes, limits));
  queue = run.catch(() => {});
  return run;
}
