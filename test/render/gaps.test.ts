import { describe, expect, it } from "vitest";
import { nationalGaps, townGaps, withHolders } from "../../src/domain/gaps.ts";
import type { Snapshot } from "../../src/knowledge.ts";
import { loadHolders } from "../../src/holders.ts";
import { draftRequest, gapsCsv, parseGapsCb, renderGapsTable, renderTownGaps } from "../../src/render/gaps.ts";
import { MESSAGE_LIMIT } from "../../src/render/types.ts";
import { contextFor } from "../helpers/audit/replies.ts";
import { parseCsv } from "../helpers/csv.ts";
import { withFreshSnapshot } from "../helpers/db.ts";

let snap: Snapshot;
withFreshSnapshot((s) => {
  snap = s;
});
const holders = loadHolders();
const held = (townId: string) => withHolders(townGaps(snap.catalog, townId), snap.catalog, holders);
const toHolder = (townId: string, holderId: string) => held(townId).filter((g) => g.holder?.id === holderId);

describe("the draft request", () => {
  it("in Russian cites Article 11 of Law No. 401-V and is filled with the town, its region, the figures and their plan", () => {
    const draft = draftRequest(snap.catalog, "balkhash", toHolder("balkhash", "town"), holders, contextFor("ru"))!;
    expect(draft.split("\n")[0]).toBe("Акимат города Балхаш");
    expect(draft).toContain("В соответствии со статьёй 11 Закона Республики Казахстан от 16 ноября 2015 года № 401-V «О доступе к информации»");
    expect(draft).toContain("по городу Балхаш (Карагандинская область)");
    expect(draft).toMatch(/^1\. Число мероприятий — Правительственные планы развития 10 моногородов на 2023–2025 годы$/m);
    expect(draft).toMatch(/^\d+\. Выделенная сумма финансирования — Правительственные планы развития 10 моногородов на 2023–2025 годы$/m);
    expect(draft).toMatch(/^\d+\. Статус проекта «Замена водопроводных сетей Балхаша/m);
    expect(draft).toContain("в срок, установленный Законом");
    // The requester fills these in; the bot never invents a name or an address.
    expect(draft).toContain("[фамилия, имя, отчество]");
    expect(draft).toContain("[почтовый адрес, телефон, адрес электронной почты]");
    expect(draft).not.toMatch(/undefined|null|\{/);
  });

  it("in Kazakh cites the law's 11th article in official Kazakh, with the town and the region's figures", () => {
    const draft = draftRequest(snap.catalog, "balkhash", toHolder("balkhash", "region"), holders, contextFor("kk"))!;
    expect(draft.split("\n")[0]).toBe("Қарағанды облысының әкімдігі");
    expect(draft).toContain(
      "Қазақстан Республикасының 2015 жылғы 16 қарашадағы № 401-V «Ақпаратқа қол жеткізу туралы» Заңының 11-бабына сәйкес Балқаш қаласы (Қарағанды облысы) бойынша мынадай ақпаратты беруіңізді сұраймын:",
    );
    expect(draft).toMatch(/^1\. Орындалған іс-шаралар саны — 2023–2027 жылдарға арналған кешенді даму жоспары$/m);
    expect(draft).toContain("Бөлінген қаржыландыру сомасы");
    expect(draft).toContain("Кімнен: [тегі, аты, әкесінің аты]");
    expect(draft).toContain("Заңда белгіленген мерзімде");
  });

  it("for the country is addressed to the ministry, about the monotowns", () => {
    const gaps = withHolders(nationalGaps(snap.catalog), snap.catalog, holders).filter((g) => g.holder?.id === "mne");
    const draft = draftRequest(snap.catalog, null, gaps, holders, contextFor("ru"))!;
    expect(draft.split("\n")[0]).toBe("Министерство национальной экономики Республики Казахстан");
    expect(draft).toContain("по моногородам Республики Казахстан");
    expect(draft).toContain("Число выполненных мероприятий — Правительственные планы развития 10 моногородов на 2023–2025 годы");
  });

  it("is not made without gaps or for a town the catalog lacks", () => {
    expect(draftRequest(snap.catalog, "balkhash", [], holders, contextFor("ru"))).toBeNull();
    expect(draftRequest(snap.catalog, "atlantis", toHolder("balkhash", "town"), holders, contextFor("ru"))).toBeNull();
  });
});

describe("the list of unknowns", () => {
  it("groups a town's unknowns by holder, with a request button each, under the message limit", () => {
    for (const lang of ["ru", "kk"] as const) {
      for (const town of snap.catalog.towns.values()) {
        const reply = renderTownGaps(snap.catalog, town.id, held(town.id), holders, contextFor(lang))!;
        expect(reply.text.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
        for (const b of reply.keyboard!.flat()) if ("data" in b) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
      }
    }
    const ru = renderTownGaps(snap.catalog, "balkhash", held("balkhash"), holders, contextFor("ru"))!;
    expect(ru.text).toContain("Располагает: <b>Акимат города Балхаш</b>");
    expect(ru.text).toContain("Запрос по статье 11 Закона «О доступе к информации»");
    expect(ru.text).toContain("e-Otinish");
    expect(ru.text).not.toMatch(/\b0 млрд|: 0\b/);
    const data = ru.keyboard!.flat().flatMap((b) => ("data" in b ? [b.data] : []));
    expect(data).toEqual(["gapreq:balkhash:town:ru", "gapreq:balkhash:region:ru", "card:balkhash:main"]);
    expect(data.slice(0, 2).map(parseGapsCb)).toEqual([
      { townId: "balkhash", holderId: "town", lang: "ru" },
      { townId: "balkhash", holderId: "region", lang: "ru" },
    ]);
  });

  it("parses only well-formed buttons", () => {
    expect(parseGapsCb("gaps:-")).toEqual({ townId: null, holderId: null, lang: null });
    expect(parseGapsCb("gapreq:balkhash:town:en")).toBeNull();
    expect(parseGapsCb("gaps:balkhash:town")).toBeNull();
    expect(parseGapsCb("gapreq:balkhash")).toBeNull();
    expect(parseGapsCb("gapreq:Балхаш:town")).toBeNull();
  });

  it("for editors counts every town's unknowns and puts each in a CSV row with its holder", () => {
    const rows = [...snap.catalog.towns.values()].map((t) => ({ townId: t.id, gaps: held(t.id) }));
    const table = renderGapsTable(snap.catalog, rows, contextFor("ru"));
    expect(table.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    const balkhash = held("balkhash");
    expect(table).toContain(
      `Балхаш: ${balkhash.length} — цифры планов и населения: ${balkhash.filter((g) => !g.measure).length}; статусы проектов: ${balkhash.filter((g) => g.what === "project_status").length}`,
    );
    const csv = gapsCsv(snap.catalog, rows, contextFor("kk"));
    const parsed = parseCsv(csv.csv.replace(/^\uFEFF/, ""));
    expect(parsed[0]).toEqual(["Қала", "Облыс", "Кілт", "Не белгісіз", "Жоспар", "Кезең", "Кімде бар"]);
    expect(csv.rows).toBe(rows.reduce((s, r) => s + r.gaps.length, 0));
    expect(parsed).toContainEqual([
      "Балқаш",
      "Қарағанды облысы",
      "balkhash:town:balkhash:cp2023_2027:allocated_kzt_bn",
      expect.stringContaining("Бөлінген"),
      "2023–2027 жылдарға арналған кешенді даму жоспары",
      "2023-2027",
      "Қарағанды облысының әкімдігі",
    ]);
  });
});
