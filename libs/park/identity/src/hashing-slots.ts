import { DomainError, ErrorCode } from '@park/platform/graphql';

/**
 * At most `size` tasks run at once; the rest wait their turn, first come first served. Password
 * hashing goes through one of these: each scrypt holds 32 MiB while it runs, and more hashes at
 * once than there are cores add memory, not throughput (measured in bench/README.md).
 */
export class HashingSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`slots must be ≥ 1, got ${size}`);
  }

  /** Running and waiting tasks together. */
  get load(): number {
    return this.running + this.waiting.length;
  }

  /**
   * Runs `task` in turn, or — when `limit` tasks are already running or waiting — refuses it at
   * once with RATE_LIMITED: a queue that only grows answers everyone late.
   */
  async run<T>(task: () => Promise<T>, limit = Infinity): Promise<T> {
    if (this.load >= limit) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many sign-ins at once; try again', {
        retryAfterSeconds: 1,
      });
    }
    if (this.running >= this.size) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never drops and rises again.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
