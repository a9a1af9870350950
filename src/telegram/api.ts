// A plain Bot API client for the digest: no auto-retry, since the digest's sender handles
// 429 itself for all its sends at once. Here so the digest service needs no grammY import.
import { Api } from "grammy";

export function plainApi(token: string, apiRoot?: string, fetchImpl?: typeof fetch): Api {
  return new Api(token, { apiRoot, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
}
