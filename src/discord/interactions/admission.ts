import { createThrottle, type Throttle } from '../../log.js';
import type { DiscordSettings } from '../defaults.js';

/**
 * Admission of interactions: at most `maxInFlight` handled at once, the rest waiting in arrival order, and
 * any that has waited past `expireAfterMs` dropped before it is started. Past capacity, work for interactions
 * Discord has already given up on (3 s) only delays the bot's own REST calls for the others, so it sheds
 * them instead (issue 13: an age check alone left hundreds of late callbacks at 800 questions/s; only a
 * bound on interactions in flight brought them to zero).
 */
export interface AdmissionSettings {
  maxInFlight: number;
  /** Interactions waiting for a slot at most; beyond it the oldest waiting is dropped. */
  maxWaiting: number;
  /** Age past which an interaction is not started: its callback could not reach Discord in time. */
  expireAfterMs: number;
}

export interface Admission {
  /**
   * Waits for a slot for an interaction that arrived at `arrivedAt` (`now()` time); resolves with a release
   * function, or null when it was shed (expired while waiting, or pushed out of a full queue).
   */
  admit(arrivedAt: number): Promise<(() => void) | null>;
  /**
   * Waits for a slot for an interaction already acknowledged that gave its slot back while it waited for the coverage:
   * its token lasts 15 minutes, so it is never shed, and it is started after every interaction still within Discord's
   * 3 s window.
   */
  readmit(): Promise<() => void>;
  readonly inFlight: number;
  readonly waiting: number;
}

interface Waiter {
  arrivedAt: number;
  grant(release: (() => void) | null): void;
}

export function createAdmission(settings: AdmissionSettings, now: () => number = () => performance.now()): Admission {
  let inFlight = 0;
  const queue: Waiter[] = [];
  /** Acknowledged interactions waiting again (readmit), served when no interaction in its window waits. */
  const acknowledged: ((release: () => void) => void)[] = [];

  const release = (): void => {
    inFlight--;
    next();
  };
  const once = (): (() => void) => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };
  function next(): void {
    while (inFlight < settings.maxInFlight && queue.length > 0) {
      const waiter = queue.shift()!;
      if (now() - waiter.arrivedAt > settings.expireAfterMs) {
        waiter.grant(null);
        continue;
      }
      inFlight++;
      waiter.grant(once());
    }
    while (inFlight < settings.maxInFlight && queue.length === 0 && acknowledged.length > 0) {
      inFlight++;
      acknowledged.shift()!(once());
    }
  }

  return {
    admit(arrivedAt) {
      if (now() - arrivedAt > settings.expireAfterMs) return Promise.resolve(null);
      if (inFlight < settings.maxInFlight && queue.length === 0) {
        inFlight++;
        return Promise.resolve(once());
      }
      return new Promise((resolve) => {
        queue.push({ arrivedAt, grant: resolve });
        // Full: the oldest waiting has the least time left, so it is the one to give up on.
        if (queue.length > settings.maxWaiting) queue.shift()!.grant(null);
      });
    },
    readmit() {
      return new Promise((resolve) => {
        acknowledged.push(resolve);
        next();
      });
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length + acknowledged.length;
    },
  };
}

/** Failures of one kind logged once per interval, with how many were not: under overload one line per interaction would be megabytes. */
export interface FailureLog {
  note(kind: string, emit: (suppressed: number) => void): void;
}

export function createFailureLog(settings: Pick<DiscordSettings['admission'], 'failureLogIntervalMs' | 'failureKindsMax'>): FailureLog {
  // One throttle per kind: a new kind is logged at once, however busy the others are.
  const kinds = new Map<string, Throttle>();
  return {
    note(kind, emit) {
      let throttle = kinds.get(kind);
      if (!throttle) {
        if (kinds.size >= settings.failureKindsMax) kinds.clear();
        throttle = createThrottle(settings.failureLogIntervalMs, Date.now);
        kinds.set(kind, throttle);
      }
      throttle(emit);
    },
  };
}
