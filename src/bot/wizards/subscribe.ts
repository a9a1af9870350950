// The subscription wizards: subscribing (towns → day → hour → confirm, or straight to
// confirm when started from a town card) and changing one subscription's schedule.
// Their state lives in the database, so a restart continues a wizard where it was.
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
import type { I18n } from "@grammyjs/i18n";
import {
  conversations, createConversation, type ConversationData, type ConversationFlavor, type VersionedState,
} from "@grammyjs/conversations";
import type { Logger } from "pino";
import type { Clock } from "../../clock.ts";
import type { ConversationStore } from "../../db/conversation-storage.ts";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import type { UserRepo } from "../../db/users.ts";
import { DEFAULT_SCHEDULE, type Schedule, type Scope, type Subscription } from "../../domain/subscription.ts";
import type { Knowledge } from "../../knowledge.ts";
import { renderScheduleSaved, renderSubscribed } from "../../render/subscriptions.ts";
import { isAnonymousAdmin, isGroup, mayManage } from "../admin.ts";
import type { BotContext, LangContext } from "../context.ts";
import { setLanguage, storedLanguage } from "../language.ts";
import { WizardRun, type WizardConversation } from "./steps.ts";

export const SUBSCRIBE_WIZARD = "subscribe.v1";
export const SCHEDULE_WIZARD = "schedule.v1";
const STORAGE_VERSION = 1;

export type WizardStore = ConversationStore<VersionedState<ConversationData>>;

export interface WizardDeps {
  knowledge: Knowledge;
  users: UserRepo;
  subscriptions: SubscriptionRepo;
  clock: Clock;
  log: Logger;
  i18n: I18n<LangContext>;
  store: WizardStore;
}

/** What the wizard starts from: a scope goes straight to the confirm screen. JSON only. */
export interface SubscribePreset {
  scope?: Scope;
}

// The replay log is stored as JSON, so subscriptions cross `external` without Dates.
type SubscriptionJson = Omit<Subscription, "nextDueAt" | "lastSentAt"> & { nextDueAt: string; lastSentAt: string | null };
const toJson = (s: Subscription): SubscriptionJson => ({ ...s, nextDueAt: s.nextDueAt.toISOString(), lastSentAt: s.lastSentAt?.toISOString() ?? null });
const fromJson = (s: SubscriptionJson): Subscription => ({ ...s, nextDueAt: new Date(s.nextDueAt), lastSentAt: s.lastSentAt ? new Date(s.lastSentAt) : null });
const subscriptionOp = (task: () => Promise<Subscription | null>) => ({
  task,
  beforeStore: (s: Subscription | null) => (s ? toJson(s) : null),
  afterLoad: (s: SubscriptionJson | null) => (s ? fromJson(s) : null),
});

/** Marks this wizard's buttons, so that buttons of another one are not taken as answers. */
async function newToken(conversation: WizardConversation): Promise<string> {
  return Math.floor((await conversation.random()) * 36 ** 4).toString(36).padStart(4, "0");
}

function subscribeWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, preset: SubscribePreset = {}) => {
    const w = new WizardRun(conversation, first, await newToken(conversation), deps);
    let scope = preset.scope ?? null;
    let schedule: Schedule | null = DEFAULT_SCHEDULE;
    if (!scope) {
      scope = await w.scope();
      if (scope) schedule = await w.when(schedule);
    }
    for (;;) {
      if (!scope || !schedule) return w.finish({ text: w.r.t("sub-cancelled") });
      const choice = await w.confirm(scope, schedule);
      if (choice === "ok") break;
      schedule = choice === "when" ? await w.when(schedule) : null;
    }
    const chatId = w.ctx.chat!.id;
    // Whoever pressed Confirm; an anonymous admin's messages come from a stand-in account.
    const createdBy = isAnonymousAdmin(w.ctx) ? undefined : w.ctx.from?.id;
    const p = { chatId, scope, schedule, language: w.ctx.lang, createdBy };
    const done = await conversation.external({
      task: () => deps.subscriptions.subscribe({ ...p, now: deps.clock.now() }),
      beforeStore: (r) => ({ subscription: toJson(r.subscription), existed: r.existed }),
      afterLoad: (r: { subscription: SubscriptionJson; existed: boolean }) => ({ subscription: fromJson(r.subscription), existed: r.existed }),
    });
    await w.finish(renderSubscribed(w.catalog, done.subscription, done.existed, w.r));
  };
}

function scheduleWizard(deps: WizardDeps) {
  return async (conversation: WizardConversation, first: LangContext, subscriptionId: number) => {
    const w = new WizardRun(conversation, first, await newToken(conversation), deps);
    const chatId = first.chat!.id;
    const sub = await conversation.external(subscriptionOp(() => deps.subscriptions.get(subscriptionId, chatId)));
    if (!sub || sub.state === "cancelled") return w.finish({ text: w.r.t("sub-gone") });
    const schedule = await w.when(sub.schedule);
    if (!schedule || !(await w.save(sub.scope, schedule))) return w.finish({ text: w.r.t("sub-schedule-unchanged") });
    const saved = await conversation.external(subscriptionOp(() => deps.subscriptions.setSchedule(subscriptionId, chatId, schedule, deps.clock.now())));
    await w.finish(saved ? renderScheduleSaved(saved, w.r) : { text: w.r.t("sub-gone") });
  };
}

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
function anonymousOwner(store: WizardStore) {
  return async (ctx: Context, next: NextFunction) => {
    const chat = ctx.chat;
    const from = ctx.from;
    if (chat && from && isGroup(ctx) && ctx.callbackQuery?.data?.startsWith("sw:")) {
      if (!(await store.has(`${chat.id}:${from.id}`)) && (await store.has(`${chat.id}:anon`)) && (await mayManage(ctx))) owners.set(ctx, "anon");
    }
    await next();
  };
}

export function wizards(deps: WizardDeps) {
  const stack = new Composer<ConversationFlavor<LangContext>>(
    conversations<LangContext, LangContext>({
      storage: { type: "key", version: STORAGE_VERSION, getStorageKey: wizardKey, adapter: deps.store },
      // Outside middleware does not run inside a wizard: the language is decided again
      // for each update it receives, from the stored choice as everywhere else.
      plugins: (conversation) => [
        async (ctx, next) => {
          const userId = ctx.from?.id;
          setLanguage(ctx, deps.i18n, await conversation.external(() => storedLanguage(deps.users, userId, deps.log)));
          await next();
        },
      ],
    }),
    createConversation<LangContext, LangContext>(subscribeWizard(deps), SUBSCRIBE_WIZARD),
    createConversation<LangContext, LangContext>(scheduleWizard(deps), SCHEDULE_WIZARD),
  ).middleware();
  const run = (ctx: BotContext, next: NextFunction) => stack(ctx as ConversationFlavor<LangContext>, next);

  const middleware = new Composer<BotContext>();
  middleware.use(anonymousOwner(deps.store));
  // Most updates come from chats with no wizard (a cached lookup says so): they skip the
  // plugin and its per-update work. A wizard in progress gets the update first.
  middleware.use(async (ctx, next) => {
    const key = wizardKey(ctx);
    if (key !== undefined && (await deps.store.has(key))) return run(ctx, next);
    return next();
  });

  /** Starts a wizard afresh (one in progress is dropped), with the plugin if it is not on yet. */
  const enter = async (ctx: BotContext, id: string, ...args: unknown[]) => {
    const start = async (c: ConversationFlavor<LangContext>) => {
      await c.conversation.exitAll();
      await c.conversation.enter(id, ...args);
    };
    if (ctx.conversation) return start(ctx as ConversationFlavor<LangContext>);
    await run(ctx, () => start(ctx as ConversationFlavor<LangContext>));
  };

  return {
    middleware: () => middleware.middleware(),
    subscribe: (ctx: BotContext, preset: SubscribePreset = {}) => enter(ctx, SUBSCRIBE_WIZARD, preset),
    schedule: (ctx: BotContext, subscriptionId: number) => enter(ctx, SCHEDULE_WIZARD, subscriptionId),
  };
}

export type Wizards = ReturnType<typeof wizards>;
