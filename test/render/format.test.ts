import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  formatDate,
  formatKztBn,
  formatNumber,
  kazakhPartitive,
  kazakhSuffix,
  kazakhTimeLocative,
  qualify,
  THIN,
} from "../../src/render/format.ts";
import { fitItems, splitMessage } from "../../src/render/limit.ts";

describe("numbers as people write them", () => {
  it("uses a decimal comma and thin spaces between thousands", () => {
    expect(formatNumber(343.6)).toBe("343,6");
    expect(formatNumber(171609)).toBe(`171${THIN}609`);
    expect(formatNumber(1234)).toBe("1234");
    expect(formatNumber(1300000)).toBe(`1${THIN}300${THIN}000`);
    expect(formatNumber(20)).toBe("20");
  });

  it("writes money one way: млрд with one decimal from 1 bn up, млн below; ₸ in Russian, теңге in Kazakh", () => {
    expect(formatKztBn(343.6, "ru")).toBe("343,6 млрд ₸");
    expect(formatKztBn(343.6, "kk")).toBe("343,6 млрд теңге");
    expect(formatKztBn(1700, "ru")).toBe("1700 млрд ₸");
    expect(formatKztBn(18500, "ru")).toBe(`18${THIN}500 млрд ₸`);
    expect(formatKztBn(0.8024, "ru")).toBe("802,4 млн ₸");
    expect(formatKztBn(0.945, "ru")).toBe("945 млн ₸");
    expect(formatKztBn(242.7658, "ru")).toBe("242,8 млрд ₸");
    expect(formatKztBn(107, "ru")).toBe("107 млрд ₸");
    expect(formatKztBn(1, "ru")).toBe("1 млрд ₸");
    expect(formatKztBn(13.4, "kk")).toBe("13,4 млрд теңге");
  });

  it("puts qualifiers where each language puts them", () => {
    expect(qualify("170,2 млрд ₸", "approx", "ru")).toBe("около 170,2 млрд ₸");
    expect(qualify("3 млрд ₸", "more_than", "ru")).toBe("более 3 млрд ₸");
    expect(qualify("400 млрд ₸", "up_to", "ru")).toBe("до 400 млрд ₸");
    expect(qualify("170,2 млрд теңге", "approx", "kk")).toBe("шамамен 170,2 млрд теңге");
    expect(qualify("3 млрд теңге", "more_than", "kk")).toBe("3 млрд теңгеден астам");
    expect(qualify("400 млрд теңге", "up_to", "kk")).toBe("400 млрд теңгеге дейін");
    expect(qualify("5", "exact", "ru")).toBe("5");
  });

  it("follows Kazakh vowel harmony in endings", () => {
    expect(kazakhSuffix("қала", "abl")).toBe("дан");
    expect(kazakhSuffix("теңге", "abl")).toBe("ден");
    expect(kazakhSuffix("адам", "abl")).toBe("нан");
    expect(kazakhSuffix("Балқаш", "dat")).toBe("қа");
    expect(kazakhSuffix("Риддер", "dat")).toBe("ге");
  });

  it("counts a part of a whole in Kazakh grammar: «7 жобаның 2-еуі»", () => {
    expect(kazakhPartitive(2)).toBe("2-еуі");
    expect(kazakhPartitive(6)).toBe("6-ауы");
    expect(kazakhPartitive(7)).toBe("7-еуі");
    expect(kazakhPartitive(1)).toBe("1-і");
    expect(kazakhPartitive(8)).toBe("8-і");
    expect(kazakhPartitive(9)).toBe("9-ы");
    expect(kazakhPartitive(10)).toBe("10-ы");
    expect(kazakhPartitive(12)).toBe("12-сі");
    expect(kazakhPartitive(20)).toBe("20-сы");
    expect(kazakhPartitive(60)).toBe("60-ы");
    expect(kazakhPartitive(100)).toBe("100-і");
  });

  it("puts the Kazakh locative after a time as the time is read: «07:30-да»", () => {
    expect(kazakhTimeLocative(7, 30)).toBe("07:30-да");
    expect(kazakhTimeLocative(9, 0)).toBe("09:00-да");
    expect(kazakhTimeLocative(7, 0)).toBe("07:00-де");
    expect(kazakhTimeLocative(13, 0)).toBe("13:00-те");
    expect(kazakhTimeLocative(16, 0)).toBe("16:00-да");
    expect(kazakhTimeLocative(18, 45)).toBe("18:45-те");
    expect(kazakhTimeLocative(20, 0)).toBe("20:00-да");
  });

  it("writes dates in the local form", () => {
    expect(formatDate("2026-01-28", "ru")).toBe("28.01.2026");
    expect(formatDate("2026-07", "kk")).toBe("07.2026");
    expect(formatDate("2025-Q4", "ru")).toBe("IV кв. 2025");
    expect(formatDate("2025-Q4", "kk")).toBe("2025 ж. IV тоқсан");
    expect(formatDate("2024", "ru")).toBe("2024");
  });

  it("escapes HTML", () => {
    expect(escapeHtml('<b>"A&B"</b>')).toBe('&lt;b&gt;"A&amp;B"&lt;/b&gt;');
  });
});

describe("message limits", () => {
  it("drops whole items and says how many were left out", () => {
    const items = Array.from({ length: 100 }, (_, i) => `item ${i} ` + "x".repeat(80));
    const out = fitItems("head", items, (n) => `…and ${n} more`, "", 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/…and \d+ more$/);
    expect(out).not.toMatch(/x{81}/);
  });

  it("splits long text at paragraph boundaries under the limit", () => {
    const text = Array.from({ length: 50 }, (_, i) => `para ${i} ` + "y".repeat(150)).join("\n\n");
    const parts = splitMessage(text, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(1000);
    expect(parts.join("\n\n")).toBe(text);
  });
});
