// Telling people about reports: every editor and admin the moment one is filed, each in
// their own language; the reporter when an editor decided it. A send that fails (a user
// who blocked the bot) is logged and passed over: it stops neither the others nor the filing.
import type { Api } from "grammy";
import type { Logger } from "pino";
import type { UserRepo } from "../db/users.ts";
import type { Report } from "../domain/reports.ts";
import type { Lang } from "../domain/types.ts";
import { translator, type Translations } from "../i18n.ts";
import type { Knowledge } from "../knowledge.ts";
import { renderReportNotice, renderReportOutcome } from "../render/reports.ts";
import type { RenderContext, Reply } from "../render/types.ts";
import { inlineKeyboard } from "../telegram/keyboard.ts";

export interface ReportNotifier {
  /** Sends the report to every editor and admin; how many got it. */
  editors(report: Report): Promise<{ sent: number; failed: number }>;
  /** Tells the reporter what an editor decided. */
  reporter(report: Report): Promise<void>;
}

export function reportNotifier(deps: {
  api: Api;
  users: UserRepo;
  admins: readonly number[];
  knowledge: Knowledge;
  i18n: Translations;
  log: Logger;
}): ReportNotifier {
  const render = (lang: Lang): RenderContext => ({ lang, t: translator(deps.i18n, lang) });
  const deliver = (chatId: number, r: Reply) =>
    deps.api.sendMessage(chatId, r.text, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, reply_markup: inlineKeyboard(r.keyboard) });

  return {
    async editors(report) {
      const editors = await deps.users.withRole("editor");
      const staff = new Map<number, Lang | null>(editors.map((e) => [e.id, e.language]));
      for (const id of deps.admins) if (!staff.has(id)) staff.set(id, (await deps.users.get(id)).language);
      const catalog = deps.knowledge.current.catalog;
      const results = await Promise.allSettled([...staff].map(([id, lang]) => deliver(id, renderReportNotice(catalog, report, render(lang ?? "ru")))));
      let failed = 0;
      results.forEach((res, i) => {
        if (res.status === "fulfilled") return;
        failed++;
        deps.log.warn({ err: res.reason, userId: [...staff.keys()][i], report: report.id }, "could not tell an editor about a report");
      });
      return { sent: results.length - failed, failed };
    },
    async reporter(report) {
      await deliver(report.chatId, renderReportOutcome(deps.knowledge.current.catalog, report, render(report.lang))).catch((err) =>
        deps.log.warn({ err, report: report.id }, "could not tell the reporter the outcome"),
      );
    },
  };
}
