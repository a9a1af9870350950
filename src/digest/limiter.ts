// Paces digest messages to Telegram's limits: an overall rate (about 30 messages/s for
// an ordinary bot, more with paid broadcasts) and a gap per chat (1 s in private chats,
// 3 s in groups, which allow 20 a minute). Slots are reserved in advance, so many
// senders waiting at once still go out evenly spaced.
//
// A 429 names no culprit: it may be one chat getting too much or the bot as a whole.
// The chat that got it always waits `retry_after`; everything waits when 429s become a
// noticeable share of recent sends, which is what exceeding the overall limit looks like.
import type { Clock } from "../clock.ts";

/** 429s above this share of a second's sends mean the overall limit, not one chat. */
const FLOOD_SHARE = 0.05;
/** Messages that may go back to back above the pace after a stall. */
const BURST = 5;

export interface LimiterOptions {
  ratePerSecond: number;
  privateChatGapMs: number;
  groupChatGapMs: number;
}

export class RateLimiter {
  private next = 0;
  private pausedUntil = 0;
  private chats = new Map<number, number>();
  private recent429: number[] = [];
  /** When the next message is due if sends keep the pace (GCRA's theoretical arrival time). */
  private tat = 0;
  /** Senders waiting past their slot for the pace to allow them. */
  private late = 0;
  private readonly intervalMs: number;
  private readonly burstMs: number;

  constructor(private clock: Clock, private opts: LimiterOptions) {
    this.intervalMs = 1000 / opts.ratePerSecond;
    this.burstMs = BURST * this.intervalMs;
  }

  /** Resolves when one message to this chat may go out. */
  async wait(chatId: number): Promise<void> {
    let now = this.clock.now().getTime();
    const gap = chatId < 0 ? this.opts.groupChatGapMs : this.opts.privateChatGapMs;
    const chatAt = Math.max(now, this.chats.get(chatId) ?? 0);
    this.chats.set(chatId, chatAt + gap);
    if (this.chats.size > 50_000) this.prune(now);
    if (chatAt > now) {
      await this.clock.sleep(chatAt - now);
      now = this.clock.now().getTime();
    }
    // A slot in line: waiters wake one after another instead of all at once.
    const at = Math.max(now, this.next, this.pausedUntil);
    this.next = at + this.intervalMs;
    if (at > now) {
      await this.clock.sleep(at - now);
      now = this.clock.now().getTime();
    }
    // The pace of actual sends decides (GCRA): a sender woken late, or behind a 429
    // pause, waits its turn after a small burst instead of going with everyone else late.
    let place = 0;
    for (;;) {
      const allowed = Math.max(this.pausedUntil, this.tat - this.burstMs);
      if (now >= allowed) break;
      if (!place) place = ++this.late;
      await this.clock.sleep(allowed - now + (place - 1) * this.intervalMs);
      now = this.clock.now().getTime();
    }
    if (place) this.late--;
    this.tat = Math.max(this.tat, now) + this.intervalMs;
  }

  /** Nobody sends for this long. */
  pause(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now().getTime() + ms);
  }

  /**
   * Telegram answered 429 for this chat: the chat waits, and if 429s are more than
   * `floodShare` of the last second's sends, everyone waits. Returns true for the latter.
   */
  tooMany(chatId: number, retryAfterMs: number): boolean {
    const now = this.clock.now().getTime();
    this.chats.set(chatId, Math.max(this.chats.get(chatId) ?? 0, now + retryAfterMs));
    this.recent429.push(now);
    while (this.recent429.length && this.recent429[0]! < now - 1000) this.recent429.shift();
    const sendsPerSecond = Math.max(1, this.opts.ratePerSecond);
    if (this.recent429.length >= Math.max(2, sendsPerSecond * FLOOD_SHARE)) {
      this.pause(retryAfterMs);
      return true;
    }
    return false;
  }

  private prune(now: number) {
    for (const [chat, at] of this.chats) if (at < now) this.chats.delete(chat);
  }
}
