// Time is injected: schedules, digests and retries read the clock they are given, so
// tests move time instead of waiting for it. Two readings: the wall clock (what day and
// hour it is: schedules, stored timestamps) and a monotonic one for durations (rate
// limits, pauses, timeouts), which an NTP step or a changed time zone never moves back.
export interface Clock {
  now(): Date;
  /** Milliseconds from an arbitrary origin that only ever grow: for measuring durations. */
  monotonic(): number;
  /** Resolves after ms of this clock's time. */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  monotonic: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that stands still until told to move; sleeping moves it. */
export class ManualClock implements Clock {
  private t: number;
  private m = 0;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }
  now() {
    return new Date(this.t);
  }
  monotonic() {
    return this.m;
  }
  /**
   * Sets the wall clock. Forward, it is time passing (durations grow with it); back, it
   * is a step of the system clock, which durations do not see.
   */
  set(to: Date | string) {
    const next = new Date(to).getTime();
    this.m += Math.max(0, next - this.t);
    this.t = next;
  }
  advance(ms: number) {
    this.t += ms;
    this.m += Math.max(0, ms);
  }
  async sleep(ms: number) {
    this.t += Math.max(0, ms);
    this.m += Math.max(0, ms);
    // Like a real timer, let pending I/O run first: a loop that sleeps must not starve it.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
