// Downloads a file a user sent, through the same API root and fetch as every other call
// (a self-hosted Bot API server, or the fake one in tests).
import { MAX_UPLOAD_BYTES } from "../sheets/limits.ts";

export function fileDownloader(token: string, apiRoot = "https://api.telegram.org", fetchFn: typeof fetch = fetch) {
  return async (filePath: string): Promise<Uint8Array> => {
    const res = await fetchFn(`${apiRoot}/file/bot${token}/${filePath}`);
    if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    // Telegram's file_size can be missing; an oversized file is still refused, as "too big".
    if (bytes.length > MAX_UPLOAD_BYTES) return bytes.subarray(0, MAX_UPLOAD_BYTES + 1);
    return bytes;
  };
}
