// `npx tsx bench/profile.ts [out.cpuprofile]`: a CPU profile of the in-process hot path
// only (the same workload as `npm run bench`, after the same warm-up), without set-up,
// the bare bot or the idle open-loop phases that would drown it in a --cpu-prof of the
// whole bench. Open the file in Chrome DevTools (Performance) or any .cpuprofile viewer.
import { writeFileSync, mkdtempSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/bot.ts";
import { botStores } from "../src/bot/stores.ts";
import { systemClock } from "../src/clock.ts";
import { prepareDatabase } from "../src/db/prepare.ts";
import { UserRepo } from "../src/db/users.ts";
import { cannedApi } from "../src/fake-telegram/canned.ts";
import { FakeTelegram } from "../src/fake-telegram/fetch.ts";
import { Knowledge } from "../src/knowledge.ts";
import { createLogger } from "../src/log.ts";
import { drive, TOKEN, workload, USERS } from "./workload.ts";

const out = process.argv[2] ?? "bench-hot-path.cpuprofile";
const dir = mkdtempSync(path.join(tmpdir(), "mq-profile-"));
const url = `file:${dir}/profile.db`;
const { db } = await prepareDatabase(url);
const knowledge = await Knowledge.load(db);
const tg = new FakeTelegram();
const { bot } = createBot({
  token: TOKEN, apiRoot: "http://fake.invalid", fetch: cannedApi(), botInfo: tg.botInfo,
  knowledge, ...botStores(db, url, knowledge), clock: systemClock, log: createLogger("silent"),
});
const users = new UserRepo(db);
for (let i = 0; i < USERS; i++) await users.setLanguage({ id: 10_000 + i }, i % 3 === 0 ? "kk" : "ru");
const handle = (u: Update) => bot.handleUpdate(u);
await drive(handle, workload().slice(0, 2000));

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const r = await drive(handle, workload());
const { profile } = await session.post("Profiler.stop");
writeFileSync(out, JSON.stringify(profile));
console.log(`${r.perSec.toFixed(0)} updates/s while profiling; profile in ${out}`);
await db.$disconnect();
