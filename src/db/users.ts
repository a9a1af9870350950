// Users' stored preferences. The language is read on almost every update, so a single
// instance caches it in memory (write-through); a cold user costs one findUnique. Several
// instances (webhook mode) read it every time: another one may have changed it.
import type { Db } from "./client.ts";
import type { Lang } from "../domain/types.ts";

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
  private cache = new Map<number, UserPrefs>();
  /** maxCached 0: no cache, every read goes to the database. */
  constructor(private db: Db, private maxCached = 100_000) {}

  async get(id: number): Promise<UserPrefs> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const row = await this.db.user.findUnique({ where: { id: BigInt(id) }, select: { language: true, role: true } });
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
    if (this.maxCached <= 0) return p;
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(p.id, p);
    return p;
  }
}
