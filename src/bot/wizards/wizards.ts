// Wizards (grammY conversations): registered under versioned ids, their state kept in the
// database (a restart continues a wizard where it was), one update of a chat at a time,
// and skipped entirely by updates of chats that have none.
//
// Versioning. What is stored is the replay log of each wizard: the updates it received
// and the results of its Bot API calls and `external` operations, in order. A deploy
// that changes that order for a wizard already in progress (a step added, removed or
// reordered, another call made) would replay an old log against new code. Such a
// change ships under a new id: register "subscribe.v2" with the new code, let the entry
// points below enter v2, and keep "subscribe.v1" registered with its old code until
// wizards started before the deploy have run out (WIZARD_TTL_MS); then delete v1.
// Texts and button labels may change freely. STORAGE_VERSION is the layout of the
// stored data itself: bumping it silently drops every wizard in progress, so don't.
import { Composer, type Context, type NextFunction } from "grammy";
import { conversations, createConversation, type ConversationFlavor } from "@grammyjs/conversations";
import { isAnonymousAdmin, isGroup, mayManage } from "../admin.ts";
import type { BotContext, LangContext } from "../context.ts";
import { setLanguage, storedLanguage } from "../language.ts";
import { attachUpdateLog } from "../update-log.ts";
import { Turns } from "../turns.ts";
import { scheduleWizard, subscribeWizard, type SubscribePreset } from "./subscribe.ts";
import { editWizard } from "./edit.ts";
import { rejectWizard, reportWizard } from "./report.ts";
import type { ReportSection } from "../../domain/reports.ts";
import type { WizardDeps, WizardStore } from "./deps.ts";

const SUBSCRIBE_WIZARD = "subscribe.v1";
const SCHEDULE_WIZARD = "schedule.v1";
const EDIT_WIZARD = "edit.v1";
const REPORT_WIZARD = "report.v1";
const REJECT_WIZARD = "report-reject.v1";
const STORAGE_VERSION = 1;

export type { WizardStore } from "./deps.ts";

/** Who drives a group's wizard, when it is not the sender (see anonymousOwner). */
const owners = new WeakMap<Context, string>();

/**
 * One wizard per private chat; in a group one per member, so only the admin who started
 * it drives it and others' messages pass by.
 */
export function wizardKey(ctx: Context): string | undefined {
  const chat = ctx.chat;
  if (!chat || chat.type === "channel") return undefined;
  if (chat.type === "private") return String(chat.id);
  const owner = owners.get(ctx) ?? (isAnonymousAdmin(ctx) ? "anon" : ctx.from?.id);
  return owner === undefined ? undefined : `${chat.id}:${owner}`;
}

/**
 * An anonymous admin starts a wizard as the group, but presses its buttons as
 * themselves: such a press drives the group's anonymous wizard if the presser is an admin.
 */
async function claimAnonymousWizard(ctx: Context, store: WizardStore) {
  const chat = ctx.chat!.id;
  if (!(await store.has(`${chat}:${ctx.from!.id}`)) && (await store.has(`${chat}:anon`)) && (await mayManage(ctx))) owners.set(ctx, "anon");
}

export function wizards(deps: WizardDeps) {
  const stack = new Composer<ConversationFlavor<LangContext>>(
    conversations<LangContext, LangContext>({
      storage: { type: "key", version: STORAGE_VERSION, getStorageKey: wizardKey, adapter: deps.store },
      // Outside middleware does not run inside a wizard: the update's logger is given
      // again, and the language decided again for each update it receives, from the
      // stored choice as everywhere else.
      plugins: (conversation) => [
        async (ctx, next) => {
          attachUpdateLog(ctx, deps.log);
          const userId = ctx.from?.id;
          setLanguage(ctx, deps.i18n, await conversation.external(() => storedLanguage(deps.users, userId, () => ctx.log)));
          await next();
        },
      ],
    }),
    createConversation<LangContext, LangContext>(subscribeWizard(deps), SUBSCRIBE_WIZARD),
    createConversation<LangContext, LangContext>(scheduleWizard(deps), SCHEDULE_WIZARD),
    createConversation<LangContext, LangContext>(editWizard(deps), EDIT_WIZARD),
    createConversation<LangContext, LangContext>(reportWizard(deps), REPORT_WIZARD),
    createConversation<LangContext, LangContext>(rejectWizard(deps), REJECT_WIZARD),
  ).middleware();
  const run = (ctx: BotContext, next: NextFunction) => stack(ctx as ConversationFlavor<LangContext>, next);

  const turns = new Turns(deps.chatLock);
  /** Updates taking their chat's turn now: a wizard they enter needs no other. */
  const holding = new WeakSet<BotContext>();
  const resume = async (ctx: BotContext, next: NextFunction) => {
    let key: string | undefined;
    let inWizard = false;
    try {
      if (isGroup(ctx) && ctx.from && ctx.callbackQuery?.data?.startsWith("sw:")) await claimAnonymousWizard(ctx, deps.store);
      key = wizardKey(ctx);
      // Holding the lock, read what another instance's turn may just have stored.
      if (key !== undefined && deps.chatLock) deps.store.forget(key);
      inWizard = key !== undefined && (await deps.store.has(key));
    } catch (err) {
      // The database away: whatever can be answered from the data in memory (a card, a
      // question) is answered as if no wizard were open. Only what must write says so.
      ctx.log.warn({ err }, "could not look up the chat's wizard: answering as if there were none");
    }
    return inWizard ? run(ctx, next) : next();
  };
  // A wizard in progress gets the update first, one update of the chat at a time. Most
  // updates come from chats with no wizard and none starting, which the store and the
  // turns know from memory: they pass at once, without the plugin's work.
  const handle = (ctx: BotContext, next: NextFunction, key: string, chat: number) => {
    const anonymous = isGroup(ctx) && !!ctx.callbackQuery?.data?.startsWith("sw:");
    if (deps.store.known(key) === false && !anonymous && !turns.busy(chat)) return next();
    holding.add(ctx);
    return turns.take(chat, () => resume(ctx, next));
  };
  const middleware = async (ctx: BotContext, next: NextFunction) => {
    const key = wizardKey(ctx);
    const chat = ctx.chat?.id;
    if (key === undefined || chat === undefined) return next();
    try {
      await handle(ctx, next, key, chat);
    } finally {
      // The store dropped this chat's state (too big, or broken) while reading or
      // writing it: the update was handled as if there were no wizard; say why.
      if (deps.store.takeDropped(key)) {
        ctx.log.warn({ key }, "dropped a wizard's stored state: too big or unreadable");
        await ctx.reply(ctx.render.t("wizard-reset")).catch((err) => ctx.log.warn({ err }, "could not say the wizard was reset"));
      }
    }
  };

  /** Starts a wizard afresh (one in progress is dropped), with the plugin if it is not on yet. */
  const enter = async (ctx: BotContext, id: string, ...args: unknown[]) => {
    const start = async (c: ConversationFlavor<LangContext>) => {
      await c.conversation.exitAll();
      await c.conversation.enter(id, ...args);
    };
    if (ctx.conversation) return start(ctx as ConversationFlavor<LangContext>);
    const enterNow = async () => {
      await run(ctx, () => start(ctx as ConversationFlavor<LangContext>));
    };
    // Entered from an update that passed by without a turn: take one now, so that the
    // chat's next update waits for the wizard's state to be stored.
    await (holding.has(ctx) ? enterNow() : turns.take(ctx.chat!.id, enterNow));
  };

  return {
    middleware: () => middleware,
    subscribe: (ctx: BotContext, preset: SubscribePreset = {}) => enter(ctx, SUBSCRIBE_WIZARD, preset),
    schedule: (ctx: BotContext, subscriptionId: number) => enter(ctx, SCHEDULE_WIZARD, subscriptionId),
    /** With a target (a figure, tier or project id), the edit opens at it, as a report's ✏️ does. */
    edit: (ctx: BotContext, townId: string | null, targetId: string | null = null) => enter(ctx, EDIT_WIZARD, townId, targetId),
    report: (ctx: BotContext, townId: string, section: ReportSection) => enter(ctx, REPORT_WIZARD, townId, section),
    reject: (ctx: BotContext, reportId: number) => enter(ctx, REJECT_WIZARD, reportId),
  };
}

export type Wizards = ReturnType<typeof wizards>;
