// The single-edit wizard (/edit): a town, one of its figures or projects, the field, the
// new value and its source, then the same preview and Confirm as an upload. Replayed from
// its stored log on every update (see wizards.ts), so the list of records it offers is
// taken once through `external`: a reload in between cannot shift what a button means.
import { editTargets, singleEditRow, type SourceRef } from "../../domain/edits.ts";
import type { WizardAction } from "../../render/callbacks.ts";
import { parseAmount, parseDate, parseSourceText } from "../../admin/sheets.ts";
import { MAX_KZT_BN } from "../../admin/sheets.ts";
import { renderPreview, renderRowErrors } from "../../render/edits.ts";
import {
  MEASURE_FIELDS, renderEditFieldStep, renderEditSourceStep, renderEditTargetStep, renderEditTownStep, renderEditValueStep, valueChoices, type EditField,
} from "../../render/edit-wizard.ts";
import type { LangContext } from "../context.ts";
import { WizardRun, type WizardConversation } from "./steps.ts";
import type { WizardDeps } from "./wizards.ts";

/** The largest number a typed figure may have (people, measures, billions of tenge). */
const MAX_TYPED = 5_000_000;

export function editWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, townId: string | null = null) => {
    const token = Math.floor((await conversation.random()) * 36 ** 4).toString(36).padStart(4, "0");
    const w = new WizardRun(conversation, first, token, deps);
    const cancelled = () => w.finish({ text: w.r.t("edw-cancelled") });

    let town = townId && w.catalog.towns.has(townId) ? townId : null;
    if (!town) {
      await w.show(renderEditTownStep(token, w.r));
      while (!town) {
        const input = await w.next();
        if (input.kind === "button" && input.action === "cancel") return cancelled();
        const ids = input.kind === "text" ? deps.knowledge.current.understander.understand(input.text, w.ctx.lang).towns : [];
        if (ids.length === 1 && editTargets(w.catalog, ids[0]!).length) town = ids[0]!;
        else await w.repeat();
      }
    }
    const townKey = town;
    const targets = await conversation.external(() => editTargets(deps.knowledge.current.catalog, townKey));
    await w.show(renderEditTargetStep(w.catalog, town, targets, token, w.r));
    /** Waits for a press of one of the list's buttons; null when cancelled. */
    const pick = async <T>(action: WizardAction, list: readonly T[]): Promise<T | null> => {
      for (;;) {
        const input = await w.next();
        if (input.kind === "button" && input.action === "cancel") return null;
        const hit = input.kind === "button" && input.action === action ? list[Number(input.arg)] : undefined;
        if (hit !== undefined) return (await w.answer(), hit);
        await w.repeat();
      }
    };

    const target = await pick("pick", targets);
    if (!target) return cancelled();
    let field: EditField = "value";
    if (target.kind === "measure") {
      await w.show(renderEditFieldStep(target, token, w.r));
      const picked = await pick("field", MEASURE_FIELDS);
      if (!picked) return cancelled();
      field = picked;
    }

    await w.show(renderEditValueStep(target, field, token, w.r));
    const choices = valueChoices(target, field);
    let value: number | string | null | undefined;
    if (choices) {
      const chosen = await pick("value", choices);
      if (!chosen) return cancelled();
      value = chosen;
    }
    while (value === undefined) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return cancelled();
      if (input.kind === "text") {
        const typed = input.text.trim();
        const parsed = typed === "-" ? null : field === "deadline" || field === "doneOn" ? parseDate(typed) : parseAmount(typed, field === "amountKztBn" ? MAX_KZT_BN : MAX_TYPED);
        if (parsed === null || typeof parsed === "number" || /^\d{4}/.test(parsed)) value = parsed;
      }
      if (value === undefined) await w.repeat();
    }
    await w.answer();

    await w.show(renderEditSourceStep(token, w.r));
    let source: SourceRef | null = null;
    while (!source) {
      const input = await w.next();
      if (input.kind === "button" && input.action === "cancel") return cancelled();
      if (input.kind !== "text") {
        await w.repeat();
        continue;
      }
      const parsed = parseSourceText(input.text);
      if ("source" in parsed) source = parsed.source;
      else await w.show({ text: w.r.t("edw-source-missing", { missing: parsed.missing.map((m) => w.r.t(`edw-part-${m}`)).join(", ") }), keyboard: renderEditSourceStep(token, w.r).keyboard }, false);
    }

    const chosen = target;
    const recordField = chosen.kind === "figure" ? "value" : field;
    const final = source;
    const { sheet, row } = singleEditRow(chosen, recordField, value ?? null, final);
    const outcome = await conversation.external(() =>
      deps.edits.propose(deps.knowledge.current.catalog, { kind: "edit", userId: first.from!.id, chatId: first.chat!.id, fileName: null, sheet, rows: [row] }),
    );
    if (outcome.errors.length) return w.finish(renderRowErrors(outcome.errors, w.r));
    if (outcome.setId === null) return w.finish({ text: w.r.t("ed-no-changes") });
    await w.finish(renderPreview(outcome.plan, outcome.setId, w.catalog, w.r));
  };
}
