// Whether the database answers: /healthz is only as healthy as the data behind the bot.
import type { Db } from "./client.ts";

export async function pingDb(db: Db): Promise<void> {
  await db.$queryRawUnsafe("SELECT 1");
}
