// Builds the bot: plugins, the language decision, one error boundary around all
// handlers, and the handlers themselves. No network happens here.
import { Bot, type BotConfig, type Context } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import type { Logger } from "pino";
import type { Clock } from "../clock.ts";
import type { SubscriptionRepo } from "../db/subscriptions.ts";
import type { UserRepo } from "../db/users.ts";
import type { DigestBuilder } from "../digest/builder.ts";
import type { Knowledge } from "../knowledge.ts";
import type { BotContext } from "./context.ts";
import { translator, type Translations } from "../i18n.ts";
import { guessLanguage, languageMiddleware } from "./language.ts";
import { startHandlers } from "./handlers/start.ts";
import { townHandlers } from "./handlers/towns.ts";
import { projectHandlers } from "./handlers/projects.ts";
import { nationalHandlers } from "./handlers/national.ts";
import { questionHandlers } from "./handlers/questions.ts";
import { subscriptionFlows, subscriptionHandlers } from "./handlers/subscriptions.ts";
import { membershipHandlers } from "./handlers/membership.ts";
import { channelHandlers } from "./handlers/channels.ts";
import { inlineHandlers, skipOwnInlineResults } from "./handlers/inline.ts";
import { chartHandlers } from "./handlers/charts.ts";
import { sourceHandlers } from "./handlers/sources.ts";
import { csvHandlers } from "./handlers/csv.ts";
import { wizards, type WizardStore } from "./wizards/wizards.ts";
import type { EditorDeps } from "./handlers/editors/access.ts";
import { appointHandlers } from "./handlers/editors/appoint.ts";
import { changeSetHandlers } from "./handlers/editors/change-sets.ts";
import { conflictHandlers } from "./handlers/editors/conflicts.ts";
import { editCommandHandlers } from "./handlers/editors/edit.ts";
import { editorFileHandlers } from "./handlers/editors/files.ts";
import { historyHandlers } from "./handlers/editors/history.ts";
import { uploadHandlers } from "./handlers/editors/uploads.ts";
import { setUserMenu } from "./commands.ts";
import { fileDownloader } from "./files.ts";
import type { EditRepo } from "../db/edits.ts";
import type { ReportRepo } from "../db/reports.ts";
import { reportHandlers } from "./handlers/reports.ts";
import { reportEditorHandlers } from "./handlers/editors/reports.ts";
import { editorAccess } from "./handlers/editors/access.ts";
import { reportNotifier } from "./report-notify.ts";
import { noMetrics, updateType, UpdateTracker, type BotMetrics } from "./observe.ts";
import { rateLimit, UserRateLimiter, type RateLimitOptions } from "./ratelimit.ts";
import type { ChatLock } from "./turns.ts";
import { isDbUnavailable } from "../db/health.ts";
import { LONG_POLL_SECONDS, POLL_GRACE_MS } from "./polling.ts";
import { callRetry, type CallRetryOptions } from "../telegram/call-retry.ts";
import { contextWithLog } from "./update-log.ts";
import { webAppHandlers, webAppMiddleware } from "./webapp.ts";
import { gapsHandlers } from "./handlers/gaps.ts";

export interface BotDeps {
  token: string;
  apiRoot?: string;
  /** A fetch to reach the Bot API through: tests and the CLI pass a fake one. */
  fetch?: typeof fetch;
  /** Skip getMe at start (tests and the CLI know who the bot is). */
  botInfo?: BotConfig<BotContext>["botInfo"];
  knowledge: Knowledge;
  /** The process's translations (one per process, shared with the digest). */
  i18n: Translations;
  users: UserRepo;
  subscriptions: SubscriptionRepo;
  /** Builds digest previews (/digest); never records a delivery. */
  builder: DigestBuilder;
  /** Editors' change sets, the change log and undo. */
  edits: EditRepo;
  /** Readers' reports of wrong or newer figures. */
  reports: ReportRepo;
  /** Telegram user ids of the admins (ADMIN_IDS). */
  admins?: readonly number[];
  /** Where wizards keep their state between updates (and restarts). */
  wizardStore: WizardStore;
  clock: Clock;
  log: Logger;
  /** Where counts and timings of updates go (Prometheus in production). */
  metrics?: BotMetrics;
  /** With several instances on PostgreSQL: a chat's wizard turns, one at a time across them. */
  chatLock?: ChatLock;
  /** Reads what other instances may have changed for this update (see botStores). */
  prime?: (ctx: BotContext) => Promise<void>;
  /** Updates per user and window; absent or a limit of 0: no limit. */
  rateLimit?: RateLimitOptions;
  /** How replies outlive a Bot API outage; tests shorten it. */
  callRetry?: CallRetryOptions;
  /** PUBLIC_URL: town cards get a button to the web page (Mini App), and /app answers. */
  publicUrl?: string;
}

export function createBot(deps: BotDeps) {
  const bot = new Bot<BotContext>(deps.token, {
    // No request waits longer than a long poll and a little: a hung connection to the Bot
    // API is given up in seconds, not grammY's default of 500.
    client: { apiRoot: deps.apiRoot, timeoutSeconds: LONG_POLL_SECONDS + POLL_GRACE_MS / 1000, ...(deps.fetch ? { fetch: deps.fetch } : {}) },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    // Every update's ctx.log: its lines name the update, chat and user (update-log.ts).
    ContextConstructor: contextWithLog(deps.log) as unknown as new (...args: ConstructorParameters<typeof Context>) => BotContext,
  });
  const metrics = deps.metrics ?? noMetrics;
  // Installed first, so it is innermost: every failed attempt is counted, retried or not.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok) metrics.apiError?.(method, String(res.error_code));
      return res;
    } catch (err) {
      metrics.apiError?.(method, "network");
      throw err;
    }
  });

  // Network failures and 5xx: tried again within seconds of the API answering (call-retry.ts).
  // Outside it, auto-retry waits out 429 flood limits. Neither touches getUpdates, whose
  // failures the polling loop handles (and reports) itself.
  bot.api.config.use(callRetry(deps.clock, deps.callRetry));
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true, rethrowInternalServerErrors: true });
  bot.api.config.use((prev, method, payload, signal) => (method === "getUpdates" ? prev(method, payload, signal) : retry(prev, method, payload, signal)));

  const { i18n } = deps;
  const tracker = new UpdateTracker(metrics);
  bot.use(tracker.middleware());
  const handlers = bot.errorBoundary(async (err) => {
    const ctx = err.ctx;
    metrics.error(updateType(ctx));
    const log = ctx.log;
    log.error({ err: err.error }, "update failed");
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      const t = ctx.render?.t ?? translator(i18n, guessLanguage(ctx.from?.language_code));
      // The database away: what the user did may not have been saved (a wizard's step
      // among it), so they are asked to repeat it, rather than told something broke.
      if (ctx.chat) await ctx.reply(t(isDbUnavailable(err.error) ? "error-storage-unavailable" : "error-generic"));
    } catch (e) {
      log.warn({ err: e }, "could not tell the user about the error");
    }
  });
  handlers.use(skipOwnInlineResults);
  if (deps.prime) {
    const prime = deps.prime;
    handlers.use(async (ctx, next) => {
      // The database away: the language middleware answers in the guessed language.
      await prime(ctx).catch((err) => ctx.log.warn({ err }, "could not read the update's user and wizard"));
      await next();
    });
  }
  handlers.use(languageMiddleware(deps.users, i18n));
  // Who holds an @username now, for /editors add @name; costs a write only when it changed.
  handlers.use(async (ctx, next) => {
    if (ctx.from && !ctx.from.is_bot) {
      await deps.users.noteUsername(ctx.from.id, ctx.from.username).catch((err) => ctx.log.warn({ err }, "could not note the user's @username"));
    }
    await next();
  });
  // After the language (the notice is in the user's), before the handlers' work.
  if (deps.rateLimit && deps.rateLimit.limit > 0) handlers.use(rateLimit(new UserRateLimiter(deps.clock, deps.rateLimit), metrics));
  // Town cards in private chats get a button to the town's web page (PUBLIC_URL only).
  if (deps.publicUrl) handlers.use(webAppMiddleware(deps.publicUrl));
  // The I18n instance translates through ctx.render (decided once per update); its
  // per-update middleware would only renegotiate the same locale, so it is not mounted.
  // Before every handler: a wizard in progress gets the user's answers first.
  const notifier = reportNotifier({ api: bot.api, users: deps.users, admins: deps.admins ?? [], knowledge: deps.knowledge, i18n, log: deps.log });
  const access = editorAccess({ admins: deps.admins ?? [], users: deps.users });
  const mayHandleReports = async (userId: number) => (await access.roleOf(userId)) !== "reader";
  const wiz = wizards({ ...deps, i18n, store: deps.wizardStore, notifier, mayHandleReports });
  handlers.use(wiz);
  const subscribing = { ...deps, wizards: wiz };
  const flows = subscriptionFlows(subscribing);
  // Before /start, /subscriptions and the bot's membership: channels' setup and notices.
  handlers.use(channelHandlers({ ...subscribing, i18n }));
  handlers.use(csvHandlers(deps.knowledge));
  const menu = { app: !!deps.publicUrl };
  // Before /start: its report-… deep links start the report wizard.
  handlers.use(reportHandlers(deps.knowledge, wiz));
  handlers.use(startHandlers(deps.users, deps.subscriptions, i18n, deps.knowledge, menu));
  handlers.use(inlineHandlers(deps.knowledge, i18n));
  handlers.use(membershipHandlers(deps.subscriptions, i18n));
  handlers.use(nationalHandlers(deps.knowledge));
  handlers.use(townHandlers(deps.knowledge));
  handlers.use(projectHandlers(deps.knowledge));
  if (deps.publicUrl) handlers.use(webAppHandlers(deps.publicUrl));
  handlers.use(chartHandlers(deps.knowledge));
  handlers.use(sourceHandlers(deps.knowledge));
  handlers.use(subscriptionHandlers(subscribing, flows));
  const editing: EditorDeps = {
    ...deps,
    admins: deps.admins ?? [],
    edit: (ctx, townId, targetId) => wiz.edit(ctx, townId, targetId ?? null),
    download: fileDownloader(deps.token, deps.apiRoot, deps.fetch),
    menus: (api, userId, role, lang) => setUserMenu(api, userId, role, translator(i18n, lang), menu),
  };
  handlers.use(editorFileHandlers(editing));
  handlers.use(uploadHandlers(editing));
  handlers.use(changeSetHandlers(editing));
  handlers.use(editCommandHandlers(editing));
  handlers.use(historyHandlers(editing));
  handlers.use(conflictHandlers(editing));
  handlers.use(reportEditorHandlers({ ...editing, reports: deps.reports, notifier, reject: (ctx, id) => wiz.reject(ctx, id) }));
  handlers.use(appointHandlers(editing));
  handlers.use(gapsHandlers({ ...editing, i18n }));
  handlers.use(questionHandlers(deps.knowledge, i18n, flows));
  // A press no handler took (a button of an older version, forged data): answered, or
  // it spins on the user's screen.
  handlers.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.render.t("stale-button") }));

  // Last resort, e.g. an error in the language middleware before the boundary.
  bot.catch((err) => {
    metrics.error(updateType(err.ctx));
    // The update's logger, unless the tracker itself failed before it was given one.
    (err.ctx.log ?? deps.log.child({ update_id: err.ctx.update.update_id })).error({ err: err.error }, "unhandled update error");
  });
  return { bot, tracker };
}
