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

  async setRole(id: number, role: "reader" | "editor"): Promise<void> {
    const row = await this.db.user.upsert({ where: { id: BigInt(id) }, create: { id: BigInt(id), role }, update: { role }, select: { language: true } });
    this.remember({ id, language: (row.language as Lang | null) ?? null, role });
  }

  async withRole(role: string): Promise<Array<{ id: number; name: string | null; language: Lang | null }>> {
    const rows = await this.db.user.findMany({ where: { role }, orderBy: { id: "asc" }, select: { id: true, username: true, firstName: true, language: true } });
    return rows.map((r) => ({ id: Number(r.id), name: r.username ? `@${r.username}` : r.firstName, language: r.language as Lang | null }));
  }

  /** A user the bot has seen, by @username (case-insensitive), for /editors add @name. */
  async idByUsername(username: string): Promise<number | null> {
    const name = username.replace(/^@/, "");
    const rows = await this.db.user.findMany({ where: { username: { not: null } }, select: { id: true, username: true } });
    const hit = rows.find((r) => r.username!.toLowerCase() === name.toLowerCase());
    return hit ? Number(hit.id) : null;
  }

  /** Remembers who a user is (name, @username), so editors can be named in history and /editors. */
  async saveProfile(user: TelegramUserInfo): Promise<void> {
    await this.db.user.upsert({
      where: { id: BigInt(user.id) },
      create: { id: BigInt(user.id), languageCode: user.languageCode ?? null, firstName: user.firstName ?? null, username: user.username ?? null },
      update: { firstName: user.firstName ?? null, username: user.username ?? null },
    });
  }

  private remember(p: UserPrefs): UserPrefs {
    this.cache.set(p.id, p);
    return p;
  }
}
