// Reads an upload in a worker thread with a time and a memory limit. The parsers are
// synchronous: a hostile or just unusual file (cells that never close, a sheet of
// millions of tiny cells) would otherwise hold the thread that answers every other user
// for as long as it takes. Here the bot keeps answering while a file is read, and a file
// that takes too long or too much memory is refused instead of freezing or killing it.
//
// One file at a time, in one thread kept for a minute after its last file (starting one
// and loading the parsers is the slow part); a thread that ran out of time or memory is
// ended and the next file gets a fresh one. Editors are few: two heavy files at once
// would only double the memory.
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

/** Starting a thread takes milliseconds built, seconds from TypeScript sources. */
const STARTUP_MS = 30_000;
/** An idle thread is ended after this long: it holds the parsers' memory. */
const IDLE_MS = 60_000;

/**
 * How to start the worker. Built, it is the .js beside this file; run from TypeScript
 * sources (tests, `npm run dev`), the worker registers tsx itself, since loaders of the
 * main thread do not reach new threads.
 */
function spawn(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.max(4, Math.round(memoryMb / 8)) };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./table-thread.js", import.meta.url), { resourceLimits });
  // tsx's ESM entry (its CommonJS one cannot load it from inside a worker).
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const entry = new URL("./table-thread.ts", import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, resourceLimits });
}

type Outcome = TableResult | { failed: "timeout" | "memory" | "crash" };

/** One worker thread and the file it is reading, if any. */
class Reader {
  readonly worker: Worker;
  readonly ready: Promise<boolean>;
  private pending: ((o: Outcome) => void) | null = null;
  private alive = true;

  constructor(readonly memoryMb: number) {
    this.worker = spawn(memoryMb);
    // Not what keeps the process running: main decides when the bot stops.
    this.worker.unref();
    this.ready = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), STARTUP_MS);
      this.worker.once("message", () => {
        clearTimeout(timer);
        resolve(true);
      });
      this.worker.once("exit", () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    void this.ready.then((ok) => {
      if (ok) this.worker.on("message", (r: TableResult) => this.settle(r));
    });
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) is the file's fault; anything else too,
    // as far as the editor can tell: either way nothing is applied.
    this.worker.on("error", (err: Error & { code?: string }) => this.settle({ failed: err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash" }));
    this.worker.on("exit", () => {
      this.alive = false;
      this.settle({ failed: "crash" });
    });
  }

  get usable(): boolean {
    return this.alive;
  }

  async read(fileName: string, bytes: Uint8Array, timeoutMs: number): Promise<Outcome> {
    if (!(await this.ready)) return this.end({ failed: "crash" });
    const outcome = await new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => this.settle({ failed: "timeout" }), timeoutMs);
      this.pending = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
      this.worker.postMessage({ fileName, bytes });
    });
    return "failed" in outcome ? this.end(outcome) : outcome;
  }

  private settle(o: Outcome) {
    const p = this.pending;
    this.pending = null;
    p?.(o);
  }

  /** A thread that failed a file is not trusted with the next one. */
  private end(o: Outcome): Outcome {
    this.alive = false;
    void this.worker.terminate();
    return o;
  }
}

let reader: Reader | null = null;
let idle: NodeJS.Timeout | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function parse(fileName: string, bytes: Uint8Array, limits: ParseLimits): Promise<TableResult> {
  const timeoutMs = limits.timeoutMs ?? MAX_PARSE_MS;
  const memoryMb = limits.memoryMb ?? MAX_PARSE_MB;
  clearTimeout(idle);
  if (!reader?.usable || reader.memoryMb !== memoryMb) {
    if (reader?.usable) void reader.worker.terminate();
    reader = new Reader(memoryMb);
  }
  const current = reader;
  const outcome = await current.read(fileName, bytes, timeoutMs);
  if (current.usable) {
    idle = setTimeout(() => void current.worker.terminate(), IDLE_MS);
    idle.unref();
  }
  if (!("failed" in outcome)) return outcome;
  return outcome.failed === "crash"
    ? { ok: false, problem: { code: "broken", line: 0 } }
    : { ok: false, problem: { code: "too_complex", seconds: Math.round(timeoutMs / 1000) } };
}

export function readTableOffThread(fileName: string, bytes: Uint8Array, limits: ParseLimits = {}): Promise<TableResult> {
  const run = queue.then(() => parse(fileName, bytes, limits));
  queue = run.catch(() => {});
  return run;
}
