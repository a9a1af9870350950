import { describe, expect, it } from "vitest";
import { DIGEST_ZONE, localTime, nextSlot, periodOf, zoneOffsetMinutes, zonedInstant } from "../../src/domain/schedule.ts";
import { DEFAULT_SCHEDULE, isValidSchedule } from "../../src/domain/subscription.ts";

const at = (iso: string) => new Date(iso);

describe("the digest time zone", () => {
  it("is Asia/Almaty and the runtime's zone data puts it at UTC+5 since 1 March 2024", () => {
    expect(DIGEST_ZONE).toBe("Asia/Almaty");
    expect(zoneOffsetMinutes(at("2026-11-23T04:00:00Z"))).toBe(300);
    expect(zoneOffsetMinutes(at("2024-03-01T12:00:00Z"))).toBe(300);
    // Before the change Almaty kept UTC+6: the zone data is not a fixed offset.
    expect(zoneOffsetMinutes(at("2024-02-20T12:00:00Z"))).toBe(360);
    // Intl agrees independently of our arithmetic.
    const name = new Intl.DateTimeFormat("en", { timeZone: DIGEST_ZONE, timeZoneName: "longOffset" }).formatToParts(at("2026-11-23T04:00:00Z"));
    expect(name.find((p) => p.type === "timeZoneName")?.value).toBe("GMT+05:00");
  });

  it("turns local wall-clock time into the right instant", () => {
    expect(zonedInstant(2026, 11, 23, 9, 0).toISOString()).toBe("2026-11-23T04:00:00.000Z");
    expect(localTime(at("2026-11-23T04:00:00Z"))).toMatchObject({ year: 2026, month: 11, day: 23, hour: 9, minute: 0, weekday: 1 });
  });
});

describe("nextSlot", () => {
  const monday9 = DEFAULT_SCHEDULE;

  it("is Monday 09:00 Almaty by default, strictly after the given instant", () => {
    expect(nextSlot(monday9, at("2026-11-23T03:59:00Z")).toISOString()).toBe("2026-11-23T04:00:00.000Z");
    expect(nextSlot(monday9, at("2026-11-23T04:00:00Z")).toISOString()).toBe("2026-11-30T04:00:00.000Z");
    expect(nextSlot(monday9, at("2026-11-25T10:00:00Z")).toISOString()).toBe("2026-11-30T04:00:00.000Z");
  });

  it("handles the local day differing from the UTC day", () => {
    // Sunday 22:00 UTC is already Monday 03:00 in Almaty.
    const s = { weekday: 1, hour: 3, minute: 30 };
    expect(nextSlot(s, at("2026-11-22T22:00:00Z")).toISOString()).toBe("2026-11-22T22:30:00.000Z");
    // Sunday 23:30 local is 18:30 UTC.
    expect(nextSlot({ weekday: 7, hour: 23, minute: 30 }, at("2026-11-22T18:00:00Z")).toISOString()).toBe("2026-11-22T18:30:00.000Z");
  });

  it("gives every day for a daily schedule", () => {
    const daily = { weekday: 0, hour: 8, minute: 0 };
    expect(nextSlot(daily, at("2026-11-24T02:59:00Z")).toISOString()).toBe("2026-11-24T03:00:00.000Z");
    expect(nextSlot(daily, at("2026-11-24T03:00:00Z")).toISOString()).toBe("2026-11-25T03:00:00.000Z");
  });

  it("rejects impossible schedules", () => {
    expect(isValidSchedule({ weekday: 8, hour: 9, minute: 0 })).toBe(false);
    expect(isValidSchedule({ weekday: 1, hour: 24, minute: 0 })).toBe(false);
    expect(isValidSchedule({ weekday: 1, hour: 9, minute: 0 })).toBe(true);
  });
});

describe("periodOf", () => {
  it("names the ISO week of the local date, so a reschedule within a week is the same period", () => {
    expect(periodOf(DEFAULT_SCHEDULE, at("2026-11-23T04:00:00Z"))).toBe("2026-W48");
    expect(periodOf({ weekday: 5, hour: 18, minute: 0 }, at("2026-11-27T13:00:00Z"))).toBe("2026-W48");
    // Sunday 2026-11-29 20:00 UTC is Monday 30 Nov in Almaty: the next week.
    expect(periodOf({ weekday: 1, hour: 1, minute: 0 }, at("2026-11-29T20:00:00Z"))).toBe("2026-W49");
  });

  it("follows ISO week-numbering years at the turn of the year", () => {
    expect(periodOf(DEFAULT_SCHEDULE, at("2026-12-28T04:00:00Z"))).toBe("2026-W53");
    expect(periodOf(DEFAULT_SCHEDULE, at("2027-01-04T04:00:00Z"))).toBe("2027-W01");
    expect(periodOf({ weekday: 4, hour: 9, minute: 0 }, at("2025-01-01T04:00:00Z"))).toBe("2025-W01");
    expect(periodOf({ weekday: 1, hour: 9, minute: 0 }, at("2024-12-30T04:00:00Z"))).toBe("2025-W01");
  });

  it("is the local date for daily digests", () => {
    expect(periodOf({ weekday: 0, hour: 8, minute: 0 }, at("2026-11-23T20:00:00Z"))).toBe("2026-11-24");
  });
});
