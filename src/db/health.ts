// Whether the database answers: /healthz is only as healthy as the data behind the bot;
// and whether an error means the database is away for now (rather than a bug), so the
// user is asked to repeat in a minute instead of being told something broke.
import type { Db } from "./client.ts";

export async function pingDb(db: Db): Promise<void> {
  await db.$queryRawUnsafe("SELECT 1");
}

/** Prisma's codes for "cannot reach / lost / timed out / too busy": the database is away for now. */
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|terminating connection|Can't reach database|server closed the connection|the database system is (starting up|shutting down|in recovery mode)|database is locked|SQLITE_BUSY|timed out fetching a new connection|connection pool/i;

export function isDbUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|57P01|57P03|08\d{3}|SQLITE_BUSY)$/.test(code)))
      return true;
    if ((e as { name?: unknown }).name === "PrismaClientInitializationError") return true;
    if (e instanceof Error && UNAVAILABLE_TEXT.test(e.message)) return true;
  }
  return false;
}
