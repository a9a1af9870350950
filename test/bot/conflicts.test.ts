// A release imported over an editor's change: /conflicts lists both values and /history
// shows the release, in Russian and Kazakh.
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/db/catalog.ts";
import { applyRelease } from "../../src/db/seed/seed.ts";
import { loadDataset } from "../../src/db/seed/dataset.ts";
import { textUpdate, type FakeUser } from "../../src/fake-telegram/updates.ts";
import { ADMIN_ID, buttonsOf, lastText, testBot, type TestBot } from "../helpers/bot.ts";
import { freshDb, providers } from "../helpers/db.ts";
import { emptyData, PLANT, proposePlantDelayed, release1 } from "../helpers/release1.ts";

const ADMIN: FakeUser = { id: ADMIN_ID, language_code: "ru" };
const ADMIN_KK: FakeUser = { id: ADMIN_ID, language_code: "kk" };
const READER: FakeUser = { id: 5203, language_code: "ru" };

let t: TestBot;
afterEach(async () => t?.close());

describe.each(providers())("release conflicts on %s", (provider) => {
  it("lists a field the release left as an editor changed it, with both values, for editors only", async () => {
    const db = await freshDb(provider);
    await emptyData(db.db);
    await applyRelease(db.db, release1(), new Date("2026-11-23T00:00:00Z"));
    const plant = (await loadCatalog(db.db)).measures.find((m) => m.id === PLANT)!;
    const { edits, setId } = await proposePlantDelayed(db.db, ADMIN_ID);
    await edits.apply(setId, ADMIN_ID, new Date("2026-12-01T00:00:00Z"));
    await applyRelease(db.db, loadDataset(), new Date("2026-12-07T00:00:00Z"));
    t = await testBot(provider, db);

    await t.send(textUpdate(ADMIN, "/conflicts Курчатов"));
    let text = lastText(t.tg);
    expect(text).toContain("Выпуск данных и правки редакторов: Курчатов");
    expect(text).toContain(plant.titleRu);
    expect(text).toContain("статус: в данных оставлено сроки перенесены; выпуск от 06.12.2026 даёт в работе");

    await t.send(textUpdate(ADMIN_KK, "/conflicts Курчатов"));
    text = lastText(t.tg);
    expect(text).toContain(plant.titleKk);
    expect(text).toContain("деректерде мерзімі ауыстырылды қалдырылды; 06.12.2026 шығарылымында жүріп жатыр");

    await t.send(textUpdate(ADMIN, "/conflicts Риддер"));
    expect(lastText(t.tg)).toContain("Расхождений между выпусками данных и правками редакторов нет: Риддер.");

    await t.send(textUpdate(ADMIN, "/history Риддер"));
    expect(lastText(t.tg)).toContain("набор данных · выпуск данных от 06.12.2026");
    expect(buttonsOf(t.tg).map((b) => b.text)).toEqual([]);

    await t.send(textUpdate(READER, "/conflicts"));
    expect(lastText(t.tg)).not.toContain("Выпуск данных");
  }, 120_000); // two whole-dataset imports: slow on PostgreSQL
});
