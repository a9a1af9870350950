// Editors end to end through the fake Telegram: /editors, /template, an upload, the
// preview, Confirm, the card, /history, Undo; in both languages, on SQLite and PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";
import { documentUpdate, textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, buttonsOf, lastText, press, testBot, type TestBot } from "../helpers/bot.ts";
import { providers } from "../helpers/db.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };
const EDITOR: FakeUser = { id: 5101, language_code: "ru" };
const EDITOR_KK: FakeUser = { id: 5102, language_code: "kk" };
const READER: FakeUser = { id: 5103, language_code: "ru" };
const SOURCE: [string, string, string] = ["Акимат Балхаша: отчёт", "2026-11-20", "https://balkhash.example.kz/report"];

let t: TestBot;
afterEach(async () => t?.close());

async function upload(user: FakeUser, name: string, data: Uint8Array | string, size?: number) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const id = t.tg.addFile(bytes, name);
  await t.send(documentUpdate(user, id, name, size ?? bytes.length));
}

async function makeEditor(user: FakeUser) {
  await t.send(textUpdate(ADMIN, `/editors add ${user.id}`));
}

/** The measures sheet as /template sends it, parsed into rows of cells. */
async function templateCsv(user: FakeUser, kind: "measures" | "figures"): Promise<string[][]> {
  t.tg.clear();
  await t.send(textUpdate(user, "/template"));
  const file = t.tg.documents.find((d) => d.name.startsWith(`monoqala-${kind}-`) && d.name.endsWith(".csv"))!;
  return parse(file.data.toString("utf8"), { bom: true }) as string[][];
}

const csv = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\n");
const measureRows = () =>
  t.db.db.measure.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, titleRu: true, amountKztBn: true, deadline: true } });

describe.each(providers())("editors on %s", (provider) => {
  it("uploads a measures CSV: preview, confirm, history, undo (Russian)", async () => {
    t = await testBot(provider);
    const before = await measureRows();
    await makeEditor(EDITOR);
    expect(lastText(t.tg)).toContain("теперь редактор");
    const menu = t.tg.callsOf("setMyCommands").at(-1)!.payload as { scope: { chat_id: number }; commands: Array<{ command: string }> };
    expect(menu.scope.chat_id).toBe(EDITOR.id);
    expect(menu.commands.map((c) => c.command)).toEqual(expect.arrayContaining(["template", "history"]));
    expect(menu.commands.map((c) => c.command)).not.toContain("editors");

    const [header, ...rows] = await templateCsv(EDITOR, "measures");
    expect(t.tg.documents.map((d) => d.name.replace(/-\d{4}-\d\d-\d\d/, ""))).toEqual([
      "monoqala-measures.csv",
      "monoqala-measures.xlsx",
      "monoqala-figures.csv",
      "monoqala-figures.xlsx",
    ]);
    expect(t.tg.documents[0]!.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const col = (name: string) => header!.indexOf(name);
    const balkhash = rows.filter((r) => r[col("town_id")] === "balkhash");
    expect(balkhash.length).toBe(7);
    const beach = balkhash.find((r) => r[col("measure_id")] === "balkhash-beach-embankment")!;
    beach[col("status")] = "done";
    beach[col("done_on")] = "15.11.2026";
    [beach[col("source_title")], beach[col("source_date")], beach[col("source_url")]] = SOURCE;
    const kept = balkhash.filter((r) => r[col("measure_id")] !== "balkhash-water-networks-124-km");
    const added = header!.map(() => "");
    Object.assign(added, {
      [col("town_id")]: "balkhash",
      [col("title_ru")]: "Новая котельная",
      [col("title_kk")]: "Жаңа қазандық",
      [col("status")]: "planned",
      [col("amount_kzt_bn")]: "1,5",
      [col("deadline")]: "2027",
    });
    [added[col("source_title")], added[col("source_date")], added[col("source_url")]] = SOURCE;
    await upload(EDITOR, "balkhash.csv", `\uFEFF${csv([header!, ...kept, added])}`);

    const preview = lastText(t.tg);
    expect(preview).toContain("Предпросмотр: проекты");
    expect(preview).toContain("Добавить: 1 · изменить: 1 · удалить: 1");
    expect(preview).toMatch(/✏️ Балхаш: Благоустройство набережной городского пляжа\n {4}статус: в работе → выполнено/);
    expect(preview).toContain("➕ Балхаш: Новая котельная");
    expect(preview).toContain("➖ Балхаш: Замена водопроводных сетей Балхаша (124 км за два года)");
    expect(await measureRows()).toEqual(before);

    await press(t, EDITOR, "✅ Подтвердить");
    expect(lastText(t.tg)).toMatch(/Готово: применено 3 изменения \(набор #\d+\)/);
    const after = await t.db.db.measure.findMany({ where: { id: { startsWith: "balkhash" } } });
    expect(after.find((m) => m.id === "balkhash-beach-embankment")).toMatchObject({ status: "done", doneOn: "2026-11-15" });
    expect(after.find((m) => m.id === "balkhash-water-networks-124-km")).toBeUndefined();
    const fresh = after.find((m) => m.titleRu === "Новая котельная")!;
    expect(fresh).toMatchObject({ amountKztBn: 1.5, deadline: "2027", status: "planned" });
    const src = await t.db.db.source.findFirst({ where: { url: SOURCE[2] } });
    expect(src).toMatchObject({ title: SOURCE[0], date: SOURCE[1], publisher: "balkhash.example.kz", grade: "editor" });
    expect(JSON.parse(after.find((m) => m.id === "balkhash-beach-embankment")!.sourceIds)[0]).toBe(src!.id);

    // The card reads the new data at once.
    await t.send(textUpdate(EDITOR, "/progress Балхаш"));
    expect(lastText(t.tg)).toContain("Новая котельная");

    await t.send(textUpdate(EDITOR, "/history Балхаш"));
    const history = lastText(t.tg);
    expect(history).toContain("История изменений: Балхаш");
    expect(history).toContain("загрузка balkhash.csv");
    // Astana time (TEST_NOW is 10:00 UTC, 15:00 in Astana), and the project's title, not its id.
    expect(history).toContain("25.11.2026, 15:00 (время Астаны)");
    expect(history).not.toContain("UTC");
    expect(history).toContain("Балхаш · Благоустройство набережной городского пляжа: статус: в работе → выполнено");
    expect(history).not.toContain("balkhash-beach-embankment");
    expect(buttonsOf(t.tg)).toEqual([]); // only admins undo

    // Undo asks first; «Не отменять» keeps the data.
    await t.send(textUpdate(ADMIN, "/history Балхаш"));
    await press(t, ADMIN, /↩️ Отменить #\d+/);
    expect(lastText(t.tg)).toMatch(/^Отменить набор #\d+\? Данные вернутся к тому, что было до него/);
    expect(lastText(t.tg)).toContain("Благоустройство набережной городского пляжа");
    await press(t, ADMIN, "Не отменять");
    expect(lastText(t.tg)).toMatch(/Хорошо, набор #\d+ остаётся в силе\./);
    expect((await t.db.db.measure.findUnique({ where: { id: "balkhash-beach-embankment" } }))!.status).toBe("done");
    await t.send(textUpdate(ADMIN, "/history Балхаш"));
    await press(t, ADMIN, /↩️ Отменить #\d+/);
    await press(t, ADMIN, "↩️ Да, отменить");
    expect(lastText(t.tg)).toMatch(/Набор #\d+ отменён \(это записано как набор #\d+/);
    expect(await measureRows()).toEqual(before);
    const sets = await t.db.db.changeSet.findMany({ orderBy: { id: "asc" } });
    expect(sets.map((s) => [s.kind, s.status])).toEqual([
      ["upload", "applied"],
      ["undo", "applied"],
    ]);
    expect(sets[0]!.undoneById).toBe(sets[1]!.id);
    // The undo is in the history too, and can itself be undone.
    await t.send(textUpdate(ADMIN, "/history Балхаш"));
    expect(lastText(t.tg)).toContain(`отмена набора #${sets[0]!.id}`);
    await press(t, ADMIN, `↩️ Отменить #${sets[1]!.id}`);
    await press(t, ADMIN, "↩️ Да, отменить");
    expect((await t.db.db.measure.findUnique({ where: { id: "balkhash-beach-embankment" } }))!.status).toBe("done");
  });

  it("uploads a town figures XLSX in Kazakh: population and tier change, the card shows when", async () => {
    t = await testBot(provider);
    await makeEditor(EDITOR_KK);
    t.tg.clear();
    await t.send(textUpdate(EDITOR_KK, "/template"));
    const xlsx = t.tg.documents.find((d) => d.name.startsWith("monoqala-figures-") && d.name.endsWith(".xlsx"))!;
    const sheet = (await readSheet(xlsx.data)) as unknown[][];
    const header = sheet[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const temirtau = sheet.filter((r) => r[col("town_id")] === "temirtau");
    const population = temirtau.find((r) => r[col("key")] === "population")!;
    population[col("value")] = 172000;
    population[col("as_of")] = "2026-01-01";
    const tier = temirtau.find((r) => r[col("key")] === "tier")!;
    tier[col("value")] = "medium_potential";
    for (const r of [population, tier]) [r[col("source_title")], r[col("source_date")], r[col("source_url")]] = SOURCE;
    const cells = (row: unknown[]) => row.map((v) => (v === null || v === undefined ? null : { value: v as string | number }));
    const file = await writeXlsxFile([cells(header), ...temirtau.map(cells)]).toBuffer();
    await upload(EDITOR_KK, "temirtau.xlsx", file);

    const preview = lastText(t.tg);
    expect(preview).toContain("Алдын ала қарау: қала көрсеткіштері");
    expect(preview).toContain("Қосу: 0 · өзгерту: 2 · жою: 0");
    expect(preview).toMatch(/тобы: әртараптандыру жолында → орташа әлеует/);
    expect(preview).toMatch(/✏️ Теміртау: халқы\n {4}мәні: 171\s609 → 172\s000/);
    await press(t, EDITOR_KK, "✅ Растау");
    expect(lastText(t.tg)).toMatch(/Дайын: 2 өзгеріс енгізілді/);
    expect((await t.db.db.town.findUnique({ where: { id: "temirtau" } }))!.tierId).toBe("medium_potential");

    await t.send(textUpdate(EDITOR_KK, "Теміртау"));
    expect(lastText(t.tg)).toMatch(/172\s000[^\n]*өзгертілді/);

    // The history and the undo in Kazakh, for a Kazakh-speaking admin.
    const ADMIN_KK: FakeUser = { ...ADMIN, language_code: "kk" };
    await t.send(textUpdate(ADMIN_KK, "/history Теміртау"));
    expect(lastText(t.tg)).toMatch(/Өзгерістер тарихы: Теміртау[\s\S]*temirtau\.xlsx жүктеу[\s\S]*мәні: 171\s609 → 172\s000/);
    expect(lastText(t.tg)).toContain("(Астана уақыты)");
    await press(t, ADMIN_KK, /↩️ #\d+ күшін жою/);
    expect(lastText(t.tg)).toMatch(/^#\d+ жиынының күшін жоясыз ба\?/);
    await press(t, ADMIN_KK, "↩️ Иә, күшін жою");
    expect(lastText(t.tg)).toMatch(/#\d+ жиынының күші жойылды/);
    expect((await t.db.db.town.findUnique({ where: { id: "temirtau" } }))!.tierId).toBe("diversifying");
    expect((await t.db.db.figure.findFirst({ where: { townId: "temirtau", key: "population" } }))!.value).toBe(171609);
  });

  it("of two editors confirming at once, one applies and the other sees a new preview", async () => {
    t = await testBot(provider);
    await makeEditor(EDITOR);
    await makeEditor(EDITOR_KK);
    const [header, ...rows] = await templateCsv(EDITOR, "measures");
    const col = (name: string) => header!.indexOf(name);
    const variant = (status: string) => {
      const balkhash = rows.filter((r) => r[col("town_id")] === "balkhash").map((r) => [...r]);
      const beach = balkhash.find((r) => r[col("measure_id")] === "balkhash-beach-embankment")!;
      beach[col("status")] = status;
      [beach[col("source_title")], beach[col("source_date")], beach[col("source_url")]] = SOURCE;
      return csv([header!, ...balkhash]);
    };
    await upload(EDITOR, "a.csv", variant("done"));
    const okA = buttonsOf(t.tg).find((b) => b.text.startsWith("✅"))!.callback_data!;
    await upload(EDITOR_KK, "b.csv", variant("delayed"));
    const okB = buttonsOf(t.tg).find((b) => b.text.startsWith("✅"))!.callback_data!;
    t.tg.clear();
    const { callbackUpdate } = await import("../../src/fake-telegram/updates.ts");
    await Promise.all([t.send(callbackUpdate(EDITOR, okA)), t.send(callbackUpdate(EDITOR_KK, okB))]);

    const sets = await t.db.db.changeSet.findMany({ orderBy: { id: "asc" } });
    expect(sets.filter((s) => s.status === "applied")).toHaveLength(1);
    expect(sets.filter((s) => s.status === "superseded")).toHaveLength(1);
    expect(sets.filter((s) => s.status === "pending")).toHaveLength(1);
    const texts = t.tg.texts.join("\n---\n");
    expect(texts).toMatch(/Готово: применено 1 изменение|Дайын: 1 өзгеріс енгізілді/);
    expect(texts).toMatch(/данные изменил другой редактор|деректерді басқа редактор өзгертті/);
    expect(Number((await t.db.db.meta.findUnique({ where: { key: "data.version" } }))!.value)).toBe(sets[0]!.baseVersion + 1);
    const winner = sets.find((s) => s.status === "applied")!;
    const status = (await t.db.db.measure.findUnique({ where: { id: "balkhash-beach-embankment" } }))!.status;
    expect(status).toBe(Number(winner.userId) === EDITOR.id ? "done" : "delayed");
  });

  it("changes one project's status and one figure through /edit, with preview and confirm", async () => {
    t = await testBot(provider);
    await makeEditor(EDITOR);
    await t.send(textUpdate(EDITOR, "/edit"));
    expect(lastText(t.tg)).toBe("Какой город меняем? Напишите его название.");
    await t.send(textUpdate(EDITOR, "Балхаша"));
    expect(lastText(t.tg)).toBe("<b>Балхаш</b>: что меняем?");
    await press(t, EDITOR, /^📌 Благоустройство набережной/);
    expect(lastText(t.tg)).toContain("что меняем в проекте?");
    await press(t, EDITOR, "статус: в работе");
    await press(t, EDITOR, "выполнено");
    expect(lastText(t.tg)).toContain("Откуда новое значение?");
    await t.send(textUpdate(EDITOR, "просто текст без ссылки"));
    expect(lastText(t.tg)).toBe("В источнике не хватает: даты, ссылки (http:// или https://). Нужны название, дата и ссылка.");
    await t.send(textUpdate(EDITOR, `${SOURCE[0]}; 20.11.2026; ${SOURCE[2]}`));
    expect(lastText(t.tg)).toMatch(/Добавить: 0 · изменить: 1 · удалить: 0[\s\S]*статус: в работе → выполнено/);
    await press(t, EDITOR, "✅ Подтвердить");
    expect(lastText(t.tg)).toMatch(/Готово: применено 1 изменение/);
    expect((await t.db.db.measure.findUnique({ where: { id: "balkhash-beach-embankment" } }))!.status).toBe("done");

    // A figure, typed as people type numbers; an unknown answer is asked again.
    await t.send(textUpdate(EDITOR, "/edit Темиртау"));
    await press(t, EDITOR, /^🔢 население/);
    await t.send(textUpdate(EDITOR, "много"));
    expect(lastText(t.tg)).toMatch(/^Не понял ответ/);
    await t.send(textUpdate(EDITOR, "172 500"));
    await t.send(textUpdate(EDITOR, `Стат. бюллетень 2026-01-15 ${SOURCE[2]}`));
    await press(t, EDITOR, "✅ Подтвердить");
    const pop = (await t.db.db.figure.findFirst({ where: { townId: "temirtau", key: "population" } }))!;
    expect(pop.value).toBe(172500);
    expect(await t.db.db.source.findUnique({ where: { id: pop.sourceId! } })).toMatchObject({ title: "Стат. бюллетень", date: "2026-01-15" });
    await t.send(textUpdate(EDITOR, "/history Темиртау"));
    expect(lastText(t.tg)).toMatch(/правка[\s\S]*значение: 171\s609 → 172\s500/);

    // Cancel leaves everything as it was.
    await t.send(textUpdate(EDITOR, "/edit Темиртау"));
    await press(t, EDITOR, "Отмена");
    expect(lastText(t.tg)).toBe("Хорошо, ничего не меняю.");
  });

  it("a single edit that loses the race to another editor's change is planned again on the new data", async () => {
    t = await testBot(provider);
    await makeEditor(EDITOR);
    await makeEditor(EDITOR_KK);
    await t.send(textUpdate(EDITOR, "/edit Балхаш"));
    await press(t, EDITOR, /^📌 Благоустройство набережной/);
    await press(t, EDITOR, "статус: в работе");
    await press(t, EDITOR, "выполнено");
    await t.send(textUpdate(EDITOR, `${SOURCE[0]}; 20.11.2026; ${SOURCE[2]}`));
    const okEdit = buttonsOf(t.tg).find((b) => b.text.startsWith("✅"))!.callback_data!;

    // Another editor changes the town's population first.
    await t.send(textUpdate(EDITOR_KK, "/edit Балқаш"));
    await press(t, EDITOR_KK, /^🔢 халқы/);
    await t.send(textUpdate(EDITOR_KK, "70000"));
    await t.send(textUpdate(EDITOR_KK, `${SOURCE[0]}; 20.11.2026; ${SOURCE[2]}`));
    await press(t, EDITOR_KK, "✅ Растау");

    const { callbackUpdate } = await import("../../src/fake-telegram/updates.ts");
    await t.send(callbackUpdate(EDITOR, okEdit));
    expect(lastText(t.tg)).toMatch(/данные изменил другой редактор[\s\S]*Добавить: 0 · изменить: 1 · удалить: 0[\s\S]*статус: в работе → выполнено/);
    const sets = await t.db.db.changeSet.findMany({ orderBy: { id: "asc" } });
    expect(sets.map((x) => [x.kind, x.status])).toEqual([
      ["edit", "superseded"],
      ["edit", "applied"],
      ["edit", "pending"],
    ]);
    await press(t, EDITOR, "✅ Подтвердить");
    expect((await t.db.db.measure.findUnique({ where: { id: "balkhash-beach-embankment" } }))!.status).toBe("done");
    expect((await t.db.db.figure.findFirst({ where: { townId: "balkhash", key: "population" } }))!.value).toBe(70000);
  });

  it("exports every project's amount qualifier and all its sources, and the export uploads back unchanged", async () => {
    t = await testBot(provider);
    await makeEditor(EDITOR);
    t.tg.clear();
    await t.send(textUpdate(READER, "/export"));
    const file = t.tg.documents.find((d) => d.name.startsWith("monoqala-measures-") && d.name.endsWith(".csv"))!;
    const [header, ...rows] = parse(file.data.toString("utf8"), { bom: true }) as string[][];
    const col = (name: string) => header!.indexOf(name);
    const row = (id: string) => rows.find((r) => r[col("measure_id")] === id)!;
    // «до 400 млрд ₸» and «около 3,8 млрд ₸» stay what the sources say.
    expect(row("ekibastuz-gres2-unit-3")[col("amount_qualifier")]).toBe("up_to");
    expect(row("balkhash-airport-reconstruction")[col("amount_qualifier")]).toBe("approx");
    // Three sources: the first in source_*, the other two one a line.
    const gres = await t.db.db.measure.findUnique({ where: { id: "ekibastuz-gres2-unit-3" } });
    const ids = JSON.parse(gres!.sourceIds) as string[];
    expect(ids).toHaveLength(3);
    const more = row("ekibastuz-gres2-unit-3")[col("more_sources")]!.split("\n");
    expect(more).toHaveLength(2);
    for (const [i, id] of ids.slice(1).entries()) {
      const src = (await t.db.db.source.findUnique({ where: { id } }))!;
      if (src.url) expect(more[i]).toContain(src.url);
    }
    // The XLSX says the same.
    const xlsx = t.tg.documents.find((d) => d.name.startsWith("monoqala-measures-") && d.name.endsWith(".xlsx"))!;
    const sheet = (await readSheet(xlsx.data)) as unknown[][];
    const xrow = sheet.find((r) => r[0] === "ekibastuz-gres2-unit-3")!;
    expect(xrow[(sheet[0] as string[]).indexOf("amount_qualifier")]).toBe("up_to");
    expect(String(xrow[(sheet[0] as string[]).indexOf("more_sources")]).split("\n")).toHaveLength(2);

    // Uploaded back as it is: nothing to change.
    const ekibastuz = rows.filter((r) => r[col("town_id")] === "ekibastuz");
    await upload(EDITOR, "ekibastuz.csv", `\uFEFF${csv([header!, ...ekibastuz])}`);
    expect(lastText(t.tg)).toBe("В файле нет изменений по сравнению с текущими данными.");
    // A qualifier edited in the sheet is a change like any other.
    row("ekibastuz-gres2-unit-3")[col("amount_qualifier")] = "approx";
    [row("ekibastuz-gres2-unit-3")[col("source_title")], row("ekibastuz-gres2-unit-3")[col("source_date")], row("ekibastuz-gres2-unit-3")[col("source_url")]] =
      SOURCE;
    await upload(EDITOR, "ekibastuz.csv", `\uFEFF${csv([header!, ...ekibastuz])}`);
    expect(lastText(t.tg)).toContain("точность суммы: до → около");
    await press(t, EDITOR, "✅ Подтвердить");
    expect((await t.db.db.measure.findUnique({ where: { id: "ekibastuz-gres2-unit-3" } }))!.amountQualifier).toBe("approx");
  });
});
