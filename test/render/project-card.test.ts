import { describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/knowledge.ts";
import { checkHtml } from "../../src/fake-telegram/fetch.ts";
import { parseCallback } from "../../src/render/callbacks.ts";
import { projectAnswer, projectLookup, projectReply } from "../../src/render/project-card.ts";
import { contextFor } from "../helpers/audit/replies.ts";
import { withFreshSnapshot } from "../helpers/db.ts";

let snap: Snapshot;
withFreshSnapshot((s) => {
  snap = s;
});

const RU = contextFor("ru");
const KK = contextFor("kk");
const datas = (kb: Array<Array<{ text: string } & Partial<{ data: string }>>> | undefined) => (kb ?? []).flat().map((b) => b.data ?? "");

describe("a project's card", () => {
  it("gives the status, the amount with its source and date, the deadline and every deadline it slipped from", () => {
    const r = projectReply(snap, "zhanaozen-gas-processing-plant", RU)!;
    expect(r.text).toMatch(/^<b>Жанаозенский газоперерабатывающий завод/);
    expect(r.text).toContain("Город: Жанаозен");
    expect(r.text).toContain("Статус: сроки перенесены");
    expect(r.text).toMatch(/Сумма: 216,8 млрд ₸ · <a href="[^"]+">[^<]+<\/a>, 15\.08\.2025/);
    expect(r.text).toContain("Срок: <b>02.2027</b>");
    expect(r.text).toContain("Срок переносился 3 раза, прежние сроки:");
    expect(r.text.match(/• было: (2023|2025|2026) · <a href=/g)).toHaveLength(3);
    expect(r.text).toContain("Чей проект: неизвестно");
    expect(r.text).toContain("Связь с планом: источники не связывают с планом");
    expect(r.text).toMatch(/Источники:\n1\. <a href=/);
    expect(checkHtml(r.text)).not.toHaveProperty("error");
    // 📎 for each source, numbered like the list, and the town's card a tap away.
    expect(datas(r.keyboard).filter((d) => d.startsWith("src:"))).toHaveLength(4);
    expect(datas(r.keyboard)).toContain("card:zhanaozen:main");
  });

  it("in Kazakh says the same, unknowns as unknown", () => {
    const r = projectReply(snap, "kurchatov-700-mw-power-plant", KK)!;
    expect(r.text).toMatch(/^<b>Курчатовтағы қуаты 700 МВт жылу электр станциясы<\/b>/);
    expect(r.text).toContain("Қала: Курчатов");
    expect(r.text).toContain("Сомасы: белгісіз");
    expect(r.text).toContain("Мерзімі: аталмаған");
    expect(r.text).not.toContain("бұрынғы мерзімдері");
    const gpz = projectReply(snap, "zhanaozen-gas-processing-plant", KK)!;
    expect(gpz.text).toContain("Мерзімі 3 рет ауыстырылды, бұрынғы мерзімдері:");
    expect(gpz.text).toContain("• бұрын: 2023");
  });

  it("says when a done project was done, or that no date is given", () => {
    const done = snap.catalog.measures.filter((m) => m.status === "done" && m.scope === "town");
    const dated = done.find((m) => m.doneOn);
    const undated = done.find((m) => !m.doneOn)!;
    if (dated) expect(projectReply(snap, dated.id, RU)!.text).toMatch(/Выполнено: \d/);
    expect(projectReply(snap, undated.id, RU)!.text).toContain("Выполнено: дата не названа");
  });

  it("for an id the data lacks is nothing", () => {
    expect(projectReply(snap, "no-such-project", RU)).toBeUndefined();
  });
});

describe("a choice of projects", () => {
  it("lists each project with its town and status, a button each that opens its card", () => {
    const r = projectAnswer(snap, ["ekibastuz-gres2-unit-3", "ekibastuz-gres2-unit-4"], RU);
    expect(r.text).toContain("Подходят несколько проектов");
    expect(r.text).toMatch(/1\. <b>Энергоблок №3 Экибастузской ГРЭС-2 \(550 МВт\)<\/b> — Экибастуз; /);
    const data = datas(r.keyboard);
    expect(data).toEqual(["prj:ekibastuz-gres2-unit-3", "prj:ekibastuz-gres2-unit-4"]);
    for (const d of data) {
      expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
      expect(parseCallback(d)).toEqual({ kind: "project", projectId: d.slice(4) });
    }
  });

  it("every project's button fits Telegram's 64 bytes", () => {
    const ids = snap.catalog.measures.filter((m) => m.scope === "town").map((m) => m.id);
    const r = projectAnswer(snap, ids.slice(0, 12), RU);
    expect(datas(r.keyboard)).toHaveLength(12);
    for (const id of ids) expect(Buffer.byteLength(`prj:${id}`)).toBeLessThanOrEqual(64);
  });

  it("/project with a town alone offers its projects; words naming nothing say how to ask", () => {
    const kulsary = projectLookup(snap, "Құлсары", KK);
    expect(kulsary.text).toMatch(/^Құлсары: дереккөздер хабарлаған жобалар/);
    expect(datas(kulsary.keyboard).every((d) => d.startsWith("prj:kulsary-"))).toBe(true);
    const none = projectLookup(snap, "метро", RU);
    expect(none.text).toContain("Не нашёл такого проекта");
    expect(none.text).toContain("/project Кендерли");
  });
});
