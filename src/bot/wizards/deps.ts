// What every wizard is given, and the store their state lives in. Its own module so that
// the wizards (subscribe.ts, edit.ts) and the registry that builds them (wizards.ts) both
// read it without importing each other.
import type { I18n } from "@grammyjs/i18n";
import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Logger } from "pino";
import type { Clock } from "../../clock.ts";
import type { ConversationStore } from "../../db/conversation-storage.ts";
import type { EditRepo } from "../../db/edits.ts";
import type { ReportRepo } from "../../db/reports.ts";
import type { SubscriptionRepo } from "../../db/subscriptions.ts";
import type { UserRepo } from "../../db/users.ts";
import type { Knowledge } from "../../knowledge.ts";
import type { LangContext } from "../context.ts";
import type { ChatLock } from "../turns.ts";
import type { ReportNotifier } from "../report-notify.ts";

export type WizardStore = ConversationStore<VersionedState<ConversationData>>;

export interface WizardDeps {
  knowledge: Knowledge;
  users: UserRepo;
  subscriptions: SubscriptionRepo;
  edits: EditRepo;
  /** Readers' reports, and who is told about them. */
  reports: ReportRepo;
  notifier: ReportNotifier;
  /** Whether this user is an editor or admin now (rights are checked when a report is decided). */
  mayHandleReports: (userId: number) => Promise<boolean>;
  clock: Clock;
  log: Logger;
  i18n: I18n<LangContext>;
  store: WizardStore;
  /** With several instances: one turn of a chat at a time across all of them. */
  chatLock?: ChatLock;
}
