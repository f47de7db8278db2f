import type { Logger } from 'pino';
import type { StoreBackend } from './store.js';

/**
 * Lets one call through per interval and counts the ones held back, so a failure that repeats on every call
 * (a down Redis) logs one line per interval with a count instead of one line per call.
 */
export function createThrottle(intervalMs: number, now: () => number): (emit: (suppressed: number) => void) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (emit) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    lastAt = at;
    const held = suppressed;
    suppressed = 0;
    emit(held);
  };
}

/** Rejects when `promise` has not settled after `ms`; the timer never keeps the process alive. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    // race() subscribes to `promise`, so its late rejection after a timeout is handled, not left unhandled.
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

export interface StoreGuardOptions {
  backend: StoreBackend;
  /** Where the store is, without credentials, for log lines. */
  target: string;
  log: Logger;
  opTimeoutMs: number;
  warnIntervalMs: number;
  now: () => number;
}

/**
 * Runs every store operation: bounds it in time, turns a failure into the caller's fallback (a miss, false),
 * tracks whether the store is reachable and logs a down store once per interval, not once per call.
 */
export class StoreGuard {
  #healthy = true;
  #closed = false;
  #downSince = 0;
  readonly #options: StoreGuardOptions;
  readonly #warn: (emit: (suppressed: number) => void) => void;

  constructor(options: StoreGuardOptions) {
    this.#options = options;
    this.#warn = createThrottle(options.warnIntervalMs, options.now);
  }

  get healthy(): boolean {
    return this.#healthy && !this.#closed;
  }

  get closed(): boolean {
    return this.#closed;
  }

  async run<T>(what: string, op: () => Promise<T>, fallback: T): Promise<T> {
    if (this.#closed) return fallback;
    try {
      const result = await withTimeout(op(), this.#options.opTimeoutMs, `store ${what}`);
      this.up();
      return result;
    } catch (err) {
      this.down(err);
      return fallback;
    }
  }

  /** The store failed (an operation, or the connection reported an error). */
  down(err: unknown): void {
    if (this.#closed) return;
    if (this.#healthy) {
      this.#healthy = false;
      this.#downSince = this.#options.now();
    }
    const { backend, target, log } = this.#options;
    this.#warn((suppressed) =>
      log.warn(
        { err, backend, target, failuresNotLogged: suppressed },
        'store unavailable: carrying on without it (cache misses, records not saved) and reconnecting in the background',
      ),
    );
  }

  /** The store answered again. */
  up(): void {
    if (this.#healthy || this.#closed) return;
    this.#healthy = true;
    const { backend, target, log, now } = this.#options;
    log.info({ backend, target, downMs: now() - this.#downSince }, 'store available again');
  }

  close(): void {
    this.#closed = true;
  }
}
