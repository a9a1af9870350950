// Traffic for the benchmarks: a workload of updates (town names typed as text and
// card-section buttons, from users a third of whom write Kazakh) and the two ways of
// driving a bot with it. In src/ so that the compiled bot (dist/) is benchmarked with
// the same code as the TypeScript one.
import type { Update } from "grammy/types";
import { callbackUpdate, textUpdate } from "./updates.ts";

const TOWNS = ["Темиртау", "Экибастуз", "Ekibastuz", "Балқаш", "Ермак", "Кульсары", "Жанаозен", "Сарань", "Риддер", "Житикара"];
const SECTIONS = ["main", "progress", "funding", "sources"];
const IDS = ["temirtau", "ekibastuz", "balkhash", "aksu", "kulsary", "zhanaozen", "saran", "ridder", "zhitikara"];

/** The first user id; users are FIRST_USER … FIRST_USER + users - 1. */
export const FIRST_USER = 10_000;

/** The language a workload user has chosen (as after /start): a third Kazakh. */
export const languageOf = (userIndex: number) => (userIndex % 3 === 0 ? "kk" : "ru");

export function workload(updates: number, users: number): Update[] {
  const out: Update[] = [];
  for (let i = 0; i < updates; i++) {
    const user = { id: FIRST_USER + (i % users), language_code: languageOf(i % users) };
    out.push(i % 2 === 0 ? textUpdate(user, TOWNS[i % TOWNS.length]!) : callbackUpdate(user, `card:${IDS[i % IDS.length]}:${SECTIONS[i % SECTIONS.length]}`));
  }
  return out;
}

export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export interface Throughput {
  perSec: number;
  p50: number;
  p99: number;
}

/**
 * Closed loop: `concurrency` updates in flight, each worker taking the next as soon as its last is done.
 * @public bench/inprocess.mjs imports it compiled, from dist/.
 */
export async function drive(handle: (u: Update) => Promise<void>, updates: Update[], concurrency: number): Promise<Throughput> {
  const lat: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
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

/**
 * Open loop: updates arrive at `rate` per second whether or not earlier ones are done, as
 * they do from Telegram, so p99 is the bot's own latency rather than the queue a
 * saturating driver builds.
 */
export async function steady(handle: (u: Update) => Promise<void>, updates: Update[], rate: number) {
  const lat: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  while (sent < updates.length) {
    const due = Math.min(updates.length, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      const u = updates[sent]!;
      const t0 = performance.now();
      pending.push(handle(u).then(() => void lat.push(performance.now() - t0)));
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  lat.sort((a, b) => a - b);
  return { rate, p50: pct(lat, 50), p99: pct(lat, 99) };
}

/**
 * The median of rounds by throughput.
 * @public bench/inprocess.mjs imports it compiled, from dist/.
 */
export const median = <T extends { perSec: number }>(rounds: T[]): T => [...rounds].sort((a, b) => a.perSec - b.perSec)[Math.floor(rounds.length / 2)]!;
