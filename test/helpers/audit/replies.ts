// Every kind of reply the bot can send about the data, rendered for every town in both
// languages from a loaded snapshot: what the reply audit reads. Goes through the same
// public render functions the bot calls, so a reply kind added to the bot but not here
// is the only way for text to escape the audit.
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sheetRows } from "../../../src/sheets/export.ts";
import { channelReplies } from "./channel-replies.ts";
import { nationalFundingChart, projectsChart as projectsData, tiersChart as tiersData, townFundingChart } from "../../../src/domain/chart-data.ts";
import { digestContent, digestSnapshot } from "../../../src/domain/digest.ts";
import { periodOf } from "../../../src/domain/schedule.ts";
import { DEFAULT_SCHEDULE, type Schedule, type Subscription } from "../../../src/domain/subscription.ts";
import { LANGS, type Catalog, type Lang, type Town, type TownEdit } from "../../../src/domain/types.ts";
import type { Snapshot } from "../../../src/knowledge.ts";
import { answer, regionReply } from "../../../src/render/answer-reply.ts";
import { CARD_SECTIONS, parseCallback } from "../../../src/render/callbacks.ts";
import { renderCard } from "../../../src/render/card.ts";
import { fundingChart, projectsChart, tiersChart } from "../../../src/render/chart-replies.ts";
import { renderCompare } from "../../../src/render/compare.ts";
import { exportCsv } from "../../../src/render/csv-export.ts";
import { renderDigestTexts, scheduleText } from "../../../src/render/digest.ts";
import { inlineArticles } from "../../../src/render/inline.ts";
import { renderOverview, renderTier, renderTiers } from "../../../src/render/national.ts";
import { renderSource } from "../../../src/render/source.ts";
import { allTownGaps, byHolder, nationalGaps, townGaps, withHolders, type HeldGap } from "../../../src/domain/gaps.ts";
import { draftRequest, gapsCsv, nationalGapsReply, renderDraftMessage, renderGapsTable, townGapsReply } from "../../../src/render/gaps.ts";
import { projectLookup, projectReply } from "../../../src/render/project-card.ts";
import { projectsOfTown } from "../../../src/domain/project.ts";
import type { Keyboard, RenderContext, Translate } from "../../../src/render/types.ts";
import { reportScreens, townReportReplies } from "./report-replies.ts";

const LOCALES = path.resolve(import.meta.dirname, "../../../locales");

/** The bot's translations without grammY: the same .ftl files, the same Fluent options. */
function translate(lang: Lang): Translate {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const f of readdirSync(path.join(LOCALES, lang)).filter((x) => x.endsWith(".ftl"))) {
    bundle.addResource(new FluentResource(readFileSync(path.join(LOCALES, lang, f), "utf8")));
  }
  return (key, vars) => {
    const m = bundle.getMessage(key);
    return m?.value ? bundle.formatPattern(m.value, vars) : key;
  };
}

export const contextFor = (lang: Lang): RenderContext => ({ lang, t: translate(lang) });

export interface RenderedReply {
  /** What the user asked for: "card:main", "source", "digest", "chart:funding", "csv:tiers"… */
  kind: string;
  /** The town it is about, or "" for a national reply. */
  town: string;
  lang: Lang;
  /** Telegram HTML, or plain text for files and chart images. */
  text: string;
  keyboard?: Keyboard;
  /** Card sections only: which section, so rule 7 can compare its 📎 buttons with its text. */
  section?: string;
}

const keyboardText = (k: Keyboard | undefined) =>
  (k ?? [])
    .flat()
    .map((b) => b.text)
    .join("\n");

/** Questions whose answers are not about one town's data: regions, places that are not monotowns, help. */
const QUESTIONS: Record<Lang, string[]> = {
  ru: [
    "Караганда моногород?",
    "Талдыкорган моногород?",
    "моногорода Жетысуской области",
    "Балхашский район",
    "Абай",
    "Аксу",
    "расскажи анекдот",
    "привет",
    "помощь",
    "ГРЭС-2 Экибастуза когда введут энергоблок",
    "когда отремонтируют ТЭЦ",
    "/project метро",
  ],
  kk: [
    "Қарағанды моноқала ма?",
    "Талдықорған моноқалаға жата ма",
    "Жетісу облысының моноқалалары",
    "Балқаш ауданы",
    "Абай",
    "Ақсу",
    "анекдот айтшы",
    "сәлем",
    "көмек",
    "Екібастұз МАЭС-2 энергоблогы қашан іске қосылады",
    "ЖЭО жөндеу қашан бітеді",
    "/project метро",
  ],
};

/** Editors' changes as a town's history lists them: its population, a project's status, a project added, and more not shown. */
function editedHistory(catalog: Catalog, town: Town, at: Date): { latest: TownEdit[]; total: number } {
  const latest: TownEdit[] = [];
  const pop = town.figures.find((f) => f.key === "population");
  if (pop) latest.push({ at, entity: "figure", entityId: pop.id, field: "value", old: pop.value, new: (pop.value ?? 0) + 100, source: pop.source });
  const m = catalog.measuresByTown.get(town.id)?.[0];
  if (m) {
    latest.push({ at, entity: "measure", entityId: m.id, field: "status", old: m.status, new: "delayed", source: m.sources[0] ?? null });
    latest.push({ at, entity: "measure", entityId: `${m.id}-2`, field: "*", old: null, new: { titleRu: m.titleRu, titleKk: m.titleKk }, source: null });
  }
  return { latest, total: latest.length + 3 };
}

/** Every reply kind for every town and both languages. */
export function allReplies(snap: Snapshot, langs: readonly Lang[] = LANGS): RenderedReply[] {
  const { catalog } = snap;
  const out: RenderedReply[] = [];
  const towns = [...catalog.towns.values()];
  const slot = new Date("2026-11-30T04:00:00Z");
  for (const lang of langs) {
    const ctx = contextFor(lang);
    const push = (kind: string, town: string, text: string, keyboard?: Keyboard, section?: string) => {
      out.push({ kind, town, lang, text, ...(keyboard ? { keyboard } : {}), ...(section ? { section } : {}) });
      // Button labels are words the user reads too.
      if (keyboard?.length) out.push({ kind: `${kind}:buttons`, town, lang, text: keyboardText(keyboard) });
    };

    push("help", "", ctx.t("help"));
    reportScreens(ctx, push);
    push("tiers", "", renderTiers(catalog, ctx).text, renderTiers(catalog, ctx).keyboard);
    for (const tier of catalog.tiers) {
      const r = renderTier(catalog, tier.id, ctx);
      push(`tier:${tier.id}`, "", r.text, r.keyboard);
      push(`csv:tier:${tier.id}`, "", exportCsv(snap, { kind: "tier", tierId: tier.id }, ctx)?.csv ?? "");
    }
    push("csv:tiers", "", exportCsv(snap, { kind: "tiers" }, ctx)?.csv ?? "");
    const overview = renderOverview(catalog, ctx);
    push("overview", "", overview.text, overview.keyboard);
    for (const row of overview.keyboard ?? []) {
      for (const b of row) {
        const c = "data" in b ? parseCallback(b.data) : null;
        if (c?.kind === "source") push("source", "", renderSource(snap, c.sourceId, null, ctx)?.text ?? "");
      }
    }
    const charts = [fundingChart(nationalFundingChart(catalog), ctx), projectsChart(projectsData(catalog), ctx), tiersChart(tiersData(catalog), ctx)];
    for (const [i, kind] of (["funding", "projects", "tiers"] as const).entries()) {
      push(`chart:${kind}`, "", charts[i]!.caption);
      const s = charts[i]!.spec;
      push(
        `chart:${kind}:image`,
        "",
        [
          s.title,
          s.subtitle ?? "",
          ...s.legend.map((l) => l.label),
          ...s.groups.flatMap((g) => [g.label, g.note ?? "", ...g.bars.map((b) => b.text)]),
          s.footer ?? "",
        ].join("\n"),
      );
    }
    for (const q of QUESTIONS[lang]) {
      const r = q.startsWith("/project ") ? projectLookup(snap, q.slice(9), ctx) : answer(snap, snap.understander.understand(q, lang), q, ctx);
      push(`answer:${q}`, "", r.text, r.keyboard);
    }
    const inline = inlineArticles(snap, null, ctx, "monoqala_bot");
    for (const a of inline) push("inline", "", [a.title, a.description ?? "", a.text].join("\n"), a.keyboard);

    // What is unknown and who holds it; each holder's draft request, as the message and the .txt file.
    const drafts = (townId: string | null, held: HeldGap[], name: string) => {
      for (const g of byHolder(held).filter((x) => x.holder)) {
        const draft = draftRequest(catalog, townId, g.gaps, snap.holders, ctx) ?? "";
        push("gaps:draft-file", name, draft);
        push("gaps:draft", name, renderDraftMessage(draft, g.holder!, snap.holders, ctx).text);
      }
    };
    const nationalList = nationalGapsReply(snap, ctx);
    push("gaps", "", nationalList.text, nationalList.keyboard);
    drafts(null, withHolders(nationalGaps(catalog), catalog, snap.holders), "");
    const gapRows = allTownGaps(catalog).map((x) => ({ townId: x.town.id, gaps: withHolders(x.gaps, catalog, snap.holders) }));
    push("gaps:table", "", renderGapsTable(catalog, gapRows, ctx));
    push("gaps:csv", "", gapsCsv(catalog, gapRows, ctx).csv);

    channelReplies(catalog, ctx, contextFor(lang === "ru" ? "kk" : "ru"), push);
    const schedules: Schedule[] = [DEFAULT_SCHEDULE, { weekday: 0, hour: 7, minute: 30 }];
    for (const s of schedules) push("schedule", "", scheduleText(s, ctx));

    const before = digestSnapshot(catalog);
    for (const [i, town] of towns.entries()) {
      const name = town.nameRu;
      for (const section of CARD_SECTIONS) {
        const r = renderCard(catalog, town, section, ctx);
        push(`card:${section}`, name, r.text, r.keyboard, section);
        for (const row of r.keyboard ?? []) {
          for (const b of row) {
            const c = "data" in b ? parseCallback(b.data) : null;
            if (c?.kind === "source" && section !== "sources") push("source", name, renderSource(snap, c.sourceId, town.id, ctx)?.text ?? "");
          }
        }
      }
      townReportReplies(catalog, town, ctx, push);
      // The history section once editors changed the town's figures (a fresh database has no edits).
      const edited = renderCard({ ...catalog, townEdits: new Map([[town.id, editedHistory(catalog, town, slot)]]) }, town, "history", ctx);
      push("card:history:edited", name, edited.text, edited.keyboard, "history");
      const region = snap.understander.regionOfTown(town.id);
      if (region) {
        const r = regionReply(snap, region, ctx);
        if (r) push("region", name, r.text, r.keyboard);
        push("csv:region", name, exportCsv(snap, { kind: "region", regionId: region }, ctx)?.csv ?? "");
      }
      const other = towns[(i + 1) % towns.length]!;
      const cmp = renderCompare(catalog, [town.id, other.id], ctx);
      push("compare", name, cmp.text, cmp.keyboard);
      push("csv:compare", name, exportCsv(snap, { kind: "cmp", townIds: [town.id, other.id] }, ctx)?.csv ?? "");
      const gapList = townGapsReply(snap, town.id, ctx)!;
      push("gaps", name, gapList.text, gapList.keyboard);
      drafts(town.id, withHolders(townGaps(catalog, town.id), catalog, snap.holders), name);
      const chart = townFundingChart(catalog, town.id);
      if (chart) {
        const c = fundingChart(chart, ctx);
        push("chart:town", name, c.caption);
        push(
          "chart:town:image",
          name,
          [c.spec.title, c.spec.subtitle ?? "", ...c.spec.groups.flatMap((g) => [g.label, ...g.bars.map((b) => b.text)]), c.spec.footer ?? ""].join("\n"),
        );
      }
      // Each project's card, and the choice /project <town> offers.
      for (const m of projectsOfTown(catalog, town.id)) {
        const r = projectReply(snap, m.id, ctx)!;
        push("project", name, r.text, r.keyboard);
      }
      const choice = projectLookup(snap, lang === "ru" ? town.nameRu : town.nameKk, ctx);
      push("project:choice", name, choice.text, choice.keyboard);
      for (const q of [town.nameRu, town.nameKk]) {
        for (const a of inlineArticles(snap, snap.understander.understand(q, lang), ctx, "monoqala_bot"))
          push("inline", name, [a.title, a.description ?? "", a.text].join("\n"), a.keyboard);
      }
      if (town.status === "monotown") {
        const sub: Pick<Subscription, "scope" | "schedule"> = { scope: { kind: "towns", townIds: [town.id] }, schedule: DEFAULT_SCHEDULE };
        const period = periodOf(DEFAULT_SCHEDULE, slot);
        for (const text of renderDigestTexts(catalog, sub, digestContent(catalog, [town.id], null), ctx, { period })) push("digest:first", name, text);
        // A digest with changes: the previous snapshot had every unfinished project still planned and every figure unknown.
        const prev = structuredClone(before);
        const mine = prev[town.id];
        if (mine) {
          for (const m of Object.values(mine.measures)) {
            m.status = m.status === "planned" ? "in_progress" : "planned";
            // A project that had slipped had one deadline fewer: it slipped again.
            if (m.slips) m.slips -= 1;
          }
          for (const f of Object.values(mine.figures)) f.value = f.value === null ? 1 : null;
        }
        for (const text of renderDigestTexts(catalog, sub, digestContent(catalog, [town.id], prev), ctx, { period })) push("digest:changes", name, text);
      }
    }
  }
  // The editors' export is the same in both languages (its columns are the sheet's ids).
  for (const kind of ["measures", "figures"] as const) {
    out.push({
      kind: `export:${kind}`,
      town: "",
      lang: "ru",
      text: sheetRows(catalog, kind)
        .map((r) => r.join("\t"))
        .join("\n"),
    });
  }
  return out;
}
