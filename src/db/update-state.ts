// With several instances, each update starts by reading what another instance may have
// changed: the sender's stored language and the chat's wizard state, in one query.
//
// This read runs once per update, so it goes to the driver itself (better-sqlite3, or a
// small pg pool) instead of through Prisma: in the webhook benchmark Prisma's work around
// this one query took a third of the bot's CPU, several times the two index lookups.
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import { providerOf, sqliteFile } from "./client.ts";

/** The PostgreSQL driver, loaded only for a PostgreSQL database: a SQLite process never loads it (see docs/performance.md, start-up). */
const loadPg = () => createRequire(import.meta.url)("pg") as typeof import("pg");

interface UpdateState {
  /** The user's row, or null when the user has never been stored. */
  user: { language: string | null; role: string } | null;
  /** The wizard's stored state (JSON), or null when there is none. */
  wizard: string | null;
}

export interface UpdateStateReader {
  read(userId: number | undefined, wizardKey: string | undefined): Promise<UpdateState>;
  /**
   * PostgreSQL: runs `fn` holding the chat's advisory lock, so one update of a chat's
   * wizard at a time across all instances. (SQLite serves one host, where one process
   * answers; there is none.)
   */
  lockChat?<T>(chat: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Two-key advisory locks live apart from one-key ones (Prisma Migrate's lock is one of those).
const WIZARD_LOCKS = 0x4d51;

type Row = { language: string | null; role: string | null; wizard: string | null } | undefined;

const toState = (row: Row): UpdateState => ({ user: row?.role ? { language: row.language, role: row.role } : null, wizard: row?.wizard ?? null });

const select = (p: [string, string, string]) => `
  SELECT (SELECT "language" FROM "User" WHERE "id" = ${p[0]}) AS "language",
         (SELECT "role" FROM "User" WHERE "id" = ${p[1]}) AS "role",
         (SELECT "value" FROM "ConversationState" WHERE "key" = ${p[2]}) AS "wizard"`;

export function updateStateReader(url: string): UpdateStateReader {
  if (providerOf(url) === "postgresql") {
    const pg = loadPg();
    // A few connections of its own: the query is short and never waits on a lock.
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // A connection holds each lock while its wizard turn runs (Telegram calls included).
    const locks = new pg.Pool({ connectionString: url, max: 16 });
    // An idle connection the server ends (a restart, a failover) is an 'error' on its pool,
    // which with no listener would stop the process. The pool drops that connection and the
    // next query opens a fresh one, so there is nothing more to do.
    for (const p of [pool, locks]) p.on("error", () => {});
    const text = select(["$1", "$1", "$2"]);
    return {
      lockChat: async (chat, fn) => {
        const key = Number(BigInt.asIntN(32, BigInt(chat)));
        const client = await locks.connect();
        let broken: Error | undefined;
        try {
          await client.query("SELECT pg_advisory_lock($1, $2)", [WIZARD_LOCKS, key]);
          try {
            return await fn();
          } finally {
            await client.query("SELECT pg_advisory_unlock($1, $2)", [WIZARD_LOCKS, key]).catch((e: Error) => (broken = e));
          }
        } finally {
          // A connection that could not unlock is closed, which frees its locks.
          client.release(broken);
        }
      },
      // Id 0 and the empty key belong to nobody: a missing part reads as absent.
      read: async (userId, key) => toState((await pool.query({ name: "update_state", text, values: [String(userId ?? 0), key ?? ""] })).rows[0] as Row),
      close: async () => {
        await Promise.all([pool.end(), locks.end()]);
      },
    };
  }
  // A read-only connection to the same file: in WAL mode it sees every committed write.
  const sqlite = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  const stmt = sqlite.prepare(select(["?", "?", "?"]));
  return {
    read: async (userId, key) => {
      const id = BigInt(userId ?? 0);
      return toState(stmt.get(id, id, key ?? "") as Row);
    },
    close: async () => void sqlite.close(),
  };
}
