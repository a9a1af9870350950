import { createCanvas, loadImage } from "@napi-rs/canvas";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, translator } from "../../src/i18n.ts";
import * as data from "../../src/domain/chart-data.ts";
import { reportedProjects } from "../../src/domain/progress.ts";
import type { Catalog, Lang } from "../../src/domain/types.ts";
import { Knowledge } from "../../src/knowledge.ts";
import { CHART_FONT, CHART_WIDTH, chartSize, drawBarChart, registerChartFont } from "../../src/render/bar-chart.ts";
import { CAPTION_LIMIT, fundingChart, projectsChart, renderChart, tiersChart } from "../../src/render/chart-replies.ts";
import { checkHtml } from "../../src/fake-telegram/fetch.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

let db: TestDb;
let catalog: Catalog;
const i18n = createI18n();
const ctxOf = (lang: Lang) => ({ lang, t: translator(i18n, lang) });

beforeAll(async () => {
  db = await freshDb();
  catalog = (await Knowledge.load(db.db)).current.catalog;
});
afterAll(async () => db?.close());

/** The PNG decodes and is as large as the chart's own layout says. */
async function expectPng(png: Buffer, size: { width: number; height: number }) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const img = await loadImage(png);
  expect({ width: img.width, height: img.height }).toEqual(size);
  expect(img.width).toBe(CHART_WIDTH);
}

/** Pixels of one character drawn at 48px in a family (the family's fallbacks included). */
function glyph(ch: string, family: string): string {
  const c = createCanvas(64, 64);
  const g = c.getContext("2d");
  g.fillStyle = "#fff";
  g.fillRect(0, 0, 64, 64);
  g.fillStyle = "#000";
  g.font = `48px ${family}`;
  g.textBaseline = "top";
  g.fillText(ch, 4, 4);
  return c.toBuffer("image/png").toString("base64");
}

/** The code points each registered subset covers, from the package's own CSS. */
function subsetRanges(): Array<[number, number]> {
  const css = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans/package.json")), "400.css"), "utf8");
  const out: Array<[number, number]> = [];
  for (const block of css.split("@font-face").slice(1)) {
    if (!/noto-sans-(latin|latin-ext|cyrillic|cyrillic-ext)-400-normal\.woff2/.test(block)) continue;
    for (const r of /unicode-range:([^;]+);/.exec(block)![1]!.split(",")) {
      const [a, b] = r.trim().replace("U+", "").split("-");
      out.push([parseInt(a!, 16), parseInt(b ?? a!, 16)]);
    }
  }
  return out;
}

describe("chart font", () => {
  it("registers subsets that cover Cyrillic, every Kazakh letter, Latin and ₸ (so no system font is needed)", () => {
    const ranges = subsetRanges();
    for (const ch of "АаЯяЁёӘәҒғҚқҢңӨөҰұҮүҺһІіQqŞş₸–«»") {
      const cp = ch.codePointAt(0)!;
      expect(
        ranges.some(([a, b]) => cp >= a && cp <= b),
        `U+${cp.toString(16)} «${ch}»`,
      ).toBe(true);
    }
  });

  it("draws every Kazakh letter, Cyrillic, digits and ₸ from the shipped Noto Sans, not a missing-glyph box", () => {
    registerChartFont();
    const missing = glyph("\uE000", CHART_FONT);
    const letters = [..."ӘәҒғҚқҢңӨөҰұҮүҺһІіЁёЖжЩщЪъ0123456789₸–«»"];
    const drawn = new Set<string>();
    for (const ch of letters) {
      const g = glyph(ch, CHART_FONT);
      expect(g, `«${ch}» is drawn`).not.toBe(missing);
      drawn.add(g);
    }
    // Upper and lower case, Kazakh and Russian letters: all distinct shapes.
    expect(drawn.size).toBe(letters.length);
  });
});

describe("charts", () => {
  it("national funding: the bars and the caption carry the catalog's planned, allocated and computed shortfall", async () => {
    const d = data.nationalFundingChart(catalog);
    const p25 = (key: string) => catalog.nationalFigures.find((f) => f.planId === "plan2023_2025" && f.key === key)!.value!;
    for (const lang of ["ru", "kk"] as const) {
      const chart = renderChart(fundingChart(d, ctxOf(lang)));
      await expectPng(chart.png, chartSize(chart.spec));
      expect(chart.spec.groups[0]!.bars.map((b) => b.value)).toEqual([
        p25("planned_kzt_bn"),
        p25("allocated_kzt_bn"),
        Math.round((p25("planned_kzt_bn") - p25("allocated_kzt_bn")) * 10) / 10,
      ]);
      expect(chart.spec.footer).toMatch(/Lada\.kz, 28\.01\.2026/);
      expect(chart.spec.subtitle, "nothing unknown to explain").toBeUndefined();
      expect(chart.caption).toContain("343,6");
      expect(chart.caption).toContain("170,2");
      expect(chart.caption).toContain("173,4");
      expect(chart.caption).toContain('<a href="https://www.lada.kz/');
    }
  });

  it("a town's funding draws an unknown allocation as unknown, not zero, and says so in the caption", async () => {
    const d = data.townFundingChart(catalog, "balkhash")!;
    const chart = renderChart(fundingChart(d, ctxOf("kk")));
    await expectPng(chart.png, chartSize(chart.spec));
    const planned = catalog.towns.get("balkhash")!.figures.find((f) => f.key === "planned_kzt_bn" && f.planId && !f.component)!;
    expect(chart.spec.title).toBe("Балқаш: жоспарланғаны және бөлінгені");
    expect(chart.spec.groups[0]!.bars.map((b) => b.value)).toEqual([planned.value, null]);
    expect(chart.spec.groups[0]!.bars[1]!.text).toBe("белгісіз");
    expect(chart.spec.subtitle).toBe("Пунктир жақтау — сан белгісіз (нөл емес).");
    expect(chart.caption).toMatch(/Бөлінген: белгісіз/);
    // Every figure the card shows under the plan: its budget components too.
    expect(chart.caption).toMatch(/• Республикалық бюджет: <b>67,5 млрд теңге<\/b>/);
    expect(chart.caption.replace(/<[^>]+>/g, "").length).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(data.townFundingChart(catalog, "temirtau")!.plans).toEqual([]);
    expect(data.townFundingChart(catalog, "atlantis")).toBeNull();
  });

  it("every town's funding caption, components included, fits Telegram's caption limit in both languages", () => {
    for (const lang of ["ru", "kk"] as const) {
      for (const id of catalog.towns.keys()) {
        const d = data.townFundingChart(catalog, id)!;
        if (!d.plans.length) continue;
        const parsed = checkHtml(fundingChart(d, ctxOf(lang)).caption);
        expect(parsed, `${lang} ${id}`).not.toHaveProperty("error");
        expect((parsed as { length: number }).length, `${lang} ${id}`).toBeLessThanOrEqual(CAPTION_LIMIT);
      }
    }
  });

  it("projects: done, unfinished and status unknown per town equal the reported projects, in the bars and in the caption", async () => {
    const d = data.projectsChart(catalog);
    let done = 0;
    let unfinished = 0;
    let unknown = 0;
    for (const town of catalog.towns.values()) {
      const list = reportedProjects(catalog, town.id);
      const row = d.rows.find((r) => r.town.id === town.id);
      const doneHere = list.filter((m) => m.status === "done").length;
      const unknownHere = list.filter((m) => m.status === "unknown").length;
      if (!list.length) expect(row).toBeUndefined();
      else expect(row).toMatchObject({ done: doneHere, unfinished: list.length - doneHere - unknownHere, unknown: unknownHere });
      done += doneHere;
      unknown += unknownHere;
      unfinished += list.length - doneHere - unknownHere;
    }
    // Unknown is its own category: never folded into «не завершено».
    expect(unknown).toBeGreaterThan(0);
    expect([d.done, d.unfinished, d.unknown]).toEqual([done, unfinished, unknown]);
    const chart = renderChart(projectsChart(d, ctxOf("ru")));
    await expectPng(chart.png, chartSize(chart.spec));
    expect(chart.spec.subtitle).toContain(
      `проектов: ${done + unfinished + unknown} — выполнено ${done}, не завершено ${unfinished}, статус неизвестен у ${unknown}`,
    );
    expect(chart.spec.legend.map((l) => l.label)).toContain("Статус неизвестен");
    for (const r of d.rows) expect(chart.caption).toContain(`${r.town.nameRu} ${r.done}/${r.unfinished}/${r.unknown}`);
    expect(chart.caption).toMatch(/Мероприятий: <b>315<\/b>/);
    const parsed = checkHtml(chart.caption);
    expect(parsed).not.toHaveProperty("error");
    expect((parsed as { length: number }).length).toBeLessThanOrEqual(CAPTION_LIMIT);
  });

  it("tiers: one bar per tier with its town count, the towns named in the caption and on the chart", async () => {
    const d = data.tiersChart(catalog);
    const chart = renderChart(tiersChart(d, ctxOf("kk")));
    await expectPng(chart.png, chartSize(chart.spec));
    expect(chart.spec.groups.map((g) => g.bars[0]!.value)).toEqual(catalog.tiers.map((t) => t.townIds.length));
    expect(chart.spec.groups.reduce((n, g) => n + g.bars[0]!.value!, 0)).toBe(20);
    for (const tier of catalog.tiers) {
      for (const id of tier.townIds) {
        expect(chart.caption).toContain(catalog.towns.get(id)!.nameKk);
        expect(chart.spec.footer).toContain(catalog.towns.get(id)!.nameKk);
      }
    }
    expect(chart.caption).toContain("ustinka.kz");
  });

  it("grows with its data and wraps a long source line", async () => {
    const spec = (n: number, footer = "Source") => ({
      title: "Т",
      legend: [],
      footer,
      groups: Array.from({ length: n }, (_, i) => ({ label: `Қала ${i}`, bars: [{ value: i, text: String(i), color: "#000" }] })),
    });
    const one = chartSize(spec(1));
    const ten = chartSize(spec(10));
    expect(ten.height).toBeGreaterThan(one.height);
    expect(chartSize(spec(1, "дереккөз ".repeat(80))).height).toBeGreaterThan(one.height);
    // A long title wraps onto more lines instead of being squeezed.
    expect(chartSize({ ...spec(1), title: "жоспарланғаны және бөлінгені ".repeat(4) }).height).toBeGreaterThan(one.height);
    await expectPng(drawBarChart(spec(3)), chartSize(spec(3)));
  });
});
