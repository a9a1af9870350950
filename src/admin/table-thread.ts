// The worker thread that reads one upload (see off-thread.ts): the parsers' CPU and
// memory stay off the thread that answers everyone else. It says "started" before it
// loads the parsers, so the time limit counts reading, not a slow thread start.
import { parentPort, workerData } from "node:worker_threads";

const { fileName, bytes } = workerData as { fileName: string; bytes: Uint8Array };
parentPort!.postMessage("started");
const { readTable } = await import("./table.ts");
parentPort!.postMessage(await readTable(fileName, bytes));
