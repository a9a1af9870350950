// The data the bot reads and writes, opened over one database: what createBot needs
// besides the knowledge; built by src/app.ts.
import type { Db } from "../db/client.ts";
import { providerOf } from "../db/client.ts";
import { ConversationStore } from "../db/conversation-storage.ts";
import { EditRepo } from "../db/edits.ts";
import { Outbox } from "../db/outbox.ts";
import { ReportRepo } from "../db/reports.ts";
import { SubscriptionRepo } from "../db/subscriptions.ts";
import { UserRepo } from "../db/users.ts";
import { updateStateReader } from "../db/update-state.ts";
import { DigestBuilder } from "../digest/builder.ts";
import type { Knowledge } from "../knowledge.ts";
import { translator, type Translations } from "../i18n.ts";
import { wizardKey, type WizardStore } from "./wizards/wizards.ts";
import type { Context } from "grammy";

/** How long a row read by another update may be trusted with several instances. */
const SHARED_MAX_AGE_MS = 1000;

/**
 * `shared`: other instances use the same database (webhook mode). Each update then
 * first reads its user's language and its chat's wizard state afresh, in one query
 * (`prime`); other rows are trusted for a second. A single instance (polling: Telegram
 * allows one consumer) keeps what it read, since nobody else writes it.
 */
export function botStores(db: Db, url: string, knowledge: Knowledge, i18n: Translations, opts: { shared?: boolean } = {}) {
  const cache = opts.shared ? { maxAgeMs: SHARED_MAX_AGE_MS } : {};
  const users = new UserRepo(db, cache);
  const wizardStore = new ConversationStore(db, cache) as WizardStore;
  const reader = opts.shared ? updateStateReader(url) : null;
  const prime = reader
    ? async (ctx: Context) => {
        const userId = ctx.from?.id;
        const key = wizardKey(ctx);
        const state = await reader.read(userId, key);
        if (userId !== undefined) users.prime(userId, state.user);
        if (key !== undefined) await wizardStore.prime(key, state.wizard);
      }
    : undefined;
  return {
    users,
    edits: new EditRepo(db),
    reports: new ReportRepo(db),
    subscriptions: new SubscriptionRepo(db),
    builder: new DigestBuilder(knowledge, new Outbox(db, providerOf(url)), (lang) => ({ lang, t: translator(i18n, lang) })),
    wizardStore,
    prime,
    chatLock: reader?.lockChat ? { run: reader.lockChat.bind(reader) } : undefined,
    /** Closes what the stores opened besides `db` (the shared mode's reader). */
    close: async () => {
      await reader?.close();
    },
  };
}
