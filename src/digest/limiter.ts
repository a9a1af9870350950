// Paces digest messages to Telegram's limits: an overall rate (about 30 messages/s for
// an ordinary bot, more with paid broadcasts) and a gap per chat (1 s in private chats,
// 3 s in groups and channels, which allow 20 a minute; their ids are negative).
//
// The overall rate is a token bucket served in order by one pump: waiters never wake all
// at once, a stall (the event loop busy for a while) is followed by at most a small
// burst, and no slot is lost.
//
// A 429 names no culprit: it may be one chat getting too much or the bot as a whole.
// The chat that got it always waits `retry_after`; everything waits when 429s become a
// noticeable share of recent sends, which is what exceeding the overall limit looks like.
import type { Clock } from "../clock.ts";

/** 429s above this share of a second's sends mean the overall limit, not one chat. */
const FLOOD_SHARE = 0.05;
/**
 * Messages that may go back to back above the pace: a fortieth of a second's worth (at
 * least 3), so the time the event loop spends on a database query is made up afterwards
 * instead of lost, without a burst Telegram would notice.
 */
const burstFor = (ratePerSecond: number) => Math.max(3, Math.ceil(ratePerSecond * 0.025));

const RAMP_MS = 1000;

export interface LimiterOptions {
  ratePerSecond: number;
  privateChatGapMs: number;
  groupChatGapMs: number;
}

export class RateLimiter {
  private pausedUntil = 0;
  private chats = new Map<number, number>();
  private recent429: number[] = [];
  private waiting: Array<() => void> = [];
  private pumping = false;
  private tokens: number;
  private readonly burst: number;
  private refilledAt: number | null = null;
  private startedAt: number | null = null;
  private readonly intervalMs: number;

  constructor(
    private clock: Clock,
    private opts: LimiterOptions,
  ) {
    this.intervalMs = 1000 / opts.ratePerSecond;
    this.burst = burstFor(opts.ratePerSecond);
    this.tokens = this.burst;
  }

  /** Resolves when one message to this chat may go out. */
  async wait(chatId: number): Promise<void> {
    const now = this.clock.monotonic();
    const gap = chatId < 0 ? this.opts.groupChatGapMs : this.opts.privateChatGapMs;
    const chatAt = Math.max(now, this.chats.get(chatId) ?? 0);
    this.chats.set(chatId, chatAt + gap);
    if (this.chats.size > 50_000) this.prune(now);
    if (chatAt > now) await this.clock.sleep(chatAt - now);
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.pumping) void this.pump();
    });
    // The gap runs from when the message actually goes, not from its reserved slot: one
    // held up by the overall rate must not leave the next one to the chat less than the
    // gap behind it (a group or channel allows 20 a minute, however they bunch).
    this.sending(chatId);
  }

  /** A message to this chat is going out now: the next one waits the chat's gap from here. */
  sending(chatId: number) {
    const next = this.clock.monotonic() + (chatId < 0 ? this.opts.groupChatGapMs : this.opts.privateChatGapMs);
    if ((this.chats.get(chatId) ?? 0) < next) this.chats.set(chatId, next);
  }

  private async pump() {
    this.pumping = true;
    try {
      while (this.waiting.length) {
        const now = this.clock.monotonic();
        if (this.pausedUntil > now) {
          await this.clock.sleep(this.pausedUntil - now);
          continue;
        }
        this.startedAt ??= now;
        // Slow start: the rate climbs from a tenth to all of it over the first second, while
        // connections to the Bot API open; all at once, their requests would arrive bunched.
        const ramp = Math.min(1, 0.1 + (0.9 * (now - this.startedAt)) / RAMP_MS);
        this.tokens = Math.min(this.burst, this.tokens + (this.refilledAt === null ? 0 : ((now - this.refilledAt) / this.intervalMs) * ramp));
        this.refilledAt = now;
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.waiting.shift()!();
          continue;
        }
        // Whole milliseconds: timers and clocks have no finer grain, and a fraction would spin.
        await this.clock.sleep(Math.max(1, Math.ceil((1 - this.tokens) * this.intervalMs)));
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Nobody sends for this long. */
  pause(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.monotonic() + ms);
  }

  /**
   * Telegram answered 429 for this chat: the chat waits, and if 429s are more than
   * FLOOD_SHARE of the last second's sends, everyone waits. Returns true for the latter.
   */
  tooMany(chatId: number, retryAfterMs: number): boolean {
    const now = this.clock.monotonic();
    this.chats.set(chatId, Math.max(this.chats.get(chatId) ?? 0, now + retryAfterMs));
    this.recent429.push(now);
    while (this.recent429.length && this.recent429[0]! < now - 1000) this.recent429.shift();
    if (this.recent429.length >= Math.max(2, this.opts.ratePerSecond * FLOOD_SHARE)) {
      this.pause(retryAfterMs);
      return true;
    }
    return false;
  }

  private prune(now: number) {
    for (const [chat, at] of this.chats) if (at < now) this.chats.delete(chat);
  }
}
