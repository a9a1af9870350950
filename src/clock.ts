// Time is injected: schedules, digests and retries read the clock they are given, so
// tests move time instead of waiting for it.
export interface Clock {
  now(): Date;
  /** Resolves after ms of this clock's time. */
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that stands still until told to move; sleeping moves it. */
export class ManualClock implements Clock {
  private t: number;
  constructor(start: Date | string) {
    this.t = new Date(start).getTime();
  }
  now() {
    return new Date(this.t);
  }
  set(to: Date | string) {
    this.t = new Date(to).getTime();
  }
  advance(ms: number) {
    this.t += ms;
  }
  async sleep(ms: number) {
    this.t += Math.max(0, ms);
    // Like a real timer, let pending I/O run first: a loop that sleeps must not starve it.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
