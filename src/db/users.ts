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
  /** The @username last written for each user ("" for none), so unchanged ones cost nothing. */
  private usernames: Memo<number, string>;
  constructor(
    private db: Db,
    cache: MemoOptions = {},
  ) {
    this.cache = new Memo(cache, 100_000);
    // No age: only this user's updates change their name, and each one is compared.
    this.usernames = new Memo({ maxEntries: cache.maxEntries }, 100_000);
  }

  /** What was just read for this update (updateStateReader): fresh, so later reads need no query. */
  prime(id: number, row: { language: string | null; role: string | null } | null) {
    this.remember({ id, language: (row?.language as Lang | null) ?? null, role: row?.role ?? "reader" });
  }

  async get(id: number): Promise<UserPrefs> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    // Raw SQL: this read runs on every update, and Prisma's query building costs several
    // times the lookup itself (see docs/performance.md).
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
    const rows = await this.db.user.findMany({
      where: { role },
      orderBy: { id: "asc" },
      select: { id: true, username: true, firstName: true, language: true },
    });
    return rows.map((r) => ({ id: Number(r.id), name: r.username ? `@${r.username}` : r.firstName, language: r.language as Lang | null }));
  }

  /**
   * Users the bot has seen under this @username (case-insensitive), for /editors add
   * @name: one, none, or several (a name that changed hands while its earlier owner has
   * not written since), which the caller must not guess between.
   */
  async idsByUsername(username: string): Promise<number[]> {
    const name = username.replace(/^@/, "").toLowerCase();
    const rows = await this.db.user.findMany({ where: { username: { not: null } }, select: { id: true, username: true } });
    return rows.filter((r) => r.username!.toLowerCase() === name).map((r) => Number(r.id));
  }

  /**
   * Keeps a user's @username current, from any update of theirs: Telegram lets people
   * change it and hands a freed name to someone else, and /editors add @name must reach
   * the one who holds it now. Written once per user and process, and again when it
   * changes; whoever held the name before loses it here.
   */
  async noteUsername(id: number, username: string | undefined): Promise<void> {
    const name = username ?? "";
    if (this.usernames.get(id) === name) return;
    // Most users have no @username: they cost nothing here. A name someone dropped stays
    // on their row until another user takes it (below), and a name the bot knows for
    // several people is refused by /editors rather than guessed.
    if (name) {
      await this.db.$transaction([
        this.db.user.updateMany({ where: { username: name, id: { not: BigInt(id) } }, data: { username: null } }),
        this.db.user.upsert({ where: { id: BigInt(id) }, create: { id: BigInt(id), username: name }, update: { username: name } }),
      ]);
    }
    this.usernames.set(id, name);
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
