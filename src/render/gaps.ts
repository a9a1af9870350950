// What is unknown and who holds it, for a town or the country; the draft request under the
// law on access to information (a message and the plain text of a .txt file); and the
// editors' table of every town's unknowns.
import { allTownGaps, byHolder, nationalGaps, townGaps, withHolders, type Gap, type HeldGap, type Holders } from "../domain/gaps.ts";
import type { AnswerDeps } from "./answer-deps.ts";
import type { Catalog, Lang, Localized } from "../domain/types.ts";
import { cb } from "./callbacks.ts";
import { townName } from "./card.ts";
import { toCsv } from "./csv-format.ts";
import { escapeHtml } from "./format.ts";
import { fitItems } from "./limit.ts";
import type { RenderContext, Reply } from "./types.ts";

/** Parses a gaps button: the town (null: the country) and, for a request, the holder and the draft's language. */
export function parseGapsCb(data: string): { townId: string | null; holderId: string | null; lang: Lang | null } | null {
  const m = /^gap(s|req):([a-z0-9_-]+)(?::([a-z0-9_]{1,12}):(ru|kk))?$/.exec(data);
  if (!m || (m[1] === "req") !== !!m[3]) return null;
  return { townId: m[2] === "-" ? null : m[2]!, holderId: m[3] ?? null, lang: (m[4] as Lang | undefined) ?? null };
}

const pick = (l: Localized, lang: Lang) => l[lang];

/** What one gap is, in words: the figure and the plan it belongs to, or the project. */
function gapLabel(g: Gap, ctx: RenderContext): string {
  const project = g.measure ? (ctx.lang === "ru" ? g.measure.titleRu : g.measure.titleKk) : "";
  const what = ctx.t(`gaps-what-${g.what}`, { project });
  if (!g.plan) return what;
  return ctx.t("gaps-of-plan", { what, plan: ctx.lang === "ru" ? g.plan.labelRu : g.plan.labelKk });
}

function holderBlock(group: { holder: HeldGap["holder"]; gaps: HeldGap[] }, ctx: RenderContext): string {
  const head = group.holder ? ctx.t("gaps-holder", { holder: `<b>${escapeHtml(pick(group.holder.name, ctx.lang))}</b>` }) : ctx.t("gaps-holder-none");
  return [head, ...group.gaps.map((g) => `• ${escapeHtml(gapLabel(g, ctx))}`)].join("\n");
}

function requestButtons(townId: string | null, gaps: HeldGap[], ctx: RenderContext) {
  return byHolder(gaps)
    .filter((g) => g.holder)
    .map((g) => [{ text: ctx.t("btn-gaps-request", { holder: pick(g.holder!.name, ctx.lang) }), data: cb.gapRequest(townId, g.holder!.id, ctx.lang) }]);
}

function howLine(holders: Holders, ctx: RenderContext): string {
  const { law, portal } = holders;
  return ctx.t("gaps-how", { article: law.article, title: escapeHtml(pick(law.title, ctx.lang)), portal: portal.name, url: portal.url });
}

/** A town's unknowns grouped by who holds them, with a request button per holder. */
export function renderTownGaps(catalog: Catalog, townId: string, gaps: HeldGap[], holders: Holders, ctx: RenderContext): Reply | null {
  const town = catalog.towns.get(townId);
  if (!town) return null;
  const name = escapeHtml(townName(town, ctx.lang));
  const back = [{ text: ctx.t("btn-card"), data: cb.card(town.id) }];
  if (!gaps.length) return { text: ctx.t("gaps-none-town", { town: name }), keyboard: [back] };
  const head = [ctx.t("gaps-title-town", { town: name }), ctx.t("gaps-intro")].join("\n");
  const text = fitItems(
    head,
    byHolder(gaps).map((g) => holderBlock(g, ctx)),
    (left) => ctx.t("gaps-more", { count: left }),
    howLine(holders, ctx),
  );
  return { text, keyboard: [...requestButtons(town.id, gaps, ctx), back] };
}

/** The country's unknowns, and how many each town has (each town's list is /gaps <town>). */
function renderNationalGaps(catalog: Catalog, gaps: HeldGap[], perTown: Array<{ townId: string; count: number }>, holders: Holders, ctx: RenderContext): Reply {
  const towns = perTown
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((x) => `${escapeHtml(townName(catalog.towns.get(x.townId)!, ctx.lang))} ${x.count}`)
    .join(", ");
  const head = [ctx.t("gaps-title-national"), gaps.length ? ctx.t("gaps-intro") : ctx.t("gaps-none-national")].join("\n");
  const text = fitItems(
    head,
    byHolder(gaps).map((g) => holderBlock(g, ctx)),
    (left) => ctx.t("gaps-more", { count: left }),
    [towns ? ctx.t("gaps-towns", { list: towns }) : "", gaps.length ? howLine(holders, ctx) : ""].filter(Boolean).join("\n\n"),
  );
  return { text, keyboard: requestButtons(null, gaps, ctx) };
}

/** A town's unknowns with their holders (null: no such town), for the command, a question and ❓. */
export function townGapsReply(d: Pick<AnswerDeps, "catalog" | "holders" | "memo">, townId: string, ctx: RenderContext): Reply | null {
  if (!d.catalog.towns.has(townId)) return null;
  return d.memo(`${ctx.lang}:gaps:${townId}`, () =>
    renderTownGaps(d.catalog, townId, withHolders(townGaps(d.catalog, townId), d.catalog, d.holders), d.holders, ctx),
  );
}

/** The country's unknowns and each town's count. */
export function nationalGapsReply(d: Pick<AnswerDeps, "catalog" | "holders" | "memo">, ctx: RenderContext): Reply {
  return d.memo(`${ctx.lang}:gaps:-`, () => {
    const perTown = allTownGaps(d.catalog).map((x) => ({ townId: x.town.id, count: x.gaps.length }));
    return renderNationalGaps(d.catalog, withHolders(nationalGaps(d.catalog), d.catalog, d.holders), perTown, d.holders, ctx);
  });
}

/**
 * The draft request to one holder, as plain text (it goes into a .txt file and, escaped,
 * into the message): the holder, the requester's fields to fill, the law's article, the
 * town, each figure with its period, the answer asked for in the law's time.
 */
export function draftRequest(catalog: Catalog, townId: string | null, gaps: HeldGap[], holders: Holders, ctx: RenderContext): string | null {
  const { t, lang } = ctx;
  const town = townId ? catalog.towns.get(townId) : undefined;
  if ((townId && !town) || !gaps.length || !gaps[0]!.holder) return null;
  const { law } = holders;
  const cite = { article: law.article, date: pick(law.date, lang), number: law.number, title: pick(law.title, lang) };
  const body = town
    ? t("draft-body-town", { ...cite, town: townName(town, lang), region: lang === "ru" ? town.regionRu : town.regionKk })
    : t("draft-body-national", cite);
  const items = gaps.map((g, i) => `${i + 1}. ${gapLabel(g, ctx)}${g.period && !g.plan ? ` (${g.period})` : ""}`);
  return [
    pick(gaps[0]!.holder.name, lang),
    t("draft-from"),
    t("draft-contact"),
    "",
    t("draft-title"),
    t("draft-subtitle"),
    "",
    body,
    ...items,
    "",
    t("draft-answer"),
    "",
    t("draft-date"),
    t("draft-sign"),
  ].join("\n");
}

/** The message that goes with the draft: where to send it, then the draft itself. */
export function renderDraftMessage(draft: string, holder: NonNullable<HeldGap["holder"]>, holders: Holders, ctx: RenderContext): Reply {
  const name = escapeHtml(pick(holder.name, ctx.lang));
  const where = [
    ctx.t("gaps-send-to", { portal: holders.portal.name, url: holders.portal.url, holder: name }),
    holder.address ? ctx.t("gaps-address", { address: escapeHtml(holder.address) }) : ctx.t("gaps-address-unknown"),
  ].join("\n");
  return { text: fitItems(where, [`<pre>${escapeHtml(draft)}</pre>`], () => "") };
}

/** A file name a user's system keeps: the town's id, or "kz" for the country, and the holder. */
export const draftFileName = (townId: string | null, holderId: string, lang: Lang) => `request-${townId ?? "kz"}-${holderId}-${lang}.txt`;

/** The editors' view: a line per town with its unknowns counted by kind. */
export function renderGapsTable(catalog: Catalog, rows: Array<{ townId: string; gaps: Gap[] }>, ctx: RenderContext): string {
  const lines = rows
    .filter((r) => r.gaps.length)
    .map((r) => {
      const n = (f: (g: Gap) => boolean) => r.gaps.filter(f).length;
      return ctx.t("gaps-table-row", {
        town: escapeHtml(townName(catalog.towns.get(r.townId)!, ctx.lang)),
        total: r.gaps.length,
        figures: n((g) => !g.measure),
        status: n((g) => g.what === "project_status"),
        amount: n((g) => g.what === "project_amount"),
      });
    });
  const total = rows.reduce((s, r) => s + r.gaps.length, 0);
  return fitItems(ctx.t("gaps-table-title", { total, towns: lines.length }), lines, (left) => ctx.t("gaps-more", { count: left }));
}

/** Every town's unknowns as CSV rows (town, region, key, what, plan, period, holder). */
export function gapsCsv(catalog: Catalog, rows: Array<{ townId: string; gaps: HeldGap[] }>, ctx: RenderContext): { csv: string; rows: number } {
  const out: Array<Array<string | null>> = [ctx.t("gaps-csv-header").split("|")];
  for (const r of rows) {
    const town = catalog.towns.get(r.townId)!;
    for (const g of r.gaps) {
      out.push([
        townName(town, ctx.lang),
        ctx.lang === "ru" ? town.regionRu : town.regionKk,
        g.key,
        gapLabel(g, ctx),
        g.plan ? (ctx.lang === "ru" ? g.plan.labelRu : g.plan.labelKk) : null,
        g.period,
        g.holder ? pick(g.holder.name, ctx.lang) : null,
      ]);
    }
  }
  return { csv: toCsv(out), rows: out.length - 1 };
}
