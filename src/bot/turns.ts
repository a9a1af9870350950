// The runner handles updates concurrently. Updates that touch a chat's wizard state must
// take turns, or two quick taps would both resume the same stored state and one would be
// lost. Only those queue up here; the rest of the chat's updates need no order.
//
// With several instances the chat's next update may be taking its turn in another
// process: a ChatLock (PostgreSQL advisory locks) makes the turns exclusive across them.
export interface ChatLock {
  run<T>(chat: number, fn: () => Promise<T>): Promise<T>;
}

export class Turns {
  private tails = new Map<number, Promise<unknown>>();

  constructor(private lock?: ChatLock) {}

  /** Whether an update of the chat is taking its turn now. */
  busy(key: number): boolean {
    return this.tails.has(key);
  }

  /** Runs `fn` after the chat's earlier turns have ended, whether they succeeded or not. */
  take<T>(key: number, turn: () => Promise<T>): Promise<T> {
    const lock = this.lock;
    const fn = lock ? () => lock.run(key, turn) : turn;
    const before = this.tails.get(key);
    const run = before ? before.then(fn, fn) : fn();
    this.tails.set(key, run);
    const done = () => {
      if (this.tails.get(key) === run) this.tails.delete(key);
    };
    run.then(done, done);
    return run;
  }
}
