// The dataset's compilerNote fields (English notes, derivations, instructions for whoever
// compiles the data) are never shown: every reply kind, for every town and source, in
// both languages, is checked against every compilerNote in the bundled release.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createI18n, translator } from "../../src/i18n.ts";
import { DEFAULT_DATASET_DIR } from "../../src/db/seed/dataset.ts";
import { digestContent } from "../../src/domain/digest.ts";
import type { Subscription } from "../../src/domain/subscription.ts";
import { LANGS, TIER_IDS } from "../../src/domain/types.ts";
import type { Snapshot } from "../../src/knowledge.ts";
import { cardReply } from "../../src/render/answer-reply.ts";
import { CARD_SECTIONS } from "../../src/render/callbacks.ts";
import { renderCompare } from "../../src/render/compare.ts";
import { exportCsv } from "../../src/render/csv-export.ts";
import { renderDigestTexts } from "../../src/render/digest.ts";
import { renderOverview, renderTier, renderTiers } from "../../src/render/national.ts";
import { renderSource } from "../../src/render/source.ts";
import { withFreshSnapshot } from "../helpers/db.ts";

/** The compilerNotes, and every other text of the dataset (which a note may quote). */
function dataset(): { notes: string[]; others: string } {
  const notes: string[] = [];
  const others: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") others.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "compilerNote" && typeof x === "string" && x.trim()) notes.push(x.trim());
        else walk(x);
      }
    }
  };
  for (const f of ["monotowns.json", "program.json", "projects.json"]) walk(JSON.parse(readFileSync(`${DEFAULT_DATASET_DIR}/${f}`, "utf8")));
  return { notes, others: others.join("\n") };
}

let snap: Snapshot;
withFreshSnapshot((s) => (snap = s));

describe("compilerNote", () => {
  it("reaches no reply: cards, sources, comparisons, tiers, overview, digests, CSV", () => {
    const { notes, others } = dataset();
    expect(notes.length).toBeGreaterThan(100);
    const i18n = createI18n();
    const { catalog } = snap;
    const towns = [...catalog.towns.keys()];
    const replies: string[] = [];
    for (const lang of LANGS) {
      const ctx = { lang, t: translator(i18n, lang) };
      for (const id of towns) for (const section of CARD_SECTIONS) replies.push(cardReply(snap, id, section, ctx).text);
      for (const s of catalog.sources.keys()) {
        replies.push(renderSource(snap, s, null, ctx)!.text);
        for (const id of towns) replies.push(renderSource(snap, s, id, ctx)!.text);
      }
      for (let i = 0; i < towns.length; i += 2) replies.push(renderCompare(catalog, towns.slice(i, i + 2), ctx).text);
      replies.push(renderOverview(catalog, ctx).text, renderTiers(catalog, ctx).text, ...TIER_IDS.map((tier) => renderTier(catalog, tier, ctx, true).text));
      const sub: Subscription = {
        id: 1,
        chatId: 1,
        scope: { kind: "all" },
        schedule: { weekday: 1, hour: 9, minute: 0 },
        language: lang,
        state: "active",
        stopReason: null,
        nextDueAt: new Date(0),
        lastStateId: null,
        lastSentAt: null,
      };
      replies.push(...renderDigestTexts(catalog, sub, digestContent(catalog, towns, null), ctx, { period: "2026-W50" }));
      replies.push(exportCsv(snap, { kind: "cmp", townIds: towns.slice(0, 10) }, ctx)!.csv, exportCsv(snap, { kind: "tiers" }, ctx)!.csv);
    }
    const all = replies.join("\n");
    expect(all.length).toBeGreaterThan(100_000);
    // Whole notes, and any 40-character run of one (a note can be cut by a reply's limits)
    // that is not also in a text meant for users (a note may quote one).
    let runs = 0;
    for (const note of notes) {
      expect(all).not.toContain(note);
      for (let i = 0; i + 40 <= note.length; i += 20) {
        const run = note.slice(i, i + 40);
        if (others.includes(run)) continue;
        runs++;
        expect(all, note).not.toContain(run);
      }
    }
    expect(runs).toBeGreaterThan(1000);
  });
});
