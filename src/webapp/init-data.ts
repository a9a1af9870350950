// Telegram's initData: the signed string a Mini App gets, proving which user opened it.
// The signature is checked by @telegram-apps/init-data-node; the age against the injected
// clock (the library would read the system time), so forged or stale data is refused.
import { validate } from "@telegram-apps/init-data-node";

/** How long after Telegram signed it initData is still accepted. */
const INIT_DATA_MAX_AGE_S = 24 * 60 * 60;

export type InitDataCheck = { ok: true; userId: number; languageCode: string | null } | { ok: false; reason: "missing" | "forged" | "stale" | "no-user" };

export function checkInitData(raw: unknown, botToken: string, now: Date, maxAgeS = INIT_DATA_MAX_AGE_S): InitDataCheck {
  if (typeof raw !== "string" || !raw) return { ok: false, reason: "missing" };
  try {
    validate(raw, botToken, { expiresIn: 0 });
  } catch {
    return { ok: false, reason: "forged" };
  }
  // Signed, so its fields are Telegram's: read them as the documented query string.
  const params = new URLSearchParams(raw);
  const ageS = now.getTime() / 1000 - Number(params.get("auth_date"));
  // A date ahead of the clock by more than a minute is as suspect as an old one.
  if (!(ageS <= maxAgeS && ageS >= -60)) return { ok: false, reason: "stale" };
  let user: { id?: unknown; language_code?: unknown } | null = null;
  try {
    user = JSON.parse(params.get("user") ?? "null");
  } catch {}
  if (!user || !Number.isSafeInteger(user.id)) return { ok: false, reason: "no-user" };
  return { ok: true, userId: user.id as number, languageCode: typeof user.language_code === "string" ? user.language_code : null };
}
