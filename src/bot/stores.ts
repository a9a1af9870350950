// The data the bot reads and writes, opened over one database: what createBot needs
// besides the knowledge, for main, the CLI, the benchmark and the tests alike.
import type { Db } from "../db/client.ts";
import { providerOf } from "../db/client.ts";
import { ConversationStore } from "../db/conversation-storage.ts";
import { Outbox } from "../db/outbox.ts";
import { SubscriptionRepo } from "../db/subscriptions.ts";
import { UserRepo } from "../db/users.ts";
import { DigestComposer } from "../digest/compose.ts";
import type { Knowledge } from "../knowledge.ts";
import { createI18n, translator } from "./i18n.ts";
import type { WizardStore } from "./wizards/wizards.ts";

/**
 * `shared`: other instances use the same database (webhook mode), so what users and
 * wizards store is read from it every time instead of from this process's memory.
 */
export function botStores(db: Db, url: string, knowledge: Knowledge, opts: { shared?: boolean } = {}) {
  const i18n = createI18n();
  const cached = !opts.shared;
  return {
    users: cached ? new UserRepo(db) : new UserRepo(db, 0),
    subscriptions: new SubscriptionRepo(db),
    composer: new DigestComposer(knowledge, new Outbox(db, providerOf(url)), (lang) => ({ lang, t: translator(i18n, lang) })),
    wizardStore: (cached ? new ConversationStore(db) : new ConversationStore(db, 0)) as WizardStore,
  };
}
