import { describe, expect, it } from "vitest";
import type { Catalog, TownEdit } from "../../src/domain/types.ts";
import type { Snapshot } from "../../src/knowledge.ts";
import { renderCard } from "../../src/render/card.ts";
import { contextFor } from "../helpers/audit/replies.ts";
import { withFreshSnapshot } from "../helpers/db.ts";

let snap: Snapshot;
withFreshSnapshot((s) => {
  snap = s;
});

const ru = contextFor("ru");
const kk = contextFor("kk");
const history = (catalog: Catalog, townId: string, ctx = ru) => renderCard(catalog, catalog.towns.get(townId)!, "history", ctx);
const sourceButtons = (r: ReturnType<typeof history>) =>
  (r.keyboard ?? [])
    .flat()
    .filter((b) => "data" in b && b.data.startsWith("src:"))
    .map((b) => ("data" in b ? b.data.split(":")[1]! : ""));

describe("the history section", () => {
  it("dates Сарань's leaving the list in both languages, with the order, the reason and the draft classification said to be a draft", () => {
    const r = history(snap.catalog, "saran").text;
    expect(r).toContain("<b>Сарань</b> (Саран) — История");
    expect(r).toContain("• <b>21.11.2023</b> — город исключён из перечня моногородов · <a href=");
    expect(r).toContain("Основание: приказ Министерства национальной экономики № 248 от 21.11.2023");
    expect(r).toContain("Причина: рост диверсификации экономики");
    expect(r).toContain("город не вошёл в проект классификации моногородов");
    expect(r).toContain("Это проект: постановление о его утверждении в найденных источниках не обнаружено.");
    expect(r).toContain("Редакторы данные этого города не меняли.");
    const k = history(snap.catalog, "saran", kk).text;
    expect(k).toContain("<b>Саран</b> (Сарань) — Тарихы");
    expect(k).toContain("• <b>21.11.2023</b> — қала моноқалалар тізбесінен шығарылды");
    expect(k).toContain("Негізі: Ұлттық экономика министрлігінің 2023 жылғы 21 қарашадағы № 248 бұйрығы");
    expect(k).toContain("Бұл — жоба: оны бекіту туралы қаулы табылған дереккөздерде жоқ.");
    expect(k).toContain("Редакторлар бұл қаланың деректерін өзгертпеген.");
  });

  it("says a removed town's date is unknown and shows the list's size before and after, each dated and sourced", () => {
    const r = history(snap.catalog, "arkalyk").text;
    expect(r).toContain("• <b>дата не указана</b> — город исключён из перечня моногородов");
    expect(r).toMatch(/Городов в перечне: <b>27<\/b> \(на 11\.2021\) · <a [^>]+>Sputnik Казахстан<\/a>, 05\.11\.2021/);
    expect(r).toMatch(/Городов в перечне: <b>20<\/b> · <a [^>]+>[^<]+<\/a>, 2024/);
    expect(r).toContain("• <b>дата утверждения не указана</b> — утверждён план «Комплексный план развития на 2023–2027 годы»");
    expect(r).toContain("Когда утверждены планы всех десяти городов: 2023 год (последние три — Жанатас, Каратау, Риддер — в сентябре 2023 года)");
    const k = history(snap.catalog, "arkalyk", kk).text;
    expect(k).toContain("• <b>күні көрсетілмеген</b> — қала моноқалалар тізбесінен шығарылды");
    expect(k).toContain("• <b>бекітілген күні көрсетілмеген</b> —");
  });

  it("names the 2022 change of region and the tier of the 2025 draft in Kazakh", () => {
    const k = history(snap.catalog, "satbayev", kk).text;
    expect(k).toContain("• <b>08.06.2022</b> — облысы ауысты: бұрын — Қарағанды облысы, қазір — Ұлытау облысы · <a href=");
    expect(k).toContain("• <b>03.2025</b> — моноқалаларды жіктеу жобасында қала «Даму әлеуеті орташа қалалар» тобына жатқызылған");
    expect(k).toMatch(/Жоба енгізілген уақыт: 03\.2025 · <a [^>]+>BAQ\.KZ<\/a>, 25\.09\.2025/);
  });

  it("puts the section button on every card and a 📎 button for each source its text cites, and no other", () => {
    for (const town of snap.catalog.towns.values()) {
      const main = renderCard(snap.catalog, town, "main", ru);
      expect(main.keyboard!.flat().map((b) => ("data" in b ? b.data : ""))).toContain(`card:${town.id}:history`);
      const r = renderCard(snap.catalog, town, "history", ru);
      const ids = sourceButtons(r);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(r.text).toContain(`href="${snap.catalog.sources.get(id)!.url}"`);
    }
    expect(sourceButtons(history(snap.catalog, "saran"))).toEqual(["kursiv-saran", "kazinform-draft-classification", "baq-2025-09-25-kurchatov-naukograd"]);
  });

  it("lists editors' changes newest first with the field's old and new value, when and the source, and counts the rest", () => {
    const town = snap.catalog.towns.get("temirtau")!;
    const pop = town.figures.find((f) => f.key === "population")!;
    const editorSource = {
      id: "editor-1",
      publisher: "Акимат Темиртау",
      title: "Население",
      date: "2026-11-30",
      url: "https://example.kz/t",
      grade: "editor",
      about: null,
    };
    const edit: TownEdit = {
      at: new Date("2026-12-01T09:00:00Z"),
      entity: "figure",
      entityId: pop.id,
      field: "value",
      old: 171609,
      new: 172000,
      source: editorSource,
    };
    const catalog = { ...snap.catalog, townEdits: new Map([["temirtau", { latest: [edit], total: 4 }]]) };
    const r = history(catalog, "temirtau");
    expect(r.text).toContain("Правки редакторов: 4. Последние:");
    // Numbers are grouped with a narrow no-break space.
    expect(r.text).toMatch(
      /• <b>01\.12\.2026<\/b> — население: значение: 171.609 → 172.000 · <a href="https:\/\/example\.kz\/t">Акимат Темиртау<\/a>, 30\.11\.2026/,
    );
    expect(r.text).toContain("…и ещё 3 более ранние правки");
    expect(sourceButtons(r)).toContain("editor-1");
    const k = history(catalog, "temirtau", kk).text;
    expect(k).toContain("Редакторлардың түзетулері: 4. Соңғылары:");
    expect(k).toContain("…тағы 3 ертерек түзету");
  });
});
