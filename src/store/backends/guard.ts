import { CircuitBreaker, type CircuitSettings, type CircuitState } from './circuit-breaker.js';
import { createThrottle, type Logger, type Throttle } from '../../log.js';
import { StoreBusyError, StoreWriteRefusedError, type StoreBackend } from './store.js';

/** How long the caller of a store operation still waits for it: a backend that can end its work by then does (SQLite's writes). */
export interface Deadline {
  remainingMs(): number;
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
  /** Bound on a read on the answering path ('hot'): a cache hit saves a few ms, so waiting longer never pays. */
  hotReadTimeoutMs: number;
  /** Bound on an operation of the coverage loader ('bulk'), where a miss costs an analysis or an index build. */
  bulkTimeoutMs: number;
  /** Bound on a write a user is told the outcome of ('confirmed'), after the reply was deferred. */
  confirmedWriteTimeoutMs: number;
  breaker: CircuitSettings;
  warnIntervalMs: number;
  now: () => number;
  /** A cheap round trip to the backend (Redis PING, SQLite SELECT 1) that closes the circuit when it answers. */
  probe?: () => Promise<unknown>;
}

/**
 * 'hot': a read an answer waits for (answer cache, follow-ups, rate-limit count); 'bulk': the coverage loader's
 * reads and writes (analysis and index caches), off the answering path; 'confirmed': a write a user is told the
 * outcome of (a vote), whose reply waits for it; 'op': anything else.
 */
export type OpKind = 'hot' | 'bulk' | 'confirmed' | 'op';

/**
 * Runs every store operation: bounds it in time (hot-path reads far shorter than the rest), turns a failure
 * into the caller's fallback (a miss, false), and fails fast: after a failure or timeout the circuit opens
 * and operations get their fallback at once, without touching the store, until a probe finds it answering
 * (CircuitBreaker). Tracks whether the store is reachable and logs a down store once per interval.
 */
export class StoreGuard {
  #healthy = true;
  #closed = false;
  #downSince = 0;
  readonly #options: StoreGuardOptions;
  readonly #warn: Throttle;
  readonly #warnBusy: Throttle;
  readonly #warnRefused: Throttle;
  readonly #breaker: CircuitBreaker;

  constructor(options: StoreGuardOptions) {
    this.#options = options;
    this.#warn = createThrottle(options.warnIntervalMs, options.now);
    this.#warnBusy = createThrottle(options.warnIntervalMs, options.now);
    this.#warnRefused = createThrottle(options.warnIntervalMs, options.now);
    const probe = async (): Promise<boolean> => {
      if (this.#closed) return false;
      try {
        await withTimeout(Promise.resolve(options.probe?.()), options.opTimeoutMs, 'store probe');
      } catch (err) {
        this.down(err);
        return false;
      }
      this.up();
      return true;
    };
    this.#breaker = new CircuitBreaker(options.breaker, probe, options.now);
  }

  /** Closed: operations go to the store; open or probing: they get their fallback at once. */
  get circuit(): CircuitState {
    return this.#breaker.state;
  }

  get healthy(): boolean {
    return this.#healthy && !this.#closed;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Runs `op` within its kind's bound, given as its Deadline. With `boundedByBackend` the backend ends the operation by
   * the deadline itself (SQLite drops a write whose turn has not come, and its busy timeout ends there), so its outcome,
   * not a timer, says whether the record was saved: a timer racing it said "not confirmed" to a vote SQLite then saved
   * (s50 hard14). The timer then only ends a hang (a stalled disk), opTimeoutMs after the deadline.
   */
  async run<T>(
    what: string,
    op: (deadline: Deadline) => Promise<T>,
    fallback: T,
    kind: OpKind = 'op',
    { boundedByBackend = false } = {},
  ): Promise<T> {
    if (this.#closed || !this.#breaker.closed) return fallback;
    const { hotReadTimeoutMs, bulkTimeoutMs, confirmedWriteTimeoutMs, opTimeoutMs } = this.#options;
    const timeoutMs = { hot: hotReadTimeoutMs, bulk: bulkTimeoutMs, confirmed: confirmedWriteTimeoutMs, op: opTimeoutMs }[kind];
    const started = performance.now();
    const deadline: Deadline = { remainingMs: () => timeoutMs - (performance.now() - started) };
    try {
      const result = await withTimeout(op(deadline), boundedByBackend ? timeoutMs + opTimeoutMs : timeoutMs, `store ${what}`);
      this.up();
      return result;
    } catch (err) {
      if (err instanceof StoreBusyError || err instanceof StoreWriteRefusedError) this.notMade(err);
      else this.down(err);
      return fallback;
    }
  }

  /**
   * A write not made while the store is up, so the circuit stays closed: its reads go on (opened, it skipped every read an
   * answer makes for its window), and the next write is tried. Logged once per interval for each cause:
   * - busy (StoreBusyError): another connection held SQLite's write lock past the write's bound; a WAL reader never waits
   *   for a writer, and reads were skipped for 1 s after such a write gave up (s50 hard14);
   * - refused (StoreWriteRefusedError): the store cannot take it (SQLite's file on a full disk or one that cannot be
   *   written; Redis over maxmemory or after a failed RDB save), an error, since an operator must act; the error says how.
   *   Taken for a store that is down, the first 👍/👎 pressed once the disk had room was told "could not confirm" without
   *   being tried (s53 hard17). SQLite's store says so at start too, for a file it can read but not write (s55 hard19).
   */
  notMade(err: StoreBusyError | StoreWriteRefusedError): void {
    const { backend, target, log } = this.#options;
    const fields = { err, backend, target };
    if (err instanceof StoreBusyError) {
      this.#warnBusy((suppressed) =>
        log.warn(
          { ...fields, othersNotLogged: suppressed },
          'store busy: a write waited past its bound for another connection and was not made',
        ),
      );
    } else {
      this.#warnRefused((suppressed) =>
        log.error(
          { ...fields, othersNotLogged: suppressed },
          'store cannot write: nothing is saved (a vote is told it could not be confirmed) until it takes writes again; answers and reads go on',
        ),
      );
    }
  }

  /** The store failed (an operation, or the connection reported an error): the circuit opens. */
  down(err: unknown): void {
    if (this.#closed) return;
    this.#breaker.failure();
    if (this.#healthy) {
      this.#healthy = false;
      this.#downSince = this.#options.now();
    }
    const { backend, target, log } = this.#options;
    this.#warn((suppressed) =>
      log.warn(
        { err, backend, target, failuresNotLogged: suppressed },
        'store unavailable: carrying on without it (cache misses, records not saved, per-process rate limits); probing it',
      ),
    );
  }

  /** The store answered again. */
  up(): void {
    if (this.#closed) return;
    this.#breaker.success();
    if (this.#healthy) return;
    this.#healthy = true;
    const { backend, target, log, now } = this.#options;
    log.info({ backend, target, downMs: now() - this.#downSince }, 'store available again');
  }

  close(): void {
    this.#closed = true;
    this.#breaker.stop();
  }
}
