// The worker thread that reads uploads (see off-thread.ts): the parsers' CPU and memory
// stay off the thread that answers everyone else. It says "ready" once the parsers are
// loaded, then reads one file per message.
import { parentPort } from "node:worker_threads";
import { readTable } from "./table.ts";

parentPort!.on("message", (job: { fileName: string; bytes: Uint8Array }) => {
  void readTable(job.fileName, job.bytes).then((result) => parentPort!.postMessage(result));
});
parentPort!.postMessage("ready");
