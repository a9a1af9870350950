// `npm run bench:chaos [-- --quick]`: the compiled bot (dist/, as `npm start` runs it)
// long-polls a fake Bot API on 127.0.0.1 while other users keep asking, and faults are
// injected in turn: the Bot API hanging, answering 502, one 409, refusing connections;
// PostgreSQL (reached through a TCP proxy this script controls) having its connections
// terminated and refusing connections; a SIGKILL in the middle of a digest run; a hostile
// user; a hostile upload (an XLSX whose cells never close, then a zip bomb) by an editor;
// on SQLite, a write lock held by another process. Per fault it prints: process
// alive, seconds from the fault's end until the next update is answered, updates lost,
// digests duplicated and lost, other users' p99 reply time during the fault, and the
// bot's peak RSS. Everything is loopback; every loop ends by itself.
//
//   --quick          shorter faults (a hang still outlasts the 35 s request deadline)
//   --only=TEXT      only the faults whose name contains TEXT (e.g. --only=502)
//   TEST_POSTGRES_URL  the PostgreSQL server to make a scratch database on
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, connect, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { PG_ADMIN, scratchPostgres } from "./scratch-postgres.ts";
import { ROOT, buildDist, nodeFlagsOf } from "../scripts/dist.ts";
import { prepareDatabase } from "../src/db/prepare.ts";
import type { Db } from "../src/db/client.ts";
import { DEFAULT_SCHEDULE } from "../src/domain/subscription.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { FakePollingApi } from "../src/fake-telegram/polling.ts";
import { documentUpdate, textUpdate } from "../src/fake-telegram/updates.ts";
import { strToU8, zipSync } from "fflate";
import { gridXlsx, hostileXlsx } from "../test/helpers/hostile-xlsx.ts";
import { MAX_UPLOAD_BYTES, MAX_UNPACKED_BYTES } from "../src/sheets/limits.ts";

const QUICK = process.argv.includes("--quick");
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const s = (full: number, quick: number) => (QUICK ? quick : full) * 1000;
const TOKEN = "123456:CHAOS-token-abcdefghijklmnopqrstuvwxyz";
const PG_TARGET = new URL(PG_ADMIN);
/** Others ask this often during every phase. */
const ASK_EVERY_MS = 200;
/** Digest chats are numbered from here; users who ask, from USERS. */
const DIGEST_CHATS = 50_000_000;
const USERS = 1_000_000;
/** The editor who uploads the hostile files (an admin, by ADMIN_IDS). */
const EDITOR = 4242;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP proxy in front of PostgreSQL: closing it cuts every connection and refuses new ones. */
class TcpProxy {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  async open() {
    this.server = createServer((client) => {
      const upstream = connect(Number(PG_TARGET.port || 5432), PG_TARGET.hostname);
      for (const sock of [client, upstream]) {
        this.sockets.add(sock);
        sock.on("error", () => {});
        sock.once("close", () => {
          this.sockets.delete(sock);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async close() {
    const server = this.server;
    this.server = null;
    for (const sock of this.sockets) sock.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** One bot process; its peak RSS is read from /proc while it runs. */
class BotProcess {
  child!: ChildProcess;
  peakMb = 0;
  log: string[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private env: Record<string, string>) {}

  async start() {
    this.child = spawn(process.execPath, [...nodeFlagsOf("start"), path.join(ROOT, "dist/main.js")], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let buf = "";
    const ready = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        buf += String(chunk);
        const lines = buf.split("\n");
        buf = lines.pop()!;
        for (const l of lines) {
          this.log.push(l);
          if (this.log.length > 200) this.log.shift();
          if (/"msg":"polling"/.test(l)) resolve();
        }
      };
      this.child.stdout!.on("data", onData);
      this.child.stderr!.on("data", onData);
      this.child.once("exit", (code) => reject(new Error(`bot exited (${code}) before polling:\n${this.log.join("\n")}`)));
      setTimeout(() => reject(new Error(`bot did not start:\n${this.log.join("\n")}`)), 60_000).unref();
    });
    this.timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.child.pid}/status`, "utf8"));
        if (m) this.peakMb = Math.max(this.peakMb, Number(m[1]) / 1024);
      } catch {
        // Gone between two reads.
      }
    }, 200);
    await ready;
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(signal: NodeJS.Signals = "SIGTERM") {
    clearInterval(this.timer);
    if (!this.alive) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.kill(signal);
    await Promise.race([exited, sleep(40_000)]);
    if (this.alive) this.child.kill("SIGKILL");
  }
}

/** Users asking and the bot's answers, timed. */
class Traffic {
  private next = USERS;
  private asked = new Map<number, number>();
  readonly latencies: Array<{ at: number; ms: number }> = [];
  digests = new Map<number, number>();
  /** Messages to anyone else (the editor), by chat. */
  others = new Map<number, number>();
  private loop: Promise<void> | null = null;
  private running = false;

  constructor(private api: FakePollingApi) {
    api.onAnswered = (method, payload) => {
      if (method !== "sendMessage") return;
      const chat = Number(payload.chat_id);
      if (chat >= DIGEST_CHATS) {
        this.digests.set(chat, (this.digests.get(chat) ?? 0) + 1);
        return;
      }
      const at = this.asked.get(chat);
      if (at === undefined) {
        this.others.set(chat, (this.others.get(chat) ?? 0) + 1);
        return;
      }
      this.asked.delete(chat);
      this.latencies.push({ at, ms: performance.now() - at });
    };
  }

  /** One new user asks for a card; returns their id. */
  ask(text = "Темиртау"): number {
    const id = this.next++;
    this.asked.set(id, performance.now());
    this.api.push(textUpdate({ id, language_code: id % 2 ? "ru" : "kk" }, text));
    return id;
  }

  answered(id: number) {
    return !this.asked.has(id);
  }

  get waiting() {
    return this.asked.size;
  }

  /** A lost question is counted in its own phase's row, not again in every later one. */
  forgetWaiting() {
    this.asked.clear();
  }

  start() {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        this.ask();
        await sleep(ASK_EVERY_MS);
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.loop;
  }
}

interface Row {
  fault: string;
  alive: boolean;
  recoveryS: number | null;
  lost: number;
  digests: string;
  p99: number | null;
  rssMb: number;
}

const p99 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]! : null);

/**
 * Runs one fault with others asking: `begin` starts it, `end` ends it (after `lastsMs`).
 * Recovery: from the end until a question asked then is answered.
 */
async function phase(
  name: string,
  bot: () => BotProcess,
  traffic: Traffic,
  lastsMs: number,
  begin: () => Promise<void> | void,
  end: () => Promise<void> | void,
  digests?: () => Promise<string>,
): Promise<Row | null> {
  if (ONLY && !name.includes(ONLY)) return null;
  process.stdout.write(`${name}… `);
  traffic.latencies.length = 0;
  traffic.start();
  await sleep(1000);
  const from = performance.now();
  await begin();
  await sleep(lastsMs);
  await end();
  const ended = performance.now();
  const endedWall = Date.now();
  const probe = traffic.ask();
  while (!traffic.answered(probe) && performance.now() - ended < 120_000) await sleep(50);
  const recoveryS = traffic.answered(probe) ? (performance.now() - ended) / 1000 : null;
  await sleep(1000);
  await traffic.stop();
  // Whatever was asked gets its answer, or counts as lost.
  const graceEnd = performance.now() + 30_000;
  while (traffic.waiting && performance.now() < graceEnd) await sleep(100);
  const during = traffic.latencies.filter((l) => l.at >= from && l.at <= ended).map((l) => l.ms);
  // Where recovery goes: until polling resumes, then answering what queued up meanwhile.
  const resumed = bot()
    .log.map((l) => /"time":(\d+).*polling resumed/.exec(l))
    .filter(Boolean)
    .map((m) => Number(m![1]))
    .filter((t) => t >= endedWall - 1000)
    .at(0);
  const drained = Math.max(0, ...traffic.latencies.filter((l) => l.at >= from && l.at <= ended).map((l) => l.at + l.ms - ended));
  const detail = [
    resumed !== undefined ? `polling resumed ${((resumed - endedWall) / 1000).toFixed(1)} s after the end` : "",
    during.length ? `${during.length} asked during it, the last answered ${(drained / 1000).toFixed(1)} s after the end` : "",
  ];
  const row: Row = {
    fault: name,
    alive: bot().alive,
    recoveryS,
    lost: traffic.waiting,
    digests: digests ? await digests() : "—",
    p99: p99(during),
    rssMb: bot().peakMb,
  };
  process.stdout.write(`done${detail.some(Boolean) ? ` (${detail.filter(Boolean).join("; ")})` : ""}\n`);
  traffic.forgetWaiting();
  return row;
}

/** `n` digest subscriptions, due a minute ago: the bot's first tick sends them. */
async function dueDigests(db: Db, n: number, firstChat: number) {
  const due = new Date(Date.now() - 60_000);
  await db.subscription.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      chatId: BigInt(firstChat + i),
      scope: "towns",
      townIds: JSON.stringify(["temirtau"]),
      tierId: null,
      ...DEFAULT_SCHEDULE,
      language: "ru",
      state: "active",
      nextDueAt: due,
    })),
  });
}

/** An XLSX that is nothing but one sheet of spaces: under the upload limit packed, far over the unpacked one. */
function zipBomb(): Uint8Array {
  const sheet = new Uint8Array(MAX_UNPACKED_BYTES * 4).fill(0x20);
  const bytes = zipSync({ "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types/>'), "xl/worksheets/sheet1.xml": sheet }, { level: 9 });
  if (bytes.length > MAX_UPLOAD_BYTES) throw new Error(`the zip bomb is ${bytes.length} bytes, over the upload limit`);
  return bytes;
}

async function terminateBackends(name: string) {
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  const res = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
  await admin.end();
  return res.rowCount ?? 0;
}

async function main() {
  console.log(`building dist/ …`);
  buildDist();
  const rows: Array<Row | null> = [];
  const tg = new FakeTelegram({ record: false });
  const api = await new FakePollingApi(tg).start();
  const traffic = new Traffic(api);
  const env = (url: string) => ({
    ADMIN_IDS: String(EDITOR),
    DATABASE_URL: url,
    TELEGRAM_API_ROOT: api.url,
    BOT_TOKEN: TOKEN,
    LOG_LEVEL: "info",
    PORT: "0",
    HOST: "127.0.0.1",
    DIGEST_RATE: "30",
  });

  // ---- PostgreSQL, through the proxy ----
  const scratch = await scratchPostgres("monoqala_chaos");
  const proxy = new TcpProxy();
  await proxy.open();
  const viaProxy = new URL(scratch.url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const { db } = await prepareDatabase(scratch.url);
  let bot = new BotProcess(env(viaProxy.toString()));
  await bot.start();
  try {
    rows.push(
      await phase(
        `Bot API hangs ${s(60, 45) / 1000} s`,
        () => bot,
        traffic,
        s(60, 45),
        () => api.set("hang"),
        () => api.set("none"),
      ),
    );
    rows.push(
      await phase(
        `Bot API answers 502 for ${s(60, 10) / 1000} s`,
        () => bot,
        traffic,
        s(60, 10),
        () => api.set("error"),
        () => api.set("none"),
      ),
    );
    rows.push(
      await phase(
        "one 409 Conflict",
        () => bot,
        traffic,
        0,
        () => api.conflict(1),
        () => {},
      ),
    );
    rows.push(
      await phase(
        `Bot API refuses connections ${s(30, 10) / 1000} s`,
        () => bot,
        traffic,
        s(30, 10),
        () => api.set("refuse"),
        () => api.set("none"),
      ),
    );

    // Digests in flight while PostgreSQL connections are terminated.
    const sent = (from: number, n: number) => {
      let dup = 0;
      let lost = 0;
      for (let i = 0; i < n; i++) {
        const c = traffic.digests.get(from + i) ?? 0;
        if (c > 1) dup++;
        if (c === 0) lost++;
      }
      return { dup, lost };
    };
    const digestReport = async (from: number, n: number) => {
      // Digests still being sent are waited for (30 a second), and a dead process's claims
      // for their lease (a minute) and the next minute's run that takes them over.
      const end = performance.now() + 150_000;
      while (sent(from, n).lost && performance.now() < end) await sleep(500);
      const { dup, lost } = sent(from, n);
      const held = await db.delivery.count({ where: { status: "sending" } });
      // A lost digest the outbox holds as sent, unconfirmed: its message was started when the
      // process died (see docs/digests.md), which Telegram gives no way to check.
      const lostChats = [...Array(n).keys()].map((i) => from + i).filter((chat) => !traffic.digests.get(chat));
      const unconfirmed = lostChats.length
        ? await db.delivery.count({ where: { error: { contains: "unconfirmed" }, subscription: { chatId: { in: lostChats.map(BigInt) } } } })
        : 0;
      const notes = [
        ...(unconfirmed ? [`${unconfirmed} lost started as the process died: sent, unconfirmed`] : []),
        ...(held ? [`${held} held by a dead process's claim until its lease ends`] : []),
      ];
      return `${dup}/${lost}${notes.length ? ` (${notes.join("; ")})` : ""}`;
    };
    const N = QUICK ? 150 : 300;
    await dueDigests(db, N, DIGEST_CHATS);
    await bot.stop();
    bot = new BotProcess(env(viaProxy.toString()));
    await bot.start(); // its first tick sends the due digests
    rows.push(
      await phase(
        "PostgreSQL connections terminated",
        () => bot,
        traffic,
        2000,
        async () => void (await terminateBackends(scratch.name)),
        () => {},
        () => digestReport(DIGEST_CHATS, N),
      ),
    );

    await dueDigests(db, N, DIGEST_CHATS + 10_000);
    await bot.stop();
    bot = new BotProcess(env(viaProxy.toString()));
    await bot.start();
    rows.push(
      await phase(
        `PostgreSQL refuses connections ${s(15, 15) / 1000} s`,
        () => bot,
        traffic,
        s(15, 15),
        () => proxy.close(),
        () => proxy.open(),
        () => digestReport(DIGEST_CHATS + 10_000, N),
      ),
    );

    // A crash in the middle of a digest run, and a restart.
    await dueDigests(db, N, DIGEST_CHATS + 20_000);
    await bot.stop();
    bot = new BotProcess(env(viaProxy.toString()));
    await bot.start();
    const peakBefore = bot.peakMb;
    rows.push(
      await phase(
        "SIGKILL during a digest run, restart",
        () => bot,
        traffic,
        0,
        async () => {
          // A third of the digests out, then the crash.
          while ([...Array(N).keys()].filter((i) => traffic.digests.has(DIGEST_CHATS + 20_000 + i)).length < N / 3) await sleep(50);
          await bot.stop("SIGKILL");
          bot = new BotProcess(env(viaProxy.toString()));
          bot.peakMb = peakBefore;
          await bot.start();
        },
        () => {},
        () => digestReport(DIGEST_CHATS + 20_000, N),
      ),
    );

    rows.push(
      await phase(
        `a hostile user (50 messages/s, a wizard fed nonsense) ${s(30, 10) / 1000} s`,
        () => bot,
        traffic,
        0,
        async () => {
          const end = performance.now() + s(30, 10);
          const hostile = { id: 66_666, language_code: "ru" };
          api.push(textUpdate(hostile, "/subscribe"));
          for (let i = 0; performance.now() < end; i++) {
            api.push(textUpdate(hostile, i % 10 ? `абракадабра ${"ы".repeat(i % 300)}` : "/subscribe"));
            await sleep(20);
          }
        },
        () => {},
      ),
    );

    // The editor uploads each file in turn and waits for its answer: unclosed tags far over
    // and just under the unpacked limit, the largest sheet the limits let through to the
    // parser (100 000 cells of text), and a zip bomb.
    const hostile = [await hostileXlsx(29), await hostileXlsx(7.9), await gridXlsx(5000, 20, true), zipBomb()];
    rows.push(
      await phase(
        "a hostile upload (29 MB and 7.9 MB of unclosed <c> tags, the largest sheet allowed, a zip bomb)",
        () => bot,
        traffic,
        0,
        async () => {
          for (const [i, bytes] of hostile.entries()) {
            const before = traffic.others.get(EDITOR) ?? 0;
            const name = `hostile-${i}.xlsx`;
            api.push(documentUpdate({ id: EDITOR, language_code: "ru" }, tg.addFile(bytes, name), name, bytes.length, XLSX));
            const end = performance.now() + 60_000;
            while ((traffic.others.get(EDITOR) ?? 0) === before && performance.now() < end) await sleep(50);
            if ((traffic.others.get(EDITOR) ?? 0) === before) console.log(`(no answer to ${name} within 60 s)`);
          }
        },
        () => {},
      ),
    );
  } finally {
    await bot.stop();
    await proxy.close();
    await db.$disconnect();
    await scratch.drop();
  }

  // ---- SQLite: another process holds the write lock ----
  const dir = mkdtempSync(path.join(tmpdir(), "monoqala-chaos-"));
  const file = path.join(dir, "chaos.db");
  const sqlite = await prepareDatabase(`file:${file}`);
  await sqlite.db.$disconnect();
  bot = new BotProcess(env(`file:${file}`));
  await bot.start();
  try {
    const locker = new Database(file, { timeout: 1000 });
    rows.push(
      await phase(
        `SQLite write lock held ${s(10, 10) / 1000} s`,
        () => bot,
        traffic,
        s(10, 10),
        () => {
          locker.exec("BEGIN IMMEDIATE");
          // Writes the bot would make meanwhile: a language choice, a subscription.
          for (let i = 0; i < 5; i++) api.push(textUpdate({ id: 77_000 + i, language_code: "kk" }, "/subscribe"));
        },
        () => void locker.exec("COMMIT"),
      ),
    );
    locker.close();
  } finally {
    await bot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  await api.close();

  console.log(
    `\nChaos benchmark${QUICK ? " (--quick)" : ""}: other users ask every ${ASK_EVERY_MS} ms throughout; targets: recovery ≤ 10 s, 0 lost, digests 0/0, RSS < 250 MB\n`,
  );
  console.log("| fault | alive | recovery after the fault | updates lost | digests dup/lost | others' p99 during it | peak RSS |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows) {
    if (!r) continue;
    console.log(
      `| ${r.fault} | ${r.alive ? "yes" : "NO"} | ${r.recoveryS === null ? "not within 120 s" : `${r.recoveryS.toFixed(1)} s`} | ${r.lost} | ${r.digests} | ${r.p99 === null ? "—" : `${Math.round(r.p99)} ms`} | ${r.rssMb.toFixed(0)} MB |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
