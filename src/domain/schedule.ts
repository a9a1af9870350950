// Slots of a weekly (or daily) schedule in a time zone, computed with the runtime's own
// zone database (Intl), so Kazakhstan's 2024 move to UTC+5 is whatever tzdata says.
import type { Schedule } from "./subscription.ts";
import { DAILY } from "./subscription.ts";

export const DIGEST_ZONE = "Asia/Almaty";

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO 1 (Monday) .. 7 (Sunday). */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function intlLocalTime(at: Date, zone: string): LocalTime {
  const p: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(at)) p[part.type] = part.value;
  return { year: +p.year!, month: +p.month!, day: +p.day!, hour: +p.hour!, minute: +p.minute!, weekday: WEEKDAYS[p.weekday!]! };
}

// Zones change offset only at whole quarter hours (UTC), so one Intl lookup per zone and
// quarter hour is enough; scheduling tens of thousands of subscriptions then costs little.
const QUARTER = 15 * 60_000;
const offsets = new Map<string, number>();

/** Minutes the zone is ahead of UTC at that instant. */
export function zoneOffsetMinutes(at: Date, zone = DIGEST_ZONE): number {
  const bucket = Math.floor(at.getTime() / QUARTER);
  const key = `${zone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = new Date(bucket * QUARTER);
    const l = intlLocalTime(start, zone);
    offset = Math.round((Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) - start.getTime()) / 60_000);
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

export function localTime(at: Date, zone = DIGEST_ZONE): LocalTime {
  const d = new Date(at.getTime() + zoneOffsetMinutes(at, zone) * 60_000);
  const wd = d.getUTCDay();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: wd === 0 ? 7 : wd,
  };
}

/** The instant a local wall-clock time happens in the zone. */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, zone = DIGEST_ZONE): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Two rounds settle it even across an offset change between guess and answer.
  let t = guess - zoneOffsetMinutes(new Date(guess), zone) * 60_000;
  t = guess - zoneOffsetMinutes(new Date(t), zone) * 60_000;
  return new Date(t);
}

/** The first slot of the schedule strictly after `after`. */
export function nextSlot(s: Schedule, after: Date, zone = DIGEST_ZONE): Date {
  const today = localTime(after, zone);
  for (let d = 0; d <= 8; d++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + d));
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (s.weekday !== DAILY && weekday !== s.weekday) continue;
    const slot = zonedInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), s.hour, s.minute, zone);
    if (slot.getTime() > after.getTime()) return slot;
  }
  throw new Error(`no slot within 8 days for ${JSON.stringify(s)}`);
}

/**
 * The period a slot's digest is for: its ISO week (2026-W48), or its date for daily
 * digests. One digest per subscription and period, so rescheduling within a week never
 * sends a second one.
 */
export function periodOf(s: Schedule, slot: Date, zone = DIGEST_ZONE): string {
  const l = localTime(slot, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s.weekday === DAILY) return `${l.year}-${pad(l.month)}-${pad(l.day)}`;
  // ISO week: the week's Thursday decides the year.
  const date = new Date(Date.UTC(l.year, l.month - 1, l.day));
  date.setUTCDate(date.getUTCDate() + 4 - l.weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}
