/**
 * Failed sign-ins counted in memory, for what the User row cannot count: login ids that do
 * not exist (so that they lock exactly like real ones and locking reveals nothing) and client
 * addresses (so that one password tried against many ids is slowed down too). Like the User
 * row, every failure from the limit on locks the key for lockMs.
 */
export interface FailureCounterOptions {
  limit: number;
  lockMs: number;
  /** Forget a key after this long without failures; without it, only success would. */
  forgetMs?: number;
  /** The oldest keys are dropped beyond this, so a flood of ids cannot exhaust memory. */
  maxKeys?: number;
  now?: () => number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

export class FailureCounter {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: FailureCounterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Seconds until the key may try again, or null when it may try now. */
  retryAfterSeconds(key: string): number | null {
    const entry = this.current(key);
    if (!entry || entry.lockedUntil <= this.now()) return null;
    return Math.ceil((entry.lockedUntil - this.now()) / 1000);
  }

  fail(key: string): void {
    const now = this.now();
    const entry = this.current(key) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    entry.failures += 1;
    entry.lastFailure = now;
    if (entry.failures >= this.options.limit) entry.lockedUntil = now + this.options.lockMs;
    // Re-inserting keeps the Map in order of last failure, oldest first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    const max = this.options.maxKeys ?? 100_000;
    while (this.entries.size > max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The entry unless it is to be forgotten: unlocked and quiet for forgetMs. */
  private current(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    const { forgetMs } = this.options;
    if (!entry || forgetMs === undefined) return entry;
    const now = this.now();
    if (entry.lockedUntil <= now && now - entry.lastFailure >= forgetMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
