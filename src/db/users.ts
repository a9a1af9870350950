// Users' stored preferences. The language is read on almost every update, so a single
// instance caches it in memory (write-through); a cold user costs one findUnique. Several
// instances (webhook mode) read it every time: another one may have changed it.
import type { Db } from "./client.ts";
import type { Lang } from "../domain/types.ts";
import { Memo, type MemoOptions } from "./memo.ts";

export interface UserPrefs {
  id: number;
  language: Lang | null;
  role: string;
}

export interface TelegramUserInfo {
  id: number;
  languageCode?: string | undefined;
  firstName?: string | undefined;
  username?: string | undefined;
}

export class UserRepo {
  private cache: Memo<number, UserPrefs>;
  constructor(private db: Db, cache: MemoOptions = {}) {
    this.cache = new Memo(cache, 100_000);
  }

  /** What was just read for this update (updateStateReader): fresh, so later reads need no query. */
  prime(id: number, row: { language: string | null; role: string | null } | null) {
    this.remember({ id, language: (row?.language as Lang | null) ?? null, role: row?.role ?? "reader" });
  }

  async get(id: number): Promise<UserPrefs> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    // Raw SQL: this read runs on every update, and Prisma's query building costs several
    // times the lookup itself (see README, Measuring).
    const [row] = await this.db.$queryRaw<Array<{ language: string | null; role: string }>>`SELECT "language", "role" FROM "User" WHERE "id" = ${BigInt(id)}`;
    // Unknown users are remembered too, so a user who never chose a language costs one query, not one per update.
    return this.remember({ id, language: (row?.language as Lang | null) ?? null, role: row?.role ?? "reader" });
  }

  async setLanguage(user: TelegramUserInfo, language: Lang): Promise<UserPrefs> {
    const row = await this.db.user.upsert({
      where: { id: BigInt(user.id) },
      create: { id: BigInt(user.id), language, languageCode: user.languageCode ?? null, firstName: user.firstName ?? null, username: user.username ?? null },
      update: { language, languageCode: user.languageCode ?? null },
      select: { role: true },
    });
    return this.remember({ id: user.id, language, role: row.role });
  }

  private remember(p: UserPrefs): UserPrefs {
    this.cache.set(p.id, p);
    return p;
  }
}
