// Every kind of bad upload gets a clear answer in the editor's language and leaves the
// data as it was; and every editor command and button refuses readers (and editors
// where only an admin may act).
import { afterEach, describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { callbackUpdate, documentUpdate, textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { MAX_UPLOAD_BYTES } from "../../src/sheets/limits.ts";
import { ADMIN_ID, lastText, lastToast, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };
const EDITOR: FakeUser = { id: 5201, language_code: "ru" };
const EDITOR_KK: FakeUser = { id: 5202, language_code: "kk" };
const READER: FakeUser = { id: 5203, language_code: "ru" };

const HEAD = "measure_id,town_id,town,title_ru,title_kk,status,amount_kzt_bn,deadline,done_on,source_title,source_date,source_url";
const SRC = "Отчёт,2026-11-20,https://example.kz/r";
const ROW = (over: Partial<Record<string, string>> = {}, sep = ",") => {
  const base: Record<string, string> = {
    measure_id: "",
    town_id: "balkhash",
    town: "Балхаш",
    title_ru: "Новый проект",
    title_kk: "Жаңа жоба",
    status: "planned",
    amount_kzt_bn: "1.5",
    deadline: "2027",
    done_on: "",
    source_title: "Отчёт",
    source_date: "2026-11-20",
    source_url: "https://example.kz/r",
    ...over,
  };
  return HEAD.split(",")
    .map((c) => base[c]!)
    .join(sep);
};

let t: TestBot;
afterEach(async () => t?.close());

async function upload(user: FakeUser, name: string, data: Uint8Array | string, size?: number) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  await t.send(documentUpdate(user, t.tg.addFile(bytes, name), name, size ?? bytes.length));
  return lastText(t.tg);
}

const snapshot = async () => ({
  measures: await t.db.db.measure.findMany({ orderBy: { id: "asc" } }),
  figures: await t.db.db.figure.findMany({ orderBy: { id: "asc" } }),
  towns: await t.db.db.town.findMany({ orderBy: { id: "asc" }, select: { id: true, tierId: true } }),
  sets: await t.db.db.changeSet.count(),
});

describe.each(providers())("bad uploads on %s", (provider) => {
  it("answers each bad file clearly and changes nothing", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR_KK.id}`));
    const before = await snapshot();
    // "Балхаш" in Windows-1251: the bytes Excel on a Russian Windows would write.
    const win1251 = Buffer.concat([
      Buffer.from(`${HEAD}\n,balkhash,`),
      Buffer.from([0xc1, 0xe0, 0xeb, 0xf5, 0xe0, 0xf8]),
      Buffer.from(`,${"\xcd\xee\xe2\xfb\xe9"},x,planned,1,2027,,${SRC}\n`, "latin1"),
    ]);
    const formulaXlsx = await writeXlsxFile([
      HEAD.split(",").map((v) => ({ value: v })),
      [
        null,
        { value: "balkhash" },
        null,
        { value: "Проект" },
        { value: "Жоба" },
        { value: "planned" },
        { type: "Formula" as never, value: "1+1" },
        null,
        null,
        null,
        null,
        null,
      ],
    ]).toBuffer();
    const cases: Array<[string, string | Uint8Array, RegExp, number?]> = [
      ["big.csv", `${HEAD}\n${ROW()}`, /Файл слишком большой: можно до 1[\s\u00a0\u202f]?000 КБ/, MAX_UPLOAD_BYTES + 1],
      ["report.pdf", Buffer.from("%PDF-1.7\n\u0001\u0002binary"), /Это не похоже на таблицу/],
      ["old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /старый формат Excel/],
      ["win.csv", win1251, /Windows-1251/],
      ["noheader.csv", `${ROW()}\n${ROW({ title_ru: "Другой" })}`, /Не нашёл строку заголовков/],
      ["renamed.csv", `${HEAD.replace("status", "статус")}\n${ROW()}`, /не хватает столбцов: status/],
      ["extra.csv", `${HEAD},comment\n${ROW()},hello`, /Лишние столбцы: comment/],
      ["dupes.csv", `${HEAD}\n${ROW()}\n${ROW()}`, /Строка 3, столбец <code>title_ru<\/code>: повторяет строку 2/],
      ["formula.csv", `${HEAD}\n${ROW({ amount_kzt_bn: "=SUM(A1:A3)" })}`, /Строка 2, столбец <code>amount_kzt_bn<\/code>: формула; впишите значение/],
      ["formula.xlsx", formulaXlsx, /В файле есть формулы \(ячейки G2\)/],
      ["huge.csv", `${HEAD}\n${ROW({ amount_kzt_bn: "99999999999" })}`, /слишком большое число/],
      ["negative.csv", `${HEAD}\n${ROW({ amount_kzt_bn: "-3" })}`, /отрицательное число/],
      ["broken.csv", `${HEAD}\n${ROW({ title_ru: '"Незакрытая кавычка' })}\n${ROW()}`, /повреждён или обрывается на строке \d+/],
      ["empty.csv", "\n\n\n", /Файл пустой/],
      [
        "rows.csv",
        `${HEAD}\n${ROW({ town_id: "Алматы", status: "finished", deadline: "31.02.2026", source_url: "ftp://x" })}`,
        /нет такого города: Алматы[\s\S]*неизвестный статус[\s\S]*не дата[\s\S]*ссылка должна начинаться/,
      ],
      ["nosource.csv", `${HEAD}\n${ROW({ source_title: "", source_date: "", source_url: "" })}`, /источник не указан/],
      ["halfsource.csv", `${HEAD}\n${ROW({ source_url: "" })}`, /источник указан не полностью/],
      ["html.csv", `${HEAD},<b>x\n${ROW({ town_id: "<i>Нет</i>" })},1`, /Лишние столбцы: &lt;b&gt;x/],
      ["htmltown.csv", `${HEAD}\n${ROW({ town_id: "<i>Нет</i>" })}`, /нет такого города: &lt;i&gt;Нет&lt;\/i&gt;/],
      ["truncated.xlsx", formulaXlsx.subarray(0, 300), /повреждён|не похоже на таблицу/],
    ];
    for (const [name, data, expected, size] of cases) {
      const reply = await upload(EDITOR, name, data, size);
      expect(reply, name).toMatch(expected);
      expect(reply, name).toContain("Данные не изменены.");
    }
    expect(await upload(EDITOR_KK, "extra.csv", `${HEAD},comment\n${ROW()},hello`)).toMatch(/Артық бағандар: comment[\s\S]*Деректер өзгерген жоқ\./);
    expect(await upload(EDITOR_KK, "win.csv", win1251)).toMatch(/Windows-1251 кодтауында/);
    expect(await snapshot()).toEqual(before);
  });

  it("ignores blank lines and a Kazakh-locale semicolon CSV, then previews", async () => {
    t = await testBot(provider);
    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    const current = await t.db.db.measure.findMany({ where: { towns: { some: { townId: "balkhash" } }, kind: "project" } });
    const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const keep = current.map((m) =>
      ROW(
        {
          measure_id: m.id,
          title_ru: quoted(m.titleRu),
          title_kk: quoted(m.titleKk),
          status: m.status,
          amount_kzt_bn: m.amountKztBn === null ? "" : String(m.amountKztBn).replace(".", ","),
          deadline: m.deadline ?? "",
          done_on: m.doneOn ?? "",
        },
        ";",
      ),
    );
    const byName = ROW({ town_id: "", town: "Балқаш", title_ru: "Ещё проект" }, ";");
    const reply = await upload(
      EDITOR,
      "semi.csv",
      `\uFEFF${HEAD.replace(/,/g, ";")}\r\n\r\n${keep.join("\r\n")}\r\n\r\n${ROW({ amount_kzt_bn: "2,5" }, ";")}\r\n${byName}\r\n`,
    );
    expect(reply).toContain("Предпросмотр: проекты");
    expect(reply).toContain("Добавить: 2 · изменить: 0 · удалить: 0");
    expect(reply).toContain("➕ Балхаш: Ещё проект");
    expect(reply).toContain("➕ Балхаш: Новый проект");
  });
});

describe.each(providers())("editor authorization on %s", (provider) => {
  it("refuses readers every editor command, upload and button; refuses editors the admin's", async () => {
    t = await testBot(provider);
    for (const cmd of ["/template", "/history Балхаш", "/edit Балхаш"]) {
      await t.send(textUpdate(READER, cmd));
      expect(lastText(t.tg), cmd).toBe("Эта команда — для редакторов данных. Спросите администратора бота, если вам нужен доступ.");
    }
    await t.send(textUpdate(READER, "/editors add 5203"));
    expect(lastText(t.tg)).toBe("Это может сделать только администратор бота.");
    expect(await upload(READER, "x.csv", `${HEAD}\n${ROW()}`)).toMatch(/Файлы принимаю только от редакторов данных/);
    for (const data of ["ed:ok:1", "ed:no:1", "ed:undo:1"]) {
      await t.send(callbackUpdate(READER, data));
      expect(lastToast(t.tg), data).toMatch(/для редакторов данных|только администратор/);
    }
    expect(await t.db.db.user.findUnique({ where: { id: BigInt(READER.id) } })).toBeNull();

    await t.send(textUpdate(ADMIN, `/editors add ${EDITOR.id}`));
    await t.send(textUpdate(EDITOR, "/editors add 5203"));
    expect(lastText(t.tg)).toBe("Это может сделать только администратор бота.");
    await t.send(callbackUpdate(EDITOR, "ed:undo:1"));
    expect(lastToast(t.tg)).toBe("Это может сделать только администратор бота.");
    // An editor cannot confirm another editor's preview.
    await upload(EDITOR, "new.csv", `${HEAD}\n${ROW()}`);
    const set = await t.db.db.changeSet.findFirst({ where: { status: "pending" } });
    await t.send(textUpdate(ADMIN, `/editors add 5204`));
    await t.send(callbackUpdate({ id: 5204, language_code: "ru" }, `ed:ok:${set!.id}`));
    expect(lastToast(t.tg)).toMatch(/из чужого или устаревшего предпросмотра/);
    expect((await t.db.db.changeSet.findUnique({ where: { id: set!.id } }))!.status).toBe("pending");

    // Removing an editor takes the commands away at once, and their menu with them.
    await t.send(textUpdate(ADMIN, `/editors remove ${EDITOR.id}`));
    expect(t.tg.callsOf("deleteMyCommands").at(-1)!.payload).toMatchObject({ scope: { type: "chat", chat_id: EDITOR.id } });
    await t.send(textUpdate(EDITOR, "/template"));
    expect(lastText(t.tg)).toMatch(/для редакторов данных/);
    // In a group even an editor is sent to the private chat.
    await t.send(textUpdate(ADMIN, "/template", { id: -100, type: "supergroup" }));
    expect(lastText(t.tg)).toBe("Работа с данными — только в личном чате с ботом.");
    // The default menus never list editor commands; /export is for everyone.
    const menus = t.tg
      .callsOf("setMyCommands")
      .filter((c) => !c.payload.scope)
      .map((c) => (c.payload.commands as Array<{ command: string }>).map((x) => x.command));
    for (const m of menus) expect(m).not.toContain("template");
    t.tg.clear();
    await t.send(textUpdate(READER, "/export"));
    expect(t.tg.documents.map((d) => d.name.replace(/-\d{4}-\d\d-\d\d/, ""))).toContain("monoqala-measures.csv");
  });
});
