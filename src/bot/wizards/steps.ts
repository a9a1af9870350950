// One wizard in progress: what it shows, the next answer it understands, and the steps
// the subscription wizards share. Conversations are replayed from the start on every
// update, so everything that touches the outside world goes through `external` or the
// Bot API (both recorded); the rest must be pure.
import type { Conversation } from "@grammyjs/conversations";
import type { Clock } from "../../clock.ts";
import { isValidSchedule, type Schedule, type Scope } from "../../domain/subscription.ts";
import type { Knowledge } from "../../knowledge.ts";
import { parseCallback, type WizardAction } from "../../render/callbacks.ts";
import type { Reply } from "../../render/types.ts";
import {
  parseTime,
  pickableTowns,
  renderConfirm,
  renderHourStep,
  renderRepeat,
  renderScheduleSave,
  renderScopeStep,
  renderWeekdayStep,
} from "../../render/wizard.ts";
import { MAX_INPUT } from "../../understanding/understand.ts";
import type { LangContext } from "../context.ts";
import { replace, send } from "../reply.ts";

export type WizardConversation = Conversation<LangContext, LangContext>;

/**
 * A wizard this old (since it started) is over: the next message is handled as if there
 * were none. Its stored log only grows, so a wizard must not live for ever.
 */
export const WIZARD_TTL_MS = 24 * 3600_000;
/** Answers in a row the wizard did not understand before it gives up (and says so). */
const MAX_MISSES = 5;
/**
 * Updates one wizard takes in all. Every update and every reply is kept in its stored
 * log and replayed on the next one: ~1-3 KB each, against the store's cap (see
 * conversation-storage.ts). Ticking all twenty towns one by one still fits.
 */
export const MAX_STEPS = 40;

export type Input = { kind: "button"; action: WizardAction; arg: string } | { kind: "text"; text: string } | { kind: "other" };

const isCommand = (ctx: LangContext) => ctx.message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0) ?? false;

export class WizardRun {
  /** The latest update's context: replies go to it, in the language decided for it. */
  ctx: LangContext;
  private shown = false;
  private question: Reply | null = null;
  /** Telegram refuses a second answer to the same button press. */
  private answered: LangContext | null = null;
  /** When the wizard started (its first wait), from the recorded clock. */
  private startedAt: number | null = null;
  private steps = 0;
  private misses = 0;

  constructor(
    private conversation: WizardConversation,
    first: LangContext,
    readonly token: string,
    private deps: { knowledge: Knowledge; clock: Clock },
  ) {
    this.ctx = first;
  }

  get r() {
    return this.ctx.render;
  }

  get catalog() {
    return this.deps.knowledge.current.catalog;
  }

  /**
   * Shows a screen: the first one as a new message (a card or list the wizard started
   * from stays), later ones in place of the screen whose button was pressed.
   */
  async show(reply: Reply, asQuestion = true) {
    if (asQuestion) this.question = reply;
    // A new screen is progress: only answers missed in a row count towards giving up.
    this.misses = 0;
    if (this.shown && this.ctx.callbackQuery?.message) await replace(this.ctx, reply);
    else await send(this.ctx, reply);
    this.shown = true;
  }

  async answer(text?: string) {
    if (!this.ctx.callbackQuery || this.answered === this.ctx) return;
    this.answered = this.ctx;
    await this.ctx.answerCallbackQuery(text ? { text } : undefined);
  }

  /** Says the answer was not understood and asks the same question again, below it. */
  async repeat() {
    await this.answer();
    if (++this.misses >= MAX_MISSES) return this.giveUp("wizard-gave-up");
    if (this.question) await send(this.ctx, renderRepeat(this.question, this.r));
  }

  /** Ends the wizard with a word to the user: nothing it was filling in is saved. */
  private async giveUp(key: "wizard-gave-up" | "wizard-too-long"): Promise<never> {
    await this.answer();
    await send(this.ctx, { text: this.r.t(key) });
    return await this.conversation.halt();
  }

  /**
   * The next update meant for this wizard. Commands and buttons that start something
   * else end the wizard and are handled as usual; other buttons of the bot (cards,
   * lists) work as usual while the wizard waits.
   */
  async next(): Promise<Input> {
    const c = this.conversation;
    // The same two recorded reads of the clock as before wizards had an age: logs stored
    // by an earlier version replay unchanged (see wizards.ts, Versioning).
    const before = await c.external(() => this.deps.clock.now().getTime());
    this.startedAt ??= before;
    const ctx = await c.wait();
    const after = await c.external(() => this.deps.clock.now().getTime());
    if (after - this.startedAt > WIZARD_TTL_MS || isCommand(ctx)) return await c.halt({ next: true });
    const data = ctx.callbackQuery?.data;
    if (data !== undefined) {
      const p = parseCallback(data);
      if (p?.kind === "subnew" || (p?.kind === "sub" && p.action === "when")) return await c.halt({ next: true });
      if (p?.kind !== "wiz") return await c.skip({ next: true });
      await this.step(ctx);
      // A button of an earlier wizard is not an answer to this one.
      return p.token === this.token ? { kind: "button", action: p.action, arg: p.arg } : { kind: "other" };
    }
    const text = ctx.message?.text;
    // Edits, membership changes, a group's service messages: not answers; the rest of the bot sees them.
    if (!ctx.message || (text === undefined && ctx.chat?.type !== "private")) return await c.skip({ next: true });
    await this.step(ctx);
    // Cut as the understanding would: no step reads more of an answer than that.
    return text !== undefined ? { kind: "text", text: text.slice(0, MAX_INPUT) } : { kind: "other" };
  }

  /** Takes an update as this wizard's; past MAX_STEPS the wizard ends instead. */
  private async step(ctx: LangContext) {
    this.ctx = ctx;
    if (++this.steps > MAX_STEPS) await this.giveUp("wizard-too-long");
  }

  /** Which towns: tick towns (or type their names), or take a tier or all of them. Null if cancelled. */
  async scope(chosen: string[] = []): Promise<Scope | null> {
    const pickable = new Set(pickableTowns(this.catalog, this.r).map((t) => t.id));
    await this.show(renderScopeStep(this.catalog, chosen, this.token, this.r));
    for (;;) {
      const input = await this.next();
      if (input.kind === "button") {
        if (input.action === "cancel") return null;
        if (input.action === "all") return this.answering({ kind: "all" });
        const tier = this.catalog.tiers.find((x) => x.id === input.arg);
        if (input.action === "tier" && tier) return this.answering({ kind: "tier", tierId: tier.id });
        if (input.action === "done") {
          if (chosen.length) return this.answering({ kind: "towns", townIds: chosen });
          await this.answer(this.r.t("sub-choose-scope-empty"));
          continue;
        }
        if (input.action === "town" && pickable.has(input.arg)) {
          chosen = chosen.includes(input.arg) ? chosen.filter((x) => x !== input.arg) : [...chosen, input.arg];
          await this.answer();
          await this.show(renderScopeStep(this.catalog, chosen, this.token, this.r));
          continue;
        }
      } else if (input.kind === "text") {
        const named = this.deps.knowledge.current.understander.understand(input.text, this.ctx.lang).towns.filter((id) => pickable.has(id));
        if (named.length) {
          chosen = [...chosen, ...named.filter((id) => !chosen.includes(id))];
          await this.show(renderScopeStep(this.catalog, chosen, this.token, this.r));
          continue;
        }
      }
      await this.repeat();
    }
  }

  /** Which day and hour; null if cancelled. */
  async when(current: Schedule): Promise<Schedule | null> {
    await this.show(renderWeekdayStep(current, this.token, this.r));
    let weekday: number | null = null;
    while (weekday === null) {
      const input = await this.next();
      if (input.kind === "button" && input.action === "cancel") return null;
      const d = Number(input.kind === "button" && input.action === "day" ? input.arg : NaN);
      if (isValidSchedule({ ...current, weekday: d })) weekday = d;
      else await this.repeat();
    }
    await this.answer();
    await this.show(renderHourStep({ ...current, weekday }, this.token, this.r));
    for (;;) {
      const input = await this.next();
      if (input.kind === "button" && input.action === "cancel") return null;
      const picked = { weekday, hour: Number(input.kind === "button" && input.action === "hour" ? input.arg : NaN), minute: 0 };
      if (isValidSchedule(picked)) return this.answering(picked);
      const typed = input.kind === "text" ? parseTime(input.text) : null;
      if (typed) return { weekday, ...typed };
      await this.repeat();
    }
  }

  /** The summary: "ok" to subscribe, "when" for another time, null if cancelled. */
  async confirm(scope: Scope, schedule: Schedule): Promise<"ok" | "when" | null> {
    await this.show(renderConfirm(this.catalog, scope, schedule, this.token, this.r));
    for (;;) {
      const input = await this.next();
      if (input.kind === "button" && input.action === "cancel") return null;
      if (input.kind === "button" && (input.action === "ok" || input.action === "when")) return this.answering(input.action);
      await this.repeat();
    }
  }

  /** The last screen of a schedule change: true to save, false if cancelled. */
  async save(scope: Scope, schedule: Schedule): Promise<boolean> {
    await this.show(renderScheduleSave(this.catalog, scope, schedule, this.token, this.r));
    for (;;) {
      const input = await this.next();
      if (input.kind === "button" && input.action === "cancel") return false;
      if (input.kind === "button" && input.action === "save") return this.answering(true);
      await this.repeat();
    }
  }

  /** Ends the wizard with a message in place of its screen. */
  async finish(reply: Reply) {
    await this.answer();
    await this.show(reply, false);
  }

  private async answering<T>(value: T): Promise<T> {
    await this.answer();
    return value;
  }
}
