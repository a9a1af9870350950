// The workload every bot benchmark drives: town names typed as text and card-section
// buttons, from USERS users whose language is decided (a third Kazakh), and the
// closed-loop driver that keeps CONCURRENCY updates in flight.
import type { Update } from "grammy/types";
import { callbackUpdate, textUpdate } from "../src/fake-telegram/updates.ts";

export const USERS = Number(process.env.BENCH_USERS ?? 1000);
export const UPDATES = Number(process.env.BENCH_UPDATES ?? 20000);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
export const TOKEN = "123456:BENCH-token-abcdefghijklmnopqrstuvwxyz";

const TOWNS = ["Темиртау", "Экибастуз", "Ekibastuz", "Балқаш", "Ермак", "Кульсары", "Жанаозен", "Сарань", "Риддер", "Житикара"];
const SECTIONS = ["main", "progress", "funding", "sources"];
const IDS = ["temirtau", "ekibastuz", "balkhash", "aksu", "kulsary", "zhanaozen", "saran", "ridder", "zhitikara"];

export function workload(): Update[] {
  const out: Update[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const user = { id: 10_000 + (i % USERS), language_code: i % 3 === 0 ? "kk" : "ru" };
    out.push(i % 2 === 0 ? textUpdate(user, TOWNS[i % TOWNS.length]!) : callbackUpdate(user, `card:${IDS[i % IDS.length]}:${SECTIONS[i % SECTIONS.length]}`));
  }
  return out;
}

export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** CONCURRENCY updates in flight, each worker taking the next as soon as its last is done. */
export async function drive(handle: (u: Update) => Promise<void>, updates: Update[]) {
  const lat: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < updates.length) {
        const u = updates[next++]!;
        const t0 = performance.now();
        await handle(u);
        lat.push(performance.now() - t0);
      }
    }),
  );
  const secs = (performance.now() - start) / 1000;
  lat.sort((a, b) => a - b);
  return { perSec: updates.length / secs, p50: pct(lat, 50), p99: pct(lat, 99) };
}
