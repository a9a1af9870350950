// Readers' reports (see src/domain/reports.ts): filed within a daily limit counted here,
// listed for editors, and decided once. A decision is a compare-and-set on the open
// state, so of two editors pressing at once exactly one decides and the other is told.
import type { Db } from "./client.ts";
import type { NewReport, Report, ReportKind, ReportSection, ReportState } from "../domain/reports.ts";

type Row = Awaited<ReturnType<Db["report"]["findFirstOrThrow"]>>;

const toReport = (r: Row): Report => ({
  ...r,
  reporterId: Number(r.reporterId),
  chatId: Number(r.chatId),
  lang: r.lang === "kk" ? "kk" : "ru",
  section: r.section as ReportSection,
  kind: r.kind as ReportKind,
  state: r.state as ReportState,
  handledBy: r.handledBy === null ? null : Number(r.handledBy),
});

export type FileResult = { ok: true; report: Report } | { ok: false; reason: "limit" };

export type Decision = { state: "accepted" } | { state: "rejected"; reason: string } | { state: "duplicate"; duplicateOf: number | null };

export class ReportRepo {
  constructor(private db: Db) {}

  /** Reports this user filed since `since`. */
  async countSince(reporterId: number, since: Date): Promise<number> {
    return this.db.report.count({ where: { reporterId: BigInt(reporterId), createdAt: { gte: since } } });
  }

  /** Stores a report unless the user already filed `limit` since `since`; the count and the write are one transaction. */
  async file(r: NewReport, now: Date, since: Date, limit: number): Promise<FileResult> {
    return this.db.$transaction(async (tx) => {
      const filed = await tx.report.count({ where: { reporterId: BigInt(r.reporterId), createdAt: { gte: since } } });
      if (filed >= limit) return { ok: false as const, reason: "limit" as const };
      const row = await tx.report.create({ data: { ...r, reporterId: BigInt(r.reporterId), chatId: BigInt(r.chatId), createdAt: now } });
      return { ok: true as const, report: toReport(row) };
    });
  }

  async get(id: number): Promise<Report | null> {
    const row = await this.db.report.findUnique({ where: { id } });
    return row ? toReport(row) : null;
  }

  /** Open reports, oldest first (they have waited longest), and how many are open in all. */
  async open(take: number): Promise<{ reports: Report[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.db.report.findMany({ where: { state: "open" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take }),
      this.db.report.count({ where: { state: "open" } }),
    ]);
    return { reports: rows.map(toReport), total };
  }

  /** Other open reports about the same record: what a report may be a duplicate of. */
  async openAbout(report: Report, take: number): Promise<Report[]> {
    const rows = await this.db.report.findMany({
      where: { state: "open", townId: report.townId, targetId: report.targetId, id: { not: report.id } },
      orderBy: { id: "asc" },
      take,
    });
    return rows.map(toReport);
  }

  /** Decides an open report; null when it was no longer open (another editor was first). */
  async decide(id: number, d: Decision, by: number, at: Date): Promise<Report | null> {
    const data = {
      state: d.state,
      reason: d.state === "rejected" ? d.reason : null,
      duplicateOf: d.state === "duplicate" ? d.duplicateOf : null,
      handledBy: BigInt(by),
      handledAt: at,
    };
    const { count } = await this.db.report.updateMany({ where: { id, state: "open" }, data });
    return count ? this.get(id) : null;
  }
}
