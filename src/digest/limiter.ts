// Paces digest messages to Telegram's limits: an overall rate (about 30 messages/s for
// an ordinary bot, more with paid broadcasts) and a gap per chat (1 s in private chats,
// 3 s in groups, which allow 20 a minute). Slots are reserved in advance, so many
// senders waiting at once still go out evenly spaced. A 429 pauses everything.
import type { Clock } from "../clock.ts";

export interface LimiterOptions {
  ratePerSecond: number;
  privateChatGapMs: number;
  groupChatGapMs: number;
}

export class RateLimiter {
  private next = 0;
  private pausedUntil = 0;
  private chats = new Map<number, number>();
  private readonly intervalMs: number;

  constructor(private clock: Clock, private opts: LimiterOptions) {
    this.intervalMs = 1000 / opts.ratePerSecond;
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
    for (;;) {
      const at = Math.max(now, this.next, this.pausedUntil);
      this.next = at + this.intervalMs;
      if (at > now) {
        await this.clock.sleep(at - now);
        now = this.clock.now().getTime();
      }
      // A 429 that arrived while we slept moves everyone behind the pause.
      if (this.pausedUntil <= now) return;
    }
  }

  /** Telegram said "retry after": nobody sends until then. */
  pause(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now().getTime() + ms);
  }

  private prune(now: number) {
    for (const [chat, at] of this.chats) if (at < now) this.chats.delete(chat);
  }
}
