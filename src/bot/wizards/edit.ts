// The single-edit wizard (/edit): a town, one of its figures or projects, the field, the
// new value and its source, then the same preview and Confirm as an upload. Replayed from
// its stored log on every update (see wizards.ts), so the list of records it offers is
// taken once through `external`: a reload in between cannot shift what a button means.
import { editTargets, singleEditRow, type EditTarget, type SourceRef } from "../../domain/edits.ts";
import type { WizardAction } from "../../render/callbacks.ts";
import { parseAmount, parseDate, parseSourceText } from "../../sheets/sheets.ts";
import { MAX_KZT_BN } from "../../sheets/sheets.ts";
import { renderPreview, renderRowErrors } from "../../render/edits.ts";
import {
  MEASURE_FIELDS,
  renderEditFieldStep,
  renderEditSourceStep,
  renderEditTargetStep,
  renderEditTownStep,
  renderEditValueStep,
  valueChoices,
  type EditField,
} from "../../render/edit-wizard.ts";
import type { LangContext } from "../context.ts";
import { WizardRun, type WizardConversation } from "./steps.ts";
import type { WizardDeps } from "./deps.ts";

/** The largest number a typed figure may have (people, measures, billions of tenge). */
const MAX_TYPED = 5_000_000;

/** What a text typed where the wizard waits for a button means, besides not an answer. */
type Aside = { kind: "town"; townId: string } | { kind: "question" } | null;

export function editWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, townId: string | null = null, targetId: string | null = null) => {
    const token = Math.floor((await conversation.random()) * 36 ** 4)
      .toString(36)
      .padStart(4, "0");
    const w = new WizardRun(conversation, first, token, deps);
    const cancelled = () => w.finish({ text: w.r.t("edw-cancelled") });
    const understand = (text: string) => deps.knowledge.current.understander.understand(text, w.ctx.lang);
    /**
     * A town's name alone switches the edit to that town; a question (anything the bot
     * would answer) ends the edit with a word and is answered as usual; the rest is asked again.
     */
    const asideOf = (text: string): Aside => {
      const u = understand(text);
      const one = u.towns.length === 1 ? u.towns[0]! : null;
      if (one && (u.intent === "town_overview" || u.intent === "former_monotown") && editTargets(w.catalog, one).length) return { kind: "town", townId: one };
      return u.intent === "out_of_scope" && !u.towns.length ? null : { kind: "question" };
    };
    /** Leaves the wizard and lets the bot answer the message that is waiting. */
    const leaveFor = async () => {
      await w.show({ text: w.r.t("edw-left") }, false);
      return await conversation.halt({ next: true });
    };

    let town: string | null = townId && w.catalog.towns.has(townId) ? townId : null;
    if (!town) {
      await w.show(renderEditTownStep(token, w.r));
      while (!town) {
        const input = await w.next();
        if (input.kind === "button" && input.action === "cancel") return cancelled();
        const ids = input.kind === "text" ? understand(input.text).towns : [];
        if (ids.length === 1 && editTargets(w.catalog, ids[0]!).length) town = ids[0]!;
        else if (input.kind === "text") await w.show({ ...renderEditTownStep(token, w.r), text: w.r.t("edw-town-again") }, false);
        else await w.repeat();
      }
    }

    /** Waits for a press of one of the list's buttons; null when cancelled, a town when one was typed. */
    const pick = async <T>(action: WizardAction, list: readonly T[]): Promise<T | null | { switchTo: string }> => {
      for (;;) {
        const input = await w.next();
        if (input.kind === "button" && input.action === "cancel") return null;
        const hit = input.kind === "button" && input.action === action ? list[Number(input.arg)] : undefined;
        if (hit !== undefined) return (await w.answer(), hit);
        const aside = input.kind === "text" ? asideOf(input.text) : null;
        if (aside?.kind === "town") return { switchTo: aside.townId };
        if (aside?.kind === "question") return await leaveFor();
        await w.repeat();
      }
    };
    const switched = (x: unknown): x is { switchTo: string } => typeof x === "object" && x !== null && "switchTo" in x;

    let preselect = targetId;
    // Each round is one town; typing another town's name starts the next round with it.
    for (;;) {
      const townKey: string = town;
      const targets: EditTarget[] = await conversation.external(() => editTargets(deps.knowledge.current.catalog, townKey));
      // Opened from a report's ✏️: its figure is taken as picked, once (a town typed later starts over).
      const preset = preselect ? targets.find((x) => x.id === preselect) : undefined;
      preselect = null;
      if (!preset) await w.show(renderEditTargetStep(w.catalog, town, targets, token, w.r));

      const target: EditTarget | null | { switchTo: string } = preset ?? (await pick("pick", targets));
      if (!target) return cancelled();
      if (switched(target)) {
        town = target.switchTo;
        continue;
      }
      let field: EditField = "value";
      if (target.kind === "measure") {
        await w.show(renderEditFieldStep(target, token, w.r));
        const picked = await pick("field", MEASURE_FIELDS);
        if (!picked) return cancelled();
        if (switched(picked)) {
          town = picked.switchTo;
          continue;
        }
        field = picked;
      }

      await w.show(renderEditValueStep(target, field, token, w.r));
      const choices = valueChoices(target, field);
      let value: number | string | null | undefined;
      if (choices) {
        const chosen = await pick("value", choices);
        if (!chosen) return cancelled();
        if (switched(chosen)) {
          town = chosen.switchTo;
          continue;
        }
        value = chosen;
      }
      let other: string | null = null;
      while (value === undefined && other === null) {
        const input = await w.next();
        if (input.kind === "button" && input.action === "cancel") return cancelled();
        if (input.kind === "text") {
          const typed = input.text.trim();
          const parsed =
            typed === "-"
              ? null
              : field === "deadline" || field === "doneOn"
                ? parseDate(typed)
                : parseAmount(typed, field === "amountKztBn" ? MAX_KZT_BN : MAX_TYPED);
          if (parsed === null || typeof parsed === "number" || /^\d{4}/.test(parsed)) value = parsed;
          // A number the editor typed in a form we do not read («12,5 млрд») is asked again, not taken for a question.
          else if (!/\d/.test(typed)) {
            const aside = asideOf(typed);
            if (aside?.kind === "town") other = aside.townId;
            else if (aside?.kind === "question") return await leaveFor();
          }
        }
        if (value === undefined && other === null) await w.repeat();
      }
      if (other !== null) {
        town = other;
        continue;
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
        // Neither a date nor a link: not a source at all, perhaps a question.
        else if (parsed.missing.includes("date") && parsed.missing.includes("url") && asideOf(input.text)?.kind === "question") return await leaveFor();
        else
          await w.show(
            {
              text: w.r.t("edw-source-missing", { missing: parsed.missing.map((m) => w.r.t(`edw-part-${m}`)).join(", ") }),
              keyboard: renderEditSourceStep(token, w.r).keyboard,
            },
            false,
          );
      }

      const chosen = target;
      const recordField = chosen.kind === "figure" ? "value" : field;
      const final = source;
      const { sheet, row } = singleEditRow(chosen, recordField, value ?? null, final);
      const outcome = await conversation.external(() =>
        deps.edits.propose(deps.knowledge.current.catalog, {
          kind: "edit",
          userId: first.from!.id,
          chatId: first.chat!.id,
          fileName: null,
          sheet,
          rows: [row],
        }),
      );
      if (outcome.errors.length) return w.finish(renderRowErrors(outcome.errors, w.r));
      if (outcome.setId === null) return w.finish({ text: w.r.t("ed-no-changes") });
      return w.finish(renderPreview(outcome.plan, outcome.setId, w.catalog, w.r));
    }
  };
}
