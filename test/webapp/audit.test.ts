// The web pages read by the reply audit (test/helpers/audit/audit.ts), as the bot's replies
// are: nothing for the compiler, Kazakh pages in Kazakh, a date on every figure.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Lang } from "../../src/domain/types.ts";
import { Knowledge, type Snapshot } from "../../src/knowledge.ts";
import { renderListBody } from "../../src/webapp/list-page.ts";
import { tableQuery } from "../../src/webapp/rows.ts";
import { renderTownBody } from "../../src/webapp/town-page.ts";
import { auditData, auditReply, describeViolation } from "../helpers/audit/audit.ts";
import { saveVerdicts } from "../helpers/audit/dictionaries.ts";
import { contextFor } from "../helpers/audit/replies.ts";
import { freshDb, type TestDb } from "../helpers/db.ts";

let db: TestDb;
let snap: Snapshot;
beforeAll(async () => {
  db = await freshDb();
  snap = (await Knowledge.load(db.db)).current;
});
afterAll(async () => {
  saveVerdicts();
  await db?.close();
});

/**
 * What a reader reads: the map's drawing and the table's layout are not text. Projects'
 * notes are the dataset's own texts, which the bot's card does not show and the audit
 * does not read there either (its Kazakh rule takes names such as «Бектенов» and units
 * such as «га» for Russian words).
 */
const readable = (html: string) =>
  html
    .replace(/<svg[\s\S]*?<\/svg>/g, "")
    .replace(/<p class="note pnote">[\s\S]*?<\/p>/g, "")
    .replace(/<\/(tr|li|p|h\d|caption|div|summary)>/g, "\n")
    .replace(/<\/t[dh]>/g, " · ");

it("finds nothing wrong on any page, in either language", () => {
  const data = auditData(snap.catalog);
  const pages: Array<{ kind: string; town: string; lang: Lang; text: string }> = [];
  for (const lang of ["ru", "kk"] as const) {
    const ctx = contextFor(lang);
    pages.push({ kind: "webapp:list", town: "", lang, text: readable(renderListBody(snap.catalog, tableQuery(new URLSearchParams()), ctx)) });
    for (const town of snap.catalog.towns.values())
      pages.push({ kind: "webapp:town", town: town.nameRu, lang, text: readable(renderTownBody(snap, town, ctx)) });
  }
  expect(pages).toHaveLength(52);
  const violations = pages.flatMap((p) => auditReply(p, data).violations);
  expect(violations.map(describeViolation)).toEqual([]);
}, 120_000);
