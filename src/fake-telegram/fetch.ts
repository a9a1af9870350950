// A fake Telegram Bot API behind a fetch function: it records every call, answers the
// methods the bot uses the way Telegram does, enforces Telegram's main limits (4096
// characters, 64-byte callback data, well-formed HTML) and refuses unknown methods.
// Tests, the `ask` CLI and the benchmark reach "Telegram" through it.

import type { UserFromGetMe } from "grammy/types";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface FakeTelegramOptions {
  botId?: number;
  username?: string;
  /** false: keep no record of calls (a long benchmark would hold every message). */
  record?: boolean;
}

type Handler = (payload: Record<string, unknown>) => unknown;
export class ApiRefusal {
  constructor(
    public status: number,
    public description: string,
    public parameters?: Record<string, unknown>,
  ) {}
}

const ALLOWED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "blockquote", "span", "tg-emoji"]);

/** Text length as Telegram counts it (after HTML parsing), or an error message. */
export function checkHtml(html: string): { length: number } | { error: string } {
  const stack: string[] = [];
  const re = /<\/?([a-zA-Z-]+)[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const tag = m[1]!.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return { error: `Bad Request: can't parse entities: Unsupported start tag "${tag}"` };
    if (m[0].startsWith("</")) {
      if (stack.pop() !== tag) return { error: `Bad Request: can't parse entities: Unmatched end tag "${tag}"` };
    } else stack.push(tag);
  }
  if (stack.length) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  const bare = html.replace(/<[^>]+>/g, "");
  if (/&(?!(amp|lt|gt|quot|#\d+);)/.test(bare)) return { error: "Bad Request: can't parse entities: Unsupported HTML entity" };
  const text = bare
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  return { length: [...text].length };
}

export type MemberStatus = "creator" | "administrator" | "member" | "restricted" | "left" | "kicked";

/** What an admin may do, as getChatMember reports it (only what the bot asks about). */
export interface AdminRights {
  can_post_messages?: boolean;
}

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  /** Messages Telegram accepted (send* calls that succeeded), in order. */
  readonly delivered: ApiCall[] = [];
  /** What getChatMember answers, by "chatId:userId"; anyone else is a plain member. */
  readonly members = new Map<string, MemberStatus>();
  /** Admins' rights that getChatMember reports (a channel's can_post_messages), by "chatId:userId". */
  private rights = new Map<string, AdminRights>();
  /** Channels' titles, by id: what getChat answers. */
  private channels = new Map<number, string>();
  private nextMessageId = 1;
  /** Files users sent, by file_id: what getFile and the file download serve. */
  private files = new Map<string, { path: string; data: Uint8Array }>();
  private handlers = new Map<string, Handler>();
  private faults = new Map<string, Array<ApiRefusal | Error>>();
  readonly botInfo;
  private record: boolean;

  constructor(opts: FakeTelegramOptions = {}) {
    this.record = opts.record ?? true;
    const botId = opts.botId ?? 424242;
    this.botInfo = {
      id: botId,
      is_bot: true as const,
      first_name: "Monoqala",
      username: opts.username ?? "monoqala_test_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    } satisfies UserFromGetMe;
    const message = (p: Record<string, unknown>) => {
      this.checkMessage(p);
      return { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: p.chat_id, type: "private" }, text: p.text };
    };
    const ok = () => true;
    this.handlers.set("getMe", () => this.botInfo);
    this.handlers.set("sendMessage", message);
    this.handlers.set("editMessageText", (p) => ({ ...message(p), message_id: p.message_id }));
    this.handlers.set("editMessageReplyMarkup", ok);
    const media = (p: Record<string, unknown>) => {
      this.checkCaption(p);
      return { message_id: this.nextMessageId++, date: 0, chat: { id: p.chat_id, type: "private" } };
    };
    this.handlers.set("sendPhoto", media);
    this.handlers.set("sendDocument", media);
    this.handlers.set("getUpdates", () => []);
    this.handlers.set("getFile", (p) => {
      const f = this.files.get(String(p.file_id));
      if (!f) throw new ApiRefusal(400, "Bad Request: invalid file_id");
      return { file_id: p.file_id, file_unique_id: `u${p.file_id}`, file_size: f.data.length, file_path: f.path };
    });
    this.handlers.set("sendMediaGroup", (p) => [{ message_id: this.nextMessageId++, date: 0, chat: { id: p.chat_id, type: "private" } }]);
    this.handlers.set("getChatMember", (p) => {
      const status = this.members.get(`${p.chat_id}:${p.user_id}`) ?? "member";
      const user = { id: p.user_id, is_bot: false, first_name: "User" };
      if (status === "creator") return { status, user, is_anonymous: false };
      if (status === "administrator") {
        const rights = this.rights.get(`${p.chat_id}:${p.user_id}`) ?? {};
        return { status, user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, ...rights };
      }
      if (status === "kicked") return { status, user, until_date: 0 };
      return { status, user };
    });
    this.handlers.set("getChat", (p) => {
      const title = this.channels.get(Number(p.chat_id));
      if (title === undefined) throw new ApiRefusal(400, "Bad Request: chat not found");
      return { id: Number(p.chat_id), type: "channel", title, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {} };
    });
    const answered = new Set<unknown>();
    this.handlers.set("answerCallbackQuery", (p) => {
      if (answered.has(p.callback_query_id)) throw new ApiRefusal(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
      answered.add(p.callback_query_id);
      return true;
    });
    for (const m of ["setMyCommands", "deleteMyCommands", "deleteWebhook", "setWebhook", "sendChatAction", "answerInlineQuery", "deleteMessage"]) {
      this.handlers.set(m, ok);
    }
  }

  /** Make the next calls of a method fail, in order (a refusal is an API error, an Error a network failure). */
  failNext(method: string, ...faults: Array<ApiRefusal | Error>) {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** Sets what getChatMember says about a user of a chat (and an admin's rights). */
  setMember(chatId: number, userId: number, status: MemberStatus, rights: AdminRights = {}) {
    this.members.set(`${chatId}:${userId}`, status);
    this.rights.set(`${chatId}:${userId}`, rights);
  }

  /** A channel getChat knows (the bot must be in it for Telegram to answer). */
  addChannel(chatId: number, title: string) {
    this.channels.set(chatId, title);
  }

  /** Sets the bot's own membership of a chat: an admin of a channel who may post there, by default. */
  setBotMember(chatId: number, status: MemberStatus = "administrator", rights: AdminRights = { can_post_messages: true }) {
    this.setMember(chatId, this.botInfo.id, status, rights);
  }

  /** Stores a file as if a user had sent it; returns its file_id for a document message. */
  addFile(data: Uint8Array, name = "file"): string {
    const id = `file-${this.files.size + 1}`;
    this.files.set(id, { path: `documents/${id}-${name}`, data });
    return id;
  }

  /** Documents the bot sent (sendDocument, sendMediaGroup), with their bytes. */
  get documents(): Array<{ name: string; data: Buffer; caption?: string }> {
    return this.calls.flatMap(filesOf);
  }

  /** Override how a method answers. */
  on(method: string, handler: Handler) {
    this.handlers.set(method, handler);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Texts the bot sent or edited, in order. */
  get texts(): string[] {
    return this.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").map((c) => String(c.payload.text));
  }

  clear() {
    this.calls.length = 0;
    this.delivered.length = 0;
  }

  /** Photos and documents: a caption of up to 1024 characters, well-formed HTML. */
  private checkCaption(p: Record<string, unknown>) {
    if (p.caption === undefined) return;
    const caption = String(p.caption);
    const length = p.parse_mode === "HTML" ? checkHtml(caption) : { length: [...caption].length };
    if ("error" in length) throw new ApiRefusal(400, length.error);
    if (length.length > 1024) throw new ApiRefusal(400, "Bad Request: message caption is too long");
  }

  private checkMessage(p: Record<string, unknown>) {
    const text = String(p.text ?? "");
    if (!text.trim()) throw new ApiRefusal(400, "Bad Request: message text is empty");
    if (p.parse_mode === "HTML") {
      const res = checkHtml(text);
      if ("error" in res) throw new ApiRefusal(400, res.error);
      if (res.length > 4096) throw new ApiRefusal(400, "Bad Request: message is too long");
    } else if ([...text].length > 4096) throw new ApiRefusal(400, "Bad Request: message is too long");
    const markup = p.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string; text: string }>> } | undefined;
    for (const row of markup?.inline_keyboard ?? []) {
      for (const b of row) {
        if (!b.text) throw new ApiRefusal(400, "Bad Request: text buttons are unallowed in the inline keyboard");
        if (b.callback_data !== undefined && Buffer.byteLength(b.callback_data) > 64) throw new ApiRefusal(400, "Bad Request: BUTTON_DATA_INVALID");
      }
    }
  }

  /** Answers one Bot API request given its method and JSON payload. */
  handle(method: string, payload: Record<string, unknown>): { status: number; body: unknown } {
    if (this.record) this.calls.push({ method, payload });
    const fault = this.faults.get(method)?.shift();
    if (fault instanceof Error) throw fault;
    if (fault) return { status: fault.status, body: { ok: false, error_code: fault.status, description: fault.description, parameters: fault.parameters } };
    const handler = this.handlers.get(method);
    if (!handler) return { status: 404, body: { ok: false, error_code: 404, description: "Not Found: method not found" } };
    try {
      const result = handler(payload);
      if (this.record && method.startsWith("send")) this.delivered.push({ method, payload });
      return { status: 200, body: { ok: true, result } };
    } catch (e) {
      if (e instanceof ApiRefusal) return { status: e.status, body: { ok: false, error_code: e.status, description: e.description, parameters: e.parameters } };
      throw e;
    }
  }

  /** A fetch for grammY's client option. */
  readonly fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const file = /\/file\/bot[^/]+\/(.+)$/.exec(url);
    if (file) {
      const f = [...this.files.values()].find((x) => x.path === file[1]);
      return f ? new Response(f.data, { status: 200 }) : new Response("Not Found", { status: 404 });
    }
    const m = /\/bot[^/]+\/([A-Za-z]+)$/.exec(url);
    if (!m) return new Response(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }), { status: 404 });
    let payload: Record<string, unknown> = {};
    const body = init?.body;
    if (typeof body === "string" && body) payload = JSON.parse(body);
    else if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === "function") {
      payload = await multipartPayload(body as AsyncIterable<Uint8Array>, new Headers(init?.headers).get("content-type") ?? "");
    }
    const { status, body: out } = this.handle(m[1]!, payload);
    return new Response(JSON.stringify(out), { status, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
}

/** The files one call uploaded (a photo, a document, or a media group's), with their captions. */
export function filesOf(c: ApiCall): Array<{ name: string; data: Buffer; caption?: string }> {
  const media = Array.isArray(c.payload.media) ? (c.payload.media as Array<{ media: string; caption?: string }>) : [];
  return ((c.payload.files as Array<{ field: string; name: string; data: Buffer }> | undefined) ?? []).map((f) => {
    const caption = media.find((m) => m.media === `attach://${f.field}`)?.caption ?? (typeof c.payload.caption === "string" ? c.payload.caption : undefined);
    return { name: f.name, data: f.data, ...(caption !== undefined ? { caption } : {}) };
  });
}

/**
 * Multipart uploads (photos, documents) as a payload: text fields as they are (JSON
 * objects parsed), files as { name, bytes } so a test can decode what was sent.
 */
async function multipartPayload(body: AsyncIterable<Uint8Array>, contentType: string): Promise<Record<string, unknown>> {
  const chunks: Uint8Array[] = [];
  for await (const c of body) chunks.push(c);
  const raw = Buffer.concat(chunks);
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  const payload: Record<string, unknown> = { multipart: true };
  if (!boundary) return payload;
  const files = new Map<string, { name: string; bytes: Buffer }>();
  const sep = Buffer.from(`--${boundary}`);
  let at = raw.indexOf(sep);
  while (at >= 0) {
    const start = at + sep.length;
    const next = raw.indexOf(sep, start);
    if (next < 0) break;
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF (before the next boundary).
    const part = raw.subarray(start + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split >= 0) {
      const head = part.subarray(0, split).toString("utf8");
      const content = part.subarray(split + 4);
      const name = /name="([^"]+)"/.exec(head)?.[1];
      const filename = /filename="?([^"\r\n;]+)/.exec(head)?.[1];
      if (name && filename) files.set(name, { name: filename, bytes: Buffer.from(content) });
      else if (name) {
        const value = content.toString("utf8");
        payload[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
      }
    }
    at = next;
  }
  // grammY names a file field by an id and points at it with "attach://<id>".
  for (const [key, value] of Object.entries(payload)) {
    const m = typeof value === "string" ? /^attach:\/\/(.+)$/.exec(value) : null;
    if (m && files.has(m[1]!)) payload[key] = files.get(m[1]!);
  }
  // Every file in order, for a media group whose items point at them from a JSON field.
  payload.files = [...files].map(([field, f]) => ({ field, name: f.name, data: f.bytes }));
  return payload;
}
