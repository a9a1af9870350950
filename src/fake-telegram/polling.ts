// A fake Bot API over HTTP for a bot that long-polls: updates are queued and handed out
// by getUpdates the way Telegram does (an offset confirms what came before, the request
// waits up to `timeout` seconds for something new), every other method is answered by a
// FakeTelegram. Outages can be switched on and off to see how the bot copes:
//   hang     requests are taken and never answered (a network black hole);
//   error    getUpdates and every other call get 502 Bad Gateway;
//   refuse   the port is closed: connections are refused;
//   conflict the next getUpdates calls get 409 (another instance polling).
// Loopback only. Used by the polling tests and `npm run bench:chaos`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Update } from "grammy/types";
import type { FakeTelegram } from "./fetch.ts";

export type Outage = "none" | "hang" | "error" | "refuse";

interface Waiter {
  offset: number;
  limit: number;
  done: (updates: Update[]) => void;
}

export class FakePollingApi {
  private queue: Update[] = [];
  private waiters = new Set<Waiter>();
  private hung = new Set<ServerResponse>();
  private sockets = new Set<Socket>();
  private conflicts = 0;
  private outage: Outage = "none";
  private server = createServer((req, res) => this.serve(req, res));
  private port = 0;
  /** Every getUpdates answered with updates, and the highest update_id confirmed. */
  confirmed = 0;
  /** getUpdates requests received (any outcome). */
  polls = 0;
  /** Called for every other call answered 200 (a benchmark times replies by it). */
  onAnswered?: (method: string, payload: Record<string, unknown>) => void;

  constructor(readonly tg: FakeTelegram) {
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.once("close", () => this.sockets.delete(s));
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Queues updates for getUpdates (Telegram keeps them 24 hours; here, until confirmed). */
  push(...updates: Update[]) {
    this.queue.push(...updates);
    for (const w of [...this.waiters]) this.answer(w);
  }

  /** Updates queued and not yet confirmed by a later offset. */
  get unconfirmed(): number {
    return this.queue.length;
  }

  /** The next `n` getUpdates calls get 409 Conflict. */
  conflict(n = 1) {
    this.conflicts += n;
  }

  /** Starts or ends an outage; ending a refusal listens again on the same port. */
  async set(outage: Outage) {
    const was = this.outage;
    this.outage = outage;
    if (outage === "refuse" && was !== "refuse") {
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.cut();
      });
    } else if (was === "refuse" && outage !== "refuse") await this.start(this.port);
  }

  async close() {
    for (const w of this.waiters) w.done([]);
    this.waiters.clear();
    if (this.outage === "refuse") return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.cut();
    });
  }

  private cut() {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    for (const s of this.sockets) s.destroy();
  }

  private answer(w: Waiter): boolean {
    // Telegram forgets what an offset confirms.
    this.queue = this.queue.filter((u) => u.update_id >= w.offset);
    const confirmedUpTo = w.offset - 1;
    if (confirmedUpTo > this.confirmed) this.confirmed = confirmedUpTo;
    if (!this.queue.length) return false;
    this.waiters.delete(w);
    w.done(this.queue.slice(0, w.limit));
    return true;
  }

  private serve(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      };
      if (/^\/file\/bot[^/]+\//.test(req.url ?? "") && this.outage === "none") {
        // A file a user sent (an editor's upload), as the file download serves it.
        void this.tg.fetch(`http://fake${req.url}`).then(async (r) => {
          if (!res.destroyed) res.writeHead(r.status).end(Buffer.from(await r.arrayBuffer()));
        });
        return;
      }
      const method = /\/bot[^/]+\/([A-Za-z]+)$/.exec(req.url ?? "")?.[1];
      if (!method) return reply(404, { ok: false, error_code: 404, description: "Not Found" });
      if (method === "getUpdates") this.polls++;
      if (this.outage === "hang") {
        this.hung.add(res);
        res.once("close", () => this.hung.delete(res));
        return;
      }
      if (this.outage === "error") return reply(502, { ok: false, error_code: 502, description: "Bad Gateway" });
      let payload: Record<string, unknown> = {};
      try {
        const raw = Buffer.concat(chunks).toString("utf8");
        if (raw && (req.headers["content-type"] ?? "").includes("json")) payload = JSON.parse(raw);
      } catch {
        return reply(400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
      }
      if (method !== "getUpdates") {
        const { status, body } = this.tg.handle(method, payload);
        if (status === 200) this.onAnswered?.(method, payload);
        return reply(status, body);
      }
      if (this.conflicts > 0) {
        this.conflicts--;
        return reply(409, {
          ok: false,
          error_code: 409,
          description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        });
      }
      const w: Waiter = {
        offset: Number(payload.offset ?? 0),
        limit: Math.max(1, Math.min(100, Number(payload.limit ?? 100))),
        done: (updates) => {
          clearTimeout(timer);
          reply(200, { ok: true, result: updates });
        },
      };
      const timer = setTimeout(
        () => {
          this.waiters.delete(w);
          w.done([]);
        },
        Math.max(0, Number(payload.timeout ?? 0)) * 1000,
      );
      res.once("close", () => {
        clearTimeout(timer);
        this.waiters.delete(w);
      });
      if (!this.answer(w)) {
        if (Number(payload.timeout ?? 0) <= 0) return w.done([]);
        this.waiters.add(w);
      }
    });
  }
}
