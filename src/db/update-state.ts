// With several instances, each update starts by reading what another instance may have
// changed: the sender's stored language and the chat's wizard state, in one query (a
// Prisma query costs far more than these two index lookups).
import type { Db } from "./client.ts";

export interface UpdateState {
  /** The user's row, or null when the user has never been stored. */
  user: { language: string | null; role: string } | null;
  /** The wizard's stored state (JSON), or null when there is none. */
  wizard: string | null;
}

export async function readUpdateState(db: Db, userId: number | undefined, wizardKey: string | undefined): Promise<UpdateState> {
  // Id 0 and the empty key belong to nobody: a missing part reads as absent.
  const id = BigInt(userId ?? 0);
  const key = wizardKey ?? "";
  const [row] = await db.$queryRaw<Array<{ language: string | null; role: string | null; wizard: string | null }>>`
    SELECT (SELECT "language" FROM "User" WHERE "id" = ${id}) AS "language",
           (SELECT "role" FROM "User" WHERE "id" = ${id}) AS "role",
           (SELECT "value" FROM "ConversationState" WHERE "key" = ${key}) AS "wizard"`;
  return { user: row?.role ? { language: row.language, role: row.role } : null, wizard: row?.wizard ?? null };
}
