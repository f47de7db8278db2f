import type { Coverage } from '../coverage/types.js';

/**
 * Holds the current coverage. Empty while the bot starts (it connects to Discord before the index is
 * built, so it can defer early questions instead of missing them); a re-index sets a new one, and
 * questions in flight keep the one they started with.
 */
export interface CoverageSlot {
  current(): Coverage | null;
  /** The coverage once loaded; rejects if the first load failed. */
  ready(): Promise<Coverage>;
  set(coverage: Coverage): void;
  fail(error: unknown): void;
}

export function createCoverageSlot(): CoverageSlot {
  let current: Coverage | null = null;
  let resolve!: (c: Coverage) => void;
  let reject!: (e: unknown) => void;
  const first = new Promise<Coverage>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting when a load fails; the failure is reported by whoever called fail().
  first.catch(() => undefined);
  return {
    current: () => current,
    ready: () => (current ? Promise.resolve(current) : first),
    set(coverage) {
      current = coverage;
      resolve(coverage);
    },
    fail: (error) => reject(error),
  };
}
