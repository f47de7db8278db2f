/**
 * A circuit breaker (Nygard, "Release It!", 2007): after a store operation fails or times out the circuit
 * opens, and for a backoff window every operation is skipped at once (its caller's fallback: a miss,
 * `false`) instead of each waiting for its own timeout. When the window ends one probe is sent; its
 * success closes the circuit, its failure opens it again for twice as long, up to `maxBackoffMs`.
 * A frozen Redis (SIGSTOP) otherwise cost every answer a full timeout on each store call (issue 13: 2.0 s).
 */
export interface CircuitSettings {
  /** The first backoff window after a failure. */
  minBackoffMs: number;
  maxBackoffMs: number;
}

export type CircuitState = 'closed' | 'open' | 'probing';

export class CircuitBreaker {
  #state: CircuitState = 'closed';
  #openUntil = 0;
  #backoffMs: number;
  #timer: NodeJS.Timeout | undefined;
  readonly #settings: CircuitSettings;
  readonly #now: () => number;
  /** Sends the probe; resolves true when the store answered. */
  readonly #probe: () => Promise<boolean>;

  constructor(settings: CircuitSettings, probe: () => Promise<boolean>, now: () => number = Date.now) {
    this.#settings = settings;
    this.#backoffMs = settings.minBackoffMs;
    this.#probe = probe;
    this.#now = now;
  }

  get state(): CircuitState {
    return this.#state;
  }

  /** True when operations may go to the store; false while the circuit is open or a probe is out. */
  get closed(): boolean {
    return this.#state === 'closed';
  }

  /** The store answered (an operation, or the connection came back): the circuit closes. */
  success(): void {
    this.#close();
  }

  /** An operation failed or timed out: open for the backoff window (doubling while failures continue), then probe. */
  failure(): void {
    if (this.#state === 'open') return;
    this.#state = 'open';
    this.#openUntil = this.#now() + this.#backoffMs;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#sendProbe(), this.#backoffMs);
    // A breaker waiting to probe must not keep a finished process alive.
    this.#timer.unref();
    this.#backoffMs = Math.min(this.#backoffMs * 2, this.#settings.maxBackoffMs);
  }

  /** Stops the probe timer (the store is closing). */
  stop(): void {
    clearTimeout(this.#timer);
  }

  /** Milliseconds until the next probe while open, else 0. */
  get retryInMs(): number {
    return this.#state === 'open' ? Math.max(0, this.#openUntil - this.#now()) : 0;
  }

  async #sendProbe(): Promise<void> {
    this.#state = 'probing';
    let ok = false;
    try {
      ok = await this.#probe();
    } catch {
      ok = false;
    }
    if (this.#state !== 'probing') return;
    if (ok) this.#close();
    else {
      this.#state = 'closed';
      this.failure();
    }
  }

  #close(): void {
    this.#state = 'closed';
    this.#backoffMs = this.#settings.minBackoffMs;
    clearTimeout(this.#timer);
  }
}
