// A plain Bot API client for the digest: no auto-retry, since the digest's sender handles
// 429 itself for all its sends at once. Here so the digest service needs no grammY import.
// A request gets a deadline: grammY's default (500 s) would let one request that Telegram
// takes and never answers hold a send slot, and the digest's lease, for minutes.
import { Api } from "grammy";

export function plainApi(token: string, apiRoot: string | undefined, fetchImpl: typeof fetch | undefined, timeoutMs: number): Api {
  return new Api(token, { apiRoot, timeoutSeconds: timeoutMs / 1000, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
}
